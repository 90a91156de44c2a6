import { erfc } from "./erfc.js";

// P. J. Acklam's rational approximation of the normal quantile (relative error < 1.15e-9), refined below by one
// Halley step on Φ(z) = erfc(−z/√2)/2, which brings it to double accuracy.
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const;
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const;
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;
const SQRT_2PI = 2.5066282746310002;

/**
 * Returns the standard normal quantile Φ⁻¹(p) for 0 < p < 1 (internal to `trend/`).
 *
 * @remarks
 * Acklam's rational approximation followed by one Halley refinement step using {@link erfc}; accurate to about
 * 1e-15 relative.
 *
 * @param p - A probability strictly between 0 and 1 (the caller checks).
 * @returns z with Φ(z) = p.
 *
 * @example
 * ```ts
 * normalQuantile(0.975);
 * //=> 1.959963984540054
 * ```
 */
export function normalQuantile(p: number): number {
  let z: number;
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    z = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    z = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    z = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  // Halley step: e = Φ(z) − p (computed on the smaller tail for accuracy).
  const e = z < 0 ? 0.5 * erfc(-z / Math.SQRT2) - p : 1 - p - 0.5 * erfc(z / Math.SQRT2);
  const u = e * SQRT_2PI * Math.exp((z * z) / 2);
  return z - u / (1 + (z * u) / 2);
}
