import { KpiError } from "../../errors.js";

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Checks that a value is a local date `YYYY-MM-DD`, so that local dates compare correctly as strings.
 *
 * @remarks
 * Internal to kpi-kit's score functions (not exported from the package). Checks the shape, month 01–12 and day
 * 01–31; parsed targets have been checked fully by their schema already.
 *
 * @param value - A candidate local date.
 * @param where - The calling function's name, for the message.
 * @param path - The error path of the value.
 * @throws {@link KpiError} `invalid_argument` with `path` when the value is not a local date.
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
}
