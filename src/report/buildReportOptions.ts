import type { Locale } from "../model/localizedText.js";
import type { Ticket } from "../sla/ticket.js";
import type { InstantInput } from "../time/instantInput.js";
import type { ReportOutage } from "./composeSla.js";
import type { ReportAudience } from "./reportModel.js";

/** Options for `buildReport` (and `planReport`). @category Report */
export interface BuildReportOptions {
  /** Who the report is for. */
  readonly audience: ReportAudience;
  /** The id of the scope node reported on (it and every node below it). */
  readonly scope: string;
  /** The period label, e.g. `2026-03`, `2026-Q1`, `2026` (see `parsePeriod`), in the workspace's default calendar. */
  readonly period: string;
  /** "Now": epoch ms, an ISO-8601 instant with `Z` or an offset, or a `Date`. Records and corrections recorded later are left out. */
  readonly asOf: InstantInput;
  /** The report's language. */
  readonly locale: Locale;
  /**
   * Outages for availability objectives (epoch ms); one without `serviceId` counts for every service's SLA terms.
   * @defaultValue `[]`
   */
  readonly outages?: readonly ReportOutage[] | undefined;
  /**
   * Tickets for response- and resolution-time objectives (epoch ms).
   * @defaultValue `[]`
   */
  readonly tickets?: readonly Ticket[] | undefined;
  /**
   * How many periods the series (sparklines, trends, control charts) hold, ending with the report's period.
   * @defaultValue 12
   */
  readonly seriesPeriods?: number | undefined;
  /**
   * Whether to compute `provenance.measurementsDigest` from the records. `false` leaves it `null`: for a caller that
   * computes it beside the report with `digestMeasurements` (on another thread, say) and puts it in. (Report
   * aggregates keep the digest they carry.)
   * @defaultValue true
   */
  readonly digest?: boolean | undefined;
}

