// Shared fast-check arbitraries, one per model noun. Bounded, NaN-free numbers; inputs shaped as users write them.
import { fc } from "@fast-check/vitest";
import { steps } from "./fixtures.js";

const text = fc.record({ lv: fc.string({ minLength: 1, maxLength: 12 }), en: fc.string({ minLength: 1, maxLength: 12 }) });
export const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);

/** A local date in 2020–2030. */
export const localDateArb = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A calendar input. */
export const calendarArb = fc.record({
  id: fc.constant("main"),
  timeZone: fc.constantFrom("UTC", "Europe/Riga", "America/New_York", "Australia/Sydney", "Asia/Kolkata"),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  publicHolidays: fc.constantFrom("none", "lv"),
});

/** A scope tree input: one national root, then municipalities, institutions, services and resources. */
export const scopeTreeArb = fc
  .record({ municipalities: fc.integer({ min: 1, max: 3 }), institutions: fc.integer({ min: 1, max: 3 }), services: fc.integer({ min: 1, max: 3 }) })
  .map(({ municipalities, institutions, services }) => {
    const nodes: Record<string, unknown>[] = [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }];
    for (let m = 0; m < municipalities; m++) {
      nodes.push({ id: `m${m}`, kind: "municipality", name: { lv: `Novads ${m}`, en: `Municipality ${m}` }, parentId: "lv" });
      for (let i = 0; i < institutions; i++) {
        const inst = `m${m}-i${i}`;
        nodes.push({ id: inst, kind: "institution", name: { lv: `Iestāde ${i}`, en: `Institution ${i}` }, parentId: `m${m}` });
        nodes.push({ id: `${inst}-r`, kind: "resource", name: { lv: "Sistēma", en: "System" }, parentId: inst });
        for (let s = 0; s < services; s++) {
          nodes.push({
            id: `${inst}-s${s}`,
            kind: "service",
            name: { lv: `Pakalpojums ${s}`, en: `Service ${s}` },
            parentId: inst,
            resourceIds: [`${inst}-r`],
          });
        }
      }
    }
    return nodes;
  });

const ratioKpi = (id: string) => ({
  id,
  name: { lv: "Laikā", en: "In time" },
  description: { lv: "Daļa laikā.", en: "Share in time." },
  indicator: "lagging",
  category: "effectiveness",
  unit: "%",
  direction: "higher_is_better",
  measure: { kind: "ratio" },
  aggregation: "ratio_of_sums",
  rollUp: "ratio_of_sums",
  frequency: "monthly",
  procedure: { steps, collection: "automated" },
  ownerRoleId: "service_owner",
  scopeKinds: ["service", "institution", "municipality", "national"],
  level: "core",
});

/** A KPI definition input (lagging ratio, or leading count driving `lagging-0`). */
export const kpiArb = (i: number): fc.Arbitrary<Record<string, unknown>> =>
  i === 0
    ? fc.constant(ratioKpi("lagging-0"))
    : fc.record({
        precision: fc.integer({ min: 0, max: 3 }),
        lag: fc.integer({ min: 0, max: 6 }),
        sign: fc.constantFrom("positive", "negative"),
        name: text,
      }).map(({ precision, lag, sign, name }) => ({
        ...ratioKpi(`leading-${i}`),
        name,
        indicator: "leading",
        unit: "cases",
        direction: "lower_is_better",
        measure: { kind: "count" },
        aggregation: "sum",
        rollUp: "sum",
        precision,
        drivers: [{ laggingKpiId: "lagging-0", sign, lagPeriods: lag }],
      }));

/** A valid workspace input with non-overlapping targets. */
export const workspaceArb = fc
  .record({
    calendar: calendarArb,
    scopes: scopeTreeArb,
    kpiCount: fc.integer({ min: 1, max: 4 }),
    targetYears: fc.uniqueArray(fc.integer({ min: 2020, max: 2030 }), { minLength: 0, maxLength: 3 }),
    targetValue: fc.double({ min: 0, max: 100, noNaN: true }),
  })
  .chain(({ calendar, scopes, kpiCount, targetYears, targetValue }) =>
    fc.tuple(...Array.from({ length: kpiCount }, (_, i) => kpiArb(i))).map((kpis) => {
      const service = scopes.find((s) => s["kind"] === "service")?.["id"];
      return {
        name: { lv: "Darba telpa", en: "Workspace" },
        calendars: [calendar],
        scopes,
        kpis,
        targets: targetYears.map((y) => ({
          id: `t-${y}`,
          kpiId: "lagging-0",
          scopeId: service,
          validFrom: `${y}-01-01`,
          validTo: `${y + 1}-01-01`,
          kind: "at_least",
          value: targetValue,
        })),
      };
    }),
  );
