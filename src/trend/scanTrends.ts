import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import { erfc } from "./_lib/erfc.js";
import { mannKendallStatisticInto } from "./_lib/mannKendallStatistic.js";

/** Options for {@link scanTrends}. */
export interface ScanTrendsOptions {
  /**
   * Which cells of `values` are observed: `1` for an observed period, `0` for a gap (a period with no value, what
   * `value: null` is to {@link linearTrend}). Same length as `values`; any other entry throws. The value under a
   * `0` is not used but must still be finite (write `0` there).
   * @defaultValue every cell is observed
   */
  readonly present?: Uint8Array | undefined;
}

/**
 * The linear trend and Mann–Kendall test of many series at once, in columns: entry `k` of each array belongs to
 * series `k` (row `k` of the input matrix).
 *
 * @remarks
 * A series with fewer than 2 observed points has no result (`hasResult[k] === 0`), as {@link linearTrend} and
 * {@link mannKendall} return `null` for it; its entries in every column but `n` are `0` and carry no meaning. With
 * exactly 2 there is a slope, intercept, S, Var(S), Z and p, and no r² (`hasRSquared[k] === 0`), as in
 * {@link linearTrend}.
 *
 * @category Trend
 */
export interface TrendScan {
  /** How many series were scanned: `values.length / seriesLength`. */
  readonly count: number;
  /** The number of periods of every series (the row length). */
  readonly seriesLength: number;
  /** How many observed points each series has. */
  readonly n: Int32Array;
  /** `1` when the series has at least 2 observed points and so a result, else `0`. */
  readonly hasResult: Uint8Array;
  /**
   * The position in the row of the first observed point, where {@link TrendScan.intercept} is; `0` and meaningless
   * where `hasResult[k] === 0`.
   */
  readonly firstIndex: Int32Array;
  /**
   * The OLS change in value per period, as {@link LinearTrend.slopePerPeriod}; `0` and meaningless where
   * `hasResult[k] === 0`.
   */
  readonly slopePerPeriod: Float64Array;
  /**
   * The fitted value at the first observed period, as {@link LinearTrend.intercept}; `0` and meaningless where
   * `hasResult[k] === 0`.
   */
  readonly intercept: Float64Array;
  /** r² in [0, 1] where `hasRSquared[k] === 1`; `0` and meaningless elsewhere. */
  readonly rSquared: Float64Array;
  /**
   * `1` when r² is defined: the series has at least 3 observed points and its values are not all equal
   * ({@link LinearTrend.rSquared} not `null`).
   */
  readonly hasRSquared: Uint8Array;
  /** Mann–Kendall S, an integer, as {@link MannKendall.s}; `0` and meaningless where `hasResult[k] === 0`. */
  readonly s: Float64Array;
  /**
   * Var(S) with the tie correction, as {@link MannKendall.varianceS}; `0` and meaningless where `hasResult[k] === 0`.
   */
  readonly varianceS: Float64Array;
  /** The continuity-corrected normal score, as {@link MannKendall.z}; `0` and meaningless where `hasResult[k] === 0`. */
  readonly z: Float64Array;
  /**
   * The two-sided p-value, as {@link MannKendall.pValue}; `0` and meaningless where `hasResult[k] === 0` — not
   * "significant": filter by `hasResult` before comparing with a significance level.
   */
  readonly pValue: Float64Array;
}

/**
 * Returns the OLS trend and the Mann–Kendall test of every series of a row-major matrix, as typed-array columns —
 * the portfolio scan (every KPI × subject series at once), with the numbers {@link linearTrend} and
 * {@link mannKendall} give series by series.
 *
 * @remarks
 * `values` holds `count = values.length / seriesLength` series one after another; cell `k·seriesLength + j` is
 * period `j` of series `k`. Gaps are marked by `options.present`, never by `NaN` (kpi-kit takes no `NaN`). Each
 * series is what {@link linearTrend} and {@link mannKendall} see for the points `{ index: j, value }` (with
 * `value: null` at gaps): the same slope, intercept at the first observed period (docs/conventions.md#trends-and-control-charts), r², S, Var(S), Z
 * and p (docs/conventions.md#trends-and-control-charts) — bit for bit, since the same formulas run in the same order.
 *
 * The scan leaves out the per-series extras: no confidence interval, standard error or tau (tau = S / (n(n−1)/2)).
 * Call {@link linearTrend} on the series that the scan flags for the slope's confidence interval. What it saves is
 * the per-series work those functions do for any input: validating and copying point objects, sorting, building
 * result objects and the Student t quantile. All buffers are allocated once per call: the x deviations of a
 * complete row are computed once, Mann–Kendall S counts the pairs directly up to 48 points (a merge sort's
 * inversions above) in a reused scratch buffer, and erfc runs only for the p-value.
 *
 * No series (empty `values`) gives `count: 0` and empty columns.
 *
 * A series with fewer than 2 observed points has no result: `hasResult[k]` is `0` and its `slopePerPeriod`,
 * `intercept`, `firstIndex`, `rSquared`, `s`, `varianceS`, `z` and `pValue` are `0` (typed arrays hold no `null`, and
 * kpi-kit writes no `NaN`), which mean nothing. Filter by `hasResult` first: a test such as `pValue[k] < 0.05` alone
 * would count every empty series as significant (`hasResult[k] === 1 && pValue[k] < 0.05`).
 *
 * @param values - The series, row after row; every cell a finite number.
 * @param seriesLength - The number of periods per series, an integer ≥ 1.
 * @param options - See {@link ScanTrendsOptions}.
 * @returns The columns; see {@link TrendScan}.
 * @throws {@link KpiError} `invalid_argument` when `values` is not an array or a `Float64Array` (path `[]`),
 *   `seriesLength` is not a positive integer (path `["seriesLength"]`), `values.length` is not a multiple of it
 *   (path `["length"]`), `present` is not a `Uint8Array` of the same length (path `["present"]`) or holds an entry
 *   other than 0 or 1 (path `["present", i]`), or `options` is not an object (path `[]`); `non_finite` for a cell that
 *   is not a finite number (path `[i]`, the flat index).
 *
 * @example
 * ```ts
 * // Two series of four periods: the documented examples of linearTrend (1, 3, 2, 5) and mannKendall (1, 3, 2, 4).
 * const scan = scanTrends([1, 3, 2, 5, 1, 3, 2, 4], 4);
 * scan.count;
 * //=> 2
 * scan.slopePerPeriod[0];
 * //=> 1.1
 * scan.s[1];
 * //=> 4
 * scan.pValue[1];
 * //=> 0.3081795474670… (Z = 3/√(26/3))
 * ```
 *
 * @category Trend
 */
export function scanTrends(
  values: Float64Array | readonly number[],
  seriesLength: number,
  options: ScanTrendsOptions = {},
): TrendScan {
  if (!(values instanceof Float64Array) && !Array.isArray(values)) {
    throw new KpiError("invalid_argument", "scanTrends: values must be a Float64Array or an array of numbers", {
      path: [],
    });
  }
  if (typeof seriesLength !== "number" || !Number.isInteger(seriesLength) || seriesLength < 1) {
    throw new KpiError("invalid_argument", "scanTrends: seriesLength must be an integer of at least 1", {
      path: ["seriesLength"],
    });
  }
  const total = values.length;
  if (total % seriesLength !== 0) {
    throw new KpiError(
      "invalid_argument",
      `scanTrends: values.length ${total} is not a multiple of seriesLength ${seriesLength}`,
      { path: ["length"] },
    );
  }
  requireObject(options, "scanTrends", "options");
  const present = options.present;
  if (present !== undefined && (!(present instanceof Uint8Array) || present.length !== total)) {
    throw new KpiError("invalid_argument", "scanTrends: present must be a Uint8Array as long as values", {
      path: ["present"],
    });
  }
  const length = seriesLength;
  const count = total / length;
  const n = new Int32Array(count);
  const hasResult = new Uint8Array(count);
  const firstIndex = new Int32Array(count);
  const slopePerPeriod = new Float64Array(count);
  const intercept = new Float64Array(count);
  const rSquared = new Float64Array(count);
  const hasRSquared = new Uint8Array(count);
  const s = new Float64Array(count);
  const varianceS = new Float64Array(count);
  const z = new Float64Array(count);
  const pValue = new Float64Array(count);

  // x deviations of a complete row, x = 0 … length − 1, summed in fitLinear's order so the numbers are identical.
  let sumXFull = 0;
  for (let j = 0; j < length; j++) sumXFull += j;
  const meanXFull = sumXFull / length;
  const dxFull = new Float64Array(length);
  let sxxFull = 0;
  for (let j = 0; j < length; j++) {
    const dx = j - meanXFull;
    dxFull[j] = dx;
    sxxFull += dx * dx;
  }
  const work = new Float64Array(length); // the observed values of one series, in time order
  const position = new Float64Array(length); // their positions in the row (only with gaps)
  const scratch = new Float64Array(length);
  const statistic = new Float64Array(2);

  for (let k = 0; k < count; k++) {
    const base = k * length;
    let m = 0;
    if (present === undefined) {
      m = gatherComplete(values, base, length, work);
    } else {
      m = gatherPresent(values, present, base, length, work, position);
    }
    n[k] = m;
    if (m < 2) continue;
    hasResult[k] = 1;

    // OLS, as fitLinear: means, then centred sums.
    let sumY = 0;
    for (let i = 0; i < m; i++) sumY += work[i] as number;
    const meanY = sumY / m;
    let meanX: number;
    let sxx: number;
    let syy = 0;
    let sxy = 0;
    let first = 0;
    if (m === length) {
      meanX = meanXFull;
      sxx = sxxFull;
      for (let i = 0; i < m; i++) {
        const dx = dxFull[i] as number;
        const dy = (work[i] as number) - meanY;
        syy += dy * dy;
        sxy += dx * dy;
      }
    } else {
      first = position[0] as number;
      let sumX = 0;
      for (let i = 0; i < m; i++) sumX += (position[i] as number) - first;
      meanX = sumX / m;
      sxx = 0;
      for (let i = 0; i < m; i++) {
        const dx = (position[i] as number) - first - meanX;
        const dy = (work[i] as number) - meanY;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
      }
    }
    const slope = sxy / sxx;
    firstIndex[k] = first;
    slopePerPeriod[k] = slope;
    intercept[k] = meanY - slope * meanX;
    if (m >= 3 && syy > 0) {
      hasRSquared[k] = 1;
      rSquared[k] = Math.min(1, (sxy * sxy) / (sxx * syy));
    }

    // Mann–Kendall (overwrites work above 48 points, so after the fit); Z and p as mannKendallZ.
    mannKendallStatisticInto(work, scratch, m, statistic);
    const sk = statistic[0] as number;
    const vk = statistic[1] as number;
    s[k] = sk;
    varianceS[k] = vk;
    if (sk !== 0 && vk > 0) {
      const sd = Math.sqrt(vk);
      const zk = sk > 0 ? (sk - 1) / sd : (sk + 1) / sd;
      z[k] = zk;
      pValue[k] = erfc(Math.abs(zk) / Math.SQRT2);
    } else {
      pValue[k] = 1;
    }
  }
  return {
    count,
    seriesLength: length,
    n,
    hasResult,
    firstIndex,
    slopePerPeriod,
    intercept,
    rSquared,
    hasRSquared,
    s,
    varianceS,
    z,
    pValue,
  };
}

// Copies row cells [base, base + length) into `work`, checking each is finite; returns the count (all of them).
function gatherComplete(values: Float64Array | readonly number[], base: number, length: number, work: Float64Array): number {
  for (let j = 0; j < length; j++) {
    const v = values[base + j] as number;
    if (!Number.isFinite(v)) throw nonFinite(base + j);
    work[j] = v;
  }
  return length;
}

// Copies the observed cells of a row into `work` and their row positions into `position`; returns their count.
function gatherPresent(
  values: Float64Array | readonly number[],
  present: Uint8Array,
  base: number,
  length: number,
  work: Float64Array,
  position: Float64Array,
): number {
  let m = 0;
  for (let j = 0; j < length; j++) {
    const v = values[base + j] as number;
    if (!Number.isFinite(v)) throw nonFinite(base + j);
    const flag = present[base + j] as number;
    if (flag === 1) {
      work[m] = v;
      position[m] = j;
      m++;
    } else if (flag !== 0) {
      throw new KpiError("invalid_argument", `scanTrends: present[${base + j}] is ${flag}, not 0 or 1`, {
        path: ["present", base + j],
      });
    }
  }
  return m;
}

function nonFinite(i: number): KpiError {
  return new KpiError("non_finite", `scanTrends: values[${i}] is not a finite number`, { path: [i] });
}
