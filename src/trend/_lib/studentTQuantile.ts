import { normalQuantile } from "./normalQuantile.js";

const TWO_OVER_PI = 2 / Math.PI;
/** Above this many degrees of freedom the Cornish–Fisher expansion is as accurate as the series (about 1e-13 relative at level 0.9999, 1e-16 at 0.95). */
const CORNISH_FISHER_FROM = 1000;

// A(θ | ν) = P(|T| ≤ √ν·tan θ) for integer ν by the finite series of Abramowitz & Stegun 26.7.3–26.7.4, and its
// derivative dA/dθ = D·cos^(ν−1) θ (all terms are positive, so the sum is numerically stable).
function centralProbability(theta: number, nu: number, out: number[]): void {
  const s = Math.sin(theta);
  const c = Math.cos(theta);
  const c2 = c * c;
  if (nu === 1) {
    out[0] = TWO_OVER_PI * theta;
    out[1] = TWO_OVER_PI;
    return;
  }
  let sum = 1;
  let term = 1;
  if (nu % 2 === 0) {
    const last = (nu - 2) / 2;
    for (let k = 1; k <= last; k++) {
      term *= (c2 * (2 * k - 1)) / (2 * k);
      sum += term;
    }
    out[0] = s * sum;
    out[1] = (nu - 1) * term * c;
  } else {
    const last = (nu - 3) / 2;
    for (let k = 1; k <= last; k++) {
      term *= (c2 * (2 * k)) / (2 * k + 1);
      sum += term;
    }
    out[0] = TWO_OVER_PI * (theta + s * c * sum);
    out[1] = TWO_OVER_PI * (nu - 1) * term * c2;
  }
}

// Cornish–Fisher expansion of the t quantile in powers of 1/ν (Abramowitz & Stegun 26.7.5).
function cornishFisher(z: number, nu: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / nu) / nu) / nu) / nu;
}

/**
 * Returns the two-sided Student t quantile: the q with P(|T| ≤ q) = `level` for ν degrees of freedom
 * (internal to `trend/`).
 *
 * @remarks
 * For ν ≤ 1000, Newton's method on θ = atan(q/√ν) with the exact finite series for integer ν (Abramowitz & Stegun
 * 26.7.3–4); A(θ) is increasing and concave on (0, π/2), so Newton converges from any start. Closed forms for
 * ν = 1, 2. Above 1000, the Cornish–Fisher expansion to 1/ν⁴. Relative accuracy about 1e-13 or better for levels up to 0.9999 (the running products of the series lose about ν·ε). Equals the one-sided quantile
 * at (1 + level)/2.
 *
 * @param level - The central probability, strictly between 0 and 1 (the caller checks).
 * @param nu - Degrees of freedom, a positive integer (the caller checks).
 * @returns The quantile, positive.
 *
 * @example
 * ```ts
 * studentTQuantile(0.95, 10);
 * //=> 2.2281388519649385 (to 1e-14)
 * ```
 */
export function studentTQuantile(level: number, nu: number): number {
  const p = (1 + level) / 2;
  if (nu === 1) return Math.tan((Math.PI * level) / 2);
  if (nu === 2) return level * Math.sqrt(2 / (1 - level * level));
  const z = normalQuantile(p);
  if (nu > CORNISH_FISHER_FROM) return cornishFisher(z, nu);
  const sqrtNu = Math.sqrt(nu);
  let theta = Math.atan(cornishFisher(z, nu) / sqrtNu);
  const out = [0, 0];
  let converging = false;
  for (let iteration = 0; iteration < 100; iteration++) {
    centralProbability(theta, nu, out);
    const derivative = out[1] as number;
    let next = theta - ((out[0] as number) - level) / derivative;
    if (!(next > 0)) next = theta / 2;
    if (next >= Math.PI / 2) next = (theta + Math.PI / 2) / 2;
    const step = Math.abs(next - theta);
    theta = next;
    // Quadratic convergence: after a step below 1e-9 the next one is at the rounding level.
    if (step <= 1e-9 * theta) {
      if (converging) break;
      converging = true;
    }
  }
  return sqrtNu * Math.tan(theta);
}
