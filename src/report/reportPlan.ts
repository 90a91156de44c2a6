import type { Grain } from "../time/grain.js";

/** KPIs to aggregate at one grain over `[start, end)` (epoch ms). @category Report */
export interface ReportRange {
  /** The grain of the periods. */
  readonly grain: Grain;
  /** The KPIs, in the workspace's order. */
  readonly kpiIds: readonly string[];
  /** The first instant. */
  readonly start: number;
  /** The end, exclusive: never after `asOf + 1` (records after `asOf` are left out). */
  readonly end: number;
}

/** What `buildReport` needs aggregated for a report: see `planReport`. @category Report */
export interface ReportPlan {
  /** "Now" of the report (epoch ms): records recorded later, and records whose instants are later, are left out. */
  readonly asOf: number;
  /** The calendar of the periods. */
  readonly calendar: { readonly timeZone: string; readonly fiscalYearStartMonth: number };
  /** Partial aggregates per KPI, subject (every scope node) and period: `ReportAggregates.groups`. */
  readonly series: readonly ReportRange[];
  /** Data-quality tallies per KPI, subject (`qualitySubjectIds`) and period: `ReportAggregates.quality`. */
  readonly quality: readonly ReportRange[];
  /** The subjects of the series: every scope node. */
  readonly subjectIds: readonly string[];
  /** The subjects of the quality tallies: the reported scope node and every node below it. */
  readonly qualitySubjectIds: readonly string[];
}

