import { KpiError } from "../../errors.js";
import { describeValue, showValue } from "../../internal/describeValue.js";
import { MEASURE_KINDS } from "../../model/_lib/measureKinds.js";
import { TIME_AGGREGATIONS } from "../../model/_lib/timeAggregations.js";
import { AGGREGATIONS_OF_KIND } from "../../model/_lib/aggregationsOfKind.js";

const KINDS: ReadonlySet<unknown> = new Set(MEASURE_KINDS);
const AGGREGATIONS: ReadonlySet<unknown> = new Set(TIME_AGGREGATIONS);


/** A path as a message writes it: `["kpis", 0, "measure"]` → `kpis[0].measure`. */
const fieldOf = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join("");

/**
 * Checks what an aggregation reads of one KPI, without zod: that it is an object whose `measure` is an object of a
 * known kind, whose `aggregation` is a known time aggregation, and — for a `quantile` aggregation — whose `quantile`
 * is a number from 0 to 1. The aggregation functions and the SQL compilers run it on every KPI before they read a
 * record, so that a misspelt aggregation is refused at once with its path, not late (for the SQL compilers: after the
 * query ran) as an `unexpected value`. The lists come from the model (`TimeAggregationSchema`, `MeasureSchema`).
 *
 * @param kpi - The KPI passed.
 * @param where - The public function's name, for messages.
 * @param path - The KPI's path in the arguments (`["kpis", i]`, `["kpi"]`); messages write it as `kpis[i]`.
 * @throws {@link KpiError} `invalid_argument` with path `path` for a KPI that is not an object, `[...path, "measure"]`
 * for a measure that is not an object, `[...path, "measure", "kind"]` for an unknown kind, `[...path, "aggregation"]`
 * for an unknown aggregation, `[...path, "quantile"]` for a quantile aggregation without a quantile from 0 to 1.
 *
 * @example
 * ```ts
 * try {
 *   checkAggregationKpi({ id: "k", measure: { kind: "value" }, aggregation: "average" }, "aggregateRows", ["kpis", 0]);
 * } catch (error) {
 *   (error as KpiError).message;
 *   //=> 'aggregateRows: kpis[0].aggregation must be one of sum, mean, min, max, first, last, median, quantile, ratio_of_sums, weighted_mean, survey, not "average"'
 * }
 * ```
 */
export function checkAggregationKpi(kpi: unknown, where: string, path: readonly PropertyKey[]): void {
  const bad = (field: readonly PropertyKey[], what: string): never => {
    throw new KpiError("invalid_argument", `${where}: ${fieldOf([...path, ...field])} ${what}`, { path: [...path, ...field] });
  };
  if (typeof kpi !== "object" || kpi === null || Array.isArray(kpi)) {
    bad([], `must be a KPI definition ({ id, measure, aggregation }), not ${describeValue(kpi)}`);
  }
  const { measure, aggregation, quantile } = kpi as { measure?: unknown; aggregation?: unknown; quantile?: unknown };
  if (typeof measure !== "object" || measure === null || Array.isArray(measure)) {
    bad(["measure"], `must be an object with a kind (one of ${MEASURE_KINDS.join(", ")}), not ${describeValue(measure)}`);
  }
  const kind = (measure as { kind?: unknown }).kind;
  if (!KINDS.has(kind)) bad(["measure", "kind"], `must be one of ${MEASURE_KINDS.join(", ")}, not ${showValue(kind)}`);
  if (!AGGREGATIONS.has(aggregation)) bad(["aggregation"], `must be one of ${TIME_AGGREGATIONS.join(", ")}, not ${showValue(aggregation)}`);
  // As KpiDefinitionSchema: a kind's values combine over time only in the ways that mean something for it.
  const allowed: readonly unknown[] = AGGREGATIONS_OF_KIND[kind as keyof typeof AGGREGATIONS_OF_KIND];
  if (!allowed.includes(aggregation)) bad(["aggregation"], `is ${showValue(aggregation)}, but a ${String(kind)} measure aggregates over time by ${allowed.join(" or ")}`);
  if (aggregation === "quantile" && (typeof quantile !== "number" || !(quantile >= 0 && quantile <= 1))) {
    bad(["quantile"], `must be a number from 0 to 1 for a quantile aggregation, not ${typeof quantile === "number" ? String(quantile) : showValue(quantile)}`);
  }
}
