import { stringify } from "yaml";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import type { SlaTerms } from "../../model/slaTerms.js";
import type { BurnAlertTier } from "../../sla/evaluateBurnAlerts.js";

/** Options for {@link exportOpenSlo}. @category Interop */
export interface ExportOpenSloOptions {
  /**
   * Burn-rate alert rules to export, each as two `AlertCondition`s (long and short window) paired by annotation.
   * @defaultValue []
   */
  readonly burnAlerts?: readonly BurnAlertTier[] | undefined;
  /**
   * `yaml` (a multi-document stream) or `json` (an array of documents).
   * @defaultValue "yaml"
   */
  readonly format?: "yaml" | "json" | undefined;
  /**
   * The IANA time zone written into calendar windows (kpi-kit keeps it in the service-hours calendar).
   * @defaultValue "Europe/Riga"
   */
  readonly timeZone?: string | undefined;
}

/** A decimal percentage as a fraction, by moving the decimal point in the text ("16.015" → 0.16015): `/ 100` in
 * floating point would give 0.16015000000000001. */
function fractionOf(percent: string): number {
  const [int = "0", frac = ""] = percent.split(".");
  const padded = int.padStart(3, "0");
  return Number(`${padded.slice(0, -2)}.${padded.slice(-2)}${frac}`);
}

/**
 * Checks the parts of the terms and options that the export reads before it reads them: `terms` a list of objects,
 * each with a `name` object, an `objectives` list and a `maintenance` list, each objective an object with `name`,
 * `window` and `budgeting` objects; `options` an object whose `burnAlerts`, when given, is a list of objects.
 */
function checkExportArguments(terms: readonly SlaTerms[], options: ExportOpenSloOptions): void {
  const where = "exportOpenSlo";
  requireArray(terms, where, "terms", ["terms"]);
  terms.forEach((t, i) => {
    requireObject(t, where, `terms[${i}]`, ["terms", i]);
    requireObject(t.name, where, `terms[${i}].name`, ["terms", i, "name"]);
    requireArray(t.maintenance, where, `terms[${i}].maintenance`, ["terms", i, "maintenance"]);
    requireArray(t.objectives, where, `terms[${i}].objectives`, ["terms", i, "objectives"]);
    t.objectives.forEach((o, j) => {
      requireObject(o, where, `terms[${i}].objectives[${j}]`, ["terms", i, "objectives", j]);
      for (const field of ["name", "window", "budgeting"] as const) {
        requireObject(o[field], where, `terms[${i}].objectives[${j}].${field}`, ["terms", i, "objectives", j, field]);
      }
    });
  });
  requireObject(options, where, "options", ["options"]);
  if (options.burnAlerts !== undefined) {
    requireArray(options.burnAlerts, where, "options.burnAlerts", ["options", "burnAlerts"]);
    options.burnAlerts.forEach((tier, k) => requireObject(tier, where, `options.burnAlerts[${k}]`, ["options", "burnAlerts", k]));
  }
}

function objectiveDocs(terms: SlaTerms, timeZone: string): Record<string, unknown>[] {
  return terms.objectives.map((o, i) => {
    const annotations: Record<string, string> = {
      "kpi-kit/terms-id": terms.id,
      "kpi-kit/terms-name-lv": terms.name.lv,
      "kpi-kit/terms-name-en": terms.name.en,
      "kpi-kit/objective-name-lv": o.name.lv,
      "kpi-kit/objective-name-en": o.name.en,
      "kpi-kit/indicator": o.indicator,
    };
    if (i === 0 && terms.maintenance.length > 0) annotations["kpi-kit/maintenance"] = JSON.stringify(terms.maintenance);
    if (terms.calendarId !== undefined) annotations["kpi-kit/calendar-id"] = terms.calendarId;
    if (o.kpiId !== undefined) annotations["kpi-kit/kpi-id"] = o.kpiId;
    if (o.deadlineBusinessHours !== undefined) annotations["kpi-kit/deadline-business-hours"] = String(o.deadlineBusinessHours);
    if (o.deadlineBusinessDays !== undefined) annotations["kpi-kit/deadline-business-days"] = String(o.deadlineBusinessDays);
    if (o.serviceHoursOnly) annotations["kpi-kit/service-hours-only"] = "true";
    if (o.priority !== undefined) annotations["kpi-kit/priority"] = o.priority;
    const sourceSpec = o.kpiId === undefined ? { indicator: o.indicator } : { kpiId: o.kpiId, indicator: o.indicator };
    const source = { metricSource: { type: "kpi-kit", spec: sourceSpec } };
    const indicatorSpec = o.threshold !== undefined ? { thresholdMetric: source } : { ratioMetric: { counter: false, good: source, total: source } };
    let timeWindow: Record<string, unknown>;
    if (o.window.kind === "rolling") timeWindow = { duration: `${o.window.days}d`, isRolling: true };
    else {
      annotations["kpi-kit/calendar-window"] = "1";
      const duration = { month: "1M", quarter: "1Q", year: "1Y" }[o.window.grain];
      timeWindow = { duration, isRolling: false, calendar: { startTime: "2000-01-01 00:00:00", timeZone } };
    }
    const objective: Record<string, unknown> = { displayName: o.name.en, targetPercent: Number(o.slo) };
    if (o.threshold !== undefined) Object.assign(objective, { op: o.threshold.comparison === "at_most" ? "lte" : "gte", value: o.threshold.value });
    let budgetingMethod: string;
    switch (o.budgeting.method) {
      case "occurrences":
        budgetingMethod = "Occurrences";
        break;
      case "timeslices":
        budgetingMethod = "Timeslices";
        Object.assign(objective, { timeSliceTarget: 1, timeSliceWindow: `${o.budgeting.sliceMinutes}m` });
        break;
      case "ratio_timeslices":
        budgetingMethod = "RatioTimeslices";
        Object.assign(objective, { timeSliceTarget: fractionOf(o.budgeting.threshold), timeSliceWindow: `${o.budgeting.sliceMinutes}m` });
        break;
    }
    return {
      apiVersion: "openslo/v1",
      kind: "SLO",
      metadata: { name: o.id, displayName: o.name.en, annotations },
      spec: {
        service: terms.serviceId,
        indicator: { metadata: { name: `${o.id}-sli`.slice(0, 63).replace(/-+$/, "") }, spec: indicatorSpec },
        timeWindow: [timeWindow],
        budgetingMethod,
        objectives: [objective],
      },
    };
  });
}

/**
 * Exports kpi-kit SLA terms (and burn-rate alert rules) to OpenSLO v1 documents, as YAML or JSON text.
 *
 * @remarks
 * One `Service` per service and one `SLO` per objective (named by the objective's id, which must be an RFC 1123
 * label to validate); kpi-kit fields with no OpenSLO field travel in `kpi-kit/…` annotations so that
 * {@link importOpenSlo} restores them. A multiwindow burn-rate rule has no single-condition form in OpenSLO v1 (one
 * `lookbackWindow` per condition): it becomes two `AlertCondition`s, `<rule>-long` and `<rule>-short`, paired by the
 * annotations `kpi-kit/burn-alert` and `kpi-kit/burn-window`. A rule given by `budgetPercent` is exported only with a
 * rolling window (its threshold is scaled to the window). See docs/interop.md.
 *
 * @param terms - Parsed SLA terms.
 * @param options - See {@link ExportOpenSloOptions}.
 * @returns The documents as text.
 * @throws {@link KpiError} `invalid_argument` for missing or wrong-shaped arguments: `terms` not an array (path
 * `["terms"]`), a set of terms not an object (path `["terms", i]`) or its `name`, `maintenance` or `objectives` not
 * an object or array (path `["terms", i, field]`), an objective or its `name`, `window` or `budgeting` not an object
 * (path `["terms", i, "objectives", j]` or `["terms", i, "objectives", j, field]`), `options` not an object (path
 * `["options"]`) or `options.burnAlerts` not an array of objects (path `["options", "burnAlerts"]` or
 * `["options", "burnAlerts", k]`).
 *
 * @example
 * ```ts
 * const terms = parseSlaTerms({ id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" },
 *   objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability",
 *     slo: "99.5", window: { kind: "rolling", days: 28 } }] });
 * const docs = JSON.parse(exportOpenSlo([terms], { format: "json" }));
 * [docs.map((d) => d.kind), docs[1].spec.objectives[0].targetPercent, docs[1].spec.timeWindow[0].duration];
 * //=> [["Service", "SLO"], 99.5, "28d"]
 * ```
 *
 * @category Interop
 */
export function exportOpenSlo(terms: readonly SlaTerms[], options: ExportOpenSloOptions = {}): string {
  checkExportArguments(terms, options);
  const format = options.format ?? "yaml";
  const timeZone = options.timeZone ?? "Europe/Riga";
  const docs: Record<string, unknown>[] = [];
  const services = new Set<string>();
  for (const t of terms) {
    if (!services.has(t.serviceId)) {
      services.add(t.serviceId);
      docs.push({ apiVersion: "openslo/v1", kind: "Service", metadata: { name: t.serviceId }, spec: {} });
    }
  }
  for (const t of terms) docs.push(...objectiveDocs(t, timeZone));
  for (const [i, tier] of (options.burnAlerts ?? []).entries()) {
    const name = tier.name ?? `burn-${i}`;
    let threshold = tier.threshold === undefined ? null : Number(tier.threshold);
    if (threshold === null && tier.budgetPercent !== undefined) {
      const window = terms[0]?.objectives[0]?.window;
      if (window?.kind === "rolling") threshold = ((Number(tier.budgetPercent) / 100) * window.days * 1440) / tier.longWindowMinutes;
    }
    if (threshold === null) continue;
    for (const [role, minutes] of [["long", tier.longWindowMinutes], ["short", tier.shortWindowMinutes]] as const) {
      docs.push({
        apiVersion: "openslo/v1",
        kind: "AlertCondition",
        metadata: { name: `${name}-${role}`, annotations: { "kpi-kit/burn-alert": name, "kpi-kit/burn-window": role } },
        spec: {
          description: `kpi-kit multiwindow burn-rate rule ${name}: fires when this and its ${role === "long" ? "short" : "long"} window both exceed the threshold`,
          severity: tier.severity,
          condition: { kind: "burnrate", op: "gt", threshold, lookbackWindow: `${minutes}m`, alertAfter: "0m" },
        },
      });
    }
  }
  return format === "json" ? `${JSON.stringify(docs, null, 2)}\n` : docs.map((d) => stringify(d, { aliasDuplicateObjects: false })).join("---\n");
}
