import { tzOffset } from "@date-fns/tz";

/**
 * Returns the UTC offset of a time zone at an instant, in milliseconds (positive east of Greenwich).
 *
 * @remarks
 * The one time-zone primitive of kpi-kit: `tzOffset` from `@date-fns/tz` (tz database via `Intl`), converted from
 * minutes and rounded to whole milliseconds (historic local mean time has offsets with seconds), remembered per zone
 * and instant. Call it at period boundaries only, never per row. The zone must already be validated. Internal to
 * kpi-kit's time functions.
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
  let zone = offsets.get(timeZone);
  if (zone === undefined) offsets.set(timeZone, (zone = new Map()));
  let offset = zone.get(ms);
  if (offset === undefined) {
    offset = Math.round(tzOffset(timeZone, new Date(ms)) * 60_000);
    if (zone.size >= MEMO_LIMIT) zone.clear();
    zone.set(ms, offset);
  }
  return offset;
}

// The offsets already asked for, by zone and exact instant: a zone's offset at an instant never changes (within one
// run of the runtime's tz database), and the calendar functions ask for the same few hundred instants (day and
// period boundaries) again and again — 350 000 calls for 602 instants in one technical report of the example
// municipality, each a round through Intl of several microseconds. Cleared per zone at MEMO_LIMIT entries, so
// memory stays bounded. Invisible to callers: the same arguments give the same number either way.
const offsets = new Map<string, Map<number, number>>();
const MEMO_LIMIT = 1 << 16;
