// The `sort` task of the benchmark: the two sorts a report makes over all its records, against the comparison sort
// through a callback that a developer would write (and that kpi-kit used before).
//   npx tsx bench/sortTask.ts [--n 1000000] [--runs 5] [--json]
// - by id: `sortById` (a radix sort on the ids' characters) against `Uint32Array#sort` comparing the ids with `<`,
//   over the file task's ids (the example municipality's ids with a copy number: long shared prefixes) and over
//   seeded UUIDs;
// - by instant: `sortRowsByKey` (a radix sort on the instants' bits) against `Int32Array#sort` by the difference of
//   the instants, over the file task's records in id order (nearly sorted by instant, as in a report) and shuffled.
// Every input is built before timing; each sort is warmed up (until 1.5 s or 8 runs), then timed `--runs` times on a
// fresh copy of its input; the median is reported. Both sorts must give the same order (checked).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sortById } from "../src/internal/sortById.js";
import { sortRowsByKey } from "../src/internal/sortRowsByKey.js";
import { mulberry32 } from "./data.js";
import { median } from "./median.js";
import { hasFlag, isMainModule, option } from "./cliArgs.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const WARM_UP_RUNS = 8;
const WARM_UP_MS = 1500;

interface Case {
  readonly name: string;
  /** kpi-kit's sort and the comparison sort, each on a fresh copy of the input; the order as numbers. */
  readonly kpiKit: () => ArrayLike<number>;
  readonly comparison: () => ArrayLike<number>;
}

export interface SortResult {
  readonly name: string;
  readonly kpiKitMs: number;
  readonly comparisonMs: number;
  readonly speedup: number;
  readonly sameOrder: boolean;
}

/** `n` flat strings (as a file reader makes them, not concatenations): the example's ids with a copy number. */
function fileIds(n: number): { ids: string[]; at: Float64Array } {
  const base = readFileSync(join(root, "examples/measurements.ndjson"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { id: string; at: string });
  const ids: string[] = [];
  const at = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    ids.push(copy === 0 ? r.id : `${r.id}#${copy}`);
    at[i] = Date.parse(r.at);
  }
  return { ids: JSON.parse(JSON.stringify(ids)) as string[], at };
}

function uuids(n: number): string[] {
  const rand = mulberry32(42);
  const hex8 = (): string => Math.floor(rand() * 2 ** 32).toString(16).padStart(8, "0");
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const h = hex8() + hex8() + hex8() + hex8();
    out.push(`${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[Math.floor(rand() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`);
  }
  return JSON.parse(JSON.stringify(out)) as string[];
}

function byIdCase(name: string, ids: readonly string[]): Case {
  return {
    name,
    kpiKit: () => sortById(ids),
    comparison: () => {
      const order = new Uint32Array(ids.length);
      for (let i = 0; i < order.length; i++) order[i] = i;
      return order.sort((a, b) => {
        const x = ids[a]!;
        const y = ids[b]!;
        return x < y ? -1 : x > y ? 1 : a - b;
      });
    },
  };
}

function byInstantCase(name: string, rows: Int32Array, at: Float64Array): Case {
  return {
    name,
    kpiKit: () => sortRowsByKey(rows.slice(), at),
    comparison: () => rows.slice().sort((a, b) => at[a]! - at[b]!),
  };
}

function time(run: () => ArrayLike<number>, runs: number): { ms: number; order: ArrayLike<number> } {
  let order = run();
  for (let w = 1, t0 = performance.now(); w < WARM_UP_RUNS && performance.now() - t0 < WARM_UP_MS; w++) order = run();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    order = run();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), order };
}

function same(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function runSortTask(options: { n: number; runs: number; json: boolean }): SortResult[] {
  const log = (text: string) => (options.json ? process.stderr : process.stdout).write(`${text}\n`);
  const { n, runs } = options;
  log(`\nsort (n = ${n.toLocaleString("en")}): a report's sorts of all its records, against a comparison sort through a callback`);
  const { ids, at } = fileIds(n);
  const idOrder = Int32Array.from(sortById(ids));
  const shuffled = idOrder.slice();
  const rand = mulberry32(7);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const cases = [
    byIdCase("by id: the file task's ids", ids),
    byIdCase("by id: UUIDs", uuids(n)),
    byInstantCase("by instant: records in id order", idOrder, at),
    byInstantCase("by instant: records shuffled", shuffled, at),
  ];
  const results: SortResult[] = [];
  log("case                                 kpi-kit ms   comparison ms   × faster   same order");
  for (const c of cases) {
    const mine = time(c.kpiKit, runs);
    const theirs = time(c.comparison, runs);
    const result = {
      name: c.name,
      kpiKitMs: Math.round(mine.ms * 10) / 10,
      comparisonMs: Math.round(theirs.ms * 10) / 10,
      speedup: Math.round((theirs.ms / mine.ms) * 100) / 100,
      sameOrder: same(mine.order, theirs.order),
    };
    results.push(result);
    log(
      `${c.name.padEnd(36)}${result.kpiKitMs.toFixed(1).padStart(11)}${result.comparisonMs.toFixed(1).padStart(16)}${result.speedup.toFixed(2).padStart(10)}×   ${result.sameOrder ? "yes" : "NO"}`,
    );
  }
  return results;
}

if (isMainModule(import.meta.url)) {
  const json = hasFlag("--json");
  const results = runSortTask({ n: Number(option("--n") ?? 1_000_000), runs: Math.max(3, Number(option("--runs") ?? 5)), json });
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (results.some((r) => !r.sameOrder)) process.exitCode = 1;
}
