import { KpiError } from "../../errors.js";

/**
 * Checks a target band `[lo, hi]` with its tolerance and throws when a caller built it wrong.
 *
 * @remarks
 * Internal to kpi-kit's score functions (not exported from the package), shared by `scoreAttainment` and
 * `scoreBand` so that both refuse the same bands with the same codes.
 *
 * @param band - The band's bounds and tolerance.
 * @param where - The calling function's name, for the message.
 * @param at - The name of the parameter that holds the band, first element of the error path.
 * @throws {@link KpiError} `non_finite` (path `[at, field]`) for a `NaN` or infinite field; `invalid_interval`
 * (path `[at, "hi"]`) when `lo > hi`; `invalid_argument` (path `[at, "tolerance"]`) for a tolerance not above 0.
 *
 * @example
 * ```ts
 * checkBand({ lo: 95, hi: 98, tolerance: 5 }, "scoreBand", "band");
 * //=> undefined (no error)
 * ```
 */
export function checkBand(
  band: { readonly lo: number; readonly hi: number; readonly tolerance: number },
  where: string,
  at: string,
): void {
  for (const field of ["lo", "hi", "tolerance"] as const) {
    if (!Number.isFinite(band[field])) {
      throw new KpiError("non_finite", `${where}: the band's ${field} must be a finite number`, { path: [at, field] });
    }
  }
  if (band.lo > band.hi) {
    throw new KpiError("invalid_interval", `${where}: the band's lo must not exceed its hi`, { path: [at, "hi"] });
  }
  if (!(band.tolerance > 0)) {
    throw new KpiError("invalid_argument", `${where}: the band's tolerance must be above 0`, { path: [at, "tolerance"] });
  }
}
