/**
 * Why a record is implausible: its value is `below_min` or `above_max` of the KPI's `validRange`, or it is a share
 * (a ratio with scale 100) whose numerator exceeds its denominator (`share_above_whole`).
 *
 * @category Quality
 */
export type OutOfRangeReason = "below_min" | "above_max" | "share_above_whole";
