import type { Calendar } from "../../model/calendar.js";
import type { KpiDefinition } from "../../model/kpiDefinition.js";
import type { Grain } from "../../time/grain.js";
import type { Period } from "../../time/period.js";
import { periodOf } from "../../time/periodOf.js";
import { previousPeriod } from "../../time/previousPeriod.js";
import { grainOfFrequency } from "../../quality/_lib/grainOfFrequency.js";

/** The grains and periods of a report's series. */
export interface SeriesPlan {
  /** Each KPI's series grain: the report's, or the KPI's own when it is measured less often. */
  readonly grainOf: ReadonlyMap<string, Grain>;
  /** The periods of the series at each grain used, oldest first; the last holds the end of the report's period. */
  readonly periodsOf: ReadonlyMap<Grain, readonly Period[]>;
}

const RANK: Readonly<Record<Grain, number>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4, fiscal_year: 4 };

/**
 * The grains and periods of a report's series: a KPI measured less often than the report's grain is shown at its own
 * grain. Internal to the report (`collectKpiSeries`, `planReport`).
 *
 * @param kpis - The KPIs.
 * @param reportPeriod - The period of the report.
 * @param length - How many periods each series holds.
 * @param calendar - The calendar of the periods.
 * @returns The plan.
 *
 * @example
 * ```ts
 * const march = parsePeriod("2026-03", undefined, calendar);
 * const kpi = { id: "k", frequency: "quarterly" } as never;
 * const plan = planSeries([kpi], march, 4, calendar);
 * [plan.grainOf.get("k"), plan.periodsOf.get("quarter")?.map((p) => p.label)];
 * //=> ["quarter", ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]]
 * ```
 */
export function planSeries(
  kpis: readonly Pick<KpiDefinition, "id" | "frequency">[],
  reportPeriod: Period,
  length: number,
  calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">,
): SeriesPlan {
  const grainOf = new Map<string, Grain>();
  const periodsOf = new Map<Grain, Period[]>();
  for (const kpi of kpis) {
    const own = grainOfFrequency(kpi.frequency, ["kpis", kpi.id, "frequency"], "buildReport");
    const grain = RANK[own] > RANK[reportPeriod.grain] ? own : reportPeriod.grain;
    grainOf.set(kpi.id, grain);
    if (!periodsOf.has(grain)) {
      const periods = [periodOf(reportPeriod.end - 1, grain, calendar)];
      while (periods.length < length) periods.unshift(previousPeriod(periods[0] as Period, calendar));
      periodsOf.set(grain, periods);
    }
  }
  return { grainOf, periodsOf };
}
