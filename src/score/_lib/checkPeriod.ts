import { KpiError } from "../../errors.js";
import { notEpochMs } from "../../internal/notEpochMs.js";
import { requireObject } from "../../internal/requireObject.js";

/**
 * Checks a period that a score function reads: an object whose `start` and `end` are finite numbers of epoch ms, and
 * which does not end before it starts (an empty period, `start === end`, is allowed).
 *
 * @remarks
 * Internal to kpi-kit's score functions (not exported from the package).
 *
 * @param period - The period.
 * @param where - The public function's name, for the message.
 * @param path - The period's path in the function's arguments, e.g. `["period"]`.
 * @throws {@link KpiError} `invalid_argument` (path `path`) for a period that is not an object; `non_finite` (path
 * `[...path, "start" | "end"]`) for an end that is not a finite number (the message says how to convert a string or a
 * `Date`); `invalid_interval` (path `[...path, "end"]`)
 * when the period ends before it starts.
 *
 * @example
 * ```ts
 * checkPeriod({ start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) }, "buildScorecard", ["period"]);
 * //=> undefined (no error)
 * ```
 */
export function checkPeriod(
  period: unknown,
  where: string,
  path: readonly PropertyKey[],
): asserts period is { start: number; end: number } {
  requireObject(period, where, "period", path);
  const { start, end } = period as { start?: unknown; end?: unknown };
  for (const [field, value] of [["start", start], ["end", end]] as const) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new KpiError("non_finite", `${where}: ${notEpochMs(value, `the period's ${field}`, path)}`, {
        path: [...path, field],
      });
    }
  }
  if ((end as number) < (start as number)) {
    throw new KpiError("invalid_interval", `${where}: the period ends before it starts (start > end)`, {
      path: [...path, "end"],
    });
  }
}
