/**
 * A local time of day as kpi-kit writes it, `HH:MM` from `00:00` to `24:00` (the end of a day): the pattern the
 * workspace schema and `toMinutesOfDay` hold times to.
 *
 * @example
 * ```ts
 * [LOCAL_TIME_PATTERN.test("08:30"), LOCAL_TIME_PATTERN.test("24:00"), LOCAL_TIME_PATTERN.test("8:30"), LOCAL_TIME_PATTERN.test("24:30")];
 * //=> [true, true, false, false]
 * ```
 */
export const LOCAL_TIME_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
