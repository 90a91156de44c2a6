import { describe, expect, it } from "vitest";
import { checkFiniteValues } from "../../src/aggregate/_lib/checkFiniteValues.js";
import { instantRange } from "../../src/aggregate/_lib/instantRange.js";
import { quantileOfSorted } from "../../src/aggregate/_lib/quantileOfSorted.js";
import { borrowScratch, freshColumns, scratchArray, scratchColumns } from "../../src/aggregate/_lib/scratchArray.js";
import { RATIO_FIELDS, R_RECORDS, countBareRows, ratioOffset } from "../../src/aggregate/_lib/countGroups.js";
import { mergedM2, mergedMean, mergedSketch, overflowedField, takesEnd } from "../../src/aggregate/_lib/mergeArithmetic.js";
import { createQuantileSketch } from "../../src/aggregate/createQuantileSketch.js";
import { mergeSurveyTallies } from "../../src/aggregate/_lib/mergeSurveyTallies.js";
import { flagKpis } from "../../src/aggregate/_lib/flagKpis.js";
import { orderScopeTree } from "../../src/aggregate/_lib/orderScopeTree.js";
import { kpiErrorCodeOf, kpiErrorOf } from "../kpiErrorOf.js";
import { checkAggregateArguments } from "../../src/aggregate/_lib/checkAggregateArguments.js";
import { AGGREGATIONS_OF_KIND } from "../../src/model/_lib/aggregationsOfKind.js";
import { checkAggregationKpi } from "../../src/aggregate/_lib/checkAggregationKpi.js";
import { MEASURE_KINDS } from "../../src/model/_lib/measureKinds.js";
import { TIME_AGGREGATIONS } from "../../src/model/_lib/timeAggregations.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { aggregateColumns } from "../../src/aggregate/aggregateColumns.js";

describe("checkFiniteValues", () => {
  it("matches the documented example", () => {
    expect(checkFiniteValues([1, 2], "quantile")).toBeUndefined();
  });
  it("throws non_finite with the index when a value is infinite", () => {
    expect(() => checkFiniteValues([1, -Infinity], "f")).toThrowError(expect.objectContaining({ code: "non_finite", path: [1] }));
  });
});

describe("instantRange", () => {
  it("matches the documented example", () => {
    // The first three instants: 5, NaN (left out), 2.
    expect(instantRange([5, Number.NaN, 2, 9], 3)).toEqual([2, 5]);
  });
  it("leaves infinite instants out, and gives [0, 0] when no instant is finite", () => {
    expect(instantRange([Number.POSITIVE_INFINITY, 7, Number.NEGATIVE_INFINITY, 3], 4)).toEqual([3, 7]);
    expect(instantRange([Number.NaN, Number.POSITIVE_INFINITY], 2)).toEqual([0, 0]);
    expect(instantRange([], 0)).toEqual([0, 0]);
  });
});

describe("quantileOfSorted", () => {
  it("matches the documented example", () => {
    // h = 3·0.5 = 1.5 → 2 + 0.5·(3 − 2) = 2.5
    expect(quantileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
  it("returns null when empty", () => {
    expect(quantileOfSorted([], 0.5)).toBeNull();
  });
});

describe("scratchArray", () => {
  it("matches the documented example", () => {
    expect(scratchArray("example", "f64", 3).length).toBe(3);
  });
  it("reuses its buffer when asked again for no more elements", () => {
    const a = scratchArray("test.reuse", "i32", 100);
    const b = scratchArray("test.reuse", "i32", 50);
    expect(b.buffer).toBe(a.buffer);
  });
  it("makes a first buffer the size asked for, and an outgrown one 1/16 larger", () => {
    expect(scratchArray("test.size", "f64", 1000).buffer.byteLength).toBe(8000);
    // 2 000 × 8 = 16 000 bytes, and 1 000 more to spare.
    expect(scratchArray("test.size", "f64", 2000).buffer.byteLength).toBe(17000);
  });
});

describe("scratchColumns", () => {
  it("matches the documented example", () => {
    const { floats, ints } = scratchColumns("example.columns", 3, 2, 1);
    // Two float columns of 3 × 8 bytes first: the integer column starts at byte 48.
    expect([floats.length, floats[1]!.length, ints[0]!.byteOffset]).toEqual([2, 3, 48]);
  });
  it("lays the columns side by side in one pooled buffer, reused when asked again", () => {
    const { floats, ints } = scratchColumns("test.columns", 10, 2, 2);
    const buffer = floats[0]!.buffer;
    expect([...floats, ...ints].every((c) => c.buffer === buffer && c.length === 10)).toBe(true);
    // Offsets: 0, 80 (floats), 160, 200 (ints); 240 bytes in all.
    expect([...floats, ...ints].map((c) => c.byteOffset)).toEqual([0, 80, 160, 200]);
    expect(buffer.byteLength).toBe(240);
    floats[1]!.fill(3);
    ints[0]!.fill(-1);
    expect([floats[0]![9], floats[1]![0], ints[0]![9], ints[1]![0]]).not.toContain(NaN);
    expect(floats[1]![9]).toBe(3);
    expect(ints[0]![0]).toBe(-1);
    expect(scratchColumns("test.columns", 5, 2, 2).floats[0]!.buffer).toBe(buffer);
  });
});

describe("freshColumns", () => {
  it("matches the documented example", () => {
    expect(freshColumns([["f64", 2], ["u8", 1]]).map((a) => [a.constructor.name, a.length])).toEqual([["Float64Array", 2], ["Uint8Array", 1]]);
  });
  it("gives a zeroed array of its own per request", () => {
    const [a, b, c] = freshColumns([["f64", 2], ["i32", 3], ["u8", 1]]);
    expect([a instanceof Float64Array, b instanceof Int32Array, c instanceof Uint8Array]).toEqual([true, true, true]);
    expect([[...a!], [...b!], [...c!]]).toEqual([[0, 0], [0, 0, 0], [0]]);
    expect(a!.buffer).not.toBe(b!.buffer);
  });
});

describe("ratioOffset", () => {
  it("matches the documented example", () => {
    // Slot 8 of KPI 1 is its slot 8 - 6 = 2; block 0 starts at 0, so entry 2, five numbers an entry: 10.
    expect(ratioOffset({ ratioBlock: Int32Array.of(-1, 0), slotsPerKpi: 6 }, 8, 1)).toBe(10);
  });
  it("is the slot's own entry without blocks (sparse slots)", () => {
    expect(ratioOffset({ ratioBlock: null, slotsPerKpi: 6 }, 8, 1)).toBe(40);
  });
});

describe("countBareRows", () => {
  it("matches the documented example", () => {
    const ratios = new Float64Array(2 * RATIO_FIELDS);
    ratios[RATIO_FIELDS + R_RECORDS] = 3;
    const pass = { bare: Int32Array.of(0, -1), ratios, ratioSeen: Uint8Array.of(1), ratioBlock: null, slotsPerKpi: 2, slotMap: null, slots: 0 };
    countBareRows(pass, 1);
    // Slot 1: 3 ratio records, 1 of which (the -1) has a value and is in the run: 2 bare ones.
    expect([...pass.bare]).toEqual([0, 2]);
  });
  it("reads a KPI's block of dense entries, and leaves the slots of a KPI without ratio records alone", () => {
    // KPI 0 has no ratio records (its slots 0, 1 keep what the main pass wrote); KPI 1's slots 2, 3 use block 0, whose
    // entries 0 and 1 count 4 and 5 ratio records.
    const ratios = new Float64Array(2 * RATIO_FIELDS);
    ratios[R_RECORDS] = 4;
    ratios[RATIO_FIELDS + R_RECORDS] = 5;
    const pass = { bare: Int32Array.of(0, 0, -2, 0), ratios, ratioSeen: Uint8Array.of(0, 1), ratioBlock: Int32Array.of(-1, 0), slotsPerKpi: 2, slotMap: null, slots: 0 };
    countBareRows(pass, 2);
    expect([...pass.bare]).toEqual([0, 0, 2, 5]);
  });
  it("reads sparse slots' own entries, up to the slots handed out", () => {
    const ratios = new Float64Array(3 * RATIO_FIELDS);
    ratios[R_RECORDS] = 1;
    ratios[RATIO_FIELDS + R_RECORDS] = 2;
    ratios[2 * RATIO_FIELDS + R_RECORDS] = 9; // not handed out (slots: 2): left alone
    const pass = { bare: Int32Array.of(0, 0, 0), ratios, ratioSeen: Uint8Array.of(1), ratioBlock: null, slotsPerKpi: 0, slotMap: new Map<number, number>(), slots: 2 };
    countBareRows(pass, 1);
    expect([...pass.bare]).toEqual([1, 2, 0]);
  });
});

describe("borrowScratch", () => {
  it("matches the documented example", () => {
    scratchArray("example.borrowed", "f64", 4).fill(7);
    const borrow = borrowScratch();
    expect([...borrow("i32", 2)]).toEqual([0, 0]);
  });
  it("cuts zeroed arrays one after another from a pooled buffer, which stays pooled", () => {
    // A buffer of an odd size (39 992 bytes), filled with 7s: the smallest pooled buffer that holds 39 968 bytes.
    const pooled = scratchArray("test.borrow", "f64", 4999).fill(7);
    const borrow = borrowScratch();
    const a = borrow("i32", 9992); // 39 968 bytes
    const b = borrow("f64", 3); // 24 bytes, the rest of the buffer
    expect(a.buffer).toBe(pooled.buffer);
    expect(b.buffer).toBe(pooled.buffer);
    expect([a.byteOffset, b.byteOffset]).toEqual([0, 39_968]);
    expect([a.every((x) => x === 0), [...b]]).toEqual([true, [0, 0, 0]]);
    // Larger than any buffer pooled: a fresh array of its own.
    const c = borrow("f64", 1_000_000);
    expect(c.buffer).not.toBe(pooled.buffer);
    expect(c.buffer.byteLength).toBe(8_000_000);
    expect(scratchArray("test.borrow", "f64", 4999).buffer).toBe(pooled.buffer);
  });
});

describe("borrowScratch's forResult and releaseUnused", () => {
  it("puts the largest array first into the idle buffer with least room that holds it, takes such buffers out of the pool, and makes the rest fresh", () => {
    // Two idle buffers of this test's own, alone in the pool (the earlier tests' idle ones let go): 8 000 and 800
    // bytes, filled with 7s.
    borrowScratch().releaseUnused();
    const big = scratchArray("test.result.big", "f64", 1000).fill(7);
    const small = scratchArray("test.result.small", "f64", 100).fill(7);
    const spare = scratchArray("test.result.spare", "f64", 50); // 400 bytes: holds none of the arrays asked
    const borrow = borrowScratch();
    // Asked: 6 400, 800, 1 600 and 16 000 bytes. Largest first: 16 000 fits no idle buffer (fresh); 6 400 goes
    // into the 8 000-byte buffer; 1 600 into what is left of it (1 600 bytes); 800 into the 800-byte buffer.
    const [a, b, c, d] = borrow.forResult([["f64", 800], ["i32", 200], ["f64", 200], ["f64", 2000]]);
    expect([a!.buffer === big.buffer, a!.byteOffset, c!.buffer === big.buffer, c!.byteOffset]).toEqual([true, 0, true, 6400]);
    expect([b!.buffer === small.buffer, b!.byteOffset]).toEqual([true, 0]);
    expect([d!.buffer === big.buffer || d!.buffer === small.buffer, d!.length]).toEqual([false, 2000]);
    expect([a, b, c, d].every((x) => x!.every((v) => v === 0))).toBe(true);
    // They left the pool with the result: the same names now give new buffers, and writing them leaves the result be.
    const bigAgain = scratchArray("test.result.big", "f64", 1000).fill(9);
    expect(bigAgain.buffer).not.toBe(big.buffer);
    expect(scratchArray("test.result.small", "f64", 100).buffer).not.toBe(small.buffer);
    expect(a!.every((v) => v === 0)).toBe(true);
    // The idle buffer the result did not take is let go as well.
    expect(scratchArray("test.result.spare", "f64", 50).buffer).not.toBe(spare.buffer);
  });
  it("gives an empty array a buffer of its own, not an idle one the result would then keep", () => {
    borrowScratch().releaseUnused();
    scratchArray("test.result.idle", "f64", 100);
    const [empty] = borrowScratch().forResult([["f64", 0]]);
    expect([empty!.length, empty!.buffer.byteLength]).toEqual([0, 0]);
  });
  it("lets the idle buffers go, keeping those borrowed", () => {
    borrowScratch().releaseUnused();
    const idle = scratchArray("test.release.idle", "f64", 5000);
    const used = scratchArray("test.release.used", "f64", 4000);
    const borrow = borrowScratch();
    // 32 000 bytes: the smallest idle buffer that holds it is test.release.used's (40 000 bytes is the other).
    expect(borrow("f64", 4000).buffer).toBe(used.buffer);
    borrow.releaseUnused();
    expect(scratchArray("test.release.used", "f64", 4000).buffer).toBe(used.buffer);
    expect(scratchArray("test.release.idle", "f64", 5000).buffer).not.toBe(idle.buffer);
  });
});

describe("orderScopeTree", () => {
  it("matches the documented example", () => {
    const tree = orderScopeTree([{ id: "lv", parentId: null }, { id: "a", parentId: "lv" }, { id: "x", parentId: "a" }], "demo");
    // x is deepest (depth 2), then a (1), then the root lv; the longest path has three nodes.
    expect([Array.from(tree.parent), tree.order, tree.height]).toEqual([[-1, 0, 1], [2, 1, 0], 3]);
  });
  it("keeps the given order among nodes of the same depth, and measures a forest by its tallest tree", () => {
    const tree = orderScopeTree(
      [{ id: "r1", parentId: null }, { id: "b", parentId: "r1" }, { id: "r2", parentId: null }, { id: "a", parentId: "r1" }],
      "demo",
    );
    expect([tree.order, tree.height, tree.indexOf.get("a")]).toEqual([[1, 3, 0, 2], 2, 3]);
    expect(orderScopeTree([], "demo").height).toBe(0);
  });
  it("refuses a repeated id, an unknown parent and a loop", () => {
    expect(kpiErrorCodeOf(() => orderScopeTree([{ id: "a", parentId: null }, { id: "a", parentId: null }], "demo"))).toEqual({ code: "duplicate_id", path: [1, "id"] });
    expect(kpiErrorCodeOf(() => orderScopeTree([{ id: "a", parentId: "b" }], "demo"))).toEqual({ code: "unknown_reference", path: [0, "parentId"] });
    expect(kpiErrorCodeOf(() => orderScopeTree([{ id: "a", parentId: "b" }, { id: "b", parentId: "a" }], "demo"))).toEqual({ code: "cycle", path: [0, "parentId"] });
    expect(kpiErrorCodeOf(() => orderScopeTree({ nodes: [] } as never, "demo"))).toEqual({ code: "invalid_argument", path: ["scopeNodes"] });
    expect(kpiErrorCodeOf(() => orderScopeTree([{ id: "a", parentId: null }, "b" as never], "demo"))).toEqual({ code: "invalid_argument", path: [1] });
  });
});

describe("flagKpis", () => {
  it("matches the documented example", () => {
    const kpis = [
      { id: "p", measure: { kind: "value" }, aggregation: "median" },
      { id: "r", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" },
    ] as const;
    const { flags, shapes } = flagKpis(kpis, true);
    // FLAG_VALUES = 4 for the median, FLAG_RATIO = 1 for the ratio.
    expect([Array.from(flags), shapes.map((s) => s.keepsValues)]).toEqual([[4, 1], [true, false]]);
  });
  it("keeps no values when quantiles are sketched, and says which columns any KPI needs", () => {
    const kpis = [
      { id: "p", measure: { kind: "value" }, aggregation: "quantile", quantile: 0.9 },
      { id: "l", measure: { kind: "count" }, aggregation: "last" },
      { id: "s", measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 }, aggregation: "survey" },
    ] as const;
    const f = flagKpis(kpis, false);
    expect([Array.from(f.flags), f.shapes, f.anyFirstLast, f.anySurvey, f.anyValues]).toEqual([
      [4, 8, 2],
      [{ keepsValues: false, keepsFirstLast: false }, { keepsValues: false, keepsFirstLast: true }, { keepsValues: false, keepsFirstLast: false }],
      true,
      true,
      true,
    ]);
  });
});

describe("mergeSurveyTallies", () => {
  it("matches the documented example", () => {
    // answer 5: 2 + 1; answer 3: 0 + 1; valid 2 + 2; invalid 0 + 1
    expect(mergeSurveyTallies({ answers: { "5": 2 }, valid: 2, invalid: 0 }, { answers: { "5": 1, "3": 1 }, valid: 2, invalid: 1 })).toEqual({
      answers: { "5": 3, "3": 1 },
      valid: 4,
      invalid: 1,
    });
  });
  it("takes the other side when one is null", () => {
    const t = { answers: { "1": 1 }, valid: 1, invalid: 0 };
    expect([mergeSurveyTallies(null, t), mergeSurveyTallies(t, null), mergeSurveyTallies(null, null)]).toEqual([t, t, null]);
  });
});

describe("mergedMean", () => {
  it("matches the documented example", () => {
    // {1} and {3}: (1 + 3) / 2
    expect(mergedMean(1, 1, 1, 3)).toBe(2);
  });
  it("is 0 with no values and the other side's mean when one side has none", () => {
    expect([mergedMean(0, 0, 0, 0), mergedMean(0, 0, 2, 7.5), mergedMean(3, -1, 0, 0)]).toEqual([0, 7.5, -1]);
  });
});

describe("mergedM2", () => {
  it("matches the documented example", () => {
    // {1, 3}: mean 2, squared deviations 1 + 1
    expect(mergedM2(1, 1, 0, 1, 3, 0)).toBe(2);
  });
  it("adds the sides' m2 when one side has no values", () => {
    // {1, 2, 3}: m2 = 2; with nothing: 2
    expect(mergedM2(3, 2, 2, 0, 0, 0)).toBe(2);
  });
});

describe("takesEnd", () => {
  it("matches the documented example", () => {
    // first: 3 is earlier than 5; last: a tie at 5, the larger value 2 wins; a side with none loses
    expect([takesEnd(5, 1, 3, 0, -1), takesEnd(5, 1, 5, 2, 1), takesEnd(null, null, 5, 2, 1)]).toEqual([true, true, true]);
  });
  it("keeps a's end when b has none, is later for first, earlier for last, or ties with a smaller value", () => {
    expect([takesEnd(5, 1, null, null, 1), takesEnd(5, 1, 7, 0, -1), takesEnd(5, 1, 3, 9, 1), takesEnd(5, 1, 5, 0, -1)]).toEqual([false, false, false, false]);
  });
});

describe("overflowedField", () => {
  it("matches the documented example", () => {
    expect([overflowedField(1, 0, 1, 0, 0, 1, 1), overflowedField(1, 0, 1, Infinity, 0, 1, 1)]).toEqual([null, "numeratorSum"]);
  });
  it("names the first non-finite field in order", () => {
    expect([overflowedField(NaN, Infinity, 0, 0, 0, 0, 0), overflowedField(0, 0, 0, 0, 0, 0, -Infinity)]).toEqual(["sum", "weightedSum"]);
  });
});

describe("mergedSketch", () => {
  it("matches the documented example", () => {
    const sketch = createQuantileSketch([2, 5]);
    expect([mergedSketch(sketch, 0, null, 0) === sketch, mergedSketch(null, 0, sketch, 2) === sketch, mergedSketch(sketch, 0, null, 2)]).toEqual([
      true,
      true,
      null,
    ]);
  });

  it("adds two sketches' counts, and refuses sketches of different accuracy", () => {
    // The merge of two sketches is the sketch of their values pooled.
    const a = createQuantileSketch([0, 1]);
    const b = createQuantileSketch([1, 1, 3]);
    expect(mergedSketch(a, 2, b, 3)).toEqual(createQuantileSketch([0, 1, 1, 1, 3]));
    expect(kpiErrorCodeOf(() => mergedSketch(a, 2, createQuantileSketch([1, 1, 3], { relativeAccuracy: 0.02 }), 3))).toEqual({
      code: "invalid_argument",
      path: ["relativeAccuracy"],
    });
  });
});

describe("checkAggregateArguments", () => {
  it("matches the documented example", () => {
    expect(kpiErrorOf(() => checkAggregateArguments([], { grain: "month" }, "aggregateRows"))?.message).toBe(
      "aggregateRows: options.calendar is missing: give { timeZone, fiscalYearStartMonth } (a workspace's calendar will do)",
    );
  });
});

describe("checkAggregationKpi", () => {
  it("matches the documented example", () => {
    expect(kpiErrorOf(() => checkAggregationKpi({ id: "k", measure: { kind: "value" }, aggregation: "average" }, "aggregateRows", ["kpis", 0]))?.message).toBe(
      'aggregateRows: kpis[0].aggregation must be one of sum, mean, min, max, first, last, median, quantile, ratio_of_sums, weighted_mean, survey, not "average"',
    );
  });
  it("takes every aggregation each measure kind of the model allows, and a quantile from 0 to 1", () => {
    expect(Object.keys(AGGREGATIONS_OF_KIND)).toEqual([...MEASURE_KINDS]);
    for (const kind of MEASURE_KINDS) {
      for (const aggregation of AGGREGATIONS_OF_KIND[kind]) expect(() => checkAggregationKpi({ measure: { kind }, aggregation, quantile: 0.9 }, "f", ["kpi"])).not.toThrow();
    }
    // Every aggregation is allowed for some kind.
    expect(TIME_AGGREGATIONS.filter((a) => !MEASURE_KINDS.some((k) => AGGREGATIONS_OF_KIND[k].includes(a)))).toEqual([]);
    for (const quantile of [0, 0.5, 1]) expect(() => checkAggregationKpi({ measure: { kind: "value" }, aggregation: "quantile", quantile }, "f", ["kpi"])).not.toThrow();
  });
  it("refuses an aggregation the measure kind does not allow, as the KPI schema does", () => {
    // A ratio's records have no value to sum; a weighted mean needs weights.
    expect(kpiErrorOf(() => checkAggregationKpi({ measure: { kind: "ratio" }, aggregation: "sum" }, "f", ["kpis", 1]))).toEqual({
      code: "invalid_argument",
      path: ["kpis", 1, "aggregation"],
      message: 'f: kpis[1].aggregation is "sum", but a ratio measure aggregates over time by ratio_of_sums',
    });
    expect(kpiErrorOf(() => checkAggregationKpi({ measure: { kind: "value" }, aggregation: "weighted_mean" }, "f", ["kpi"]))?.path).toEqual(["kpi", "aggregation"]);
    expect(kpiErrorOf(() => checkAggregationKpi({ measure: { kind: "duration" }, aggregation: "last" }, "f", ["kpi"]))?.path).toEqual(["kpi", "aggregation"]);
  });
  it("names the field by its path and lists the allowed values", () => {
    expect(kpiErrorOf(() => checkAggregationKpi({ measure: { kind: "amount" }, aggregation: "sum" }, "f", ["kpis", 2]))).toEqual({
      code: "invalid_argument",
      path: ["kpis", 2, "measure", "kind"],
      message: 'f: kpis[2].measure.kind must be one of value, count, duration, weighted, ratio, survey, not "amount"',
    });
    expect(kpiErrorOf(() => checkAggregationKpi({ aggregation: "sum" }, "f", ["kpi"]))).toEqual({
      code: "invalid_argument",
      path: ["kpi", "measure"],
      message: "f: kpi.measure must be an object with a kind (one of value, count, duration, weighted, ratio, survey), not undefined",
    });
    expect(kpiErrorOf(() => checkAggregationKpi({ measure: { kind: "value" }, aggregation: "quantile", quantile: 1.5 }, "f", ["kpi"]))).toEqual({
      code: "invalid_argument",
      path: ["kpi", "quantile"],
      message: "f: kpi.quantile must be a number from 0 to 1 for a quantile aggregation, not 1.5",
    });
    expect(kpiErrorOf(() => checkAggregationKpi(null, "f", ["kpis", 0]))).toEqual({
      code: "invalid_argument",
      path: ["kpis", 0],
      message: "f: kpis[0] must be a KPI definition ({ id, measure, aggregation }), not null",
    });
  });
});

// JavaScript callers without the types' help: each argument the aggregations read first is checked, with a KpiError
// naming the function and the field, before any record is read.
describe("aggregateRows and aggregateColumns refuse bad arguments with a KpiError, not a TypeError", () => {
  const kpi = { id: "a", measure: { kind: "value" }, aggregation: "sum" } as const;
  const calendar = { timeZone: "UTC", fiscalYearStartMonth: 1 };
  const rows = [{ kpiId: "a", subjectId: "s", at: 0, value: 1 }];
  const columns = { kpi: [0], subject: [0], at: [0], value: [1] };
  const cases: [string, unknown, unknown, { code: string; path: unknown }][] = [
    ["kpis not an array", undefined, { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis"] }],
    ["a KPI that is null", [null], { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis", 0] }],
    ["a KPI without an id", [{ ...kpi, id: 7 }], { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis", 0, "id"] }],
    ["a KPI without a measure", [{ id: "a", aggregation: "sum" }], { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis", 0, "measure"] }],
    ["a KPI without an aggregation", [{ id: "a", measure: { kind: "value" } }], { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis", 0, "aggregation"] }],
    ["an unknown aggregation", [{ ...kpi, aggregation: "average" }], { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis", 0, "aggregation"] }],
    ["an unknown measure kind", [{ ...kpi, measure: { kind: "amount" } }], { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis", 0, "measure", "kind"] }],
    ["a quantile KPI without its quantile", [{ ...kpi, aggregation: "quantile" }], { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis", 0, "quantile"] }],
    ["a quantile KPI with a quantile above 1", [{ ...kpi, aggregation: "quantile", quantile: 90 }], { grain: "month", calendar }, { code: "invalid_argument", path: ["kpis", 0, "quantile"] }],
    ["no options", [kpi], undefined, { code: "invalid_argument", path: [] }],
    ["no calendar", [kpi], { grain: "month" }, { code: "invalid_argument", path: ["calendar"] }],
    ["an unknown grain", [kpi], { grain: "fortnight", calendar }, { code: "invalid_period", path: ["grain"] }],
    ["an unknown time zone", [kpi], { grain: "month", calendar: { timeZone: "Mars/Olympus", fiscalYearStartMonth: 1 } }, { code: "invalid_time_zone", path: ["timeZone"] }],
    ["a fiscal year without its first month", [kpi], { grain: "fiscal_year", calendar: { timeZone: "UTC" } }, { code: "invalid_argument", path: ["fiscalYearStartMonth"] }],
  ];
  it.each(cases)("%s", (_name, kpis, options, expected) => {
    expect(kpiErrorCodeOf(() => aggregateRows(rows, kpis as never, options as never))).toEqual(expected);
    expect(kpiErrorCodeOf(() => aggregateRows([], kpis as never, options as never))).toEqual(expected);
    const columnOptions = options === undefined ? undefined : { subjectIds: ["s"], ...(options as object) };
    expect(kpiErrorCodeOf(() => aggregateColumns(columns, kpis as never, columnOptions as never))).toEqual(expected);
  });

  it("refuses an unknown aggregation before any record is read, naming the allowed ones", () => {
    const average = [{ ...kpi, aggregation: "average" }] as never;
    const allowed = "sum, mean, min, max, first, last, median, quantile, ratio_of_sums, weighted_mean, survey";
    expect(kpiErrorOf(() => aggregateRows(rows, average, { grain: "month", calendar }))).toEqual({
      code: "invalid_argument",
      path: ["kpis", 0, "aggregation"],
      message: `aggregateRows: kpis[0].aggregation must be one of ${allowed}, not "average"`,
    });
    expect(kpiErrorOf(() => aggregateColumns(columns, average, { grain: "month", calendar, subjectIds: ["s"] }))?.message).toBe(
      `aggregateColumns: kpis[0].aggregation must be one of ${allowed}, not "average"`,
    );
  });

  it("names the function in the message, not the helper that found the problem", () => {
    expect(kpiErrorOf(() => aggregateRows(rows, [kpi], { grain: "fortnight" as never, calendar }))?.message).toBe('aggregateRows: "fortnight" is not a grain');
    expect(kpiErrorOf(() => aggregateColumns(columns, [kpi], { grain: "month", calendar: undefined as never, subjectIds: ["s"] }))?.message).toMatch(/^aggregateColumns: /);
  });

  it("refuses columns that are not an object", () => {
    expect(kpiErrorCodeOf(() => aggregateColumns(undefined as never, [kpi], { grain: "month", calendar, subjectIds: ["s"] }))).toEqual({ code: "invalid_argument", path: ["kpi"] });
  });
});
