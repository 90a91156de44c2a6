import { stringify } from "yaml";
import { KpiError } from "../../errors.js";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import type { SlaTerms } from "../../model/slaTerms.js";
import type { BurnAlertTier } from "../../sla/evaluateBurnAlerts.js";
import { openSloNameFor, plainDecimal } from "./_lib/openSloNames.js";

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

/** The result of {@link exportOpenSlo}. @category Interop */
export interface OpenSloExport {
  /** The documents: a YAML multi-document stream, or a JSON array. */
  readonly text: string;
  /**
   * What could not be written, one sentence each naming the rule: reported, never dropped silently. Every field of
   * the SLA terms is written (kpi-kit's own in `kpi-kit/…` annotations); what can be lost is a burn-rate rule OpenSLO
   * cannot hold (see docs/interop.md).
   */
  readonly lost: readonly string[];
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
 * each with a `name` object, a `recipientGroup` object when given, an `objectives` list and a `maintenance` list, each
 * objective an object with `name`, `window` and `budgeting` objects; `options` an object whose `burnAlerts`, when
 * given, is a list of objects.
 */
function checkExportArguments(terms: readonly SlaTerms[], options: ExportOpenSloOptions): void {
  const where = "exportOpenSlo";
  requireArray(terms, where, "terms", ["terms"]);
  terms.forEach((t, i) => {
    requireObject(t, where, `terms[${i}]`, ["terms", i]);
    requireObject(t.name, where, `terms[${i}].name`, ["terms", i, "name"]);
    if (t.recipientGroup !== undefined) requireObject(t.recipientGroup, where, `terms[${i}].recipientGroup`, ["terms", i, "recipientGroup"]);
    if (t.maintenance === undefined) {
      // Terms as importOpenSlo gives them (input form, defaults not filled in): say what to do with them.
      throw new KpiError("invalid_argument", `${where}: terms[${i}].maintenance is missing: exportOpenSlo takes parsed terms (parseSlaTerms fills in the defaults), such as a workspace's; run the terms importOpenSlo gives through parseSlaTerms first`, {
        path: ["terms", i, "maintenance"],
      });
    }
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

/** The names given so far, per kind: OpenSLO names are unique per kind, kpi-kit ids only per set of terms. */
interface Names {
  readonly services: Map<string, string>;
  readonly slos: Set<string>;
}

function objectiveDocs(terms: SlaTerms, timeZone: string, names: Names): Record<string, unknown>[] {
  const service = names.services.get(terms.serviceId) ?? terms.serviceId;
  return terms.objectives.map((o, i) => {
    const name = openSloNameFor(o.id, names.slos);
    // Terms-level fields on every SLO of the terms (maintenance on the first only), so that each SLO file is whole.
    const annotations: Record<string, string> = {
      "kpi-kit/terms-id": terms.id,
      "kpi-kit/terms-name-lv": terms.name.lv,
      "kpi-kit/terms-name-en": terms.name.en,
    };
    if (terms.recipientGroup !== undefined) {
      annotations["kpi-kit/recipient-group-lv"] = terms.recipientGroup.lv;
      annotations["kpi-kit/recipient-group-en"] = terms.recipientGroup.en;
    }
    if (terms.validFrom !== undefined) annotations["kpi-kit/valid-from"] = terms.validFrom;
    if (terms.validTo !== undefined) annotations["kpi-kit/valid-to"] = terms.validTo;
    if (terms.calendarId !== undefined) annotations["kpi-kit/calendar-id"] = terms.calendarId;
    if (service !== terms.serviceId) annotations["kpi-kit/service-id"] = terms.serviceId;
    // A one-off window's instants as ISO-8601 text (UTC), as a person reads and writes them, not epoch milliseconds.
    if (i === 0 && terms.maintenance.length > 0) {
      const windows = terms.maintenance.map((w) => (w.kind === "one_off" ? { ...w, start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() } : w));
      annotations["kpi-kit/maintenance"] = JSON.stringify(windows);
    }
    if (name !== o.id) annotations["kpi-kit/objective-id"] = o.id;
    annotations["kpi-kit/objective-name-lv"] = o.name.lv;
    annotations["kpi-kit/objective-name-en"] = o.name.en;
    annotations["kpi-kit/indicator"] = o.indicator;
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
      metadata: { name, displayName: o.name.en, annotations },
      spec: {
        service,
        indicator: { metadata: { name: `${name}-sli`.slice(0, 63).replace(/-+$/, "") }, spec: indicatorSpec },
        timeWindow: [timeWindow],
        budgetingMethod,
        objectives: [objective],
      },
    };
  });
}

/** A decimal's text without a sign, leading zeros or trailing fraction zeros ("014.40" → "14.4"), or null. */
function canonicalDecimal(text: string): string | null {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*$/.exec(text);
  if (m === null) return null;
  const int = (m[1] ?? "0").replace(/^0+(?=\d)/, "");
  const frac = (m[2] ?? "").replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

/** A rule's two AlertConditions, or null after saying in `lost` why the rule is not exported. */
function burnAlertDocs(tier: BurnAlertTier, i: number, terms: readonly SlaTerms[], taken: Set<string>, lost: string[]): Record<string, unknown>[] | null {
  const where = `burn alert ${tier.name === undefined ? `#${i}` : JSON.stringify(tier.name)}`;
  for (const key of ["longWindowMinutes", "shortWindowMinutes"] as const) {
    const minutes = tier[key];
    if (!(Number.isInteger(minutes) && minutes > 0)) {
      lost.push(`${where}: ${key} ${String(minutes)} is not a whole number of minutes above 0, as an OpenSLO lookbackWindow needs; the rule is not exported`);
      return null;
    }
  }
  const annotations: Record<string, string> = {};
  let threshold: number;
  if (tier.threshold !== undefined && tier.budgetPercent !== undefined) {
    lost.push(`${where}: gives both threshold and budgetPercent, where a rule takes one; the rule is not exported`);
    return null;
  } else if (tier.threshold !== undefined) {
    threshold = Number(tier.threshold);
    if (!(Number.isFinite(threshold) && threshold > 0)) {
      lost.push(`${where}: threshold ${String(tier.threshold)} is not a positive number; the rule is not exported`);
      return null;
    }
    if (typeof tier.threshold === "string" && canonicalDecimal(tier.threshold) !== plainDecimal(threshold)) {
      lost.push(`${where}: threshold ${tier.threshold} is written as ${plainDecimal(threshold)}, the nearest number OpenSLO can hold`);
    }
  } else if (tier.budgetPercent !== undefined) {
    const percent = Number(tier.budgetPercent);
    const window = terms[0]?.objectives[0]?.window;
    if (!(Number.isFinite(percent) && percent > 0)) {
      lost.push(`${where}: budgetPercent ${String(tier.budgetPercent)} is not a positive number; the rule is not exported`);
      return null;
    }
    if (window?.kind !== "rolling") {
      const what = window === undefined ? "there is no objective" : `the first objective's window is a calendar ${window.grain}`;
      lost.push(`${where}: budgetPercent ${String(tier.budgetPercent)} becomes a threshold only with the length of a rolling window (budgetPercent / 100 × days × 1440 / longWindowMinutes), and ${what}; the rule is not exported (give it a threshold instead)`);
      return null;
    }
    threshold = (percent * window.days * 1440) / (100 * tier.longWindowMinutes);
    annotations["kpi-kit/budget-percent"] = typeof tier.budgetPercent === "number" ? plainDecimal(tier.budgetPercent) : String(tier.budgetPercent).trim();
  } else {
    lost.push(`${where}: gives neither threshold nor budgetPercent; the rule is not exported`);
    return null;
  }
  const base = openSloNameFor(tier.name ?? `burn-${i}`, taken, "-short".length);
  taken.add(`${base}-long`).add(`${base}-short`);
  if (tier.name !== undefined) annotations["kpi-kit/burn-alert-name"] = tier.name;
  return (["long", "short"] as const).map((role) => ({
    apiVersion: "openslo/v1",
    kind: "AlertCondition",
    metadata: {
      name: `${base}-${role}`,
      ...(tier.name === undefined ? {} : { displayName: tier.name }),
      annotations: { "kpi-kit/burn-alert": base, "kpi-kit/burn-window": role, ...annotations },
    },
    spec: {
      description: `kpi-kit multiwindow burn-rate rule ${base}: fires when this and its ${role === "long" ? "short" : "long"} window both exceed the threshold`,
      severity: tier.severity,
      condition: { kind: "burnrate", op: "gt", threshold, lookbackWindow: `${role === "long" ? tier.longWindowMinutes : tier.shortWindowMinutes}m`, alertAfter: "0m" },
    },
  }));
}

/**
 * Exports kpi-kit SLA terms (and burn-rate alert rules) to OpenSLO v1 documents, as YAML or JSON text.
 *
 * @remarks
 * One `Service` per service and one `SLO` per objective. OpenSLO names are RFC 1123 labels, unique per kind: an id
 * that is not such a label, or that another set of terms uses too, gets a name made from it (`Pieejamība` →
 * `pieejamiba`, a second `avail` → `avail-2`) and travels in an annotation. Every kpi-kit field with no OpenSLO field
 * (the terms' id, names, recipient group, validity dates, calendar and maintenance; an objective's indicator, KPI,
 * deadline, service-hours-only and priority) travels in a `kpi-kit/…` annotation, so that {@link importOpenSlo}
 * restores it. A multiwindow burn-rate rule has no single-condition form in OpenSLO v1 (one `lookbackWindow` per
 * condition): it becomes two `AlertCondition`s, `<rule>-long` and `<rule>-short`, paired by the annotations
 * `kpi-kit/burn-alert` and `kpi-kit/burn-window`. A rule OpenSLO cannot hold is left out and listed in `lost`: one
 * given by `budgetPercent` when the first objective's window is not rolling (the threshold is scaled to the window's
 * days), one whose windows are not whole minutes. See docs/interop.md.
 *
 * @param terms - Parsed SLA terms.
 * @param options - See {@link ExportOpenSloOptions}.
 * @returns The documents as text, and what could not be written.
 * @throws {@link KpiError} `invalid_argument` for missing or wrong-shaped arguments: `terms` not an array (path
 * `["terms"]`), a set of terms not an object (path `["terms", i]`) or its `name`, `recipientGroup`, `maintenance` or
 * `objectives` not an object or array (path `["terms", i, field]`), an objective or its `name`, `window` or
 * `budgeting` not an object (path `["terms", i, "objectives", j]` or `["terms", i, "objectives", j, field]`),
 * `options` not an object (path `["options"]`) or `options.burnAlerts` not an array of objects (path
 * `["options", "burnAlerts"]` or `["options", "burnAlerts", k]`).
 *
 * @example
 * ```ts
 * const terms = parseSlaTerms({ id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" }, validTo: "2027-12-31",
 *   objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability",
 *     slo: "99.5", window: { kind: "rolling", days: 28 } }] });
 * const { text, lost } = exportOpenSlo([terms], { format: "json" });
 * const docs = JSON.parse(text);
 * [docs.map((d) => d.kind), docs[1].spec.objectives[0].targetPercent, docs[1].spec.timeWindow[0].duration,
 *   docs[1].metadata.annotations["kpi-kit/valid-to"], lost];
 * //=> [["Service", "SLO"], 99.5, "28d", "2027-12-31", []]
 * ```
 *
 * @category Interop
 */
export function exportOpenSlo(terms: readonly SlaTerms[], options: ExportOpenSloOptions = {}): OpenSloExport {
  checkExportArguments(terms, options);
  const format = options.format ?? "yaml";
  const timeZone = options.timeZone ?? "Europe/Riga";
  const docs: Record<string, unknown>[] = [];
  const lost: string[] = [];
  const names: Names = { services: new Map(), slos: new Set() };
  const serviceNames = new Set<string>();
  for (const t of terms) {
    if (!names.services.has(t.serviceId)) {
      const name = openSloNameFor(t.serviceId, serviceNames);
      names.services.set(t.serviceId, name);
      const metadata = name === t.serviceId ? { name } : { name, annotations: { "kpi-kit/service-id": t.serviceId } };
      docs.push({ apiVersion: "openslo/v1", kind: "Service", metadata, spec: {} });
    }
  }
  for (const t of terms) docs.push(...objectiveDocs(t, timeZone, names));
  const conditionNames = new Set<string>();
  for (const [i, tier] of (options.burnAlerts ?? []).entries()) docs.push(...(burnAlertDocs(tier, i, terms, conditionNames, lost) ?? []));
  const text = format === "json" ? `${JSON.stringify(docs, null, 2)}\n` : docs.map((d) => stringify(d, { aliasDuplicateObjects: false })).join("---\n");
  return { text, lost };
}
