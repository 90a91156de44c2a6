import { parseWorkspace } from "../../src/model/workspace.js";
import { parseMeasurement } from "../../src/model/measurement.js";
import type { Measurement } from "../../src/model/measurement.js";

/** A small workspace: one municipality, one institution, one service with a ratio KPI, a target and SLA terms. */
export const fixtureWorkspace = parseWorkspace({
  name: { lv: "Testa novads", en: "Test municipality" },
  calendars: [{ id: "utc", timeZone: "UTC" }],
  scopes: [
    { id: "town", kind: "municipality", name: { lv: "Pilsēta", en: "Town" }, parentId: null },
    { id: "office", kind: "institution", name: { lv: "Birojs", en: "Office" }, parentId: "town" },
    { id: "svc", kind: "service", name: { lv: "Pakalpojums", en: "Service" }, parentId: "office" },
  ],
  kpis: [
    {
      id: "fcr",
      name: { lv: "Atrisināts pirmajā kontaktā", en: "First-contact resolution" },
      description: { lv: "Daļa pieprasījumu, kas atrisināti pirmajā kontaktā.", en: "Share of requests resolved at first contact." },
      indicator: "leading", category: "effectiveness", unit: "%", precision: 1, direction: "higher_is_better",
      measure: { kind: "ratio" }, aggregation: "ratio_of_sums", rollUp: "ratio_of_sums", frequency: "monthly",
      procedure: { steps: [{ lv: "Saskaita pieprasījumus.", en: "Count the requests." }], dataSource: "CRM", collection: "automated" },
      ownerRoleId: "service_owner", scopeKinds: ["service", "institution"], level: "core",
    },
  ],
  targets: [{ id: "t-fcr", kpiId: "fcr", scopeId: "svc", validFrom: "2026-01-01", kind: "at_least", value: 80 }],
  annotations: [
    { id: "ann-1", at: "2026-03-15T00:00:00Z", scopeId: "svc", kpiId: "fcr", kind: "note", text: { lv: "Jauns skripts.", en: "New call script." } },
  ],
  slaTerms: [
    {
      id: "sla-svc", serviceId: "svc", name: { lv: "PLL", en: "SLA" },
      objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability", slo: "99", window: { kind: "calendar", grain: "month" } }],
    },
  ],
});

const raw = [
  { id: "m1", kpiId: "fcr", subjectId: "svc", at: "2026-01-10T00:00:00Z", numerator: 70, denominator: 100, recordedAt: "2026-01-11T00:00:00Z" },
  { id: "m2", kpiId: "fcr", subjectId: "svc", at: "2026-01-20T00:00:00Z", numerator: 30, denominator: 40, recordedAt: "2026-01-21T00:00:00Z" },
  { id: "m3", kpiId: "fcr", subjectId: "svc", at: "2026-02-10T00:00:00Z", numerator: 160, denominator: 200, recordedAt: "2026-02-11T00:00:00Z" },
  { id: "m4", kpiId: "fcr", subjectId: "svc", at: "2026-03-10T00:00:00Z", numerator: 85, denominator: 100, recordedAt: "2026-03-11T00:00:00Z" },
  { id: "m5", kpiId: "fcr", subjectId: "svc", at: "2026-03-20T00:00:00Z", numerator: 5, denominator: 10, status: "provisional", recordedAt: "2026-03-21T00:00:00Z" },
  // A correction of February recorded after asOf: not known yet, so it must not count.
  { id: "m3b", kpiId: "fcr", subjectId: "svc", at: "2026-02-10T00:00:00Z", numerator: 100, denominator: 200, supersedes: "m3", status: "revised", recordedAt: "2026-05-01T00:00:00Z" },
];

/** The fixture's measurements. */
export const fixtureMeasurements: Measurement[] = raw.map((r) => parseMeasurement(r));

/** One two-hour outage of the service in March. */
export const fixtureOutages = [{ id: "out-1", serviceId: "svc", start: Date.parse("2026-03-10T10:00:00Z"), end: Date.parse("2026-03-10T12:00:00Z") }];

/** asOf: after March, before the February correction was recorded. */
export const fixtureAsOf = "2026-04-10T00:00:00Z";
