import { describe, expect, it } from "vitest";
import { kpiCatalog } from "../../src/catalog/kpiCatalog.js";
import { availabilityKpis } from "../../src/catalog/availabilityKpis.js";
import { capacityKpis } from "../../src/catalog/capacityKpis.js";
import { changeKpis } from "../../src/catalog/changeKpis.js";
import { complaintKpis } from "../../src/catalog/complaintKpis.js";
import { digitalGovernmentKpis } from "../../src/catalog/digitalGovernmentKpis.js";
import { gdsKpis } from "../../src/catalog/gdsKpis.js";
import { incidentKpis } from "../../src/catalog/incidentKpis.js";
import { requestKpis } from "../../src/catalog/requestKpis.js";
import { satisfactionKpis } from "../../src/catalog/satisfactionKpis.js";
import { serviceDeliveryKpis } from "../../src/catalog/serviceDeliveryKpis.js";
import { serviceDeskKpis } from "../../src/catalog/serviceDeskKpis.js";
import { parseKpiDefinition, type KpiDefinition } from "../../src/model/kpiDefinition.js";
import { STANDARD_ROLES } from "../../src/model/role.js";
import { parseWorkspace } from "../../src/model/workspace.js";

const families = {
  satisfactionKpis,
  gdsKpis,
  serviceDeliveryKpis,
  serviceDeskKpis,
  requestKpis,
  complaintKpis,
  incidentKpis,
  availabilityKpis,
  capacityKpis,
  changeKpis,
  digitalGovernmentKpis,
};

const parsed: readonly KpiDefinition[] = kpiCatalog.map((input) => parseKpiDefinition(input));
const byId = new Map(parsed.map((kpi) => [kpi.id as string, kpi]));
const kpi = (id: string): KpiDefinition => {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`missing catalogue KPI ${id}`);
  return found;
};

describe("kpiCatalog", () => {
  it("holds at least 40 definitions when all families are joined", () => {
    expect(kpiCatalog.length).toBeGreaterThanOrEqual(40);
  });

  it("is the concatenation of the family arrays in the documented order", () => {
    const joined = Object.values(families).flat();
    expect(kpiCatalog).toEqual(joined);
    expect(kpiCatalog.length).toBe(joined.length);
  });

  it.each(kpiCatalog.map((input) => [input.id, input] as const))("parses %s with parseKpiDefinition", (_id, input) => {
    expect(() => parseKpiDefinition(input)).not.toThrow();
  });

  it("parses as the KPIs of one workspace, with every cross-reference checked", () => {
    const workspace = parseWorkspace({
      name: { lv: "Katalogs", en: "Catalogue" },
      calendars: [{ timeZone: "Europe/Riga" }],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
      kpis: kpiCatalog,
    });
    expect(workspace.kpis.length).toBe(kpiCatalog.length);
  });

  it("has unique kebab-case ids", () => {
    const ids = kpiCatalog.map((input) => input.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("is frozen all the way down", () => {
    expect(Object.isFrozen(kpiCatalog)).toBe(true);
    for (const family of Object.values(families)) expect(Object.isFrozen(family)).toBe(true);
    for (const input of kpiCatalog) {
      expect(Object.isFrozen(input)).toBe(true);
      expect(Object.isFrozen(input.name)).toBe(true);
      expect(Object.isFrozen(input.measure)).toBe(true);
      expect(Object.isFrozen(input.procedure)).toBe(true);
      expect(Object.isFrozen(input.procedure.steps)).toBe(true);
      expect(Object.isFrozen(input.scopeKinds)).toBe(true);
    }
  });

  it("throws on a write to a nested field when the caller tries to edit an entry", () => {
    const first = kpiCatalog[0]!;
    expect(() => {
      (first.name as { lv: string }).lv = "x";
    }).toThrow(TypeError);
  });

  describe("driver links", () => {
    it("point only to KPIs of the catalogue", () => {
      for (const k of parsed) for (const d of k.drivers) expect(byId.has(d.laggingKpiId)).toBe(true);
    });

    it("go from a leading KPI to a lagging KPI of the same frequency", () => {
      let links = 0;
      for (const k of parsed) {
        for (const d of k.drivers) {
          links += 1;
          expect(k.indicator).toBe("leading");
          expect(kpi(d.laggingKpiId).indicator).toBe("lagging");
          expect(kpi(d.laggingKpiId).frequency).toBe(k.frequency);
        }
      }
      expect(links).toBeGreaterThanOrEqual(5);
    });

    it("form no cycle when followed from every KPI", () => {
      const state = new Map<string, "visiting" | "done">();
      const visit = (id: string): void => {
        if (state.get(id) === "done") return;
        expect(state.get(id)).not.toBe("visiting");
        state.set(id, "visiting");
        for (const d of kpi(id).drivers) visit(d.laggingKpiId);
        state.set(id, "done");
      };
      for (const k of parsed) visit(k.id);
      expect(state.size).toBe(parsed.length);
    });

    it("include the documented links when first-contact resolution and the incident backlog drive satisfaction", () => {
      expect(kpi("first-contact-resolution").drivers).toEqual([
        { laggingKpiId: "recipient-satisfaction", sign: "positive", lagPeriods: 1 },
      ]);
      expect(kpi("incident-backlog-growth").drivers).toContainEqual({
        laggingKpiId: "recipient-satisfaction",
        sign: "negative",
        lagPeriods: 1,
      });
    });
  });

  describe("roll-up rules", () => {
    it("never sum a percentage: ratio_of_sums, recompute, or none for a published estimate", () => {
      for (const k of parsed.filter((x) => x.unit === "%")) {
        expect(["ratio_of_sums", "recompute", "none"]).toContain(k.rollUp);
        if (k.rollUp === "none") expect(k.measure.kind).toBe("value");
      }
    });

    it("pool every ratio measure as a ratio of sums", () => {
      for (const k of parsed.filter((x) => x.measure.kind === "ratio")) {
        expect(k.aggregation).toBe("ratio_of_sums");
        expect(k.rollUp).toBe("ratio_of_sums");
      }
    });

    it("recompute every survey and every duration from the pooled records", () => {
      for (const k of parsed.filter((x) => x.measure.kind === "survey")) expect(k.rollUp).toBe("recompute");
      for (const k of parsed.filter((x) => x.measure.kind === "duration")) {
        expect(k.rollUp).toBe("recompute");
        expect(["mean", "median", "quantile"]).toContain(k.aggregation);
      }
    });

    it("sum counts only when they are summed over time", () => {
      for (const k of parsed.filter((x) => x.rollUp === "sum")) {
        expect(["count", "value"]).toContain(k.measure.kind);
        expect(k.aggregation).toBe("sum");
      }
    });
  });

  describe("required families", () => {
    // Expected facts taken by hand from the KPI catalogue the project was seeded with, kpi-catalog.json (unit, direction, indicator type) and
    // from the brief (measure and roll-up rule), not from the catalogue's own code.
    const required: readonly (readonly [string, string, string, string, string, string])[] = [
      // id, measure kind, rollUp, direction, indicator, unit
      ["recipient-satisfaction", "survey", "recompute", "higher_is_better", "lagging", "%"],
      ["gds-cost-per-transaction", "ratio", "ratio_of_sums", "lower_is_better", "lagging", "EUR"],
      ["gds-user-satisfaction", "survey", "recompute", "higher_is_better", "lagging", "%"],
      ["gds-completion-rate", "ratio", "ratio_of_sums", "higher_is_better", "lagging", "%"],
      ["gds-digital-take-up", "ratio", "ratio_of_sums", "higher_is_better", "lagging", "%"],
      ["first-contact-resolution", "ratio", "ratio_of_sums", "higher_is_better", "leading", "%"],
      ["contact-abandonment-rate", "ratio", "ratio_of_sums", "lower_is_better", "leading", "%"],
      ["average-speed-of-answer", "duration", "recompute", "lower_is_better", "leading", "seconds"],
      ["incident-resolution-time", "duration", "recompute", "lower_is_better", "lagging", "hours"],
      ["incident-resolved-within-target", "ratio", "ratio_of_sums", "higher_is_better", "lagging", "%"],
      ["request-fulfilled-within-sla", "ratio", "ratio_of_sums", "higher_is_better", "lagging", "%"],
      ["service-availability", "ratio", "ratio_of_sums", "higher_is_better", "lagging", "%"],
      ["change-success-rate", "ratio", "ratio_of_sums", "higher_is_better", "lagging", "%"],
      ["emergency-change-rate", "ratio", "ratio_of_sums", "lower_is_better", "leading", "%"],
      ["complaint-rate", "ratio", "ratio_of_sums", "lower_is_better", "lagging", "per 1,000 cases"],
      ["complaint-resolution-within-deadline", "ratio", "ratio_of_sums", "higher_is_better", "lagging", "%"],
      ["capacity-utilisation", "value", "none", "target_band", "leading", "%"],
      ["response-time-p95", "duration", "recompute", "lower_is_better", "leading", "ms"],
      ["service-case-volume", "count", "sum", "target_band", "leading", "cases"],
    ];

    it("gives every unit that Intl does not localise in both languages", () => {
      // Plain-string units must be codes the reports localise; anything else is a { lv, en } unit.
      for (const k of kpiCatalog) if (typeof k.unit === "string") expect(["%", "EUR", "days", "hours", "seconds", "ms"]).toContain(k.unit);
    });

    it.each(required)("defines %s with its measure, roll-up, direction, indicator and unit", (id, kind, rollUp, direction, indicator, unit) => {
      const k = kpi(id);
      // A unit in both languages is compared by its English plural ("cases"), the form the source file gives.
      const english = typeof k.unit === "string" ? k.unit : typeof k.unit.en === "string" ? k.unit.en : k.unit.en.other;
      expect([k.measure.kind, k.rollUp, k.direction, k.indicator, english]).toEqual([kind, rollUp, direction, indicator, unit]);
    });

    it("measures recipients' satisfaction as CSAT top-two-box on a 1–5 scale", () => {
      expect(kpi("recipient-satisfaction").measure).toEqual({ kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 });
      expect(kpi("recipient-satisfaction").aggregation).toBe("survey");
    });

    it("divides total cost by transactions with scale 1 for cost per transaction", () => {
      const measure = kpi("gds-cost-per-transaction").measure;
      expect(measure.kind === "ratio" ? measure.scale : null).toBe(1);
    });

    it("uses percentiles for the p95 KPIs", () => {
      expect([kpi("response-time-p95").aggregation, kpi("response-time-p95").quantile]).toEqual(["quantile", 0.95]);
      expect([kpi("capacity-utilisation").aggregation, kpi("capacity-utilisation").quantile]).toEqual(["quantile", 0.95]);
    });

    it("scales the per-1,000 and per-100,000 rates", () => {
      const scale = (id: string) => {
        const m = kpi(id).measure;
        return m.kind === "ratio" ? m.scale : null;
      };
      expect([scale("complaint-rate"), scale("justified-complaint-rate"), scale("security-incident-rate")]).toEqual([
        1000, 1000, 100_000,
      ]);
    });
  });

  describe("descriptive fields", () => {
    it("has a measurement procedure of 2 to 4 steps for every KPI", () => {
      for (const k of parsed) {
        expect(k.procedure.steps.length).toBeGreaterThanOrEqual(2);
        expect(k.procedure.steps.length).toBeLessThanOrEqual(4);
      }
    });

    it("names an owner role that is held at one of the KPI's scope kinds", () => {
      for (const k of parsed) {
        const role = STANDARD_ROLES.find((r) => r.id === k.ownerRoleId);
        expect(role, k.id).toBeDefined();
        expect(role!.scopeKinds.some((s) => k.scopeKinds.includes(s)), k.id).toBe(true);
      }
    });

    it("lists at least one PU task and one N condition for every KPI", () => {
      for (const k of parsed) {
        expect(k.puTasks.length, k.id).toBeGreaterThan(0);
        expect(k.conditions.length, k.id).toBeGreaterThan(0);
      }
    });

    it("gives percentages a valid range of 0 to 100", () => {
      for (const k of parsed.filter((x) => x.unit === "%")) expect(k.validRange).toEqual({ min: 0, max: 100 });
    });
  });

  describe("Latvian texts", () => {
    const latvianTexts = (k: KpiDefinition) => [
      ["name", k.name] as const,
      ["description", k.description] as const,
      ...k.procedure.steps.map((s, i) => [`step ${i + 1}`, s] as const),
    ];

    it("differ from the English texts", () => {
      for (const k of parsed) for (const [where, text] of latvianTexts(k)) expect(text.lv, `${k.id} ${where}`).not.toBe(text.en);
    });

    it("contain Latvian letters with diacritics in every description and every procedure", () => {
      // A short name may do without ("Atbildes laika 95. procentile"); a sentence of Latvian cannot.
      for (const k of parsed) {
        expect(k.description.lv, k.id).toMatch(/[āčēģīķļņšūž]/i);
        expect(k.procedure.steps.map((s) => s.lv).join(" "), k.id).toMatch(/[āčēģīķļņšūž]/i);
      }
    });

    it("contain no common untranslated English words", () => {
      const english = /\b(the|of|and|or|rate|time|share|score|per|with|service|services|user|users|incident|request|cost|mean|average|satisfaction|complaint|change|within)\b/i;
      for (const k of parsed) for (const [where, text] of latvianTexts(k)) expect(text.lv, `${k.id} ${where}`).not.toMatch(english);
    });
  });
});
