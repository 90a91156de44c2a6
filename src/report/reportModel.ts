import type { Locale } from "../model/localizedText.js";
import type { RagStatus } from "../score/ragStatus.js";
import type { CompositeExclusion } from "../score/scoreComposite.js";
import type { TrendVerdictValue } from "../trend/trendVerdict.js";
import type { VegaLiteSpec } from "./charts/vegaLiteSpec.js";

/** Who a report is for: `management`, `technical` teams, or the `public` (service recipients). @category Report */
export type ReportAudience = "management" | "technical" | "public";

/** The kinds of chart a report carries. @category Report */
export type ReportChartKind = "sparkline" | "bullet" | "control" | "burn_down" | "heat_map" | "series";

/** A chart's data as a table, for readers who cannot see the chart (and for print). @category Report */
export interface ReportTable {
  /** The table's caption. */
  readonly caption: string;
  /** Column headings. */
  readonly columns: readonly string[];
  /** Rows of formatted cells, one per data point. */
  readonly rows: readonly (readonly string[])[];
}

/** A chart: its Vega-Lite specification and the same data as a table. @category Report */
export interface ReportChart {
  /** The kind of chart. */
  readonly kind: ReportChartKind;
  /** A short title. */
  readonly title: string;
  /** The Vega-Lite v6 specification (data inline); its `description` is the text alternative. */
  readonly spec: VegaLiteSpec;
  /** The chart's data as a table. */
  readonly table: ReportTable;
}

/**
 * A status as shown in a report: a RAG status, `no_data` (a target but no value) or `no_target` (a value but nothing
 * to score it against).
 *
 * @category Report
 */
export type ReportStatusValue = RagStatus | "no_target";

/** A status as shown: the value, its words, and its shape symbol. @category Report */
export interface ReportStatus {
  /** The status. */
  readonly status: ReportStatusValue;
  /** The status in words, in the report's locale. */
  readonly text: string;
  /** A shape symbol (● green, ▲ amber, ■ red, ○ no data, ◇ no target), so the status does not rest on colour. */
  readonly symbol: string;
}

/** Marks that qualify a number. @category Report */
export interface ReportFlags {
  /** The period had not ended at `asOf`. */
  readonly partialPeriod: boolean;
  /** Some of the records behind the number are provisional. */
  readonly provisional: boolean;
  /** Some of the records behind the number are estimated. */
  readonly estimated: boolean;
  /** The flags in words, in the report's locale (empty when none). */
  readonly notes: readonly string[];
}

/** A workspace annotation shown next to the results it explains. @category Report */
export interface ReportAnnotation {
  /** The annotation's id. */
  readonly id: string;
  /** `note` or `process_change`. */
  readonly kind: "note" | "process_change";
  /** The kind in words. */
  readonly kindText: string;
  /** When it starts (ISO-8601, UTC). */
  readonly at: string;
  /** When it ends (ISO-8601, UTC), or `null` for an instant. */
  readonly until: string | null;
  /** When, as local dates of the report's calendar. */
  readonly whenText: string;
  /** The note, in the report's locale. */
  readonly text: string;
}

/** Where and when a report comes from, so that a reader can tell which data it rests on. @category Report */
export interface ReportProvenance {
  /** The library that built the report. */
  readonly library: { readonly name: string; readonly version: string };
  /** "Now" of the report (ISO-8601, UTC): records and corrections recorded later are left out. */
  readonly asOf: string;
  /** The period reported. */
  readonly period: {
    readonly label: string;
    /** Start (ISO-8601, UTC), inclusive. */
    readonly start: string;
    /** End (ISO-8601, UTC), exclusive. */
    readonly end: string;
    /** Whether the period had ended at `asOf`. */
    readonly complete: boolean;
  };
  /** The audience. */
  readonly audience: ReportAudience;
  /** The scope node reported on. */
  readonly scope: { readonly id: string; readonly name: string };
  /** The calendar whose time zone defines the periods. */
  readonly calendar: { readonly id: string; readonly timeZone: string };
  /** The report's language. */
  readonly locale: Locale;
  /** SHA-256 (hex) of the canonical JSON of the workspace (definitions, targets, SLA terms, annotations…). */
  readonly definitionsDigest: string;
  /**
   * SHA-256 (hex) of the canonical JSON of all measurements given, sorted by id (docs/large-files.md#the-measurements-digest);
   * for report aggregates, the digest they carry (`null` when the engine computed none).
   */
  readonly measurementsDigest: string | null;
  /** How many measurement records were given. */
  readonly measurementCount: number;
  /** How many were in effect as known at `asOf` (corrections applied, later records left out). */
  readonly effectiveMeasurementCount: number;
  /** SHA-256 (hex) of the canonical JSON of the outages and tickets given, or `null` without any. */
  readonly eventsDigest: string | null;
  /**
   * What aggregated the measurements, when the report was built from report aggregates (e.g. `duckdb`, `postgres`);
   * absent when kpi-kit aggregated the records itself.
   */
  readonly engine?: string;
}

/** One KPI at one scope node on a scorecard. @category Report */
export interface ReportScorecardRow {
  /** The KPI's id. */
  readonly kpiId: string;
  /** The KPI's name. */
  readonly kpiName: string;
  /** The scope node's id. */
  readonly scopeId: string;
  /** The scope node's name. */
  readonly scopeName: string;
  /** The depth of the node below the report's scope node (0 for the node itself). */
  readonly depth: number;
  /** The period of the value (the KPI's own period when its frequency is coarser than the report's). */
  readonly period: string;
  /** The KPI's unit. */
  readonly unit: string;
  /** The value, or `null` without data. */
  readonly value: number | null;
  /** The value formatted with the KPI's unit and precision. */
  readonly valueText: string;
  /** The value scored against (a band is shown in `targetText` only), or `null`. */
  readonly target: number | null;
  /** The target in words (e.g. "at least 95.0%"), or the no-value text. */
  readonly targetText: string;
  /** The attainment score, or `null`. */
  readonly attainment: number | null;
  /** The attainment as a percentage. */
  readonly attainmentText: string;
  /** The RAG status. */
  readonly status: ReportStatus;
  /** The trend verdict over the series, or `null` when it cannot be judged. */
  readonly trend: TrendVerdictValue | null;
  /** The trend in words. */
  readonly trendText: string;
  /** Partial period and provisional data. */
  readonly flags: ReportFlags;
  /** Annotations about this KPI or node within the series range. */
  readonly annotations: readonly ReportAnnotation[];
  /** The series as a sparkline, or `null` when there are fewer than two periods with data. */
  readonly sparkline: ReportChart | null;
  /** Actual against target with RAG bands, or `null` without a target and value. */
  readonly bullet: ReportChart | null;
}

/** A scorecard of every KPI of the scope node and the nodes below it. @category Report */
export interface ReportScorecardSection {
  /** Discriminant. */
  readonly kind: "scorecard";
  /** The heading. */
  readonly heading: string;
  /** The rows, node by node (depth-first), KPI by KPI. */
  readonly rows: readonly ReportScorecardRow[];
  /** The composite status of each node as a heat map of the scope tree, or `null` for a single node. */
  readonly heatMap: ReportChart | null;
}

/** One KPI's part in the composite score. @category Report */
export interface ReportCompositeItem {
  /** The KPI. */
  readonly kpiId: string;
  /** Its name. */
  readonly kpiName: string;
  /** Its score as a percentage. */
  readonly scoreText: string;
  /** Its weight. */
  readonly weight: number;
  /** Its share of the total weight, as a percentage (no-value text when excluded). */
  readonly shareText: string;
  /** Its contribution to the capped composite, in percentage points. */
  readonly contributionText: string;
  /** Why it is excluded, or `null`. */
  readonly excluded: CompositeExclusion | null;
  /** The exclusion in words, or `""`. */
  readonly excludedText: string;
}

/** The composite score of the scope node with its explanation. @category Report */
export interface ReportCompositeSection {
  /** Discriminant. */
  readonly kind: "composite";
  /** The heading. */
  readonly heading: string;
  /** The raw composite (scores not capped), or `null`. */
  readonly raw: number | null;
  /** The composite with each score capped at 1, or `null`. */
  readonly capped: number | null;
  /** The capped composite as a percentage. */
  readonly cappedText: string;
  /** The raw composite as a percentage. */
  readonly rawText: string;
  /** The status of the capped composite. */
  readonly status: ReportStatus;
  /** How the composite is formed, in words. */
  readonly explanation: string;
  /** Each KPI's part. */
  readonly items: readonly ReportCompositeItem[];
}

/** A budget spender: an outage or a ticket. @category Report */
export interface ReportSpender {
  /** The outage or ticket id. */
  readonly id: string;
  /** What it spent, formatted in the objective's unit. */
  readonly spentText: string;
}

/** One SLA objective judged over its window. @category Report */
export interface ReportSlaObjective {
  /** The SLA terms' id. */
  readonly termsId: string;
  /** The terms' name. */
  readonly termsName: string;
  /** The objective's id. */
  readonly objectiveId: string;
  /** The objective's name. */
  readonly objectiveName: string;
  /** The service. */
  readonly serviceId: string;
  /** The service's name. */
  readonly serviceName: string;
  /** The window (ISO-8601, UTC) and its local label when it is a calendar period. */
  readonly window: { readonly label: string; readonly start: string; readonly end: string };
  /** The SLO as promised, e.g. "99.5%". */
  readonly sloText: string;
  /** The attainment (good ÷ eligible), or `null`. */
  readonly attainment: number | null;
  /** The attainment as a percentage. */
  readonly attainmentText: string;
  /** Met, breached or not judged (as text, symbol and status: green met, red breached). */
  readonly status: ReportStatus;
  /** `true` met, `false` breached, `null` cannot be judged. */
  readonly met: boolean | null;
  /** The whole budget, formatted. */
  readonly budgetText: string;
  /** The budget left (negative when overspent), formatted. */
  readonly remainingText: string;
  /** The share of the budget spent, as a percentage. */
  readonly consumedText: string;
  /** The window had not ended at `asOf`. */
  readonly partialWindow: boolean;
  /** The largest spenders, largest first (at most five). */
  readonly topSpenders: readonly ReportSpender[];
  /** The remaining budget day by day, or `null` (public reports, or nothing to draw). */
  readonly burnDown: ReportChart | null;
}

/** SLA objectives of the services under the scope node. @category Report */
export interface ReportSlaSection {
  /** Discriminant. */
  readonly kind: "sla";
  /** The heading. */
  readonly heading: string;
  /** The objectives, terms by terms. */
  readonly objectives: readonly ReportSlaObjective[];
}

/** A KPI whose value moved most since the previous period. @category Report */
export interface ReportMover {
  /** The KPI. */
  readonly kpiId: string;
  /** Its name. */
  readonly kpiName: string;
  /** The scope node. */
  readonly scopeId: string;
  /** Its name. */
  readonly scopeName: string;
  /** The previous period's value, formatted. */
  readonly previousText: string;
  /** This period's value, formatted. */
  readonly valueText: string;
  /** The relative change (0.1 = +10 %). */
  readonly relativeChange: number;
  /** The change: a signed percentage, or for a KPI in percent the signed change in percentage points. */
  readonly changeText: string;
  /** Whether the move is for the better in the KPI's direction. */
  readonly movement: "improved" | "worsened";
  /** The movement in words. */
  readonly movementText: string;
  /** Partial period and provisional data of this period's value. */
  readonly flags: ReportFlags;
}

/** A leading KPI that moves its lagging KPI the wrong way. @category Report */
export interface ReportDriverRisk {
  /** The leading KPI. */
  readonly leadingKpiId: string;
  /** The lagging KPI. */
  readonly laggingKpiId: string;
  /** The scope node. */
  readonly scopeId: string;
  /** The risk in words. */
  readonly text: string;
  /** Pearson's r at the declared lag, or `null`. */
  readonly r: number | null;
  /** Whether the data support the declared link, or `null` when unknown. */
  readonly supported: boolean | null;
}

/** Driver KPIs that put outcomes at risk. @category Report */
export interface ReportDriverRisksSection {
  /** Discriminant. */
  readonly kind: "driver_risks";
  /** The heading. */
  readonly heading: string;
  /** The risks. */
  readonly items: readonly ReportDriverRisk[];
}

/** The kinds of data-quality warning. @category Report */
export type ReportQualityIssue = "stale" | "incomplete" | "provisional" | "estimated" | "duplicates" | "out_of_range";

/** One data-quality warning. @category Report */
export interface ReportQualityWarning {
  /** The KPI. */
  readonly kpiId: string;
  /** The subject (scope node). */
  readonly subjectId: string;
  /** What is wrong. */
  readonly issue: ReportQualityIssue;
  /** The warning in words. */
  readonly text: string;
}

/** Data-quality warnings that limit what can be concluded. @category Report */
export interface ReportDataQualitySection {
  /** Discriminant. */
  readonly kind: "data_quality";
  /** The heading. */
  readonly heading: string;
  /** The warnings, by KPI, subject and issue. */
  readonly warnings: readonly ReportQualityWarning[];
}

/** A control-chart signal in words. @category Report */
export interface ReportSignal {
  /** The period of the point that completes the pattern. */
  readonly period: string;
  /** The rules (Nelson 1–8). */
  readonly rules: readonly number[];
  /** The signal in words. */
  readonly text: string;
}

/** The technical detail of one KPI at one scope node. @category Report */
export interface ReportKpiDetailSection {
  /** Discriminant. */
  readonly kind: "kpi_detail";
  /** The heading (KPI and node). */
  readonly heading: string;
  /** The KPI. */
  readonly kpiId: string;
  /** The scope node. */
  readonly scopeId: string;
  /** The KPI's description. */
  readonly description: string;
  /** Facts about the KPI (indicator, direction, unit, aggregation, roll-up, frequency) as label–value pairs. */
  readonly facts: readonly (readonly [string, string])[];
  /** The scorecard line of the report's period. */
  readonly row: ReportScorecardRow;
  /** The series with the target line. */
  readonly series: ReportChart;
  /** The control chart of the current phase, or `null` when it cannot be drawn (fewer than 2 points…). */
  readonly controlChart: ReportChart | null;
  /** The control-chart signals of the current phase. */
  readonly signals: readonly ReportSignal[];
  /** The linear forecast of the next period, in words, or `null`. */
  readonly forecastText: string | null;
  /** The documented measurement procedure. */
  readonly procedure: {
    readonly steps: readonly string[];
    readonly dataSource: string | null;
    readonly collectionText: string;
  };
  /** Data-quality findings of this series. */
  readonly quality: readonly ReportQualityWarning[];
  /**
   * The node of an earlier section of the same KPI whose series has exactly these values (a node whose one measured
   * child gives all its data), or `null`. Renderers show that section's charts once and refer to it here.
   */
  readonly sameSeriesAs: { readonly scopeId: string; readonly scopeName: string } | null;
  /** Whether an earlier section already describes this KPI (description, facts, measurement procedure). */
  readonly kpiDescribedAbove: boolean;
}

/** A plain-language statement for service recipients. @category Report */
export interface ReportStatement {
  /** What it is about. */
  readonly topic: "satisfaction" | "availability" | "processing_time" | "service_level" | "other";
  /** What the statement is about, as a heading that groups statements (a KPI's name, or "Our promises"). */
  readonly subject: string;
  /** The statement. */
  readonly text: string;
  /** The status (kept promise or target = green…). */
  readonly status: ReportStatus;
  /** Partial period and provisional data. */
  readonly flags: ReportFlags;
  /** Annotations that explain the result. */
  readonly annotations: readonly ReportAnnotation[];
}

/** Plain-language statements: satisfaction, availability, processing times, promises against delivery. @category Report */
export interface ReportStatementsSection {
  /** Discriminant. */
  readonly kind: "public_statements";
  /** The heading. */
  readonly heading: string;
  /** The statements. */
  readonly statements: readonly ReportStatement[];
}

/** How many rows of one scope node's subtree have each status. @category Report */
export interface ReportStatusCount {
  /** The scope node. */
  readonly scopeId: string;
  /** Its name. */
  readonly scopeName: string;
  /** Rows by status, over the node and every node below it. */
  readonly counts: Readonly<Record<ReportStatusValue, number>>;
  /**
   * Of the `no_data` rows, those that have a value but no score (conventions rule 9: a lower-is-better KPI at 0 against
   * "at most 3", an at-least target of 0); their rows read "not scored".
   */
  readonly notScored: number;
}

/**
 * The answer first: what a manager needs on one screen, each part taken from the sections that follow.
 *
 * @category Report
 */
export interface ReportSummarySection {
  /** Discriminant. */
  readonly kind: "summary";
  /** The heading. */
  readonly heading: string;
  /** The summary in one sentence. */
  readonly text: string;
  /** Status counts of the scope node and of each node directly below it. */
  readonly statusCounts: readonly ReportStatusCount[];
  /** The biggest changes since the previous period. */
  readonly changes: readonly ReportMover[];
  /** How many SLA objectives the scope has. */
  readonly slaObjectiveCount: number;
  /** SLA objectives breached, or met with three quarters of the error budget or more spent. */
  readonly slaAtRisk: readonly ReportSlaObjective[];
  /** The KPIs furthest off target (red and amber rows, lowest attainment first; at most five). */
  readonly offTarget: readonly ReportScorecardRow[];
  /** Data-quality warnings about this period's figures (all but `incomplete`) of a KPI and node the scorecard shows. */
  readonly quality: readonly ReportQualityWarning[];
}

/** A section of a report. @category Report */
export type ReportSection =
  | ReportSummarySection
  | ReportScorecardSection
  | ReportCompositeSection
  | ReportSlaSection
  | ReportDriverRisksSection
  | ReportDataQualitySection
  | ReportKpiDetailSection
  | ReportStatementsSection;

/**
 * An audience-tailored report: plain JSON (no `Date`s, `Map`s or functions), so it can be stored, sent and
 * rendered anywhere. The same inputs give the same report, byte for byte.
 *
 * @category Report
 */
export interface Report {
  /** Format marker. */
  readonly format: "kpi-kit-report";
  /** Format version. */
  readonly formatVersion: 1;
  /** Where and when the report comes from. */
  readonly provenance: ReportProvenance;
  /** The title. */
  readonly title: string;
  /** One-sentence summary (for a terminal or an e-mail subject). */
  readonly summary: string;
  /** The sections, in reading order. */
  readonly sections: readonly ReportSection[];
}
