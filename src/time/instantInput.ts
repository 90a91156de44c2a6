/**
 * An instant as every function that takes one accepts it: epoch milliseconds, an ISO-8601 string with `Z` or an
 * offset (`"2026-03-01T02:00:00+02:00"`), or a `Date` — the forms the model accepts. Functions normalise it once and
 * return instants as epoch milliseconds (docs/conventions.md#time-and-calendars).
 *
 * @category Time
 */
export type InstantInput = number | string | Date;
