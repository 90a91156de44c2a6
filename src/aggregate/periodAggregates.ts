import type { Calendar } from "../model/calendar.js";
import type { Grain } from "../time/grain.js";
import type { Period } from "../time/period.js";
import type { PartialAggregate } from "./partialAggregate.js";
import type { PeriodAggregateColumns } from "./periodAggregateColumns.js";
import type { QuantileMethod } from "./quantileMethod.js";

/**
 * One group of {@link PeriodAggregates}: a KPI, a subject (or all subjects pooled) and a period, with its partial
 * aggregate and the KPI's value.
 *
 * @category Aggregate
 */
export interface PeriodGroup {
  /** The KPI's id. */
  readonly kpiId: string;
  /** The subject's id, or `null` when subjects were pooled. */
  readonly subjectId: string | null;
  /** The period's label, e.g. `"2026-03"`. */
  readonly period: string;
  /** The mergeable components of the group. */
  readonly partial: PartialAggregate;
  /** The KPI's value for the group (`finalizePartial`), `null` when undefined (e.g. a zero denominator). */
  readonly value: number | null;
}

/**
 * The result of `aggregateRows`, `aggregateRows` and `aggregateColumns`: the periods the data spans and one
 * group per (KPI, subject, period) that has records.
 *
 * @remarks
 * Groups are ordered by KPI (in the order of the `kpis` argument), then subject id (ascending by UTF-16 code
 * units), then period, whatever the order of the input. Groups without records are absent (their value would be
 * `null`). The result is columnar, like a data-frame table: `columns` holds every number in typed arrays, and the
 * `groups` objects are materialised from them only when first read.
 *
 * @category Aggregate
 */
export interface PeriodAggregates {
  /** The grain of the periods. */
  readonly grain: Grain;
  /** Every period from the one of the earliest record to the one of the latest, in time order (gaps included). */
  readonly periods: readonly Period[];
  /**
   * The groups with records, as objects. Built from `columns` on first access and cached (an enumerable getter, so
   * `JSON.stringify` and deep equality see it like a plain property).
   */
  readonly groups: readonly PeriodGroup[];
  /**
   * The same groups as typed-array columns (see {@link PeriodAggregateColumns}): read these to process many groups
   * without building objects. Non-enumerable, so `JSON.stringify` gives `{ grain, periods, groups }` only.
   */
  readonly columns: PeriodAggregateColumns;
}

/**
 * Options shared by `aggregateRows`, `aggregateRows` and `aggregateColumns`.
 *
 * @category Aggregate
 */
export interface AggregateOptions {
  /** The grain of the periods (`day`, `week`, `month`, `quarter`, `year`, `fiscal_year`). */
  readonly grain: Grain;
  /** The calendar whose time zone (and fiscal-year start) defines the periods. */
  readonly calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">;
  /**
   * `each` groups by subject; `pooled` merges all subjects into one group per KPI and period (`subjectId: null`).
   * @defaultValue "each"
   */
  readonly subjects?: "each" | "pooled" | undefined;
  /**
   * How quantiles are kept for median and quantile KPIs: the raw values, or a sketch.
   * @defaultValue "exact"
   */
  readonly quantiles?: QuantileMethod | undefined;
  /**
   * The sketch's relative accuracy, when `quantiles` is `"sketch"`.
   * @defaultValue 0.01
   */
  readonly relativeAccuracy?: number | undefined;
  /**
   * Apply corrections first: a record named by another record's `supersedes` is replaced (see
   * `resolveSupersedes`). Only records with an `id` can be superseded.
   * @defaultValue true
   */
  readonly effective?: boolean | undefined;
}
