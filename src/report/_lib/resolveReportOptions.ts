import { requireObject } from "../../internal/requireObject.js";
import { KpiError, isKpiError } from "../../errors.js";
import { instantOf } from "../../internal/instantOf.js";
import type { Calendar } from "../../model/calendar.js";
import type { Locale } from "../../model/localizedText.js";
import type { ScopeNode } from "../../model/scopeTree.js";
import type { Workspace } from "../../model/workspace.js";
import type { Ticket } from "../../sla/ticket.js";
import { parsePeriod } from "../../time/parsePeriod.js";
import type { Period } from "../../time/period.js";
import type { BuildReportOptions } from "../buildReportOptions.js";
import type { ReportOutage } from "../composeSla.js";
import { requireLocale } from "../../internal/requireLocale.js";
import type { ReportAudience } from "../reportModel.js";
import { reportCalendar } from "./reportCalendar.js";

/** The options of a report, checked against the workspace. */
export interface ResolvedReportOptions {
  readonly audience: ReportAudience;
  readonly locale: Locale;
  readonly asOf: number;
  readonly seriesPeriods: number;
  readonly scope: ScopeNode;
  readonly calendar: Calendar;
  readonly period: Period;
  readonly outages: readonly ReportOutage[];
  readonly tickets: readonly Ticket[];
}

const AUDIENCES: readonly ReportAudience[] = ["management", "technical", "public"];

/**
 * Checks the options of `buildReport` (and `planReport`) against the workspace. Internal to the report.
 *
 * @param workspace - A parsed workspace.
 * @param options - The options.
 * @param where - The public function's name, for messages.
 * @returns The options resolved: `asOf` in epoch ms, the scope node, the calendar and the period.
 * @throws {@link KpiError} as `buildReport` documents for its options.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace({ name: { lv: "P", en: "E" }, calendars: [{ timeZone: "UTC" }],
 *   scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }] });
 * const resolved = resolveReportOptions(workspace, { audience: "public", scope: "lv", period: "2026-Q1", asOf: 0, locale: "en" }, "f");
 * [resolved.period.grain, resolved.seriesPeriods];
 * //=> ["quarter", 12]
 * ```
 */
export function resolveReportOptions(workspace: Workspace, options: BuildReportOptions, where: string): ResolvedReportOptions {
  requireObject(workspace, where, "workspace", ["workspace"]);
  requireObject(options, where, "options", ["options"]);
  const { audience, locale } = options;
  if (!AUDIENCES.includes(audience)) {
    throw new KpiError("invalid_argument", `${where}: audience must be management, technical or public`, { path: ["options", "audience"] });
  }
  requireLocale(locale, where, ["options", "locale"]);
  const asOf = instantOf(options.asOf, where, ["options", "asOf"]);
  if (options.digest !== undefined && typeof options.digest !== "boolean") {
    throw new KpiError("invalid_argument", `${where}: digest must be true or false`, { path: ["options", "digest"] });
  }
  const seriesPeriods = options.seriesPeriods ?? 12;
  if (!Number.isInteger(seriesPeriods) || seriesPeriods < 1 || seriesPeriods > 120) {
    throw new KpiError("invalid_argument", `${where}: seriesPeriods must be a whole number from 1 to 120`, {
      path: ["options", "seriesPeriods"],
    });
  }
  const scope = workspace.scopes.find((s) => s.id === options.scope);
  if (scope === undefined) {
    throw new KpiError("unknown_reference", `${where}: scope "${options.scope}" is not a node of the workspace`, { path: ["options", "scope"] });
  }
  const calendar = reportCalendar(workspace);
  if (calendar === undefined) {
    throw new KpiError("invalid_argument", `${where}: the workspace has no calendar`, { path: ["workspace", "calendars"] });
  }
  let period: Period;
  try {
    period = parsePeriod(options.period, undefined, calendar);
  } catch (cause) {
    if (isKpiError(cause, "invalid_period")) {
      throw new KpiError("invalid_period", `${where}: ${cause.message}`, { path: ["options", "period"], cause });
    }
    throw cause;
  }
  return { audience, locale, asOf, seriesPeriods, scope, calendar, period, outages: options.outages ?? [], tickets: options.tickets ?? [] };
}
