/**
 * kpi-kit benchmark: `npm run bench -- [--n <count>] [--task group|ratio|rollup|bucket|columnar|trend|sort|file|pushdown|all]
 * [--json] [--runs <k>] [--no-memory] [--no-postgres] [--ids copies|uuid (file task)]`. The `file` task
 * (bench/fileTask.ts) runs the built CLI on a generated file; the `pushdown` task (bench/pushdownTask.ts) compares the
 * in-memory engine with DuckDB over Parquet and PostgreSQL; the `sort` task (bench/sortTask.ts) times a report's sorts
 * of all its records (by id, by instant) against a comparison sort through a callback.
 *
 * For each n (default 1e6 and 3e6) it generates seeded measurements (50 KPIs × 200 subjects over two years, ISO
 * strings with `Z`) outside every timed region, warms every implementation of a task up (it runs until 1.5 s have passed
 * or it has run 8 times, at least once: the JIT and the C library's allocator settle within the first few runs of a
 * fast implementation) and then times it `runs` times (default 3) and, while its timed runs would add up to less than
 * 1 s at the last warm-up run's pace, more (at most 25 runs: a fast implementation's median is then not the few runs
 * one burst of load on a shared machine happened to hit). The timed runs of a task's implementations are interleaved,
 * each one's spread evenly over one sequence (bench/interleave.ts), so that a burst of load falls on all of them alike
 * rather than on whichever was running. It reports the median time, rows/s and the ratios to kpi-kit. Only each implementation's
 * `compute` is timed — it returns its natural result (arquero's Table, d3's array, the baseline's Map, kpi-kit's
 * columnar `PeriodAggregates`); the conversion of that result into one canonical `Map` runs afterwards, untimed, to
 * check that all return the same numbers (counts exactly, floats within 1e-9 relative) before anything is reported.
 * Peak memory is measured in child processes (one per implementation): the RSS of the loaded input alone, and the peak
 * RSS while running (VmHWM on Linux: bench/peakRss.ts). With `--json` one object with every figure goes to stdout and
 * the human table to stderr.
 */
import { spawnSync } from "node:child_process";
import { interleave, plannedRuns } from "./interleave.js";
import { median } from "./median.js";
import { peakRss } from "./peakRss.js";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as impl from "./competitors.js";
import { generateColumns, generateRows, type BenchColumns } from "./data.js";
import type { MeasurementRow } from "../src/aggregate/measurementRow.js";
import { hasFlag, option } from "./cliArgs.js";

type Input = impl.Input;
type Canonical = impl.Canonical | Int32Array;
interface Task {
  readonly name: string;
  readonly description: string;
  readonly impls: readonly impl.Competitor[];
}

const TASKS: readonly Task[] = [
  {
    name: "group",
    description: "group by (KPI, subject, month in Europe/Riga) → count, sum, mean, min, max, p95 (objects, ISO strings)",
    impls: impl.groupCompetitors,
  },
  { name: "ratio", description: "ratio of sums per (KPI, month) (objects, ISO strings)", impls: impl.ratioCompetitors },
  {
    name: "rollup",
    description: "task 1 rolled up to every node of a scope tree (200 services › 20 institutions › 4 municipalities › 1)",
    impls: impl.rollupCompetitors,
  },
  { name: "bucket", description: "bucketing alone: ISO string → local month index in Europe/Riga", impls: impl.bucketCompetitors },
  { name: "columnar", description: "task 1 from columns (epoch-ms Float64Array, Int32Array ids)", impls: impl.columnarCompetitors },
];

// ---------- arguments ----------
const json = hasFlag("--json");
const runs = Math.max(3, Number(option("--runs") ?? 3));
const WARM_UP_MS = 1500;
const WARM_UP_RUNS = 8;
/** Timed runs go on past `runs` until they add up to this much time, up to `MAX_RUNS` runs. */
const MIN_TIMED_MS = 1000;
const MAX_RUNS = 25;
const taskArg = option("--task") ?? "all";
const nArg = option("--n");
const sizes = nArg === undefined ? [1_000_000, 3_000_000] : [Number(nArg)];
const memory = !hasFlag("--no-memory");
const log = (line = ""): void => {
  (json ? process.stderr : process.stdout).write(line + "\n");
};

// ---------- child mode: peak memory of one implementation ----------
const child = option("--child");
if (child !== undefined) {
  const [taskName, implName] = child.split("::") as [string, string];
  const n = Number(nArg);
  const task = TASKS.find((t) => t.name === taskName)!;
  const input = makeInput(task, n);
  const loadedRss = process.memoryUsage().rss;
  const loadedMax = peakRss();
  task.impls.find((x) => x.name === implName)!.compute(input);
  const peak = peakRss();
  process.stdout.write(JSON.stringify({ loadedRss, loadedMax, peak }));
  process.exit(0);
}

function makeInput(task: Task, n: number): Input {
  if (task.name === "columnar") return { rows: [], columns: generateColumns(n), iso: null };
  const rows = generateRows(n);
  return { rows, columns: null, iso: task.name === "bucket" ? rows.map((r) => r.at as string) : null };
}

// ---------- checking ----------
function compare(a: Canonical, b: Canonical): string | null {
  if (a instanceof Int32Array || b instanceof Int32Array) {
    const x = a as Int32Array, y = b as Int32Array;
    if (x.length !== y.length) return "lengths differ";
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return `index ${i}: ${x[i]} vs ${y[i]}`;
    return null;
  }
  if (a.size !== b.size) return `group counts differ: ${a.size} vs ${b.size}`;
  for (const [key, xs] of a) {
    const ys = b.get(key);
    if (ys === undefined) return `group ${key} missing`;
    for (let j = 0; j < xs.length; j++) {
      const x = xs[j]!, y = ys[j]!;
      const ok = j === 0 ? x === y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
      if (!ok) return `group ${key} field ${j}: ${x} vs ${y}`;
    }
  }
  return null;
}

function measureMemory(task: Task, implName: string, n: number): { loadedMB: number; peakMB: number; ratio: number } | null {
  const script = fileURLToPath(import.meta.url);
  const out = spawnSync(process.execPath, [...process.execArgv, script, "--child", `${task.name}::${implName}`, "--n", String(n)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    env: process.env,
  });
  if (out.status !== 0) {
    log(`  memory child for ${implName} failed: ${out.stderr.slice(0, 300)}`);
    return null;
  }
  const m = JSON.parse(out.stdout) as { loadedRss: number; loadedMax: number; peak: number };
  return { loadedMB: m.loadedRss / 1e6, peakMB: m.peak / 1e6, ratio: m.peak / m.loadedRss };
}

// ---------- main ----------
const report: { node: string; runs: number; sizes: number[]; tasks: Record<string, unknown>[]; trend?: unknown } = {
  node: process.version,
  runs,
  sizes,
  tasks: [],
};
const selected = taskArg === "all" ? TASKS : TASKS.filter((t) => t.name === taskArg);
if (selected.length === 0 && taskArg !== "trend" && taskArg !== "sort" && taskArg !== "file" && taskArg !== "pushdown") {
  log(`unknown task ${taskArg}: use group, ratio, rollup, bucket, columnar, trend, sort, file, pushdown or all`);
  process.exit(2);
}
let failed = false;
for (const n of sizes) {
  let rows: MeasurementRow[] | null = null;
  let columns: BenchColumns | null = null;
  let iso: string[] | null = null;
  for (const [t, task] of selected.entries()) {
    // Only this task's input stays alive: a million row objects kept for later tasks would slow every allocating
    // implementation of this one (the garbage collector walks them), and the columnar task needs none.
    if (!selected.slice(t).some((later) => later.name !== "columnar")) rows = iso = null;
    if (task.name === "columnar") columns ??= generateColumns(n);
    else rows ??= generateRows(n);
    if (task.name === "bucket") iso ??= rows!.map((r) => r.at as string);
    const input: Input = { rows: rows ?? [], columns, iso };
    log(`\n${task.name} (n = ${n.toLocaleString("en")}): ${task.description}`);
    // Only `compute` is timed; its natural result is converted to the canonical form afterwards, for the check.
    const results: { name: string; medianMs: number; times: number[]; rowsPerSecond: number; canonical: Canonical }[] = [];
    // Warm-up, one implementation after another: until 1.5 s have passed or 8 runs, at least one; the last run's
    // time sets how many timed runs the implementation gets.
    const planned = task.impls.map((im) => {
      let last = 0;
      for (let w = 0, t0 = performance.now(); w === 0 || (w < WARM_UP_RUNS && performance.now() - t0 < WARM_UP_MS); w++) {
        const t1 = performance.now();
        im.compute(input);
        last = performance.now() - t1;
      }
      return plannedRuns(last, runs, MIN_TIMED_MS, MAX_RUNS);
    });
    // The timed runs, interleaved: a burst of load on a shared machine falls on every implementation alike.
    // Each implementation's last result is turned into the canonical form (untimed) as soon as it has run for the
    // last time, so that no result is kept alive while the others run.
    const times: number[][] = task.impls.map(() => []);
    const canonicals: (Canonical | null)[] = task.impls.map(() => null);
    for (const i of interleave(planned)) {
      const im = task.impls[i]!;
      const t0 = performance.now();
      const result = im.compute(input);
      times[i]!.push(performance.now() - t0);
      if (times[i]!.length === planned[i]) canonicals[i] = im.toCanonical(result as never);
    }
    task.impls.forEach((im, i) => {
      const medianMs = median(times[i]!);
      results.push({ name: im.name, medianMs, times: times[i]!, rowsPerSecond: (n / medianMs) * 1000, canonical: canonicals[i]! });
    });
    const reference = results[0]!;
    const checks = results.slice(1).map((r) => ({ name: r.name, mismatch: compare(reference.canonical, r.canonical) }));
    const rowsOut = results.map((r) => {
      const mem = memory && task.name !== "bucket" ? measureMemory(task, r.name, n) : null;
      return {
        name: r.name,
        medianMs: Math.round(r.medianMs * 10) / 10,
        timesMs: r.times.map((t) => Math.round(t)),
        rowsPerSecond: Math.round(r.rowsPerSecond),
        ratioToKpiKit: Math.round((r.medianMs / reference.medianMs) * 100) / 100,
        memory: mem,
      };
    });
    log("implementation        median ms   rows/s         × kpi-kit   input RSS MB   peak RSS MB   peak/input");
    for (const r of rowsOut) {
      log(
        `${r.name.padEnd(22)}${r.medianMs.toFixed(1).padStart(10)}   ${r.rowsPerSecond.toLocaleString("en").padStart(12)}   ${r.ratioToKpiKit
          .toFixed(2)
          .padStart(8)}×  ${(r.memory?.loadedMB.toFixed(0) ?? "-").padStart(12)}   ${(r.memory?.peakMB.toFixed(0) ?? "-").padStart(11)}   ${(
          r.memory?.ratio.toFixed(2) ?? "-"
        ).padStart(10)}`,
      );
    }
    for (const c of checks) {
      log(`  same numbers as kpi-kit: ${c.name}: ${c.mismatch === null ? "yes" : `NO — ${c.mismatch}`}`);
      if (c.mismatch !== null) failed = true;
    }
    report.tasks.push({ task: task.name, n, results: rowsOut, checks });
  }
}
if (taskArg === "trend" || taskArg === "all") {
  const here = fileURLToPath(new URL(".", import.meta.url));
  if (existsSync(`${here}trendTask.ts`) || existsSync(`${here}trendTask.js`)) {
    const mod = (await import("./trendTask.js")) as { runTrendBench?: (o: { seed: number; json: boolean }) => Promise<object> };
    if (mod.runTrendBench !== undefined) {
      const original = console.log;
      if (json) console.log = (...xs: unknown[]) => process.stderr.write(xs.join(" ") + "\n");
      try {
        log("");
        report.trend = await mod.runTrendBench({ seed: 42, json: false });
      } finally {
        console.log = original;
      }
    }
  } else log("trend: bench/trendTask.ts is not there yet");
}
if (taskArg === "sort" || taskArg === "all") {
  const { runSortTask } = await import("./sortTask.js");
  const sorts = runSortTask({ n: nArg === undefined ? 1_000_000 : Number(nArg), runs, json });
  (report as { sort?: unknown }).sort = sorts;
  if (sorts.some((r) => !r.sameOrder)) failed = true;
}
if (taskArg === "file" || taskArg === "all") {
  const { benchIds, runFileTask } = await import("./fileTask.js");
  const files = await runFileTask({ n: nArg === undefined ? 1_000_000 : Number(nArg), runs, ids: benchIds(option("--ids")), json });
  (report as { file?: unknown }).file = files;
  if (files.some((r) => r.report.status !== 0 || r.validate.status !== 0 || r.floor.status !== 0)) failed = true;
}
if (taskArg === "pushdown" || taskArg === "all") {
  const { runPushdownTask } = await import("./pushdownTask.js");
  const pushdown = await runPushdownTask({ n: nArg === undefined ? 1_000_000 : Number(nArg), json, postgres: !hasFlag("--no-postgres") });
  (report as { pushdown?: unknown }).pushdown = pushdown;
  if (pushdown.some((r) => !r.sameAsMemory)) failed = true;
}
if (json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
if (failed) process.exitCode = 1;
