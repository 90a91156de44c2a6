import type { Calendar } from "../../model/calendar.js";
import { KpiError } from "../../errors.js";
import { instantOf } from "../../internal/instantOf.js";

/** The staleness options as a caller may pass them (the fields shared by `findStaleSeries`, `assessFreshness` and `assessDataQuality`). */
export interface StaleOptionsInput {
  readonly asOf?: unknown;
  readonly calendar?: Pick<Calendar, "timeZone" | "fiscalYearStartMonth"> | undefined;
  readonly graceMs?: number | undefined;
  readonly gracePeriods?: number | undefined;
}

const UTC = { timeZone: "UTC", fiscalYearStartMonth: 1 } as const;

/**
 * Checks and resolves the options shared by the staleness checks (internal to `quality/`).
 *
 * @param options - The caller's options.
 * @param where - The public function's name, for error messages.
 * @returns `asOf`, `graceMs` and `gracePeriods` (default 0) and the calendar (default UTC).
 * @throws {@link KpiError} `invalid_argument` (path `["options"]`, `["options", "graceMs"]` or
 * `["options", "gracePeriods"]`, also for both graces, or `["options", "asOf"]` when it is missing); `non_finite`
 * (path `["options", "asOf"]` or `["options", "graceMs"]`); `invalid_input` for an `asOf` that is not an instant.
 *
 * @example
 * ```ts
 * resolveStaleOptions({ asOf: 5 }, "f").graceMs;
 * //=> 0
 * ```
 */
export function resolveStaleOptions(
  options: StaleOptionsInput | undefined,
  where: string,
): { asOf: number; graceMs: number; gracePeriods: number; calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth"> } {
  if (typeof options !== "object" || options === null) {
    throw new KpiError("invalid_argument", `${where}: options with asOf are required`, { path: ["options"] });
  }
  if (options.asOf === undefined) {
    throw new KpiError("invalid_argument", `${where}: options.asOf is required`, { path: ["options", "asOf"] });
  }
  const asOf = instantOf(options.asOf, where, ["options", "asOf"]);
  const graceMs = options.graceMs ?? 0;
  if (typeof graceMs !== "number" || !Number.isFinite(graceMs)) {
    throw new KpiError("non_finite", `${where}: graceMs must be a finite number`, { path: ["options", "graceMs"] });
  }
  if (graceMs < 0) {
    throw new KpiError("invalid_argument", `${where}: graceMs must not be negative`, { path: ["options", "graceMs"] });
  }
  const gracePeriods = options.gracePeriods ?? 0;
  if (options.gracePeriods !== undefined && options.graceMs !== undefined) {
    throw new KpiError("invalid_argument", `${where}: give graceMs or gracePeriods, not both`, { path: ["options", "gracePeriods"] });
  }
  if (!(Number.isInteger(gracePeriods) && gracePeriods >= 0 && gracePeriods <= 10_000)) {
    throw new KpiError("invalid_argument", `${where}: gracePeriods must be a whole number of 0 or more`, { path: ["options", "gracePeriods"] });
  }
  return { asOf, graceMs, gracePeriods, calendar: options.calendar ?? UTC };
}
