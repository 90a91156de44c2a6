/**
 * The largest magnitude of an instant in epoch milliseconds: ±100 000 000 days around 1970, the range of an
 * ECMAScript `Date`. The one bound of every instant kpi-kit reads. Internal, not exported.
 */
export const MAX_INSTANT_MS = 8.64e15;
