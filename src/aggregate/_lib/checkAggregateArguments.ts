import { KpiError } from "../../errors.js";
import type { Calendar } from "../../model/calendar.js";
import { describeValue } from "../../internal/describeValue.js";
import { checkAggregationKpi } from "./checkAggregationKpi.js";
import { checkPeriodInputs } from "../../time/_lib/checkPeriodInputs.js";

/**
 * Checks the KPI list and the options every aggregation reads before it reads a record: that `kpis` is an array of
 * objects with an `id` and what `checkAggregationKpi` checks (a `measure` of a known kind, a known `aggregation`, a
 * `quantile` from 0 to 1 for a quantile aggregation), that `options` is an object with a calendar,
 * and the grain and calendar fields (`checkPeriodInputs`) — so a call from JavaScript without them gets a `KpiError`
 * naming the function, not a `TypeError` from deep inside.
 *
 * @param kpis - The KPI list passed.
 * @param options - The options passed.
 * @param where - The public function's name, for messages.
 * @throws {@link KpiError} `invalid_argument` (path `["kpis"]`, `["kpis", i]`, `["kpis", i, field]` or
 * `["kpis", i, "measure", "kind"]` for a KPI,
 * `[]` for options that are not an object,
 * `["calendar"]`, `["fiscalYearStartMonth"]`), `invalid_period` (path `["grain"]`), `invalid_time_zone` (path
 * `["timeZone"]`).
 *
 * @example
 * ```ts
 * try {
 *   checkAggregateArguments([], { grain: "month" }, "aggregateRows");
 * } catch (error) {
 *   (error as KpiError).message;
 *   //=> "aggregateRows: options.calendar is missing: give { timeZone, fiscalYearStartMonth } (a workspace's calendar will do)"
 * }
 * ```
 */
export function checkAggregateArguments(kpis: unknown, options: unknown, where: string): void {
  if (!Array.isArray(kpis)) throw new KpiError("invalid_argument", `${where}: kpis must be an array of KPI definitions`, { path: ["kpis"] });
  kpis.forEach((kpi: unknown, i) => {
    if (typeof kpi !== "object" || kpi === null || Array.isArray(kpi)) {
      throw new KpiError("invalid_argument", `${where}: kpis[${i}] must be a KPI definition ({ id, measure, aggregation }), not ${describeValue(kpi)}`, {
        path: ["kpis", i],
      });
    }
    if (typeof (kpi as { id?: unknown }).id !== "string") throw new KpiError("invalid_argument", `${where}: kpis[${i}].id must be a string`, { path: ["kpis", i, "id"] });
    checkAggregationKpi(kpi, where, ["kpis", i]);
  });
  if (typeof options !== "object" || options === null) {
    throw new KpiError("invalid_argument", `${where}: options must be an object ({ grain, calendar, … })`, { path: [] });
  }
  const { grain, calendar } = options as { grain?: unknown; calendar?: unknown };
  if (typeof calendar !== "object" || calendar === null) {
    throw new KpiError("invalid_argument", `${where}: options.calendar is missing: give { timeZone, fiscalYearStartMonth } (a workspace's calendar will do)`, {
      path: ["calendar"],
    });
  }
  checkPeriodInputs(grain, calendar as Pick<Calendar, "timeZone" | "fiscalYearStartMonth">, where);
}
