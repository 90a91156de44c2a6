import type { Measure } from "../kpiDefinition.js";

/**
 * The measure kinds, in the order of `MeasureSchema`'s members: the list the checks that run without zod read (the
 * aggregation functions' and SQL compilers' argument checks). Every entry is a kind of `Measure` (checked here by the
 * compiler); that every kind is listed, by a test against `MeasureSchema`. Internal to kpi-kit.
 */
export const MEASURE_KINDS = ["value", "count", "duration", "weighted", "ratio", "survey"] as const satisfies readonly Measure["kind"][];
