import { KpiError } from "../errors.js";
import { describeValue } from "../internal/describeValue.js";
import { LOCAL_TIME_PATTERN } from "../internal/localTimePattern.js";

/**
 * Converts a local time `HH:MM` to minutes after midnight.
 *
 * @param text - A time such as `"08:30"` or `"24:00"`.
 * @returns Minutes after midnight, e.g. `510`.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `text` is not a string, or not a time `HH:MM` from
 * `00:00` to `24:00` (`"8:30"`, `"25:00"` and `"08:61"` are refused).
 *
 * @example
 * ```ts
 * toMinutesOfDay("08:30");
 * //=> 510
 * ```
 *
 * @category Model
 */
export function toMinutesOfDay(text: string): number {
  if (typeof text !== "string") {
    throw new KpiError("invalid_argument", `toMinutesOfDay: text must be a string, not ${describeValue(text)}`, { path: [] });
  }
  const match = LOCAL_TIME_PATTERN.exec(text);
  if (match === null) {
    throw new KpiError("invalid_argument", `toMinutesOfDay: ${JSON.stringify(text)} is not a local time HH:MM (00:00 to 24:00)`, { path: [] });
  }
  return match[1] === undefined ? 1440 : Number(match[1]) * 60 + Number(match[2]);
}
