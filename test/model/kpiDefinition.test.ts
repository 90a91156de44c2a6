import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { explainRollUpConflict, MeasureSchema, parseKpiDefinition, TimeAggregationSchema } from "../../src/model/kpiDefinition.js";
import { MEASURE_KINDS } from "../../src/model/_lib/measureKinds.js";
import { TIME_AGGREGATIONS } from "../../src/model/_lib/timeAggregations.js";
import { backlog, permitsInTime } from "../fixtures.js";

describe("parseKpiDefinition", () => {
  it("matches the documented example", () => {
    const kpi = parseKpiDefinition({
      id: "first-contact-resolution",
      name: { lv: "Atrisināts pirmajā kontaktā", en: "First-contact resolution" },
      description: { lv: "Pieprasījumu daļa, kas atrisināta pirmajā kontaktā.", en: "Share of requests resolved at first contact." },
      indicator: "leading", category: "effectiveness", unit: "%", direction: "higher_is_better",
      measure: { kind: "ratio" }, aggregation: "ratio_of_sums", rollUp: "ratio_of_sums", frequency: "monthly",
      procedure: { steps: [{ lv: "Saskaita pieprasījumus.", en: "Count the requests." }], collection: "automated" },
      ownerRoleId: "service_owner", scopeKinds: ["service", "institution"], level: "core",
    });
    expect(kpi.precision).toBe(1);
  });

  it("defaults the ratio scale to 100 and the lists to empty", () => {
    const kpi = parseKpiDefinition(permitsInTime);
    expect(kpi.measure).toEqual({ kind: "ratio", scale: 100 });
    expect(kpi.drivers).toEqual([]);
    expect(kpi.puTasks).toEqual([]);
  });

  it("keeps parsing a unit written as one plain string, the earlier form", () => {
    expect(parseKpiDefinition({ ...backlog, unit: "applications" }).unit).toBe("applications");
  });

  it("parses a unit in both languages, with plural forms or one word", () => {
    const unit = { lv: { one: "iesniegums", other: "iesniegumi", zero: "iesniegumu" }, en: "applications" };
    expect(parseKpiDefinition({ ...backlog, unit }).unit).toEqual(unit);
  });

  it("refuses a unit in both languages that lacks a language or a plural form, naming the field", () => {
    expect(() => parseKpiDefinition({ ...backlog, unit: { lv: "iesniegumi" } })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: expect.arrayContaining(["unit"]) }),
    );
    expect(() => parseKpiDefinition({ ...backlog, unit: { lv: { one: "iesniegums" }, en: "applications" } })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: expect.arrayContaining(["unit"]) }),
    );
  });

  it("refuses an aggregation the measure cannot have", () => {
    expect(() => parseKpiDefinition({ ...permitsInTime, aggregation: "mean" })).toThrowError(
      expect.objectContaining({ code: "invalid_rollup", path: ["aggregation"] }),
    );
  });

  it("refuses sum of a percentage value KPI", () => {
    const kpi = { ...backlog, drivers: [], unit: "%", aggregation: "sum", rollUp: "sum" };
    expect(() => parseKpiDefinition(kpi)).toThrowError(expect.objectContaining({ code: "invalid_rollup", path: ["rollUp"] }));
  });

  it("requires quantile p with a quantile aggregation", () => {
    const kpi = { ...backlog, drivers: [], measure: { kind: "duration" }, aggregation: "quantile", rollUp: "recompute" };
    expect(() => parseKpiDefinition(kpi)).toThrowError(expect.objectContaining({ path: ["quantile"] }));
    expect(parseKpiDefinition({ ...kpi, quantile: 0.9 }).quantile).toBe(0.9);
  });

  it("refuses a driver link on a lagging KPI and a self-link", () => {
    expect(() =>
      parseKpiDefinition({ ...permitsInTime, drivers: [{ laggingKpiId: "x", sign: "positive" }] }),
    ).toThrowError(expect.objectContaining({ path: ["drivers"] }));
    expect(() =>
      parseKpiDefinition({ ...backlog, drivers: [{ laggingKpiId: "backlog", sign: "positive" }] }),
    ).toThrowError(expect.objectContaining({ code: "cycle", path: ["drivers", 0, "laggingKpiId"] }));
  });

  it("refuses a survey statistic on the wrong scale", () => {
    const survey = { ...permitsInTime, measure: { kind: "survey", statistic: "nps", scaleMin: 1, scaleMax: 5 }, aggregation: "survey", rollUp: "recompute" };
    expect(() => parseKpiDefinition(survey)).toThrowError(expect.objectContaining({ path: ["measure", "scaleMax"] }));
  });
});

describe("explainRollUpConflict", () => {
  it("matches the documented example", () => {
    expect(explainRollUpConflict({ kind: "ratio" }, "ratio_of_sums", "sum", "%")).toBe(
      "sum cannot combine a percentage: add the numerators and denominators instead (ratio_of_sums)",
    );
  });

  it("accepts the natural pairs", () => {
    expect(explainRollUpConflict({ kind: "count" }, "sum", "sum", "cases")).toBeNull();
    expect(explainRollUpConflict({ kind: "weighted" }, "weighted_mean", "weighted_mean", "points")).toBeNull();
    expect(explainRollUpConflict({ kind: "duration" }, "median", "recompute", "days")).toBeNull();
    expect(explainRollUpConflict({ kind: "ratio" }, "ratio_of_sums", "min", "%")).toBeNull();
    // A stock (open applications at period end) sums across services.
    expect(explainRollUpConflict({ kind: "count" }, "last", "sum", "applications")).toBeNull();
  });

  it("refuses sum of a mean, ratio_of_sums of a value, weighted_mean without weights, last of a sum", () => {
    expect(explainRollUpConflict({ kind: "value" }, "mean", "sum", "EUR")).not.toBeNull();
    expect(explainRollUpConflict({ kind: "value" }, "sum", "ratio_of_sums", "EUR")).not.toBeNull();
    expect(explainRollUpConflict({ kind: "value" }, "mean", "weighted_mean", "EUR")).not.toBeNull();
    expect(explainRollUpConflict({ kind: "count" }, "sum", "last", "cases")).not.toBeNull();
    expect(explainRollUpConflict({ kind: "ratio" }, "ratio_of_sums", "recompute", "%")).not.toBeNull();
  });

  it("throws invalid_argument for a roll-up rule that is not one (it returned undefined, neither null nor a reason)", () => {
    expect(kpiErrorOf(() => explainRollUpConflict({ kind: "count" }, "sum", "average" as never, "cases"))).toEqual({
      code: "invalid_argument",
      path: ["rollUp"],
      message: 'explainRollUpConflict: "average" is not a roll-up rule (sum, ratio_of_sums, weighted_mean, min, max, last, recompute, none)',
    });
    expect(kpiErrorOf(() => explainRollUpConflict({ kind: "count" }, "sum", undefined as never, "cases"))?.path).toEqual(["rollUp"]);
  });
});

describe("explainRollUpConflict: wrong-shaped arguments", () => {
  it("throws invalid_argument when measure is missing or not an object", () => {
    const error = (measure: unknown) => kpiErrorOf(() => explainRollUpConflict(measure as never, "sum", "sum", "count"));
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: [], message: "explainRollUpConflict: measure must be an object, not undefined" });
    expect(error(null)).toEqual({ code: "invalid_argument", path: [], message: "explainRollUpConflict: measure must be an object, not null" });
    expect(error("ratio")).toEqual({ code: "invalid_argument", path: [], message: "explainRollUpConflict: measure must be an object, not string" });
  });
});

// The lists that the checks without zod read (checkAggregationKpi) are the schemas' own.
describe("the model's lists of measure kinds and time aggregations", () => {
  it("name exactly the kinds of MeasureSchema and the values of TimeAggregationSchema", () => {
    const kinds = MeasureSchema.options.map((member) => {
      const shape = ("unwrap" in member ? member.unwrap() : member) as { shape?: { kind?: { value?: unknown } } };
      return shape.shape?.kind?.value;
    });
    expect(kinds).toEqual([...MEASURE_KINDS]);
    expect(TimeAggregationSchema.options).toEqual([...TIME_AGGREGATIONS]);
  });
});
