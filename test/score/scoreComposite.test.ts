import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { scoreComposite } from "../../src/score/scoreComposite.js";

describe("scoreComposite", () => {
  it("matches the documented example", () => {
    // raw = (3·1.25 + 1·0.5) / 4 = 4.25 / 4 = 1.0625; capped = (3·1 + 1·0.5) / 4 = 3.5 / 4 = 0.875
    const result = scoreComposite([
      { kpiId: "csat", score: 1.25, weight: 3 },
      { kpiId: "lead_time", score: 0.5, weight: 1 },
      { kpiId: "uptime", score: null, weight: 1, missing: "no_data" },
    ]);
    expect([result.raw, result.capped, result.items[2]?.excluded]).toEqual([1.0625, 0.875, "no_data"]);
  });

  it("explains every item's weight and contribution when items are included", () => {
    // weights 2 and 1 → normalised 2/3 and 1/3; contributions 2/3·1.2 = 0.8 and 1/3·0.6 = 0.2; sum 1
    const result = scoreComposite([
      { kpiId: "a", score: 1.2, weight: 2 },
      { kpiId: "b", score: 0.6, weight: 1 },
    ]);
    expect(result.raw).toBeCloseTo(1, 12);
    expect(result.capped).toBeCloseTo((2 * 1 + 0.6) / 3, 12);
    expect(result.totalWeight).toBe(3);
    expect(result.items[0]?.normalisedWeight).toBeCloseTo(2 / 3, 12);
    expect(result.items[0]?.contribution).toBeCloseTo(0.8, 12);
    expect(result.items[0]?.cappedContribution).toBeCloseTo(2 / 3, 12);
    expect(result.items[1]?.contribution).toBeCloseTo(0.2, 12);
    expect(result.items[1]?.excluded).toBeNull();
  });

  it("renormalises the weights over the KPIs that remain when some are excluded", () => {
    // b excluded (no target), c excluded (undefined score), d excluded (weight 0): only a remains → raw = 0.7
    const result = scoreComposite([
      { kpiId: "a", score: 0.7, weight: 1 },
      { kpiId: "b", score: null, weight: 5, missing: "no_target" },
      { kpiId: "c", score: null, weight: 5 },
      { kpiId: "d", score: 2, weight: 0 },
    ]);
    expect(result.raw).toBe(0.7);
    expect(result.items.map((i) => i.excluded)).toEqual([null, "no_target", "undefined_score", "zero_weight"]);
    expect(result.items[0]?.normalisedWeight).toBe(1);
    // d (weight 0) stays listed with normalised weight 0 and contributions 0; b and c are out for lack of a score.
    expect(result.items.map((i) => [i.kpiId, i.normalisedWeight, i.contribution, i.cappedContribution])).toEqual([
      ["a", 1, 0.7, 0.7],
      ["b", null, null, null],
      ["c", null, null, null],
      ["d", 0, 0, 0],
    ]);
  });

  it("returns null composites when nothing remains", () => {
    const result = scoreComposite([{ kpiId: "a", score: null, weight: 1, missing: "no_data" }]);
    expect(result.raw).toBeNull();
    expect(result.capped).toBeNull();
    expect(result.totalWeight).toBe(0);
  });

  it("returns null composites when the weights sum to 0", () => {
    const result = scoreComposite([
      { kpiId: "a", score: 1, weight: 0 },
      { kpiId: "b", score: 0.5, weight: 0 },
    ]);
    expect(result.raw).toBeNull();
    expect(result.items.map((i) => i.excluded)).toEqual(["zero_weight", "zero_weight"]);
  });

  it("returns null composites when there are no items", () => {
    expect(scoreComposite([])).toEqual({ raw: null, capped: null, totalWeight: 0, items: [] });
  });

  it("clamps a negative score to 0 in the capped composite", () => {
    // raw = (−0.5 + 1.5) / 2 = 0.5; capped = (0 + 1) / 2 = 0.5
    const result = scoreComposite([
      { kpiId: "a", score: -0.5, weight: 1 },
      { kpiId: "b", score: 1.5, weight: 1 },
    ]);
    expect(result.raw).toBeCloseTo(0.5, 12);
    expect(result.capped).toBeCloseTo(0.5, 12);
  });

  it("uses the given cap", () => {
    // cap 1.2: (1.2 + 0.8) / 2 = 1
    const result = scoreComposite(
      [
        { kpiId: "a", score: 2, weight: 1 },
        { kpiId: "b", score: 0.8, weight: 1 },
      ],
      { cap: 1.2 },
    );
    expect(result.capped).toBeCloseTo(1, 12);
  });

  it("does not overflow when weights are huge", () => {
    // equal weights 1e308 → plain mean (1 + 0.5) / 2 = 0.75
    const result = scoreComposite([
      { kpiId: "a", score: 1, weight: 1e308 },
      { kpiId: "b", score: 0.5, weight: 1e308 },
    ]);
    expect(result.raw).toBeCloseTo(0.75, 12);
  });

  it("throws invalid_weight when a weight is negative or not finite", () => {
    expect(() =>
      scoreComposite([
        { kpiId: "a", score: 1, weight: 1 },
        { kpiId: "b", score: 1, weight: -1 },
      ]),
    ).toThrowError(expect.objectContaining({ code: "invalid_weight", path: ["items", 1, "weight"] }));
    expect(() => scoreComposite([{ kpiId: "a", score: 1, weight: Number.NaN }])).toThrowError(
      expect.objectContaining({ code: "invalid_weight", path: ["items", 0, "weight"] }),
    );
  });

  it("throws non_finite when a score is NaN", () => {
    expect(() => scoreComposite([{ kpiId: "a", score: Number.NaN, weight: 1 }])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["items", 0, "score"] }),
    );
  });

  it("throws invalid_argument when the cap is not above 0", () => {
    expect(() => scoreComposite([], { cap: 0 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "cap"] }),
    );
  });

  it("does not mutate its input when given frozen items", () => {
    const items = Object.freeze([
      Object.freeze({ kpiId: "b", score: 0.9, weight: 1 }),
      Object.freeze({ kpiId: "a", score: 0.3, weight: 2 }),
    ]);
    expect(() => scoreComposite(items)).not.toThrow();
    expect(items[0]?.kpiId).toBe("b");
  });
});

describe("scoreComposite: wrong-shaped arguments", () => {
  it("throws invalid_argument for items that are not an array of objects, or options that are not an object", () => {
    const error = (items: unknown, options?: unknown) => kpiErrorOf(() => scoreComposite(items as never, options as never));
    const item = { kpiId: "csat", score: 1, weight: 1 };
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: ["items"], message: "scoreComposite: items must be an array, not undefined" });
    expect(error({})).toEqual({ code: "invalid_argument", path: ["items"], message: "scoreComposite: items must be an array, not an object" });
    expect(error([item, null])).toEqual({ code: "invalid_argument", path: ["items", 1], message: "scoreComposite: items[1] must be an object, not null" });
    expect(error([item], null)).toEqual({ code: "invalid_argument", path: ["options"], message: "scoreComposite: options must be an object, not null" });
    expect(error([item], 2)).toEqual({ code: "invalid_argument", path: ["options"], message: "scoreComposite: options must be an object, not number" });
  });
});
