import { describeValue, showValue } from "./describeValue.js";

/**
 * What is wrong with an instant that is not a finite number of epoch ms, and what to do: ISO-8601 text or a `Date`
 * needs converting first (outages read from JSON, by `parseOutages`).
 *
 * @remarks
 * Internal: the words of the period and interval checks (`checkPeriod`, `checkInterval`).
 *
 * @param value - The value given.
 * @param subject - What it is, as the message names it: `"an interval start"`, `"the period's end"`.
 * @param path - Its path in the caller's input (a path through `outages` points to `parseOutages`).
 * @returns The text.
 *
 * @example
 * ```ts
 * [notEpochMs("2026-03-01T00:00:00Z", "the period's start", ["period", "start"]), notEpochMs(Number.NaN, "an interval end", ["period", "end"])];
 * //=> ['the period\'s start must be a finite number of epoch ms, not the string "2026-03-01T00:00:00Z": convert ISO-8601 text with toEpochMs', "an interval end must be a finite number of epoch ms, not NaN"]
 * ```
 */
export function notEpochMs(value: unknown, subject: string, path: readonly PropertyKey[]): string {
  const must = `${subject} must be a finite number of epoch ms`;
  if (typeof value === "string") {
    const what = path.includes("outages")
      ? "read outages written with ISO-8601 text through parseOutages, or convert each instant with toEpochMs"
      : "convert ISO-8601 text with toEpochMs";
    return `${must}, not the string ${showValue(value)}: ${what}`;
  }
  if (value instanceof Date) return `${must}, not a Date: convert it with getTime()`;
  return `${must}, not ${typeof value === "number" ? String(value) : describeValue(value)}`;
}
