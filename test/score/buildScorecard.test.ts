import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { parseTarget } from "../../src/model/target.js";
import { buildScorecard } from "../../src/score/buildScorecard.js";

const nodes = [
  { id: "lv", parentId: null },
  { id: "riga", parentId: "lv" },
];
const marchUtc = { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) };

describe("buildScorecard", () => {
  it("matches the documented example", () => {
    // csat: 76 / 80 = 0.95 → amber (≥ 0.9), inherited from lv; lead_time: 5 / 4 = 1.25 → green, own
    const kpis = [
      { id: "csat", direction: "higher_is_better", aggregation: "survey" },
      { id: "lead_time", direction: "lower_is_better", aggregation: "median" },
    ] as const;
    const targets = [
      { id: "t1", kpiId: "csat", scopeId: "lv", validFrom: "2026-01-01", kind: "at_least", value: 80 },
      { id: "t2", kpiId: "lead_time", scopeId: "riga", validFrom: "2026-01-01", kind: "at_most", value: 5 },
    ] as const;
    const card = buildScorecard(
      { csat: 76, lead_time: 4 },
      { scopeId: "riga", period: { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) }, kpis, targets },
      { scopeNodes: [{ id: "lv", parentId: null }, { id: "riga", parentId: "lv" }] },
    );
    expect(card.rows.map((r) => [r.kpiId, r.attainment, r.status, r.targetSource])).toEqual([
      ["csat", 0.95, "amber", "inherited"],
      ["lead_time", 1.25, "green", "own"],
    ]);
  });

  it("accepts parsed model targets and uses their RAG thresholds", () => {
    const target = parseTarget({
      id: "t1", kpiId: "csat", scopeId: "riga", validFrom: "2026-01-01", kind: "at_least", value: 80,
      rag: { green: 0.95, amber: 0.85 },
    });
    // 76 / 80 = 0.95 → green with green threshold 0.95
    const card = buildScorecard(
      { csat: 76 },
      { scopeId: "riga", period: marchUtc, kpis: [{ id: "csat", direction: "higher_is_better", aggregation: "mean" }], targets: [target] },
    );
    expect(card.rows[0]?.status).toBe("green");
    expect(card.rows[0]?.target).toBe(target);
  });

  it("explains rows without a score and counts them as no_data", () => {
    const kpis = [
      { id: "a", direction: "higher_is_better", aggregation: "mean" },
      { id: "b", direction: "higher_is_better", aggregation: "mean" },
      { id: "c", direction: "higher_is_better", aggregation: "mean" },
    ] as const;
    const targets = [
      { kpiId: "a", scopeId: "riga", validFrom: "2026-01-01", kind: "at_least", value: 10 },
      { kpiId: "c", scopeId: "riga", validFrom: "2026-01-01", kind: "at_least", value: 0 },
    ] as const;
    // a has no value; b has no target; c's target 0 makes the ratio undefined
    const card = buildScorecard({ a: null, b: 5, c: 3 }, { scopeId: "riga", period: marchUtc, kpis, targets });
    expect(card.rows.map((r) => [r.status, r.gap])).toEqual([
      ["no_data", "no_data"],
      ["no_data", "no_target"],
      ["no_data", "undefined_score"],
    ]);
    expect(card.counts).toEqual({ green: 0, amber: 0, red: 0, no_data: 3 });
    expect(card.composite.raw).toBeNull();
    expect(card.composite.items.map((i) => i.excluded)).toEqual(["no_data", "no_target", "undefined_score"]);
  });

  it("scores against the trajectory's value at the period's last instant", () => {
    // step milestones: 60 from 01-01, 70 from 03-15, 80 from 04-01 → March (UTC) ends planning 70; 63 / 70 = 0.9
    const targets = [
      {
        kpiId: "k", scopeId: "riga", validFrom: "2026-01-01", kind: "at_least", value: 80,
        trajectory: {
          interpolation: "step",
          milestones: [
            { date: "2026-01-01", value: 60 },
            { date: "2026-03-15", value: 70 },
            { date: "2026-04-01", value: 80 },
          ],
        },
      },
    ] as const;
    const card = buildScorecard(
      { k: 63 },
      { scopeId: "riga", period: marchUtc, kpis: [{ id: "k", direction: "higher_is_better", aggregation: "mean" }], targets },
    );
    expect(card.rows[0]?.scoredAgainst).toBe(70);
    expect(card.rows[0]?.attainment).toBeCloseTo(0.9, 12);
    expect(card.rows[0]?.status).toBe("amber");
  });

  it("pro-rates a cumulative KPI's target when asOf falls inside the period", () => {
    // Riga March 2026 = 743 h; asOf = local midnight starting 30 March = 695 h in. Target 743 cases → 695 expected.
    // 556 cases so far: 556 / 695 = 0.8 → red; progress from baseline 371.5 (pro-rated 371.5 · 695/743 = 347.5):
    // (556 − 347.5) / (695 − 347.5) = 208.5 / 347.5 = 0.6
    const march = { start: Date.UTC(2026, 1, 28, 22), end: Date.UTC(2026, 2, 31, 21) };
    const targets = [{ kpiId: "cases", scopeId: "riga", validFrom: "2026-01-01", kind: "at_least", value: 743, baseline: 371.5 }] as const;
    const card = buildScorecard(
      { cases: 556 },
      { scopeId: "riga", period: march, kpis: [{ id: "cases", direction: "higher_is_better", aggregation: "sum" }], targets },
      { calendar: { timeZone: "Europe/Riga" }, asOf: Date.UTC(2026, 2, 29, 21) },
    );
    const row = card.rows[0];
    expect(row?.expected?.prorated).toBe(true);
    expect(row?.expected?.fraction).toBeCloseTo(695 / 743, 12);
    expect(row?.scoredAgainst).toBeCloseTo(695, 9);
    expect(row?.attainment).toBeCloseTo(0.8, 12);
    expect(row?.progress?.unclamped).toBeCloseTo(0.6, 12);
    expect(row?.status).toBe("red");
  });

  it("does not pro-rate a non-cumulative KPI", () => {
    const targets = [{ kpiId: "csat", scopeId: "riga", validFrom: "2026-01-01", kind: "at_least", value: 80 }] as const;
    const card = buildScorecard(
      { csat: 80 },
      { scopeId: "riga", period: marchUtc, kpis: [{ id: "csat", direction: "higher_is_better", aggregation: "mean" }], targets },
      { asOf: Date.UTC(2026, 2, 10) },
    );
    expect(card.rows[0]?.expected?.prorated).toBe(false);
    expect(card.rows[0]?.attainment).toBe(1);
  });

  it("scores a band target with the band score", () => {
    // [95, 98] t = 5: 99 → 0.8 → red
    const targets = [{ kpiId: "temp", scopeId: "riga", validFrom: "2026-01-01", kind: "between", lo: 95, hi: 98, tolerance: 5 }] as const;
    const card = buildScorecard(
      { temp: 99 },
      { scopeId: "riga", period: marchUtc, kpis: [{ id: "temp", direction: "target_band", aggregation: "mean" }], targets },
    );
    expect(card.rows[0]?.attainment).toBeCloseTo(0.8, 12);
    expect(card.rows[0]?.scoredAgainst).toBeNull();
    expect(card.rows[0]?.status).toBe("red");
  });

  it("weighs the composite by the given weights", () => {
    // a: 90/100 = 0.9, b: 120/100 = 1.2; weights 3 and 1 → raw (2.7 + 1.2)/4 = 0.975, capped (2.7 + 1)/4 = 0.925
    const kpis = [
      { id: "a", direction: "higher_is_better", aggregation: "mean" },
      { id: "b", direction: "higher_is_better", aggregation: "mean" },
    ] as const;
    const targets = [
      { kpiId: "a", scopeId: "lv", validFrom: "2026-01-01", kind: "at_least", value: 100 },
      { kpiId: "b", scopeId: "lv", validFrom: "2026-01-01", kind: "at_least", value: 100 },
    ] as const;
    const card = buildScorecard({ a: 90, b: 120 }, { scopeId: "lv", period: marchUtc, kpis, targets }, { weights: { a: 3 } });
    expect(card.composite.raw).toBeCloseTo(0.975, 12);
    expect(card.composite.capped).toBeCloseTo(0.925, 12);
    expect(card.counts).toEqual({ green: 1, amber: 1, red: 0, no_data: 0 });
  });

  it("throws invalid_argument when the target's kind does not match the KPI's direction", () => {
    const targets = [{ kpiId: "k", scopeId: "lv", validFrom: "2026-01-01", kind: "at_most", value: 5 }] as const;
    expect(() =>
      buildScorecard({ k: 1 }, { scopeId: "lv", period: marchUtc, kpis: [{ id: "k", direction: "higher_is_better", aggregation: "mean" }], targets }),
    ).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["targets", 0, "kind"] }));
  });

  it("throws when a value is not finite, a weight is negative or a KPI is listed twice", () => {
    const kpis = [{ id: "k", direction: "higher_is_better", aggregation: "mean" }] as const;
    const context = { scopeId: "lv", period: marchUtc, kpis, targets: [] };
    expect(() => buildScorecard({ k: Number.NaN }, context)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["values", "k"] }),
    );
    expect(() => buildScorecard({ k: 1 }, context, { weights: { k: -1 } })).toThrowError(
      expect.objectContaining({ code: "invalid_weight", path: ["weights", "k"] }),
    );
    expect(() => buildScorecard({}, { ...context, kpis: [kpis[0], kpis[0]] })).toThrowError(
      expect.objectContaining({ code: "duplicate_id", path: ["kpis", 1, "id"] }),
    );
  });

  it("passes on overlapping_targets from target resolution", () => {
    const targets = [
      { kpiId: "k", scopeId: "riga", validFrom: "2026-01-01", kind: "at_least", value: 5 },
      { kpiId: "k", scopeId: "riga", validFrom: "2026-02-01", kind: "at_least", value: 6 },
    ] as const;
    expect(() =>
      buildScorecard({ k: 1 }, { scopeId: "riga", period: marchUtc, kpis: [{ id: "k", direction: "higher_is_better", aggregation: "mean" }], targets }, { scopeNodes: nodes }),
    ).toThrowError(expect.objectContaining({ code: "overlapping_targets", path: ["targets", 1] }));
  });

  it("treats a KPI id such as constructor as an ordinary key", () => {
    const kpis = [{ id: "constructor", direction: "higher_is_better", aggregation: "mean" }] as const;
    const card = buildScorecard({}, { scopeId: "lv", period: marchUtc, kpis, targets: [] });
    expect(card.rows[0]?.value).toBeNull();
  });
});

describe("buildScorecard: wrong-shaped arguments", () => {
  it("throws invalid_argument for values, context, its period, KPIs and targets, or options of the wrong shape", () => {
    const context = { scopeId: "riga", period: { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) }, kpis: [], targets: [] };
    const error = (values: unknown, ctx: unknown, options?: unknown) => kpiErrorOf(() => buildScorecard(values as never, ctx as never, options as never));
    const bad = (path: unknown[], what: string) => ({ code: "invalid_argument", path, message: `buildScorecard: ${what}` });
    expect(error(undefined, context)).toEqual(bad(["values"], "values must be an object, not undefined"));
    expect(error(null, context)).toEqual(bad(["values"], "values must be an object, not null"));
    expect(error({}, undefined)).toEqual(bad(["context"], "context must be an object, not undefined"));
    expect(error({}, 1)).toEqual(bad(["context"], "context must be an object, not number"));
    expect(error({}, {})).toEqual(bad(["period"], "context.period must be an object, not undefined"));
    expect(error({}, { ...context, kpis: undefined })).toEqual(bad(["kpis"], "context.kpis must be an array, not undefined"));
    expect(error({}, { ...context, targets: {} })).toEqual(bad(["targets"], "context.targets must be an array, not an object"));
    expect(error({}, { ...context, kpis: [null] })).toEqual(bad(["kpis", 0], "context.kpis[0] must be an object, not null"));
    expect(error({}, context, null)).toEqual(bad(["options"], "options must be an object, not null"));
    expect(error({}, context, { scopeNodes: {} })).toEqual(bad(["scopeNodes"], "options.scopeNodes must be an array, not an object"));
    expect(error({}, context)).toBeNull();
  });
});

describe("buildScorecard: references and the errors of target resolution", () => {
  const kpis = [{ id: "recipient-satisfaction", direction: "higher_is_better", aggregation: "mean" }] as const;
  const targets = [
    { kpiId: "recipient-satisfaction", scopeId: "lv", validFrom: "2026-01-01", kind: "at_least", value: 80 },
  ] as const;
  const context = { scopeId: "riga", period: marchUtc, kpis, targets };

  it("refuses a value for a KPI id that context.kpis does not have (a misspelt id)", () => {
    expect(kpiErrorOf(() => buildScorecard({ "recipient-satisfation": 74.4 }, context, { scopeNodes: nodes }))).toEqual({
      code: "unknown_reference",
      path: ["values", "recipient-satisfation"],
      message: 'buildScorecard: values has a value for "recipient-satisfation", which is not the id of a KPI in context.kpis',
    });
    // Even with the KPI's own value present, and for a null value.
    expect(kpiErrorOf(() => buildScorecard({ "recipient-satisfaction": 74.4, extra: null }, context))).toMatchObject({
      code: "unknown_reference",
      path: ["values", "extra"],
    });
    expect(kpiErrorOf(() => buildScorecard({ "recipient-satisfaction": 74.4 }, context))).toBeNull();
  });

  it("reports a scope node missing from the scope tree as its own error, on the path of context.scopeId", () => {
    const expected = {
      code: "unknown_reference",
      path: ["scopeId"],
      message: 'buildScorecard: context.scopeId "nope" is not a node of options.scopeNodes',
    };
    expect(kpiErrorOf(() => buildScorecard({}, { ...context, scopeId: "nope" }, { scopeNodes: nodes }))).toEqual(expected);
    // Also when the node has targets of its own, so the tree would not have been walked.
    const own = [{ ...targets[0], scopeId: "nope" }];
    expect(kpiErrorOf(() => buildScorecard({}, { ...context, scopeId: "nope", targets: own }, { scopeNodes: nodes }))).toEqual(expected);
    expect(kpiErrorOf(() => buildScorecard({}, { ...context, scopeId: 7 as never }))).toEqual({
      code: "invalid_argument",
      path: ["scopeId"],
      message: "buildScorecard: context.scopeId must be a string, not number",
    });
  });

  it("tells the errors of the functions it calls as its own, on the paths of its arguments", () => {
    // Overlapping targets: found by target resolution, reported by buildScorecard.
    const overlapping = [targets[0], { ...targets[0], validFrom: "2026-02-01" }];
    expect(kpiErrorOf(() => buildScorecard({}, { ...context, scopeId: "lv", targets: overlapping }))).toEqual({
      code: "overlapping_targets",
      path: ["targets", 1],
      message: 'buildScorecard: two targets for KPI "recipient-satisfaction" at scope "lv" are in force on 2026-03-01',
    });
    // A bad period start.
    expect(kpiErrorOf(() => buildScorecard({}, { ...context, period: { start: Number.NaN, end: marchUtc.end } }))).toMatchObject({
      code: "non_finite",
      path: ["period", "start"],
      message: expect.stringMatching(/^buildScorecard: /),
    });
    // A malformed trajectory (read by plannedValue) is on the path of the target in context.targets.
    const trajectory = { interpolation: "step", milestones: [{ date: "2026-01-01", value: Number.NaN }] } as const;
    expect(kpiErrorOf(() => buildScorecard({}, { ...context, scopeId: "lv", targets: [{ ...targets[0], trajectory }] }))).toEqual({
      code: "non_finite",
      path: ["targets", 0, "trajectory", "milestones", 0, "value"],
      message: "buildScorecard: a milestone value must be finite",
    });
    // A non-finite target value (read by scoreAttainment as the value scored against).
    expect(kpiErrorOf(() => buildScorecard({}, { ...context, scopeId: "lv", targets: [{ ...targets[0], value: Number.NaN }] }))).toEqual({
      code: "non_finite",
      path: ["targets", 0, "value"],
      message: "buildScorecard: the target value must be a finite number",
    });
    // Bad RAG thresholds (read by ragStatus).
    const rag = { green: 1, amber: Number.NaN };
    expect(kpiErrorOf(() => buildScorecard({}, { ...context, scopeId: "lv", targets: [{ ...targets[0], rag }] }))).toMatchObject({
      code: "non_finite",
      path: ["targets", 0, "rag", "amber"],
      message: expect.stringMatching(/^buildScorecard: /),
    });
  });

  it("refuses a KPI direction that is not one of the three, on the KPI's path", () => {
    const odd = [{ id: "k", direction: "up", aggregation: "mean" }] as never;
    expect(kpiErrorOf(() => buildScorecard({}, { scopeId: "lv", period: marchUtc, kpis: odd, targets: [] }))).toEqual({
      code: "invalid_argument",
      path: ["kpis", 0, "direction"],
      message: 'buildScorecard: context.kpis[0].direction must be "higher_is_better", "lower_is_better" or "target_band", not "up"',
    });
  });
});

describe("buildScorecard: the period", () => {
  const kpis = [{ id: "k", direction: "higher_is_better", aggregation: "mean" }] as const;
  const targets = [{ kpiId: "k", scopeId: "lv", validFrom: "2026-01-01", kind: "at_least", value: 80 }] as const;

  it("refuses a period that ends before it starts, which it would otherwise score", () => {
    const reversed = { start: marchUtc.end, end: marchUtc.start };
    expect(kpiErrorOf(() => buildScorecard({ k: 1 }, { scopeId: "lv", period: reversed, kpis, targets }))).toEqual({
      code: "invalid_interval",
      path: ["period", "end"],
      message: "buildScorecard: the period ends before it starts (start > end)",
    });
  });

  it("refuses a period end that is not a number of epoch ms", () => {
    const period = { start: marchUtc.start, end: "2026-04-01T00:00:00Z" } as never;
    expect(kpiErrorOf(() => buildScorecard({ k: 1 }, { scopeId: "lv", period, kpis, targets }))).toEqual({
      code: "non_finite",
      path: ["period", "end"],
      message: 'buildScorecard: the period\'s end must be a finite number of epoch ms, not the string "2026-04-01T00:00:00Z": convert ISO-8601 text with toEpochMs',
    });
  });
});
