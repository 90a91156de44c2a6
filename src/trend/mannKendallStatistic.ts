import { erfc } from "./erfc.js";

/** Mann–Kendall S and its tie-corrected variance (internal to `trend/`). */
export interface MannKendallStatistic {
  /** S = Σ_{i<j} sign(x_j − x_i). */
  readonly s: number;
  /** Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over the value tie groups of size t. */
  readonly varianceS: number;
}

const RUN = 16;
/** Up to this many points the pairs are counted directly: same result, less overhead; merge sort above it. */
const SMALL = 48;

/**
 * Returns Mann–Kendall S and its tie-corrected variance for values in time order, in O(n log n) (internal).
 *
 * @remarks
 * S = C − D over the n(n−1)/2 pairs, with C + D + T = n(n−1)/2 where T counts pairs tied in value. D (pairs
 * i < j with x_i > x_j) is the inversion count of a stable merge sort (insertion sort on runs of 16, then
 * bottom-up merges that count only strict inversions), so S = n(n−1)/2 − T − 2D. The sorted copy also gives the
 * tie groups for T and for the variance. Up to 48 points the pairs are counted directly (O(n²) on a bounded n, so
 * O(n log n) overall), which gives the same integers with less overhead.
 *
 * @param values - The observed values in time order (not modified).
 * @param n - How many of `values` to use (from the start).
 * @returns S and Var(S).
 *
 * @example
 * ```ts
 * mannKendallStatistic([1, 3, 2, 4], 4);
 * //=> { s: 4, varianceS: 8.666666666666666 }
 * ```
 */
export function mannKendallStatistic(values: readonly number[], n: number): MannKendallStatistic {
  if (n < 2) return { s: 0, varianceS: 0 };
  return n <= SMALL ? smallStatistic(values, n) : mergeStatistic(values, n);
}

// Short series: S from the pairs directly, and the tie term from k = the number of later equal values of each
// element: a group of t contributes k = t−1, …, 0, and Σ_{k<t} (6k² + 12k) = t(t − 1)(2t + 5). Branch-free
// comparisons, since random data defeats the branch predictor.
function smallStatistic(values: readonly number[], n: number): MannKendallStatistic {
  let s = 0;
  let tieVariance = 0;
  for (let i = 0; i < n - 1; i++) {
    const vi = values[i] as number;
    let later = 0;
    for (let j = i + 1; j < n; j++) {
      const vj = values[j] as number;
      s += +(vj > vi) - +(vj < vi);
      later += +(vj === vi);
    }
    tieVariance += 6 * later * (later + 2);
  }
  return { s, varianceS: (n * (n - 1) * (2 * n + 5) - tieVariance) / 18 };
}

function mergeStatistic(values: readonly number[], n: number): MannKendallStatistic {
  let a = Float64Array.from(values.length === n ? values : values.slice(0, n));
  let b = new Float64Array(n);
  let inversions = 0;
  // Insertion sort on runs, counting strict inversions (each shift past a strictly greater value is one).
  for (let start = 0; start < n; start += RUN) {
    const end = Math.min(start + RUN, n);
    for (let i = start + 1; i < end; i++) {
      const key = a[i] as number;
      let j = i - 1;
      while (j >= start && (a[j] as number) > key) {
        a[j + 1] = a[j] as number;
        j--;
      }
      inversions += i - 1 - j;
      a[j + 1] = key;
    }
  }
  // Bottom-up merges: taking from the right half while left elements remain (strictly greater) adds inversions.
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const left = a[i] as number;
        const right = a[j] as number;
        if (left <= right) {
          b[k++] = left;
          i++;
        } else {
          b[k++] = right;
          j++;
          inversions += mid - i;
        }
      }
      while (i < mid) b[k++] = a[i++] as number;
      while (j < hi) b[k++] = a[j++] as number;
    }
    const swap = a;
    a = b;
    b = swap;
  }
  // Tie groups in the sorted copy.
  let tiedPairs = 0;
  let tieVariance = 0;
  let run = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && a[i] === a[i - 1]) {
      run++;
    } else {
      if (run > 1) {
        tiedPairs += (run * (run - 1)) / 2;
        tieVariance += run * (run - 1) * (2 * run + 5);
      }
      run = 1;
    }
  }
  const pairs = (n * (n - 1)) / 2;
  const s = pairs - tiedPairs - 2 * inversions;
  const varianceS = (n * (n - 1) * (2 * n + 5) - tieVariance) / 18;
  return { s, varianceS };
}

/**
 * Returns the continuity-corrected Z of a Mann–Kendall S and its two-sided normal p-value (internal).
 *
 * @remarks
 * Z = (S − 1)/√Var(S) for S > 0, (S + 1)/√Var(S) for S < 0, and 0 when S = 0 or Var(S) = 0 (DESIGN §4.19);
 * p = 2·(1 − Φ(|Z|)) = erfc(|Z|/√2).
 *
 * @param s - The S statistic.
 * @param varianceS - Its variance.
 * @returns `{ z, pValue }`.
 *
 * @example
 * ```ts
 * mannKendallZ(0, 5);
 * //=> { z: 0, pValue: 1 }
 * ```
 */
export function mannKendallZ(s: number, varianceS: number): { readonly z: number; readonly pValue: number } {
  if (s === 0 || !(varianceS > 0)) return { z: 0, pValue: 1 };
  const sd = Math.sqrt(varianceS);
  const z = s > 0 ? (s - 1) / sd : (s + 1) / sd;
  return { z, pValue: erfc(Math.abs(z) / Math.SQRT2) };
}
