/**
 * Converts a local time `HH:MM` to minutes after midnight.
 *
 * @param text - A time such as `"08:30"` or `"24:00"`.
 * @returns Minutes after midnight, e.g. `510`.
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
  if (text === "24:00") return 1440;
  return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}
