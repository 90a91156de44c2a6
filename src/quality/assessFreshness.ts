import { KpiError } from "../errors.js";
import type { KpiDefinition } from "../model/kpiDefinition.js";
import type { Measurement } from "../model/measurement.js";
import type { ScopeNode } from "../model/scopeTree.js";
import type { Grain } from "../time/grain.js";
import { periodOf } from "../time/periodOf.js";
import { checkMeasurements } from "./_lib/checkMeasurements.js";
import { grainOfFrequency } from "./_lib/grainOfFrequency.js";
import { indexKpis } from "./_lib/indexKpis.js";
import { latestCompletePeriod } from "./_lib/latestCompletePeriod.js";
import { resolveStaleOptions } from "./_lib/resolveStaleOptions.js";
import type { FindStaleSeriesOptions } from "./findStaleSeries.js";
import { withoutSuperseded } from "./_lib/withoutSuperseded.js";

/** Options for {@link assessFreshness}. @category Quality */
export interface AssessFreshnessOptions extends FindStaleSeriesOptions {
  /**
   * The series to assess. By default every series the workspace declares: each KPI at each scope node of a kind it
   * applies to (nodes whose values come only from roll-ups then read `never_reported`: pass the reporting series).
   */
  readonly series?: readonly { readonly kpiId: string; readonly subjectId: string }[] | undefined;
}

/** The freshness of one series, as {@link assessFreshness} gives it. @category Quality */
export interface SeriesFreshness {
  /** The KPI. */
  readonly kpiId: string;
  /** The subject (scope node). */
  readonly subjectId: string;
  /** The grain of the KPI's frequency. */
  readonly grain: Grain;
  /** `fresh` (data for the expected period or later), `stale` (older data only) or `never_reported` (no record at or before `asOf`). */
  readonly status: "fresh" | "stale" | "never_reported";
  /** The label of the latest period with a record at or before `asOf`, or `null` when there is none. */
  readonly latestPeriod: string | null;
  /** The latest record's instant at or before `asOf` (epoch ms), or `null`. */
  readonly lastAt: number | null;
  /** The label of the latest period that should have data at `asOf` (after the grace). */
  readonly expectedPeriod: string;
  /** How many periods the latest period with data is behind the expected one: 0 when fresh, `null` when never reported. */
  readonly periodsBehind: number | null;
}

/**
 * Reports the freshness of every series a workspace declares — fresh, stale and never reported — in periods: the
 * latest period with data, the period expected by `asOf`, and how many periods behind it is.
 *
 * @remarks
 * docs/conventions.md#data-quality-and-history. The grain follows each KPI's frequency (`daily`/`continuous` → day,
 * `weekly` → ISO week, `monthly` → month, `quarterly` → quarter, `yearly` → year). The expected period is the latest
 * complete period at `asOf − graceMs`, or `gracePeriods` periods before the latest complete period at `asOf`. A
 * series is fresh when its latest record at or before `asOf` lies in the expected period or later, stale when it is
 * older (`periodsBehind` ≥ 1), and never reported when it has none (`latestPeriod`, `lastAt` and `periodsBehind`
 * `null`). Superseded records do not count. Series come in workspace order: by KPI, then by scope node; with
 * `options.series`, in that order. {@link findStaleSeries} lists only the stale series among those with records.
 *
 * @param workspace - The KPIs (`id`, `frequency`, `scopeKinds`) and scope nodes (`id`, `kind`).
 * @param measurements - The records.
 * @param options - See {@link AssessFreshnessOptions}; `asOf` is required.
 * @returns One entry per series.
 * @throws {@link KpiError} `invalid_argument` for malformed input, both graces, a negative grace or a `gracePeriods`
 * that is not a whole number (path `["options", …]`), an unknown frequency (path `["kpis", j, "frequency"]`), a
 * series of an unknown KPI or node (path `["options", "series", i]`); `non_finite` for a NaN or infinite grace
 * (path `["options", "graceMs"]`) and, with `invalid_input`, for a bad instant; `invalid_time_zone`.
 *
 * @example
 * ```ts
 * const workspace = {
 *   kpis: [{ id: "csat", frequency: "monthly", scopeKinds: ["service"] }],
 *   scopes: [{ id: "a", kind: "service" }, { id: "b", kind: "service" }, { id: "c", kind: "service" }, { id: "lv", kind: "national" }],
 * };
 * const records = [
 *   { id: "1", kpiId: "csat", subjectId: "a", at: Date.parse("2026-03-20T00:00:00Z"), value: 4, status: "normal" },
 *   { id: "2", kpiId: "csat", subjectId: "b", at: Date.parse("2025-12-05T00:00:00Z"), value: 4, status: "normal" },
 * ];
 * assessFreshness(workspace as never, records as never, { asOf: "2026-04-03T00:00:00Z" })
 *   .map((s) => [s.subjectId, s.status, s.latestPeriod, s.expectedPeriod, s.periodsBehind]);
 * //=> [["a", "fresh", "2026-03", "2026-03", 0], ["b", "stale", "2025-12", "2026-03", 3], ["c", "never_reported", null, "2026-03", null]]
 * ```
 *
 * @category Quality
 */
export function assessFreshness(
  workspace: { readonly kpis: readonly Pick<KpiDefinition, "id" | "frequency" | "scopeKinds">[]; readonly scopes: readonly Pick<ScopeNode, "id" | "kind">[] },
  measurements: readonly Measurement[],
  options: AssessFreshnessOptions,
): SeriesFreshness[] {
  const where = "assessFreshness";
  if (typeof workspace !== "object" || workspace === null || !Array.isArray(workspace.kpis) || !Array.isArray(workspace.scopes)) {
    throw new KpiError("invalid_argument", `${where}: the workspace needs kpis and scopes`, { path: ["workspace"] });
  }
  if (typeof options !== "object" || options === null) {
    throw new KpiError("invalid_argument", `${where}: options with asOf are required`, { path: ["options"] });
  }
  checkMeasurements(measurements, where);
  const kpis = indexKpis(workspace.kpis, where);
  const { asOf, graceMs, gracePeriods, calendar } = resolveStaleOptions(options, where);
  const nodes = new Map(workspace.scopes.map((s) => [s.id, s]));
  let series: { kpiId: string; subjectId: string }[];
  if (options.series !== undefined) {
    series = options.series.map((s, i) => {
      if (!kpis.has(s?.kpiId) || !nodes.has(s?.subjectId)) {
        throw new KpiError("invalid_argument", `${where}: series ${i} names an unknown KPI or scope node`, { path: ["options", "series", i] });
      }
      return { kpiId: s.kpiId, subjectId: s.subjectId };
    });
  } else {
    series = [];
    for (const k of workspace.kpis) for (const s of workspace.scopes) if (k.scopeKinds.includes(s.kind)) series.push({ kpiId: k.id, subjectId: s.id });
  }
  // The latest instant at or before asOf per series, over the effective records.
  const latest = new Map<string, number>();
  for (const m of withoutSuperseded(measurements)) {
    if (m.at > asOf) continue;
    const key = `${m.kpiId}\u0000${m.subjectId}`;
    const seen = latest.get(key);
    if (seen === undefined || m.at > seen) latest.set(key, m.at);
  }
  const positions = new Map(workspace.kpis.map((k, j) => [k.id, j]));
  const expectedByGrain = new Map<Grain, ReturnType<typeof periodOf>>();
  return series.map(({ kpiId, subjectId }) => {
    const kpi = kpis.get(kpiId)!;
    const grain = grainOfFrequency(kpi.frequency, ["kpis", positions.get(kpiId)!, "frequency"], where);
    let expected = expectedByGrain.get(grain);
    if (expected === undefined) {
      expected = latestCompletePeriod(asOf - graceMs, grain, calendar, gracePeriods);
      expectedByGrain.set(grain, expected);
    }
    const lastAt = latest.get(`${kpiId}\u0000${subjectId}`) ?? null;
    if (lastAt === null) {
      return { kpiId, subjectId, grain, status: "never_reported", latestPeriod: null, lastAt: null, expectedPeriod: expected.label, periodsBehind: null };
    }
    const period = periodOf(lastAt, grain, calendar);
    let behind = 0;
    for (let p = period; p.start < expected.start; p = periodOf(p.end, grain, calendar)) behind++;
    return { kpiId, subjectId, grain, status: behind === 0 ? "fresh" : "stale", latestPeriod: period.label, lastAt, expectedPeriod: expected.label, periodsBehind: behind };
  });
}
