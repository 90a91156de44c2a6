import { describe, expect, it } from "vitest";
import { exportOpenSlo } from "../../../src/interop/openslo/exportOpenSlo.js";
import { importOpenSlo } from "../../../src/interop/openslo/importOpenSlo.js";
import { validateOpenSlo } from "../../../src/interop/openslo/validateOpenSlo.js";
import { parseSlaTerms, type SlaTermsInput } from "../../../src/model/slaTerms.js";
import type { BurnAlertTier } from "../../../src/sla/evaluateBurnAlerts.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

describe("exportOpenSlo", () => {
  it("throws invalid_argument naming the field when the terms or the options are missing or wrong-shaped", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" },
      objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability", slo: "99.5", window: { kind: "rolling", days: 28 } }],
    });
    const objective = terms.objectives[0]!;
    const cases: [() => unknown, unknown][] = [
      [() => exportOpenSlo(undefined as never), { code: "invalid_argument", path: ["terms"], message: "exportOpenSlo: terms must be an array, not undefined" }],
      [() => exportOpenSlo({} as never), { code: "invalid_argument", path: ["terms"], message: "exportOpenSlo: terms must be an array, not an object" }],
      [() => exportOpenSlo([null] as never), { code: "invalid_argument", path: ["terms", 0], message: "exportOpenSlo: terms[0] must be an object, not null" }],
      [() => exportOpenSlo([{ ...terms, name: undefined }] as never), { code: "invalid_argument", path: ["terms", 0, "name"], message: "exportOpenSlo: terms[0].name must be an object, not undefined" }],
      [() => exportOpenSlo([{ ...terms, recipientGroup: "residents" }] as never), { code: "invalid_argument", path: ["terms", 0, "recipientGroup"], message: "exportOpenSlo: terms[0].recipientGroup must be an object, not string" }],
      // Terms in input form (as importOpenSlo gives them): the message says to parse them first.
      [
        () => exportOpenSlo([{ ...terms, maintenance: undefined }] as never),
        {
          code: "invalid_argument",
          path: ["terms", 0, "maintenance"],
          message: "exportOpenSlo: terms[0].maintenance is missing: exportOpenSlo takes parsed terms (parseSlaTerms fills in the defaults), such as a workspace's; run the terms importOpenSlo gives through parseSlaTerms first",
        },
      ],
      [() => exportOpenSlo([{ ...terms, maintenance: {} }] as never), { code: "invalid_argument", path: ["terms", 0, "maintenance"], message: "exportOpenSlo: terms[0].maintenance must be an array, not an object" }],
      [() => exportOpenSlo([{ ...terms, objectives: undefined }] as never), { code: "invalid_argument", path: ["terms", 0, "objectives"], message: "exportOpenSlo: terms[0].objectives must be an array, not undefined" }],
      [() => exportOpenSlo([{ ...terms, objectives: [null] }] as never), { code: "invalid_argument", path: ["terms", 0, "objectives", 0], message: "exportOpenSlo: terms[0].objectives[0] must be an object, not null" }],
      [
        () => exportOpenSlo([{ ...terms, objectives: [{ ...objective, window: undefined }] }] as never),
        { code: "invalid_argument", path: ["terms", 0, "objectives", 0, "window"], message: "exportOpenSlo: terms[0].objectives[0].window must be an object, not undefined" },
      ],
      [() => exportOpenSlo([terms], null as never), { code: "invalid_argument", path: ["options"], message: "exportOpenSlo: options must be an object, not null" }],
      [() => exportOpenSlo([terms], { burnAlerts: {} } as never), { code: "invalid_argument", path: ["options", "burnAlerts"], message: "exportOpenSlo: options.burnAlerts must be an array, not an object" }],
      [() => exportOpenSlo([terms], { burnAlerts: [null] } as never), { code: "invalid_argument", path: ["options", "burnAlerts", 0], message: "exportOpenSlo: options.burnAlerts[0] must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});

// Every field of SlaTerms (and of its objectives and maintenance windows) set, in three sets of terms: two for one
// service (residents and businesses, both with an objective "avail"), one for a service whose id is not an OpenSLO
// name; and two burn-alert rules, one named with an accent, one without a name.
const FULL: SlaTermsInput[] = [
  {
    id: "sla-portal-residents", serviceId: "svc-eservice-portal",
    name: { lv: "Portāla PLV iedzīvotājiem", en: "Portal SLA for residents" },
    recipientGroup: { lv: "Iedzīvotāji", en: "Residents" },
    calendarId: "riga-business", validFrom: "2026-01-01", validTo: "2027-12-31",
    objectives: [
      { id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability", kpiId: "kpi-availability", slo: "99.5",
        window: { kind: "calendar", grain: "month" }, budgeting: { method: "timeslices", sliceMinutes: 5 }, serviceHoursOnly: true, priority: "P1" },
      { id: "Atbilde 8 h", name: { lv: "Pirmā atbilde", en: "First response" }, indicator: "response_time", slo: "95",
        window: { kind: "rolling", days: 28 }, deadlineBusinessHours: 8 },
    ],
    maintenance: [
      { kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120, reason: { lv: "Apkope", en: "Upkeep" } },
      { kind: "one_off", start: "2026-03-01T00:00:00Z", end: "2026-03-01T04:00:00Z" },
    ],
  },
  {
    id: "sla-portal-businesses", serviceId: "svc-eservice-portal",
    name: { lv: "Portāla PLV uzņēmumiem", en: "Portal SLA for businesses" },
    recipientGroup: { lv: "Uzņēmumi", en: "Businesses" },
    objectives: [
      { id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability", slo: "99.9",
        window: { kind: "rolling", days: 30 }, budgeting: { method: "ratio_timeslices", sliceMinutes: 1, threshold: "99" } },
      { id: "resolve", name: { lv: "Atrisināšana", en: "Resolution" }, indicator: "resolution_time", slo: "90",
        window: { kind: "calendar", grain: "quarter" }, deadlineBusinessDays: 2 },
    ],
  },
  {
    id: "sla-permits", serviceId: "Būvatļaujas", name: { lv: "Būvatļauju PLV", en: "Building permit SLA" },
    objectives: [
      { id: "page-load", name: { lv: "Lapas ielāde", en: "Page load" }, indicator: "threshold", threshold: { value: 2000, comparison: "at_most" },
        slo: "99", window: { kind: "calendar", grain: "year" } },
    ],
  },
];
const TIERS: BurnAlertTier[] = [
  { name: "Lapa ātri", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, threshold: 14.4 },
  { severity: "ticket", longWindowMinutes: 4320, shortWindowMinutes: 360, threshold: "1" },
];

interface Doc {
  kind: string;
  metadata: { name: string; displayName?: string; annotations?: Record<string, string>; labels?: Record<string, unknown> };
  spec: Record<string, unknown>;
}

describe("exportOpenSlo and the fields OpenSLO has no place for", () => {
  const terms = FULL.map((t) => parseSlaTerms(t));
  const exported = exportOpenSlo(terms, { format: "json", burnAlerts: TIERS });
  const docs = JSON.parse(exported.text) as Doc[];
  const doc = (kind: string, name: string) => docs.find((d) => d.kind === kind && d.metadata.name === name);
  const residents = {
    "kpi-kit/terms-id": "sla-portal-residents",
    "kpi-kit/terms-name-lv": "Portāla PLV iedzīvotājiem",
    "kpi-kit/terms-name-en": "Portal SLA for residents",
    "kpi-kit/recipient-group-lv": "Iedzīvotāji",
    "kpi-kit/recipient-group-en": "Residents",
    "kpi-kit/valid-from": "2026-01-01",
    "kpi-kit/valid-to": "2027-12-31",
    "kpi-kit/calendar-id": "riga-business",
  };

  it("names every object with an RFC 1123 label, unique per kind, made from the id when the id is not one", () => {
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      "Service/svc-eservice-portal", "Service/buvatlaujas",
      "SLO/avail", "SLO/atbilde-8-h", "SLO/avail-2", "SLO/resolve", "SLO/page-load",
      "AlertCondition/lapa-atri-long", "AlertCondition/lapa-atri-short", "AlertCondition/burn-1-long", "AlertCondition/burn-1-short",
    ]);
    expect(doc("Service", "buvatlaujas")?.metadata.annotations).toEqual({ "kpi-kit/service-id": "Būvatļaujas" });
    expect(doc("Service", "svc-eservice-portal")?.metadata.annotations).toBeUndefined();
    expect(validateOpenSlo([{ file: "full.json", text: exported.text }], { strict: true })).toMatchObject({ valid: true, issues: [] });
    expect(exported.lost).toEqual([]);
  });

  it("writes the terms' recipient group, validity, calendar and maintenance, and the objective's own fields, as annotations", () => {
    const first = doc("SLO", "avail")?.metadata.annotations ?? {};
    expect({ ...first, "kpi-kit/maintenance": JSON.parse(first["kpi-kit/maintenance"] ?? "null") as unknown }).toEqual({
      ...residents,
      "kpi-kit/maintenance": [
        { kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120, reason: { lv: "Apkope", en: "Upkeep" } },
        // Its instants as ISO-8601 text: Date.UTC(2026, 2, 1) and four hours later.
        { kind: "one_off", start: "2026-03-01T00:00:00.000Z", end: "2026-03-01T04:00:00.000Z" },
      ],
      "kpi-kit/objective-name-lv": "Pieejamība",
      "kpi-kit/objective-name-en": "Availability",
      "kpi-kit/indicator": "availability",
      "kpi-kit/kpi-id": "kpi-availability",
      "kpi-kit/service-hours-only": "true",
      "kpi-kit/priority": "P1",
      "kpi-kit/calendar-window": "1",
    });
    // The terms-level fields on every SLO of the terms (maintenance on the first only); the id of an objective named
    // otherwise.
    expect(doc("SLO", "atbilde-8-h")?.metadata.annotations).toEqual({
      ...residents,
      "kpi-kit/objective-id": "Atbilde 8 h",
      "kpi-kit/objective-name-lv": "Pirmā atbilde",
      "kpi-kit/objective-name-en": "First response",
      "kpi-kit/indicator": "response_time",
      "kpi-kit/deadline-business-hours": "8",
    });
    expect(doc("SLO", "avail-2")?.metadata.annotations).toEqual({
      "kpi-kit/terms-id": "sla-portal-businesses",
      "kpi-kit/terms-name-lv": "Portāla PLV uzņēmumiem",
      "kpi-kit/terms-name-en": "Portal SLA for businesses",
      "kpi-kit/recipient-group-lv": "Uzņēmumi",
      "kpi-kit/recipient-group-en": "Businesses",
      "kpi-kit/objective-id": "avail",
      "kpi-kit/objective-name-lv": "Pieejamība",
      "kpi-kit/objective-name-en": "Availability",
      "kpi-kit/indicator": "availability",
    });
    expect(doc("SLO", "resolve")?.metadata.annotations?.["kpi-kit/deadline-business-days"]).toBe("2");
    expect(doc("SLO", "page-load")?.metadata.annotations?.["kpi-kit/service-id"]).toBe("Būvatļaujas");
  });

  it("writes what OpenSLO has a field for in that field", () => {
    expect(doc("SLO", "avail-2")?.spec).toMatchObject({
      service: "svc-eservice-portal",
      timeWindow: [{ duration: "30d", isRolling: true }],
      budgetingMethod: "RatioTimeslices",
      objectives: [{ displayName: "Availability", targetPercent: 99.9, timeSliceTarget: 0.99, timeSliceWindow: "1m" }],
    });
    expect(doc("SLO", "page-load")?.spec).toMatchObject({
      service: "buvatlaujas",
      indicator: { metadata: { name: "page-load-sli" }, spec: { thresholdMetric: { metricSource: { type: "kpi-kit" } } } },
      timeWindow: [{ duration: "1Y", isRolling: false, calendar: { startTime: "2000-01-01 00:00:00", timeZone: "Europe/Riga" } }],
      budgetingMethod: "Occurrences",
      objectives: [{ displayName: "Page load", targetPercent: 99, op: "lte", value: 2000 }],
    });
    expect(doc("AlertCondition", "lapa-atri-long")?.metadata).toEqual({
      name: "lapa-atri-long", displayName: "Lapa ātri",
      annotations: { "kpi-kit/burn-alert": "lapa-atri", "kpi-kit/burn-window": "long", "kpi-kit/burn-alert-name": "Lapa ātri" },
    });
    expect(doc("AlertCondition", "burn-1-short")?.metadata).toEqual({
      name: "burn-1-short", annotations: { "kpi-kit/burn-alert": "burn-1", "kpi-kit/burn-window": "short" },
    });
    expect(doc("AlertCondition", "burn-1-short")?.spec).toMatchObject({
      severity: "ticket", condition: { kind: "burnrate", op: "gt", threshold: 1, lookbackWindow: "360m", alertAfter: "0m" },
    });
  });

  it("follows the spec's rules for annotation keys (README, Notes (General Schema))", () => {
    // "key have two segments: an optional prefix and name, separated by a slash": the name at most 63 characters,
    // alphanumeric at both ends with dashes, underscores, dots and alphanumerics between; the prefix a DNS subdomain
    // (DNS labels separated by dots, at most 253 characters); openslo.com/ is reserved.
    const dnsLabel = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";
    const key = new RegExp(`^((?=[^/]{1,253}/)${dnsLabel}(\\.${dnsLabel})*/)?[A-Za-z0-9]([-_.A-Za-z0-9]{0,61}[A-Za-z0-9])?$`);
    const keys = docs.flatMap((d) => Object.keys(d.metadata.annotations ?? {}));
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => !key.test(k) || k.startsWith("openslo.com/"))).toEqual([]);
    expect(docs.filter((d) => d.metadata.labels !== undefined)).toEqual([]);
  });

  it("imports back every field and rule it wrote, reporting no loss either way", () => {
    for (const format of ["yaml", "json"] as const) {
      const { text, lost } = exportOpenSlo(terms, { format, burnAlerts: TIERS });
      expect(lost).toEqual([]);
      const back = importOpenSlo([{ file: `full.${format}`, text }]);
      expect(back.terms.map((t) => parseSlaTerms(t))).toEqual(terms);
      // A threshold given as the decimal string "1" comes back as the number 1.
      expect(back.burnAlerts).toEqual([
        { name: "Lapa ātri", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, threshold: 14.4 },
        { severity: "ticket", longWindowMinutes: 4320, shortWindowMinutes: 360, threshold: 1 },
      ]);
      expect(back.lost).toEqual([]);
    }
  });
});

describe("exportOpenSlo and the burn-alert rules OpenSLO cannot hold", () => {
  const rolling = parseSlaTerms({ id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" },
    objectives: [{ id: "avail", name: { lv: "P", en: "A" }, indicator: "availability", slo: "99.9", window: { kind: "rolling", days: 30 } }] });
  const monthly = parseSlaTerms({ ...FULL[2]!, objectives: [{ ...FULL[0]!.objectives[0]! }] });

  it("writes a budgetPercent rule for a rolling window with its threshold, keeping budgetPercent in an annotation", () => {
    const tier: BurnAlertTier = { name: "page 1h/5m", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, budgetPercent: "2" };
    const { text, lost } = exportOpenSlo([rolling], { format: "json", burnAlerts: [tier] });
    expect(lost).toEqual([]);
    const long = (JSON.parse(text) as Doc[]).find((d) => d.metadata.name === "page-1h-5m-long");
    // The SRE workbook's figure: 2 % of a 30-day budget in one hour is a burn rate of 2/100 × 30 × 1440 / 60 = 14.4.
    expect(long?.spec["condition"]).toMatchObject({ threshold: 14.4, lookbackWindow: "60m" });
    expect(long?.metadata.annotations?.["kpi-kit/budget-percent"]).toBe("2");
    expect(importOpenSlo([{ file: "o.json", text }]).burnAlerts).toEqual([tier]);
  });

  it("leaves out, and lists in lost, each rule it cannot write", () => {
    const tiers: BurnAlertTier[] = [
      { name: "page 1h/5m", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, budgetPercent: "2" },
      { name: "slow", severity: "ticket", longWindowMinutes: 90.5, shortWindowMinutes: 5, threshold: 2 },
      { severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, threshold: 14.4, budgetPercent: "2" },
      { name: "none", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5 },
      { name: "exact", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, threshold: "14.40000000000000000001" },
    ];
    const { text, lost } = exportOpenSlo([monthly], { format: "json", burnAlerts: tiers });
    expect(lost).toEqual([
      `burn alert "page 1h/5m": budgetPercent 2 becomes a threshold only with the length of a rolling window (budgetPercent / 100 × days × 1440 / longWindowMinutes), and the first objective's window is a calendar month; the rule is not exported (give it a threshold instead)`,
      `burn alert "slow": longWindowMinutes 90.5 is not a whole number of minutes above 0, as an OpenSLO lookbackWindow needs; the rule is not exported`,
      "burn alert #2: gives both threshold and budgetPercent, where a rule takes one; the rule is not exported",
      `burn alert "none": gives neither threshold nor budgetPercent; the rule is not exported`,
      `burn alert "exact": threshold 14.40000000000000000001 is written as 14.4, the nearest number OpenSLO can hold`,
    ]);
    // Only the last rule is written, as its two conditions.
    expect((JSON.parse(text) as Doc[]).filter((d) => d.kind === "AlertCondition").map((d) => d.metadata.name)).toEqual(["exact-long", "exact-short"]);
  });
});
