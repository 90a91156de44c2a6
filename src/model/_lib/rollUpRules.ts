/**
 * The roll-up rules, in the order of `RollUpRuleSchema`: one list for the schema and for the code that checks a rule
 * without zod (the columnar roll-up). Internal to kpi-kit.
 */
export const ROLL_UP_RULES = ["sum", "ratio_of_sums", "weighted_mean", "min", "max", "last", "recompute", "none"] as const;
