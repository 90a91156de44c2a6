// Small named samples shared by the tests. Plain JSON-like inputs, parsed by the code under test.
import type { KpiDefinitionInput } from "../src/model/kpiDefinition.js";

export const steps = [{ lv: "Saskaita gadījumus sistēmā.", en: "Count the cases in the system." }];

/** A ratio KPI in percent (share of permits decided in time). */
export const permitsInTime = {
  id: "permits-in-time",
  name: { lv: "Laikā pieņemtie lēmumi", en: "Decisions made in time" },
  description: { lv: "Lēmumu daļa, kas pieņemta likumā noteiktajā termiņā.", en: "Share of decisions made within the legal deadline." },
  indicator: "lagging",
  category: "effectiveness",
  unit: "%",
  direction: "higher_is_better",
  measure: { kind: "ratio", scale: 100 },
  aggregation: "ratio_of_sums",
  rollUp: "ratio_of_sums",
  frequency: "monthly",
  procedure: { steps, collection: "automated" },
  ownerRoleId: "service_owner",
  scopeKinds: ["service", "institution", "municipality"],
  level: "core",
} satisfies KpiDefinitionInput;

/** A leading count KPI (open applications) that drives the ratio KPI negatively. */
export const backlog = {
  id: "backlog",
  name: { lv: "Neizskatītie iesniegumi", en: "Open applications" },
  description: { lv: "Neizskatīto iesniegumu skaits mēneša beigās.", en: "Open applications at the end of the month." },
  indicator: "leading",
  category: "efficiency",
  unit: "applications",
  direction: "lower_is_better",
  measure: { kind: "count" },
  aggregation: "last",
  rollUp: "last",
  frequency: "daily",
  procedure: { steps, collection: "automated" },
  ownerRoleId: "service_owner",
  scopeKinds: ["service"],
  level: "core",
  drivers: [{ laggingKpiId: "permits-in-time", sign: "negative", lagPeriods: 1 }],
} satisfies KpiDefinitionInput;

export const scopes = [
  { id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null },
  { id: "ezer", kind: "municipality", name: { lv: "Ezerkrasta novads", en: "Ezerkrasts Municipality" }, parentId: "lv" },
  { id: "admin", kind: "institution", name: { lv: "Administrācija", en: "Administration" }, parentId: "ezer" },
  {
    id: "permits",
    kind: "service",
    name: { lv: "Būvatļaujas", en: "Building permits" },
    parentId: "admin",
    lifecyclePhase: "delivery_or_use",
    lifeSituations: ["Mājokļa būvniecība / Building a home"],
    resourceIds: ["dms"],
  },
  { id: "dms", kind: "resource", name: { lv: "Dokumentu vadības sistēma", en: "Document management system" }, parentId: "admin" },
];

/** A small valid workspace input; each test copies it with structuredClone before changing it. */
export function workspaceInput(): Record<string, unknown> & {
  scopes: Record<string, unknown>[];
  kpis: Record<string, unknown>[];
  targets: Record<string, unknown>[];
} {
  return structuredClone({
    name: { lv: "Piemērs", en: "Example" },
    calendars: [{ id: "riga", timeZone: "Europe/Riga" }],
    scopes,
    roleAssignments: [{ roleId: "service_owner", scopeId: "permits", holder: { name: "Ilze Ozola" }, from: "2025-01-01" }],
    kpis: [permitsInTime, backlog],
    goals: [{ id: "g1", scopeId: "ezer", name: { lv: "Ātrāki lēmumi", en: "Faster decisions" }, leadingKpiIds: ["backlog"], laggingKpiIds: ["permits-in-time"] }],
    annotations: [{ id: "a1", at: "2025-06-01T00:00:00+03:00", scopeId: "permits", text: { lv: "Jauna e-pakalpojuma ieviešana", en: "New e-service launched" } }],
    targets: [
      { id: "t2025", kpiId: "permits-in-time", scopeId: "permits", validFrom: "2025-01-01", validTo: "2026-01-01", kind: "at_least", value: 90 },
      { id: "t2026", kpiId: "permits-in-time", scopeId: "permits", validFrom: "2026-01-01", kind: "at_least", value: 95 },
    ],
    slaTerms: [],
  });
}
