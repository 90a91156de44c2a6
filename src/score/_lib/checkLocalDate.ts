import { KpiError } from "../../errors.js";

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Checks that a value is a local date `YYYY-MM-DD`, so that local dates compare correctly as strings.
 *
 * @remarks
 * Internal to kpi-kit's score functions (not exported from the package). Checks the shape, month 01–12 and a day
 * that the month has (no 30 February, no 31 April; 29 February in leap years only); parsed targets have been checked
 * fully by their schema already.
 *
 * @param value - A candidate local date.
 * @param where - The calling function's name, for the message.
 * @param path - The error path of the value.
 * @throws {@link KpiError} `invalid_argument` with `path` when the value is not a local date or not a day of the
 * calendar.
 *
 * @example
 * ```ts
 * checkLocalDate("2026-03-01", "resolveTarget", ["targets", 0, "validFrom"]);
 * //=> undefined (no error)
 * ```
 */
export function checkLocalDate(value: unknown, where: string, path: readonly PropertyKey[]): asserts value is string {
  if (typeof value !== "string" || !LOCAL_DATE.test(value)) {
    const shown = JSON.stringify(String(value)).slice(0, 40);
    throw new KpiError("invalid_argument", `${where}: ${shown} is not a local date YYYY-MM-DD`, { path });
  }
  // The shape allows day 31 of every month: a day past the month's last (2025-02-30, 2026-04-31) is no date at all.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > last) {
    const month = value.slice(0, 7);
    throw new KpiError("invalid_argument", `${where}: "${value}" is not a calendar date (${month} has ${last} days)`, { path });
  }
}
