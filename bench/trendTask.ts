// Benchmark of the trend folder: kpi-kit's linearTrend + mannKendall (series by series) and its batch scanTrends
// against simple-statistics' linearRegression (+ rSquared) with a plain O(n²) Mann–Kendall double loop, on the same
// generated series, in the same run.
//   npx tsx bench/trendTask.ts [--seed N] [--json]
// Each timed region starts after a full garbage collection and a 5 ms pause (for V8's concurrent sweeping to finish),
// so that no competitor pays for another's garbage.
// Timed regions: per-series kpi-kit takes the SeriesPoint[] series as generated; scanTrends takes the same series
// as a row-major Float64Array + Uint8Array gap mask built before timing (the columnar form a portfolio scan starts
// from), and a second scan timing includes building that matrix from the SeriesPoint[] series; the baseline builds
// its [x, y] pairs and value lists inside its timed region (what a simple-statistics user must do).
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { linearRegression, rSquared, linearRegressionLine } from "simple-statistics";
import { linearTrend } from "../src/trend/linearTrend.js";
import { mannKendall } from "../src/trend/mannKendall.js";
import { scanTrends } from "../src/trend/scanTrends.js";
import type { SeriesPoint } from "../src/trend/seriesPoint.js";
import { mulberry32 } from "./data.js";
import { median } from "./median.js";
import { hasFlag, isMainModule, option } from "./cliArgs.js";


/** KPI-like series: level + trend·i + noise, rounded to 0.1 (so there are ties), about 3 % gaps. */
function generate(random: () => number, count: number, length: number): SeriesPoint[][] {
  const all: SeriesPoint[][] = [];
  for (let s = 0; s < count; s++) {
    const level = 50 + 50 * random();
    const trend = (random() - 0.5) * 0.4;
    const noise = 1 + 5 * random();
    const series: SeriesPoint[] = [];
    for (let i = 0; i < length; i++) {
      const gap = i > 0 && i < length - 1 && random() < 0.03;
      const value = Math.round((level + trend * i + noise * (random() + random() + random() - 1.5)) * 10) / 10;
      series.push({ index: i, value: gap ? null : value });
    }
    all.push(series);
  }
  return all;
}

/** The plain O(n²) Mann–Kendall S. */
function mannKendallSQuadratic(values: readonly number[]): number {
  let s = 0;
  const n = values.length;
  for (let i = 0; i < n - 1; i++) {
    const vi = values[i] as number;
    for (let j = i + 1; j < n; j++) {
      const d = (values[j] as number) - vi;
      s += d > 0 ? 1 : d < 0 ? -1 : 0;
    }
  }
  return s;
}

interface Pair {
  readonly slope: number;
  readonly s: number;
}

function runKpiKit(series: readonly SeriesPoint[][], out: Pair[] | null): number {
  let checksum = 0;
  for (const one of series) {
    const fit = linearTrend(one).result;
    const test = mannKendall(one).result;
    const slope = fit?.slopePerPeriod ?? 0;
    const s = test?.s ?? 0;
    checksum += slope + s + (test?.pValue ?? 0);
    if (out !== null) out.push({ slope, s });
  }
  return checksum;
}

interface Matrix {
  readonly values: Float64Array;
  readonly present: Uint8Array;
  readonly length: number;
}

/** The series as a row-major matrix with a gap mask (gaps hold 0). */
function toMatrix(series: readonly SeriesPoint[][]): Matrix {
  const length = series[0]?.length ?? 0;
  const values = new Float64Array(series.length * length);
  const present = new Uint8Array(series.length * length);
  for (let k = 0; k < series.length; k++) {
    const one = series[k] as SeriesPoint[];
    for (let j = 0; j < length; j++) {
      const value = (one[j] as SeriesPoint).value;
      if (value !== null) {
        values[k * length + j] = value;
        present[k * length + j] = 1;
      }
    }
  }
  return { values, present, length };
}

function runScan(matrix: Matrix, out: Pair[] | null): number {
  const scan = scanTrends(matrix.values, matrix.length, { present: matrix.present });
  let checksum = 0;
  for (let k = 0; k < scan.count; k++) {
    const slope = scan.slopePerPeriod[k] as number;
    const s = scan.s[k] as number;
    checksum += slope + s + (scan.pValue[k] as number);
    if (out !== null) out.push({ slope, s });
  }
  return checksum;
}

function runBaseline(series: readonly SeriesPoint[][], out: Pair[] | null): number {
  let checksum = 0;
  for (const one of series) {
    const pairs: [number, number][] = [];
    const values: number[] = [];
    for (const point of one) {
      if (point.value !== null) {
        pairs.push([point.index, point.value]);
        values.push(point.value);
      }
    }
    const line = linearRegression(pairs);
    const r2 = rSquared(pairs, linearRegressionLine(line));
    const s = mannKendallSQuadratic(values);
    checksum += line.m + s + r2;
    if (out !== null) out.push({ slope: line.m, s });
  }
  return checksum;
}

/** One competitor's medians over the timed runs. */
interface Timing {
  /** Wall-clock milliseconds. */
  readonly ms: number;
  /** Process CPU milliseconds (user + system, all threads): less disturbed by other processes on a loaded machine. */
  readonly cpuMs: number;
  readonly seriesPerSecond: number;
  /** baseline ÷ this, on wall-clock medians. */
  readonly speedup: number;
  /** baseline ÷ this, on CPU-time medians. */
  readonly cpuSpeedup: number;
}

interface CaseResult {
  readonly name: string;
  readonly series: number;
  readonly points: number;
  /** linearTrend + mannKendall, series by series. */
  readonly perSeries: Timing;
  /** scanTrends on the prebuilt matrix. */
  readonly scan: Timing;
  /** scanTrends, including building the matrix from the SeriesPoint[] series. */
  readonly scanWithBuild: Timing;
  readonly baseline: Timing;
}

function checkSame(name: string, what: string, ours: readonly Pair[], theirs: readonly Pair[]): void {
  if (ours.length !== theirs.length) throw new Error(`${name}: ${what} gave ${ours.length} series, not ${theirs.length}`);
  for (let i = 0; i < ours.length; i++) {
    const a = ours[i] as Pair;
    const b = theirs[i] as Pair;
    if (a.s !== b.s || Math.abs(a.slope - b.slope) > 1e-9 * Math.max(1, Math.abs(b.slope))) {
      throw new Error(`${name}: series ${i} differs: ${what} ${JSON.stringify(a)} vs baseline ${JSON.stringify(b)}`);
    }
  }
}

/** Returns a function that runs a full garbage collection (V8's gc, exposed at run time). */
function exposeGc(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

async function benchCase(name: string, series: readonly SeriesPoint[][], runs: number): Promise<CaseResult> {
  const collectGarbage = exposeGc();
  const matrix = toMatrix(series);
  // Same answers first: per-series kpi-kit and scanTrends against the baseline.
  const ours: Pair[] = [];
  const scanned: Pair[] = [];
  const theirs: Pair[] = [];
  runKpiKit(series, ours);
  runScan(matrix, scanned);
  runBaseline(series, theirs);
  checkSame(name, "kpi-kit", ours, theirs);
  checkSame(name, "scanTrends", scanned, theirs);
  const competitors = {
    perSeries: () => runKpiKit(series, null),
    scan: () => runScan(matrix, null),
    scanWithBuild: () => runScan(toMatrix(series), null),
    baseline: () => runBaseline(series, null),
  };
  type Key = keyof typeof competitors;
  const keys = Object.keys(competitors) as Key[];
  const wall = new Map<Key, number[]>(keys.map((k) => [k, []]));
  const cpu = new Map<Key, number[]>(keys.map((k) => [k, []]));
  let sink = 0;
  // Interleaved rounds, so that a burst of load elsewhere hits every competitor alike; round 0 warms up the JIT.
  for (let r = 0; r < runs + 1; r++) {
    for (const key of keys) {
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      sink += competitors[key]();
      const t1 = performance.now();
      const c1 = process.cpuUsage(c0);
      if (r > 0) {
        wall.get(key)?.push(t1 - t0);
        cpu.get(key)?.push((c1.user + c1.system) / 1000);
      }
    }
  }
  if (Number.isNaN(sink)) throw new Error("unreachable");
  const baselineMs = median(wall.get("baseline") ?? []);
  const baselineCpuMs = median(cpu.get("baseline") ?? []);
  const timing = (key: Key): Timing => {
    const ms = median(wall.get(key) ?? []);
    const cpuMs = median(cpu.get(key) ?? []);
    return {
      ms,
      cpuMs,
      seriesPerSecond: (series.length / ms) * 1000,
      speedup: baselineMs / ms,
      cpuSpeedup: baselineCpuMs / cpuMs,
    };
  };
  return {
    name,
    series: series.length,
    points: series[0]?.length ?? 0,
    perSeries: timing("perSeries"),
    scan: timing("scan"),
    scanWithBuild: timing("scanWithBuild"),
    baseline: timing("baseline"),
  };
}

/**
 * Runs the trend benchmark: 10 000 monthly series of 25 points and 100 daily series of 730 points, timing kpi-kit's
 * `linearTrend` + `mannKendall` (series by series) and `scanTrends` (batch) against simple-statistics
 * `linearRegression` + `rSquared` with an O(n²) Mann–Kendall (median of 11 interleaved runs after a warm-up), after checking all
 * three give the same slope and S. Reports wall-clock and process-CPU medians and both ratios.
 *
 * @param opts - The PRNG seed, and whether to print JSON instead of a table.
 * @returns The measured cases.
 */
export async function runTrendBench(opts: { seed: number; json: boolean }): Promise<object> {
  const random = mulberry32(opts.seed);
  const monthly = generate(random, 10_000, 25);
  const daily = generate(random, 100, 730);
  const runs = 11;
  const cases = [await benchCase("monthly 10000 x 25", monthly, runs), await benchCase("daily 100 x 730", daily, runs)];
  const report = { task: "trend", seed: opts.seed, runs, cases };
  if (opts.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log("trend: kpi-kit linearTrend + mannKendall per series, and scanTrends (batch), vs");
    console.log(`       simple-statistics linearRegression + rSquared + O(n²) Mann–Kendall (medians of ${runs} runs)`);
    console.log("case                 | competitor                  | wall ms | cpu ms | series/s | × base (wall) | × base (cpu)");
    const labels: Record<"perSeries" | "scan" | "scanWithBuild" | "baseline", string> = {
      perSeries: "kpi-kit per series",
      scan: "kpi-kit scanTrends",
      scanWithBuild: "scanTrends + build matrix",
      baseline: "simple-statistics + O(n²)",
    };
    for (const c of cases) {
      for (const key of ["perSeries", "scan", "scanWithBuild", "baseline"] as const) {
        const t = c[key];
        console.log(
          `${c.name.padEnd(20)} | ${labels[key].padEnd(27)} | ${t.ms.toFixed(1).padStart(7)} | ` +
            `${t.cpuMs.toFixed(1).padStart(6)} | ${Math.round(t.seriesPerSecond).toString().padStart(8)} | ` +
            `${t.speedup.toFixed(2).padStart(12)}x | ${t.cpuSpeedup.toFixed(2).padStart(11)}x`,
        );
      }
    }
  }
  return report;
}

if (isMainModule(import.meta.url)) {
  const seed = Number(option("--seed") ?? 42);
  await runTrendBench({ seed, json: hasFlag("--json") });
}
