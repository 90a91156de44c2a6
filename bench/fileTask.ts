// The `file` task of the benchmark: the main job on a large file, as a user runs it.
//   npx tsx bench/fileTask.ts [--n 1000000] [--runs 3] [--ids copies|uuid] [--json] [--keep] [--cli <path to another build's dist/cli/main.js>]
// It writes N measurements derived from the example municipality (its 14 875 records copied with new ids — and the
// corrections pointing at the copies' ids — until N) to NDJSON and to CSV in a temporary folder, then times, each in
// its own child process with its peak RSS:
//   (a) the floor: a bare pass that reads each line and JSON.parses it (NDJSON) or splits it at commas (CSV);
//   (b) `kpi-kit report` (management, Markdown) over the same file, from the built CLI (dist/cli/main.js);
//   (c) `kpi-kit validate` over the same file;
//   (d) `kpi-kit report --engine duckdb` over the same file (DuckDB reads and aggregates it; the records never enter Node);
// and prints each with its ratio to the floor. The steps run in rounds (floor, report, validate, DuckDB, then again),
// `--runs` rounds (default 3): each figure is the median time and the highest peak RSS of its runs, so that one slow
// moment of a shared machine does not decide a ratio. With `--ids uuid` every id (and each correction's reference to
// it) is a seeded UUID instead: the ids' order then has nothing to do with the file's, as with ids from a database's
// UUID column, and the report visits the records in id order at random. The folder is removed afterwards (unless
// --keep).
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "./data.js";
import { median } from "./median.js";
import { PEAK_RSS_SOURCE } from "./peakRss.js";
import { hasFlag, isMainModule, option } from "./cliArgs.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const CSV_COLUMNS = ["id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight", "source", "collection", "status", "recordedAt", "supersedes"] as const;

type Json = Record<string, unknown>;

/** The ids of the written records: the example's ids with a copy number (`copies`), or UUIDs (`uuid`). */
export type BenchIds = "copies" | "uuid";

/** The `--ids` option: `copies` (the default) or `uuid`. */
export function benchIds(arg: string | undefined): BenchIds {
  if (arg === undefined || arg === "copies" || arg === "uuid") return arg ?? "copies";
  throw new Error(`bench file: --ids must be copies or uuid, not ${arg}`);
}

/** Version-4-shaped UUIDs from a seeded generator: random-looking, the same every run. */
function createUuids(seed: number): () => string {
  const rand = mulberry32(seed);
  const hex8 = (): string => Math.floor(rand() * 2 ** 32).toString(16).padStart(8, "0");
  return () => {
    const h = hex8() + hex8() + hex8() + hex8();
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[Math.floor(rand() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
}

/** Writes `n` records derived from the example's measurements to an NDJSON and a CSV file. */
export async function writeBenchFiles(n: number, dir: string, ids: BenchIds = "copies"): Promise<{ ndjson: string; csv: string }> {
  const base = readFileSync(join(root, "examples/measurements.ndjson"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Json);
  const ndjson = join(dir, `measurements-${n}.ndjson`);
  const csv = join(dir, `measurements-${n}.csv`);
  const nd = createWriteStream(ndjson);
  const cs = createWriteStream(csv);
  cs.write(CSV_COLUMNS.join(",") + "\n");
  const cell = (x: unknown): string => {
    if (x === undefined || x === null) return "";
    const s = String(x);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const uuid = createUuids(42);
  let written = 0;
  for (let copy = 0; written < n; copy++) {
    // Per copy: each example id's UUID, so that a correction refers to its copy's record.
    const renamed = new Map<string, string>();
    const idOf = (id: string): string => {
      if (ids === "copies") return copy === 0 ? id : `${id}#${copy}`;
      let u = renamed.get(id);
      if (u === undefined) renamed.set(id, (u = uuid()));
      return u;
    };
    let ndChunk = "";
    let csvChunk = "";
    for (const r of base) {
      if (written >= n) break;
      const rec: Json = { ...r, id: idOf(String(r["id"])) };
      if (typeof r["supersedes"] === "string") rec["supersedes"] = idOf(r["supersedes"]);
      ndChunk += JSON.stringify(rec) + "\n";
      csvChunk += CSV_COLUMNS.map((c) => cell(rec[c])).join(",") + "\n";
      written++;
    }
    if (!nd.write(ndChunk)) await new Promise<void>((resolve) => nd.once("drain", () => resolve()));
    if (!cs.write(csvChunk)) await new Promise<void>((resolve) => cs.once("drain", () => resolve()));
  }
  await Promise.all([new Promise<void>((resolve) => nd.end(() => resolve())), new Promise<void>((resolve) => cs.end(() => resolve()))]);
  return { ndjson, csv };
}

// A child that reads the file line by line and parses each line: the floor any reader pays.
const FLOOR = `
const { createReadStream } = require("node:fs");
const { createInterface } = require("node:readline");
const [path, kind] = process.argv.slice(2);
(async () => {
  let rows = 0;
  for await (const line of createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity })) {
    if (line === "") continue;
    if (kind === "csv") line.split(","); else JSON.parse(line);
    rows++;
  }
  process.stdout.write(String(rows));
})();
`;

// Loaded before the CLI: appends the process's peak RSS to the file named by KPIKIT_BENCH_RSS when it exits.
// Each process appends its own peak: the CLI may run the command in a child process (huge pages, src/cli/hugePages.ts;
// the compiler on the command's threads, src/cli/inlineCompiler.ts), which inherits the hook through its options. The
// parent waits for the child the whole time, so the figure is the sum of the peaks: an upper bound of the memory the
// command held at once (it counts the pages of Node.js itself the two share twice, about 20 MB).
const RSS_HOOK = `
const { appendFileSync } = require("node:fs");
${PEAK_RSS_SOURCE}
process.on("exit", () => appendFileSync(process.env.KPIKIT_BENCH_RSS, String(peakRss()) + "\\n"));
`;

interface Timed {
  /** The median of the runs' times. */
  readonly ms: number;
  /** Each run's time. */
  readonly runsMs: readonly number[];
  /** The highest peak RSS of the runs. */
  readonly peakMB: number;
  /** The first failed run's exit status, else 0. */
  readonly status: number | null;
  readonly stderr: string;
}

/** One figure from several runs of a step: the median time, the highest peak, the first failure. */
function combine(runs: readonly Timed[]): Timed {
  const times = runs.map((r) => r.ms);
  const failed = runs.find((r) => r.status !== 0);
  return {
    ms: median(times),
    runsMs: times,
    peakMB: Math.max(...runs.map((r) => r.peakMB)),
    status: failed?.status ?? 0,
    stderr: failed?.stderr ?? "",
  };
}

function timeChild(args: readonly string[], dir: string): Timed {
  const rssFile = join(dir, "rss.txt");
  writeFileSync(rssFile, "");
  const t0 = performance.now();
  const out = spawnSync(process.execPath, [`--require=${join(dir, "rss-hook.cjs")}`, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, KPIKIT_BENCH_RSS: rssFile, FORCE_COLOR: "0" },
  });
  const ms = performance.now() - t0;
  const peaks = readFileSync(rssFile, "utf8").split("\n").filter((line) => line !== "").map(Number);
  return { ms, runsMs: [ms], peakMB: peaks.reduce((sum, peak) => sum + peak, 0) / 1e6, status: out.status, stderr: out.stderr.slice(0, 500) };
}

export interface FileTaskResult {
  readonly n: number;
  readonly format: "ndjson" | "csv";
  readonly fileMB: number;
  readonly floor: Timed;
  readonly report: Timed;
  readonly validate: Timed;
  /** `report --engine duckdb` over the same file: DuckDB reads it and aggregates (issue 13). */
  readonly engine: Timed;
}

/** Runs the file task for `n` records; returns the figures per format. */
export async function runFileTask(options: {
  n: number;
  json: boolean;
  runs?: number;
  ids?: BenchIds;
  keep?: boolean;
  cli?: string;
}): Promise<FileTaskResult[]> {
  const rounds = options.runs ?? 3;
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error("bench file: --runs must be a whole number of 1 or more");
  const log = (line = ""): void => void (options.json ? process.stderr : process.stdout).write(line + "\n");
  const cli = options.cli ?? join(root, "dist/cli/main.js");
  try {
    statSync(cli);
  } catch {
    throw new Error("bench file: build the CLI first (npm run build)");
  }
  const dir = mkdtempSync(join(tmpdir(), "kpi-kit-bench-file-"));
  writeFileSync(join(dir, "floor.cjs"), FLOOR);
  writeFileSync(join(dir, "rss-hook.cjs"), RSS_HOOK);
  const results: FileTaskResult[] = [];
  try {
    log(`\nfile (n = ${options.n.toLocaleString("en")}${options.ids === "uuid" ? ", UUID ids" : ""}): writing NDJSON and CSV derived from the example municipality…`);
    const files = await writeBenchFiles(options.n, dir, options.ids);
    const workspace = join(root, "examples/workspace.json");
    log(`(each figure: the median of ${rounds} run${rounds === 1 ? "" : "s"} and the highest peak RSS)`);
    log("format   file MB   step        seconds   peak RSS MB   × floor");
    for (const format of ["ndjson", "csv"] as const) {
      const path = files[format];
      const fileMB = statSync(path).size / 1e6;
      const reportArgs = [workspace, "--measurements", path, "--audience", "management", "--scope", "ezerkrasts", "--period", "2026-03",
        "--as-of", "2026-04-05T12:00:00+03:00", "--locale", "en", "--format", "md"];
      const steps = {
        floor: [join(dir, "floor.cjs"), path, format],
        report: [cli, "report", ...reportArgs, "--out", join(dir, "report.md")],
        validate: [cli, "validate", workspace, "--measurements", path],
        engine: [cli, "report", "--engine", "duckdb", ...reportArgs, "--out", join(dir, "report-duckdb.md")],
      };
      const runs: Record<keyof typeof steps, Timed[]> = { floor: [], report: [], validate: [], engine: [] };
      for (let round = 0; round < rounds; round++) {
        for (const step of Object.keys(steps) as (keyof typeof steps)[]) runs[step].push(timeChild(steps[step], dir));
      }
      const floor = combine(runs.floor);
      const report = combine(runs.report);
      const validate = combine(runs.validate);
      const engine = combine(runs.engine);
      for (const [step, t] of [["floor", floor], ["report", report], ["validate", validate], ["duckdb", engine]] as const) {
        const failed = t.status === 0 ? "" : `   FAILED (exit ${t.status}): ${t.stderr.split("\n").slice(-3).join(" ")}`;
        log(
          `${format.padEnd(9)}${fileMB.toFixed(0).padStart(7)}   ${step.padEnd(10)}${(t.ms / 1000).toFixed(2).padStart(9)}   ${t.peakMB
            .toFixed(0)
            .padStart(11)}   ${(t.ms / floor.ms).toFixed(2).padStart(7)}×${failed}`,
        );
      }
      results.push({ n: options.n, format, fileMB, floor, report, validate, engine });
    }
  } finally {
    if (options.keep === true) log(`(kept ${dir})`);
    else rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

if (isMainModule(import.meta.url)) {
  const json = hasFlag("--json");
  const cli = option("--cli");
  const results = await runFileTask({
    n: Number(option("--n") ?? 1_000_000),
    runs: Number(option("--runs") ?? 3),
    ids: benchIds(option("--ids")),
    json,
    keep: hasFlag("--keep"),
    ...(cli === undefined ? {} : { cli }),
  });
  if (json) process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  if (results.some((r) => r.report.status !== 0 || r.validate.status !== 0)) process.exitCode = 1;
}
