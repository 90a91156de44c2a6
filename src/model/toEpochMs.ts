import { KpiError } from "../errors.js";
import { describeValue } from "../internal/describeValue.js";
import { parseInstantFast } from "../time/_lib/parseInstantFast.js";

/**
 * Converts an ISO-8601 instant string (with `Z` or an offset) to epoch milliseconds, or `null` when it is not one.
 *
 * @remarks
 * One implementation with the aggregation engine's fast path: character arithmetic, no regular expression and no
 * `Date`. Strict: a date-time without a zone is refused, because it would be read in the machine's own time zone.
 * Calendar fields are checked (no 31 April, no hour 24). Fractions beyond milliseconds are truncated. The schemas that
 * use it say which field is out of range, e.g. "2026-02-30 is not a calendar date".
 *
 * @param text - E.g. `"2026-03-01T02:00:00+02:00"`.
 * @returns Epoch milliseconds, or `null`.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `text` is not a string (`undefined`, a number, a
 * `Date`…): only a string can be an ISO-8601 instant.
 *
 * @example
 * ```ts
 * toEpochMs("2026-03-01T02:00:00+02:00") === toEpochMs("2026-03-01T00:00:00Z");
 * //=> true
 * ```
 *
 * @category Model
 */
export function toEpochMs(text: string): number | null {
  // Called per record: one typeof test.
  if (typeof text !== "string") {
    throw new KpiError("invalid_argument", `toEpochMs: text must be a string, not ${describeValue(text)}`, { path: [] });
  }
  return parseInstantFast(text);
}
