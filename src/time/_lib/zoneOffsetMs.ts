import { tzOffset } from "@date-fns/tz";

/**
 * Returns the UTC offset of a time zone at an instant, in milliseconds (positive east of Greenwich).
 *
 * @remarks
 * The one time-zone primitive of kpi-kit: `tzOffset` from `@date-fns/tz` (tz database via `Intl`), converted from
 * minutes and rounded to whole milliseconds (historic local mean time has offsets with seconds). Call it at
 * period boundaries only, never per row. The zone must already be validated. Internal to kpi-kit's time functions.
 *
 * @param timeZone - A valid IANA zone.
 * @param ms - An instant in epoch milliseconds.
 * @returns The offset in milliseconds, e.g. `10_800_000` for Riga in summer.
 *
 * @example
 * ```ts
 * zoneOffsetMs("Europe/Riga", Date.UTC(2026, 6, 1));
 * //=> 10800000
 * ```
 */
export function zoneOffsetMs(timeZone: string, ms: number): number {
  return Math.round(tzOffset(timeZone, new Date(ms)) * 60_000);
}
