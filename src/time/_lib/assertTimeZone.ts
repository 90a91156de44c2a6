import { tzOffset } from "@date-fns/tz";
import { KpiError } from "../../errors.js";

/**
 * Checks that a value is an IANA time zone the runtime knows, and throws otherwise.
 *
 * @remarks
 * Uses `tzOffset` from `@date-fns/tz`, whose formatter is cached per zone, so a check costs about a microsecond.
 * Because `tzOffset` also accepts bare offsets such as `"+02:00"` (which the calendar schema refuses), names that
 * contain a digit are confirmed with `Intl.DateTimeFormat`. Internal to kpi-kit's time functions.
 *
 * @param timeZone - A candidate zone name, e.g. `"Europe/Riga"`.
 * @param where - The name of the calling function, for the error message.
 * @throws {@link KpiError} with code `invalid_time_zone` and path `["timeZone"]` for anything else.
 *
 * @example
 * ```ts
 * assertTimeZone("Europe/Riga", "periodOf");
 * //=> undefined (no error)
 * ```
 */
export function assertTimeZone(timeZone: unknown, where: string): asserts timeZone is string {
  let ok = typeof timeZone === "string" && timeZone.length > 0 && !Number.isNaN(tzOffset(timeZone, new Date(0)));
  if (ok && /\d/.test(timeZone as string)) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: timeZone as string });
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    throw new KpiError(
      "invalid_time_zone",
      `${where}: ${JSON.stringify(String(timeZone)).slice(0, 60)} is not an IANA time zone (e.g. Europe/Riga, UTC)`,
      { path: ["timeZone"] },
    );
  }
}
