import { KpiError } from "../errors.js";

/**
 * Converts a local time `HH:MM` to minutes after midnight.
 *
 * @param text - A time such as `"08:30"` or `"24:00"`.
 * @returns Minutes after midnight, e.g. `510`.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `text` is not a string.
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
    throw new KpiError("invalid_argument", `toMinutesOfDay: text must be a string, not ${text === null ? "null" : typeof text}`, { path: [] });
  }
  if (text === "24:00") return 1440;
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}
