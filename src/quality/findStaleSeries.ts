import type { Calendar } from "../model/calendar.js";
import type { KpiId, ScopeNodeId } from "../model/ids.js";
import type { KpiDefinition } from "../model/kpiDefinition.js";
import type { Measurement } from "../model/measurement.js";
import type { InstantInput } from "../time/instantInput.js";
import { KpiError } from "../errors.js";
import type { Grain } from "../time/grain.js";
import type { Period } from "../time/period.js";
import { checkMeasurements } from "./_lib/checkMeasurements.js";
import { grainOfFrequency } from "./_lib/grainOfFrequency.js";
import { groupSeries } from "./_lib/groupSeries.js";
import { indexKpis } from "./_lib/indexKpis.js";
import { latestCompletePeriod } from "./_lib/latestCompletePeriod.js";
import { resolveStaleOptions } from "./_lib/resolveStaleOptions.js";
import { withoutSuperseded } from "./_lib/withoutSuperseded.js";

/**
 * Options for {@link findStaleSeries}.
 *
 * @category Quality
 */
export interface FindStaleSeriesOptions {
  /** The instant at which freshness is judged; required. Records after it do not count. */
  readonly asOf: InstantInput;
  /**
   * The calendar whose periods are expected to have data (only `timeZone` and `fiscalYearStartMonth` are read).
   * @defaultValue `{ timeZone: "UTC", fiscalYearStartMonth: 1 }`
   */
  readonly calendar?: Pick<Calendar, "timeZone" | "fiscalYearStartMonth"> | undefined;
  /**
   * How long after a period ends its data may still arrive, in milliseconds: the latest complete period is judged
   * at `asOf − graceMs`.
   * @defaultValue 0
   */
  readonly graceMs?: number | undefined;
  /**
   * Or a grace in periods: how many of the latest complete periods may still be without data (0, 1, 2, …); the
   * expected period is that many periods before the latest complete one. Not with `graceMs`.
   * @defaultValue 0
   */
  readonly gracePeriods?: number | undefined;
}

/**
 * A series (one KPI for one subject) whose latest record is older than the latest period that should have data.
 *
 * @category Quality
 */
export interface StaleSeries {
  /** The KPI. */
  readonly kpiId: KpiId;
  /** The subject. */
  readonly subjectId: ScopeNodeId;
  /** The latest record's instant at or before `asOf` (epoch ms), or `null` when there is none. */
  readonly lastAt: number | null;
  /** `asOf − lastAt` in milliseconds, or `null` when there is no record. */
  readonly ageMs: number | null;
  /** The latest complete period, which has no record (nor has any later period). */
  readonly expectedPeriod: Period;
}

/** The KPI fields {@link findStaleSeries} reads. @category Quality */
export type StaleSeriesKpi = Pick<KpiDefinition, "id" | "frequency">;

/**
 * Finds the series whose data has stopped: no record in, or after, the latest complete period of the KPI's
 * frequency before `asOf`.
 *
 * @remarks
 * docs/conventions.md#data-quality-and-history. The grain follows the KPI's frequency: `daily` and `continuous` → day, `weekly` → ISO week,
 * `monthly` → month, `quarterly` → quarter, `yearly` → year. The latest complete period is the one before the
 * period that contains `asOf − graceMs`, so with a grace of 5 days a monthly KPI's March data is due from 5 April
 * on; with `gracePeriods: 1` the expected period steps back one more (March data is due once May has begun). Only
 * records at or before `asOf` count. A series is stale when its latest such record is before the start of
 * that period — a record in the current, incomplete period also keeps a series fresh (a gap behind it is a missing
 * period, see {@link findMissingPeriods}, not staleness). A series whose records all come after `asOf` is stale with
 * `lastAt: null`. Series are those present in `measurements`, in the order they first appear; a record that another
 * record of the list supersedes does not count.
 *
 * @param measurements - The records of any number of series.
 * @param kpis - The definitions of every KPI the records name.
 * @param options - See {@link FindStaleSeriesOptions}; `asOf` is required.
 * @returns The stale series; empty when every series is fresh.
 * @throws {@link KpiError} `invalid_argument` (path `[]`, `[i]`, `["kpis"]`, `["kpis", j]`, `["options"]`, or
 * `["kpis", j, "frequency"]` for an unknown frequency) for malformed input; `invalid_argument` (path
 * `["options", "graceMs"]`) for a negative grace, (path `["options", "gracePeriods"]`) for a `gracePeriods` that is
 * not a whole number of 0 or more or is given with `graceMs`; `non_finite` (path `[i, "at"]`, `["options", "asOf"]` or
 * `["options", "graceMs"]`); `duplicate_id` (path `["kpis", j, "id"]`); `unknown_reference` (path `[i, "kpiId"]`)
 * for a record of a KPI not in `kpis`; `invalid_time_zone` (path `["timeZone"]`).
 *
 * @example
 * ```ts
 * const kpis = [{ id: "csat", frequency: "monthly" }];
 * const records = [
 *   { id: "a", kpiId: "csat", subjectId: "svc-1", at: Date.parse("2026-03-20T00:00:00Z"), value: 4, status: "normal" },
 *   { id: "b", kpiId: "csat", subjectId: "svc-2", at: Date.parse("2026-02-20T00:00:00Z"), value: 4, status: "normal" },
 * ];
 * const asOf = Date.parse("2026-04-03T00:00:00Z");
 * [
 *   findStaleSeries(records as never, kpis as never, { asOf }).map((s) => [s.subjectId, s.expectedPeriod.label]),
 *   findStaleSeries(records as never, kpis as never, { asOf, graceMs: 5 * 86_400_000 }).length,
 * ];
 * //=> [[["svc-2", "2026-03"]], 0]
 * ```
 *
 * @category Quality
 */
export function findStaleSeries(
  measurements: readonly Measurement[],
  kpis: readonly StaleSeriesKpi[],
  options: FindStaleSeriesOptions,
): StaleSeries[] {
  checkMeasurements(measurements, "findStaleSeries");
  const byId = indexKpis(kpis, "findStaleSeries");
  const { asOf, graceMs, gracePeriods, calendar } = resolveStaleOptions(options, "findStaleSeries");
  const records = withoutSuperseded(measurements);
  const positions = new Map<string, number>();
  kpis.forEach((k, j) => positions.set(k.id, j));
  const expectedByGrain = new Map<Grain, Period>();
  const stale: StaleSeries[] = [];
  for (const series of groupSeries(records)) {
    const kpi = byId.get(series.kpiId);
    if (kpi === undefined) {
      const i = measurements.indexOf(series.records[0]!);
      throw new KpiError("unknown_reference", `findStaleSeries: record ${i} names an unknown KPI "${String(series.kpiId)}"`, {
        path: [i, "kpiId"],
      });
    }
    const grain = grainOfFrequency(kpi.frequency, ["kpis", positions.get(kpi.id)!, "frequency"], "findStaleSeries");
    let expected = expectedByGrain.get(grain);
    if (expected === undefined) {
      expected = latestCompletePeriod(asOf - graceMs, grain, calendar, gracePeriods);
      expectedByGrain.set(grain, expected);
    }
    const lastAt = latestAtOrBefore(series.records, asOf);
    if (lastAt === null || lastAt < expected.start) {
      stale.push({
        kpiId: series.kpiId,
        subjectId: series.subjectId,
        lastAt,
        ageMs: lastAt === null ? null : asOf - lastAt,
        expectedPeriod: expected,
      });
    }
  }
  return stale;
}

// The latest instant at or before `asOf` among the records, or null.
function latestAtOrBefore(records: readonly Measurement[], asOf: number): number | null {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < records.length; i++) {
    const at = records[i]!.at;
    if (at <= asOf && at > last) last = at;
  }
  return last === Number.NEGATIVE_INFINITY ? null : last;
}
