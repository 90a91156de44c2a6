import { labelOf } from "../../model/labels.js";
import { formatLocalTime, formatPeriodName } from "./formatLocalTime.js";
import { formatNumber } from "./formatNumber.js";
import { formatValue } from "../formatValue.js";
import { reportLabel } from "../reportLabel.js";
import { REPORT_NOUNS } from "../reportLabels.js";
import type { ReportProvenance } from "../reportModel.js";

/**
 * Returns the provenance of a report as rows of a two-column table (fact, value), in the report's locale.
 *
 * @remarks
 * Internal: shared by `renderMarkdown` and `renderHtml`, which escape the cells for their format.
 *
 * @param p - The report's provenance.
 * @returns The rows, in a fixed order: library, asOf, period, audience, scope, calendar, digests, counts; instants in
 * the calendar's local time with the zone named.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace({ name: { lv: "Piemērs", en: "Example" }, calendars: [{}],
 *   scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }] });
 * const report = buildReport(workspace, [], { audience: "management", scope: "lv", period: "2026-03", asOf: 0, locale: "en" });
 * provenanceRows(report.provenance)[4];
 * //=> ["Scope", "Latvia (lv)"]
 * ```
 */
export function provenanceRows(p: ReportProvenance): string[][] {
  const t = (key: Parameters<typeof reportLabel>[0], values: Readonly<Record<string, string | number>> = {}): string =>
    reportLabel(key, p.locale, values);
  const partial = p.period.complete ? "" : t("prov_period_partial");
  // Instants in the calendar's local time, with the zone named.
  const local = (iso: string) => formatLocalTime(iso, p.locale, p.calendar.timeZone, "date_time");
  return [
    [t("prov_library"), `${p.library.name} ${p.library.version}`],
    [t("prov_as_of"), local(p.asOf)],
    [
      t("prov_period"),
      t("prov_period_value", { label: formatPeriodName(p.period.label, p.locale), start: local(p.period.start), end: local(p.period.end), partial }),
    ],
    [t("prov_audience"), labelOf("audience", p.audience, p.locale)],
    [t("prov_scope"), `${p.scope.name} (${p.scope.id})`],
    [t("prov_calendar"), `${p.calendar.id} (${p.calendar.timeZone})`],
    [t("prov_definitions"), p.definitionsDigest],
    [t("prov_measurements"), p.measurementsDigest ?? "—"],
    ...(p.engine === undefined ? [] : [[t("prov_engine"), p.engine]]),
    [t("prov_events"), p.eventsDigest ?? "—"],
    [
      t("col_notes"),
      t("prov_count", {
        count: formatValue(p.measurementCount, { unit: REPORT_NOUNS.records, precision: 0 }, p.locale),
        effective: formatNumber(p.effectiveMeasurementCount, p.locale, 0),
      }),
    ],
  ];
}
