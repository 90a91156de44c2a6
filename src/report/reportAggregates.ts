import type { PartialAggregate } from "../aggregate/partialAggregate.js";

/** One partial aggregate of a {@link ReportAggregates}: a KPI's records of one subject in one period. @category Report */
export interface ReportAggregateGroup {
  /** The KPI's id. */
  readonly kpiId: string;
  /** The subject's id (a scope node of the workspace). */
  readonly subjectId: string;
  /** The period's label (as `periodOf` gives it) at the grain of the plan's range. */
  readonly period: string;
  /** The partial aggregate of the records, as `aggregateRows` gives it. */
  readonly partial: PartialAggregate;
}

/**
 * The data-quality figures of a KPI's records of one subject in one period at the KPI's own grain (the grain of its
 * `frequency`), as `assessDataQuality` counts them. @category Report
 */
export interface ReportQualityTally {
  /** The KPI's id. */
  readonly kpiId: string;
  /** The subject's id. */
  readonly subjectId: string;
  /** The period's label at the KPI's own grain. */
  readonly period: string;
  /** The records. */
  readonly records: number;
  /** Records outside the KPI's valid range (or a share above its whole), as `findOutOfRange` finds them. */
  readonly outOfRange: number;
  /** Records beyond the first at an instant already taken (per series and instant: records − 1). */
  readonly duplicates: number;
  /** Records marked `provisional`. */
  readonly provisional: number;
  /** Records marked `estimated`. */
  readonly estimated: number;
}

/** The latest instant of a series (KPI and subject) among the records in effect, for staleness. @category Report */
export interface ReportLastInstant {
  /** The KPI's id. */
  readonly kpiId: string;
  /** The subject's id. */
  readonly subjectId: string;
  /** The latest instant (epoch ms) at or before `asOf`. */
  readonly at: number;
}

/**
 * The measurements of a report aggregated elsewhere — in a database engine (`compileReportQueries` in `kpi-kit/sql`)
 * or by an embedder — in the shape `buildReport` takes instead of records: everything a report reads from them, and
 * no record.
 *
 * @remarks
 * `planReport` says what to aggregate. Every figure is over the records in effect as known at `asOf` (corrections
 * applied, records recorded later left out) whose instants are at or before `asOf`:
 * - `groups`: partial aggregates per KPI, subject and period in each of the plan's `series` ranges;
 * - `quality`: tallies per KPI, subject (the scope's subtree) and period in each of the plan's `quality` ranges
 *   (none for the public audience);
 * - `lastInstants`: the latest instant of every series with a record (any period);
 * - the two counts, and the digest of the records when the aggregator computed one.
 * The report is then the one `buildReport` builds from the records themselves (docs/at-scale.md#reports-from-an-engine),
 * with `provenance.engine` naming the aggregator and `provenance.measurementsDigest` as given.
 *
 * @category Report
 */
export interface ReportAggregates {
  /** Marks the input. */
  readonly kind: "report_aggregates";
  /** What aggregated the records (e.g. `duckdb`, `postgres`): shown in the report's provenance. */
  readonly engine: string;
  /** Partial aggregates for the plan's series. */
  readonly groups: readonly ReportAggregateGroup[];
  /** Data-quality tallies for the plan's quality ranges. */
  readonly quality: readonly ReportQualityTally[];
  /** The latest instant of each series. */
  readonly lastInstants: readonly ReportLastInstant[];
  /** How many records there are in all (the report's `measurementCount`). */
  readonly measurementCount: number;
  /** How many of them are in effect as known at `asOf`, at or before it. */
  readonly effectiveMeasurementCount: number;
  /** The SHA-256 (hex) digest of the records as `buildReport` defines it, or `null` when the aggregator has none. */
  readonly measurementsDigest: string | null;
}
