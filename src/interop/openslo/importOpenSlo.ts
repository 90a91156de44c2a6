import { KpiError } from "../../errors.js";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import type { SlaTermsInput } from "../../model/slaTerms.js";
import type { BurnAlertTier } from "../../sla/evaluateBurnAlerts.js";
import type { OpenSloAlertCondition, OpenSloDocument, OpenSloSlo } from "./openSloSchemas.js";
import { ALERT_ANNOTATIONS, plainDecimal, SLO_ANNOTATIONS, TERMS_ANNOTATIONS } from "./_lib/openSloNames.js";
import { formatOpenSloIssue, validateOpenSlo, type OpenSloSource } from "./validateOpenSlo.js";

/** The result of {@link importOpenSlo}. @category Interop */
export interface OpenSloImport {
  /** One set of SLA terms per OpenSLO service, its objectives in input order. Parse with `parseSlaTerms`. */
  readonly terms: readonly SlaTermsInput[];
  /** Burn-rate alert rules, from pairs of `AlertCondition`s (see docs/interop.md). */
  readonly burnAlerts: readonly BurnAlertTier[];
  /**
   * Everything kpi-kit cannot express, one sentence each naming the object: reported, never dropped silently
   * (descriptions, SLI display names and metric queries aside, which SLA terms have no place for: docs/interop.md).
   */
  readonly lost: readonly string[];
}

const MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080 };

/** Moves the decimal point of a plain decimal two places right (0.995 → "99.5"), exactly, on the digits. */
function percentOf(fraction: number): string {
  const [int = "0", frac = ""] = plainDecimal(fraction).split(".");
  const digits = `${int}${frac.padEnd(2, "0")}`;
  const whole = digits.slice(0, int.length + 2).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(int.length + 2).replace(/0+$/, "");
  return rest === "" ? whole : `${whole}.${rest}`;
}

function durationMinutes(d: string | number): number | null {
  if (typeof d === "number") return d;
  const unit = d.slice(-1);
  const per = MINUTES[unit];
  return per === undefined ? null : Number(d.slice(0, -1)) * per;
}

function nameOf(displayName: string | undefined, fallback: string, annotations: Record<string, string> | undefined, key: string) {
  const en = annotations?.[`kpi-kit/${key}-en`] ?? displayName ?? fallback;
  return { lv: annotations?.[`kpi-kit/${key}-lv`] ?? en, en };
}

/**
 * Imports OpenSLO v1 sources into kpi-kit SLA terms and burn-rate alert rules.
 *
 * @remarks
 * The sources are validated strictly (an unresolved reference is an error). Each SLO objective becomes one
 * objective: `target` or `targetPercent` as an exact decimal percentage, the time window, the budgeting method; the
 * SLO's `service` becomes the terms' `serviceId`, and the `Service`'s `displayName` the terms' name. There is one set
 * of terms per service, or per service and `kpi-kit/terms-id` annotation, and the `kpi-kit/…` annotations that
 * {@link exportOpenSlo} writes restore what OpenSLO has no field for. What has no kpi-kit form (calendar start times
 * and zones, `lt`/`gt` strictness, composite weights, time-slice targets below 1, an alert condition's `alertAfter`
 * and `gte`, labels and other systems' annotations, alert policies and notification targets) is listed in `lost`.
 * The full mapping is in docs/interop.md.
 *
 * @param sources - OpenSLO texts with their file names.
 * @returns The SLA terms (unparsed input form), burn-alert rules, and what was lost.
 * @throws {@link KpiError} with the first error's code (`invalid_input`, `unknown_reference`, `duplicate_id`,
 * `invalid_slo`, `invalid_time_zone`) and path, its message naming file, document, kind and name; `invalid_argument`
 * for missing or wrong-shaped arguments: `sources` not an array (path `["sources"]`), a source not an object (path
 * `["sources", i]`) or its `file` or `text` not a string (path `["sources", i, "file" | "text"]`).
 *
 * @example
 * ```ts
 * const text = `apiVersion: openslo/v1
 * kind: Service
 * metadata: { name: web }
 * spec: {}
 * ---
 * apiVersion: openslo/v1
 * kind: SLO
 * metadata: { name: avail, displayName: Availability }
 * spec:
 *   service: web
 *   indicator:
 *     metadata: { name: ok }
 *     spec: { ratioMetric: { good: { metricSource: { type: Any } }, total: { metricSource: { type: Any } } } }
 *   timeWindow: [{ duration: 4w, isRolling: true }]
 *   budgetingMethod: Occurrences
 *   objectives: [{ target: 0.995 }]
 * `;
 * const o = importOpenSlo([{ file: "slo.yaml", text }]).terms[0]?.objectives[0];
 * [o?.slo, o?.window];
 * //=> ["99.5", { kind: "rolling", days: 28 }]
 * ```
 *
 * @category Interop
 */
export function importOpenSlo(sources: readonly OpenSloSource[]): OpenSloImport {
  requireArray(sources, "importOpenSlo", "sources", ["sources"]);
  sources.forEach((source, i) => {
    requireObject(source, "importOpenSlo", `sources[${i}]`, ["sources", i]);
    const bad = typeof source.file !== "string" ? "file" : typeof source.text !== "string" ? "text" : null;
    if (bad !== null) throw new KpiError("invalid_argument", `importOpenSlo: sources[${i}].${bad} must be a string`, { path: ["sources", i, bad] });
  });
  const validation = validateOpenSlo(sources, { strict: true });
  const error = validation.issues.find((i) => i.severity === "error");
  if (error !== undefined) {
    throw new KpiError(error.code, `importOpenSlo: ${formatOpenSloIssue(error)}`, { path: error.path });
  }
  const lost: string[] = [];
  const byTerms = new Map<string, TermsEntry>();
  const slis = new Map<string, OpenSloSlo["spec"]["indicator"]>();
  const serviceNames = new Map<string, string>();
  for (const { document: d } of validation.documents) {
    if (d.kind === "SLI") slis.set(d.metadata.name, { metadata: d.metadata, spec: d.spec });
    if (d.kind === "Service" && d.metadata.displayName !== undefined) serviceNames.set(d.metadata.name, d.metadata.displayName);
  }
  const conditions: OpenSloAlertCondition[] = [];
  for (const { document: d } of validation.documents) {
    const where = `${d.kind}/${d.metadata.name}`;
    switch (d.kind) {
      case "SLO":
        reportMetadata(d, SLO_ANNOTATIONS, lost);
        importSlo(d, slis, serviceNames, byTerms, lost);
        break;
      case "AlertCondition":
        reportMetadata(d, ALERT_ANNOTATIONS, lost);
        conditions.push(d);
        break;
      case "AlertPolicy":
      case "AlertNotificationTarget":
        lost.push(`${where}: alert policies and notification targets have no kpi-kit form (alert routing is left to the monitoring system)`);
        break;
      case "DataSource":
        lost.push(`${where}: data sources (connection details) have no kpi-kit form; measurements arrive as files`);
        break;
      case "Service":
        reportMetadata(d, SERVICE_ANNOTATIONS, lost);
        break;
      case "SLI":
        reportMetadata(d, NO_ANNOTATIONS, lost);
        break;
    }
  }
  const terms = [...byTerms.values()].map(({ terms: t, objectives }) => ({ ...t, objectives }) as unknown as SlaTermsInput);
  return { terms, burnAlerts: importBurnAlerts(conditions, lost), lost };
}

/** One set of terms being imported, and the SLO its terms-level fields were read from. */
interface TermsEntry {
  readonly terms: Record<string, unknown>;
  readonly objectives: Record<string, unknown>[];
  readonly first: { readonly name: string; readonly annotations: Readonly<Record<string, string>> };
}

const NO_ANNOTATIONS: ReadonlySet<string> = new Set();
/** exportOpenSlo names a Service whose id is not an OpenSLO name in this annotation (the SLOs carry it too). */
const SERVICE_ANNOTATIONS: ReadonlySet<string> = new Set(["kpi-kit/service-id"]);

/** Labels, and annotations that are not kpi-kit's, have no place in kpi-kit: say so rather than drop them. */
function reportMetadata(d: OpenSloDocument, known: ReadonlySet<string>, lost: string[]): void {
  const where = `${d.kind}/${d.metadata.name}`;
  const labels = Object.keys(d.metadata.labels ?? {});
  const other = Object.keys(d.metadata.annotations ?? {}).filter((key) => !known.has(key));
  const foreign = other.filter((key) => !key.startsWith("kpi-kit/"));
  const unknown = other.filter((key) => key.startsWith("kpi-kit/"));
  if (labels.length > 0) lost.push(`${where}: labels ${labels.join(", ")} have no kpi-kit form`);
  if (foreign.length > 0) lost.push(`${where}: annotations ${foreign.join(", ")} have no kpi-kit form`);
  if (unknown.length > 0) lost.push(`${where}: annotations ${unknown.join(", ")} are not among those kpi-kit reads on ${d.kind} objects (docs/interop.md); ignored`);
}

/** The maintenance windows of a `kpi-kit/maintenance` annotation (JSON), or none when it is not JSON (said in `lost`). */
function maintenanceOf(text: string, where: string, lost: string[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    lost.push(`${where}: annotation kpi-kit/maintenance is not JSON; imported without maintenance windows`);
    return [];
  }
}

function importSlo(
  d: OpenSloSlo,
  slis: ReadonlyMap<string, OpenSloSlo["spec"]["indicator"]>,
  serviceNames: ReadonlyMap<string, string>,
  byTerms: Map<string, TermsEntry>,
  lost: string[],
): void {
  const where = `SLO/${d.metadata.name}`;
  const a = d.metadata.annotations ?? {};
  const service = d.spec.service;
  // One set of terms per service, or per service and kpi-kit terms id: exportOpenSlo writes several sets of terms for
  // one service (for two recipient groups, say) with their ids.
  const key = `${service}\n${a["kpi-kit/terms-id"] ?? ""}`;
  let entry = byTerms.get(key);
  if (entry === undefined) {
    const serviceId = a["kpi-kit/service-id"] ?? service;
    const terms: Record<string, unknown> = {
      id: a["kpi-kit/terms-id"] ?? `openslo-${service}`,
      serviceId,
      name: nameOf(serviceNames.get(service), serviceId, a, "terms-name"),
    };
    const groupLv = a["kpi-kit/recipient-group-lv"];
    const groupEn = a["kpi-kit/recipient-group-en"];
    if (groupLv !== undefined || groupEn !== undefined) terms["recipientGroup"] = { lv: groupLv ?? groupEn, en: groupEn ?? groupLv };
    if (a["kpi-kit/calendar-id"] !== undefined) terms["calendarId"] = a["kpi-kit/calendar-id"];
    if (a["kpi-kit/valid-from"] !== undefined) terms["validFrom"] = a["kpi-kit/valid-from"];
    if (a["kpi-kit/valid-to"] !== undefined) terms["validTo"] = a["kpi-kit/valid-to"];
    if (a["kpi-kit/maintenance"] !== undefined) terms["maintenance"] = maintenanceOf(a["kpi-kit/maintenance"], where, lost);
    entry = { terms, objectives: [], first: { name: d.metadata.name, annotations: a } };
    byTerms.set(key, entry);
  } else {
    for (const field of TERMS_ANNOTATIONS) {
      const value = a[field];
      const first = entry.first.annotations[field];
      if (value !== undefined && value !== first) {
        lost.push(`${where}: annotation ${field} ${JSON.stringify(value)} differs from ${first === undefined ? "none" : JSON.stringify(first)} on SLO/${entry.first.name}, the first SLO of these terms, which is kept`);
      }
    }
  }
  const window = d.spec.timeWindow?.[0];
  let sloWindow: unknown = null;
  if (window === undefined) {
    lost.push(`${where}: no timeWindow; imported as a rolling 28-day window`);
    sloWindow = { kind: "rolling", days: 28 };
  } else if (window.calendar !== undefined || window.isRolling === false) {
    const grain = { "1M": "month", "1Q": "quarter", "1Y": "year" }[window.duration];
    if (grain === undefined) {
      lost.push(`${where}: calendar window ${window.duration} is not one month, quarter or year; imported as a calendar month`);
    }
    sloWindow = { kind: "calendar", grain: grain ?? "month" };
    if (a["kpi-kit/calendar-window"] !== "1") {
      lost.push(`${where}: calendar startTime ${window.calendar?.startTime ?? "?"} and timeZone ${window.calendar?.timeZone ?? "?"}: kpi-kit aligns calendar windows to the period start in the calendar's time zone`);
    }
  } else {
    const minutes = durationMinutes(window.duration);
    if (minutes === null || minutes % 1440 !== 0) {
      lost.push(`${where}: rolling window ${window.duration} is not a whole number of days; imported as ${Math.max(1, Math.round((minutes ?? 43200) / 1440))} days`);
    }
    sloWindow = { kind: "rolling", days: Math.max(1, Math.round((minutes ?? 43200) / 1440)) };
  }
  d.spec.objectives.forEach((o, i) => {
    const prefix = d.spec.objectives.length > 1 ? `${where} objective ${i}` : where;
    const ref = o.indicatorRef ?? d.spec.indicatorRef;
    const sli = o.indicator ?? d.spec.indicator ?? (ref === undefined ? undefined : slis.get(ref));
    const oa = { ...a, ...(o as { annotations?: Record<string, string> }).annotations };
    const objective: Record<string, unknown> = {
      id: d.spec.objectives.length > 1 ? `${d.metadata.name}-${i}` : (a["kpi-kit/objective-id"] ?? d.metadata.name),
      name: nameOf(o.displayName ?? d.metadata.displayName, d.metadata.name, d.spec.objectives.length > 1 ? undefined : a, "objective-name"),
      indicator: a["kpi-kit/indicator"] ?? (sli?.spec.thresholdMetric !== undefined ? "threshold" : "availability"),
      // targetPercent is already in percent: take its digits (dividing by 100 in floating point is inexact).
      slo: o.targetPercent !== undefined ? plainDecimal(o.targetPercent) : percentOf(o.target ?? 0),
      window: sloWindow,
    };
    if (oa["kpi-kit/kpi-id"] !== undefined) objective["kpiId"] = oa["kpi-kit/kpi-id"];
    if (oa["kpi-kit/deadline-business-hours"] !== undefined) objective["deadlineBusinessHours"] = Number(oa["kpi-kit/deadline-business-hours"]);
    if (oa["kpi-kit/deadline-business-days"] !== undefined) objective["deadlineBusinessDays"] = Number(oa["kpi-kit/deadline-business-days"]);
    if (oa["kpi-kit/service-hours-only"] === "true") objective["serviceHoursOnly"] = true;
    if (oa["kpi-kit/priority"] !== undefined) objective["priority"] = oa["kpi-kit/priority"];
    if (sli?.spec.thresholdMetric !== undefined && o.op !== undefined && o.value !== undefined) {
      objective["threshold"] = { value: o.value, comparison: o.op === "lt" || o.op === "lte" ? "at_most" : "at_least" };
      if (o.op === "lt" || o.op === "gt") lost.push(`${prefix}: op ${o.op} is strict; kpi-kit thresholds are inclusive (${o.op}e)`);
    }
    const slice = o.timeSliceWindow === undefined ? null : durationMinutes(o.timeSliceWindow);
    if (d.spec.budgetingMethod !== "Occurrences" && (slice === null || slice > 1440)) {
      lost.push(`${prefix}: timeSliceWindow ${String(o.timeSliceWindow)} is not 1 to 1440 minutes; imported as 1 minute`);
    }
    const sliceMinutes = slice === null || slice > 1440 ? 1 : slice;
    switch (d.spec.budgetingMethod) {
      case "Occurrences":
        objective["budgeting"] = { method: "occurrences" };
        break;
      case "Timeslices":
        objective["budgeting"] = { method: "timeslices", sliceMinutes };
        if (o.timeSliceTarget !== undefined && o.timeSliceTarget !== 1) {
          lost.push(`${prefix}: timeSliceTarget ${o.timeSliceTarget}: in kpi-kit a slice is bad when any outage overlaps it (a target of 1)`);
        }
        break;
      case "RatioTimeslices":
        if (o.timeSliceTarget === undefined) {
          lost.push(`${prefix}: RatioTimeslices without timeSliceTarget; the objective's target is used as the slice threshold`);
        }
        objective["budgeting"] = {
          method: "ratio_timeslices",
          sliceMinutes,
          threshold: o.timeSliceTarget !== undefined ? percentOf(o.timeSliceTarget) : (objective["slo"] as string),
        };
        break;
    }
    if (o.compositeWeight !== undefined) lost.push(`${prefix}: compositeWeight ${o.compositeWeight} has no kpi-kit form`);
    entry.objectives.push(objective);
  });
  if ((d.spec.alertPolicies ?? []).length > 0) lost.push(`${where}: alertPolicies are not imported (see the AlertCondition documents)`);
}

function importBurnAlerts(conditions: readonly OpenSloAlertCondition[], lost: string[]): BurnAlertTier[] {
  const tiers: BurnAlertTier[] = [];
  const pairs = new Map<string, { long?: OpenSloAlertCondition; short?: OpenSloAlertCondition }>();
  for (const c of conditions) {
    const where = `AlertCondition/${c.metadata.name}`;
    const pair = c.metadata.annotations?.["kpi-kit/burn-alert"];
    const role = c.metadata.annotations?.["kpi-kit/burn-window"];
    const { op, alertAfter } = c.spec.condition;
    if (op !== "gt" && op !== "gte") {
      lost.push(`${where}: op ${op} fires on a low burn rate; kpi-kit alerts fire above the threshold`);
      continue;
    }
    if (op === "gte") lost.push(`${where}: op gte also fires at the threshold; kpi-kit alerts fire only above it (gt)`);
    // alertAfter (the spec: how long the condition must hold before it alerts, default 0m) has no BurnAlertTier field.
    if (durationMinutes(alertAfter) !== 0) {
      lost.push(`${where}: alertAfter ${alertAfter}: a kpi-kit burn-rate rule has no delay; it fires as soon as its windows burn above the threshold`);
    }
    if (c.spec.severity !== "page" && c.spec.severity !== "ticket") {
      lost.push(`${where}: severity ${c.spec.severity} is read as page (kpi-kit has page and ticket)`);
    }
    if (pair !== undefined && (role === "long" || role === "short")) {
      const p = pairs.get(pair) ?? {};
      p[role] = c;
      pairs.set(pair, p);
      continue;
    }
    const minutes = durationMinutes(c.spec.condition.lookbackWindow);
    if (minutes === null) {
      lost.push(`${where}: lookbackWindow ${c.spec.condition.lookbackWindow} is not in minutes, hours, days or weeks`);
      continue;
    }
    lost.push(`${where}: a single-window condition becomes a rule whose short window equals its long window`);
    tiers.push(tierOf(c.metadata.name, c, minutes, minutes, lost));
  }
  for (const [key, { long, short }] of pairs) {
    const l = long === undefined ? null : durationMinutes(long.spec.condition.lookbackWindow);
    const s = short === undefined ? null : durationMinutes(short.spec.condition.lookbackWindow);
    if (long === undefined || short === undefined || l === null || s === null) {
      lost.push(`burn alert ${key}: its long and short AlertConditions are not both given`);
      continue;
    }
    if (short.spec.severity !== long.spec.severity || short.spec.condition.threshold !== long.spec.condition.threshold) {
      lost.push(`burn alert ${key}: AlertCondition/${short.metadata.name} has another severity or threshold than AlertCondition/${long.metadata.name}, whose are used`);
    }
    // The rule's own name travels in kpi-kit/burn-alert-name; a rule without one (named by evaluateBurnAlerts from
    // its severity and windows) has none.
    tiers.push(tierOf(long.metadata.annotations?.["kpi-kit/burn-alert-name"], long, l, s, lost));
  }
  return tiers;
}

function tierOf(name: string | undefined, c: OpenSloAlertCondition, long: number, short: number, lost: string[]): BurnAlertTier {
  const severity = c.spec.severity === "ticket" ? "ticket" : "page";
  const tier = { ...(name === undefined ? {} : { name }), severity, longWindowMinutes: long, shortWindowMinutes: short } as const;
  // A rule exported with budgetPercent keeps it (the threshold was computed from the first objective's window).
  const budget = c.metadata.annotations?.["kpi-kit/budget-percent"];
  if (budget !== undefined && /^\d+(\.\d+)?$/.test(budget) && Number(budget) > 0) return { ...tier, budgetPercent: budget };
  if (budget !== undefined) lost.push(`AlertCondition/${c.metadata.name}: annotation kpi-kit/budget-percent ${JSON.stringify(budget)} is not a positive decimal; the threshold is used`);
  return { ...tier, threshold: c.spec.condition.threshold };
}
