// Benchmark of the trend folder: kpi-kit's linearTrend + mannKendall against simple-statistics' linearRegression
// (+ rSquared) with a plain O(n²) Mann–Kendall double loop, on the same generated series, in the same run.
//   npx tsx bench/trendTask.ts [--seed N] [--json]
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { linearRegression, rSquared, linearRegressionLine } from "simple-statistics";
import { linearTrend } from "../src/trend/linearTrend.js";
import { mannKendall } from "../src/trend/mannKendall.js";
import type { SeriesPoint } from "../src/trend/seriesPoint.js";

/** mulberry32: a small seeded PRNG (uniform in [0, 1)). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface CaseResult {
  readonly name: string;
  readonly series: number;
  readonly points: number;
  readonly kpiKitMs: number;
  readonly baselineMs: number;
  readonly kpiKitSeriesPerSecond: number;
  readonly baselineSeriesPerSecond: number;
  readonly speedup: number;
}

function benchCase(name: string, series: readonly SeriesPoint[][], runs: number): CaseResult {
  // Same answers first.
  const ours: Pair[] = [];
  const theirs: Pair[] = [];
  runKpiKit(series, ours);
  runBaseline(series, theirs);
  for (let i = 0; i < ours.length; i++) {
    const a = ours[i] as Pair;
    const b = theirs[i] as Pair;
    if (a.s !== b.s || Math.abs(a.slope - b.slope) > 1e-9 * Math.max(1, Math.abs(b.slope))) {
      throw new Error(`${name}: series ${i} differs: kpi-kit ${JSON.stringify(a)} vs baseline ${JSON.stringify(b)}`);
    }
  }
  const kpiKitTimes: number[] = [];
  const baselineTimes: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs + 1; r++) {
    let t0 = performance.now();
    sink += runKpiKit(series, null);
    const ourTime = performance.now() - t0;
    t0 = performance.now();
    sink += runBaseline(series, null);
    const theirTime = performance.now() - t0;
    if (r > 0) {
      // The first round warms up the JIT.
      kpiKitTimes.push(ourTime);
      baselineTimes.push(theirTime);
    }
  }
  if (Number.isNaN(sink)) throw new Error("unreachable");
  const kpiKitMs = median(kpiKitTimes);
  const baselineMs = median(baselineTimes);
  return {
    name,
    series: series.length,
    points: series[0]?.length ?? 0,
    kpiKitMs,
    baselineMs,
    kpiKitSeriesPerSecond: (series.length / kpiKitMs) * 1000,
    baselineSeriesPerSecond: (series.length / baselineMs) * 1000,
    speedup: baselineMs / kpiKitMs,
  };
}

/**
 * Runs the trend benchmark: 10 000 monthly series of 25 points and 100 daily series of 730 points, timing kpi-kit's
 * `linearTrend` + `mannKendall` against simple-statistics `linearRegression` + `rSquared` with an O(n²)
 * Mann–Kendall (median of 7 runs after a warm-up), after checking both give the same slope and S.
 *
 * @param opts - The PRNG seed, and whether to print JSON instead of a table.
 * @returns The measured cases.
 */
export async function runTrendBench(opts: { seed: number; json: boolean }): Promise<object> {
  const random = mulberry32(opts.seed);
  const monthly = generate(random, 10_000, 25);
  const daily = generate(random, 100, 730);
  const runs = 7;
  const cases = [benchCase("monthly 10000 x 25", monthly, runs), benchCase("daily 100 x 730", daily, runs)];
  const report = { task: "trend", seed: opts.seed, runs, cases };
  if (opts.json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log("trend: linearTrend + mannKendall vs simple-statistics linearRegression + rSquared + O(n²) MK");
    console.log("case                 | kpi-kit ms | baseline ms | kpi-kit series/s | baseline series/s | speed-up");
    for (const c of cases) {
      console.log(
        `${c.name.padEnd(20)} | ${c.kpiKitMs.toFixed(1).padStart(10)} | ${c.baselineMs.toFixed(1).padStart(11)} | ` +
          `${Math.round(c.kpiKitSeriesPerSecond).toString().padStart(16)} | ` +
          `${Math.round(c.baselineSeriesPerSecond).toString().padStart(17)} | ${c.speedup.toFixed(2).padStart(7)}x`,
      );
    }
  }
  await Promise.resolve();
  return report;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seedArg = process.argv.indexOf("--seed");
  const seed = seedArg >= 0 ? Number(process.argv[seedArg + 1]) : 42;
  await runTrendBench({ seed, json: process.argv.includes("--json") });
}
