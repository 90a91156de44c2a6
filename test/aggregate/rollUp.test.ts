import { describe, expect, it } from "vitest";
import { accumulate } from "../../src/aggregate/accumulate.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { changeOverPeriod } from "../../src/aggregate/changeOverPeriod.js";
import { emptyPartial } from "../../src/aggregate/emptyPartial.js";
import { resolveSupersedes } from "../../src/aggregate/resolveSupersedes.js";
import { rollUpPeriods } from "../../src/aggregate/rollUpPeriods.js";
import { rollUpScopes } from "../../src/aggregate/rollUpScopes.js";
import { runningWindow } from "../../src/aggregate/runningWindow.js";
import { supersededMask } from "../../src/aggregate/_lib/supersededMask.js";
import { cumulativeToDate } from "../../src/aggregate/cumulativeToDate.js";
import { tree } from "./scopesOf.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const ratio = { measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums", rollUp: "ratio_of_sums" } as const;
const sum = { measure: { kind: "value" }, aggregation: "sum" } as const;
const values = (kpi: Parameters<typeof accumulate>[1], xs: number[]) => accumulate(xs.map((value) => ({ at: 0, value })), kpi);

describe("rollUpScopes", () => {
  it("matches the documented example", () => {
    const nodes = [{ id: "lv", parentId: null }, { id: "a", parentId: "lv" }, { id: "b", parentId: "lv" }];
    const own = new Map([
      ["a", accumulate([{ at: 0, numerator: 1, denominator: 2 }], ratio)],
      ["b", accumulate([{ at: 0, numerator: 99, denominator: 100 }], ratio)],
    ]);
    // lv = 100/102 = 98.04 %
    expect(rollUpScopes(own, nodes, ratio).map((s) => [s.nodeId, s.value?.toFixed(2)])).toEqual([
      ["lv", "98.04"],
      ["a", "50.00"],
      ["b", "99.00"],
    ]);
    // A whole aggregation: the same numbers as groups ordered by KPI, node id and period.
    const ok = { id: "ok", ...ratio };
    const byService = aggregateRows(
      [
        { kpiId: "ok", subjectId: "a", at: "2026-01-05T10:00:00Z", numerator: 1, denominator: 2 },
        { kpiId: "ok", subjectId: "b", at: "2026-01-06T10:00:00Z", numerator: 99, denominator: 100 },
      ],
      [ok],
      { grain: "month", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } },
    );
    expect(rollUpScopes(byService, nodes, [ok]).groups.map((g) => `${g.subjectId} ${g.period} ${g.value?.toFixed(2)}`)).toEqual([
      "a 2026-01 50.00",
      "b 2026-01 99.00",
      "lv 2026-01 98.04",
    ]);
  });
  it("sums own and descendants' values and gives null to a node with no data below it", () => {
    const kpi = { ...sum, rollUp: "sum" } as const;
    const own = new Map([["svc-1", values(kpi, [2, 3])], ["svc-2", values(kpi, [10])], ["riga", values(kpi, [1])]]);
    const out = Object.fromEntries(rollUpScopes(own, tree, kpi).map((s) => [s.nodeId, s.value]));
    expect(out).toEqual({ lv: 16, riga: 16, "svc-1": 5, "svc-2": 10, cesis: null });
  });
  it("recomputes a median from the pooled values", () => {
    const kpi = { measure: { kind: "duration" }, aggregation: "median", rollUp: "recompute" } as const;
    const own = new Map([["svc-1", values(kpi, [1, 2, 30])], ["svc-2", values(kpi, [4, 5])]]);
    // pooled 1, 2, 4, 5, 30 → 4 (not the median of medians (2 + 4.5)/2)
    expect(rollUpScopes(own, tree, kpi).find((s) => s.nodeId === "riga")?.value).toBe(4);
  });
  it("takes the smallest child value for min", () => {
    const kpi = { measure: { kind: "value" }, aggregation: "mean", rollUp: "min" } as const;
    const own = new Map([["svc-1", values(kpi, [90, 100])], ["svc-2", values(kpi, [97])], ["cesis", values(kpi, [99])]]);
    // means: svc-1 95, svc-2 97, cesis 99 → riga 95, lv 95
    const out = Object.fromEntries(rollUpScopes(own, tree, kpi).map((s) => [s.nodeId, s.value]));
    expect(out).toMatchObject({ lv: 95, riga: 95, cesis: 99 });
  });
  it("takes the largest for max", () => {
    const kpi = { measure: { kind: "value" }, aggregation: "mean", rollUp: "max" } as const;
    const own = new Map([["svc-1", values(kpi, [90, 100])], ["svc-2", values(kpi, [97])]]);
    expect(rollUpScopes(own, tree, kpi).find((s) => s.nodeId === "lv")?.value).toBe(97);
  });
  it("keeps only own values for none", () => {
    const kpi = { measure: { kind: "value" }, aggregation: "mean", rollUp: "none" } as const;
    const own = new Map([["svc-1", values(kpi, [4])]]);
    const out = Object.fromEntries(rollUpScopes(own, tree, kpi).map((s) => [s.nodeId, s.value]));
    expect(out).toEqual({ lv: null, riga: null, "svc-1": 4, "svc-2": null, cesis: null });
  });
  it("sums the children's period-end values when a last-aggregated stock rolls up by sum", () => {
    const kpi = { measure: { kind: "count" }, aggregation: "last", rollUp: "sum" } as const;
    const own = new Map([
      // svc-1's last record (at 20) is 7; svc-2's (at 30) is 5; riga's own (at 10) is 2; cesis's (at 30) is 4.
      ["svc-1", accumulate([{ at: 10, value: 3 }, { at: 20, value: 7 }], kpi)],
      ["svc-2", accumulate([{ at: 30, value: 5 }, { at: 5, value: 9 }], kpi)],
      ["riga", accumulate([{ at: 10, value: 2 }], kpi)],
      ["cesis", accumulate([{ at: 30, value: 4 }], kpi)],
    ]);
    // riga = 2 + 7 + 5 = 14; lv = 14 + 4 = 18 (reading `last` of the pooled records would give 5 at instant 30).
    const out = Object.fromEntries(rollUpScopes(own, tree, kpi).map((s) => [s.nodeId, s.value]));
    expect(out).toEqual({ lv: 18, riga: 14, "svc-1": 7, "svc-2": 5, cesis: 4 });
  });
  it("sums the children's period-start values when a first-aggregated stock rolls up by sum", () => {
    const kpi = { measure: { kind: "value" }, aggregation: "first", rollUp: "sum" } as const;
    const own = new Map([["svc-1", accumulate([{ at: 1, value: 1.5 }, { at: 2, value: 8 }], kpi)], ["svc-2", accumulate([{ at: 3, value: 2.25 }], kpi)]]);
    // riga = 1.5 + 2.25 = 3.75; the merged partial still pools all three records.
    const riga = rollUpScopes(own, tree, kpi).find((s) => s.nodeId === "riga")!;
    expect(riga.value).toBe(3.75);
    expect(riga.partial?.count).toBe(3);
  });
  it("throws unknown_reference when a partial names a node outside the tree", () => {
    expect(() => rollUpScopes(new Map([["x", emptyPartial()]]), tree, ratio)).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["partialsByNode", "x"] }),
    );
  });
  it("throws cycle when parents loop", () => {
    expect(() => rollUpScopes(new Map(), [{ id: "a", parentId: "b" }, { id: "b", parentId: "a" }], ratio)).toThrowError(
      expect.objectContaining({ code: "cycle" }),
    );
  });
  it("refuses missing or malformed arguments with a KpiError naming the argument, not a TypeError", () => {
    const rules = "sum, ratio_of_sums, weighted_mean, min, max, last, recompute, none";
    expect(kpiErrorOf(() => rollUpScopes(new Map(), undefined as never, ratio))).toEqual({
      code: "invalid_argument",
      path: ["scopeNodes"],
      message: "rollUpScopes: scopeNodes must be an array of nodes",
    });
    expect(kpiErrorOf(() => rollUpScopes(new Map(), tree, undefined as never))).toEqual({
      code: "invalid_argument",
      path: ["kpi"],
      message: "rollUpScopes: kpi must be a KPI ({ measure, aggregation, rollUp }), not undefined",
    });
    const { rollUp: _, ...noRule } = ratio;
    expect(kpiErrorOf(() => rollUpScopes(new Map([["svc-1", values(sum, [1])]]), tree, noRule as never))).toEqual({
      code: "invalid_argument",
      path: ["kpi", "rollUp"],
      message: `rollUpScopes: kpi.rollUp must be one of ${rules}, not undefined`,
    });
    expect(kpiErrorOf(() => rollUpScopes(new Map(), tree, { ...ratio, rollUp: "average" } as never))?.message).toBe(
      `rollUpScopes: kpi.rollUp must be one of ${rules}, not "average"`,
    );
    // The KPI's aggregation is checked up front, not when a node's value is read.
    expect(kpiErrorOf(() => rollUpScopes(new Map([["svc-1", values(sum, [1])]]), tree, { ...sum, aggregation: "average", rollUp: "sum" } as never))).toMatchObject({
      code: "invalid_argument",
      path: ["kpi", "aggregation"],
    });
  });
  it("refuses a first argument that is neither a Map nor a PeriodAggregates, naming both forms", () => {
    const message = (what: string) =>
      `rollUpScopes: the first argument must be a Map of each node's partial (partialsByNode) or a PeriodAggregates result (aggregates), not ${what}`;
    expect(kpiErrorOf(() => rollUpScopes({ "svc-1": emptyPartial() } as never, tree, ratio))).toEqual({
      code: "invalid_argument",
      path: ["partialsByNode"],
      message: message("an object"),
    });
    expect(kpiErrorOf(() => rollUpScopes(undefined as never, tree, [{ id: "ok", ...ratio }]))).toEqual({
      code: "invalid_argument",
      path: ["aggregates"],
      message: message("undefined"),
    });
    expect(kpiErrorOf(() => rollUpScopes([] as never, tree, ratio))?.message).toBe(message("an array"));
  });
});

describe("rollUpPeriods", () => {
  it("matches the documented example", () => {
    const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    const out = rollUpPeriods(
      [
        { period: "2026-01", partial: accumulate([{ at: 0, value: 1 }], sum) },
        { period: "2026-03", partial: accumulate([{ at: 0, value: 2 }], sum) },
        { period: "2026-04", partial: accumulate([{ at: 0, value: 4 }], sum) },
      ],
      "quarter",
      utc,
    );
    expect(out.map((q) => [q.period, q.partial.sum])).toEqual([["2026-Q1", 3], ["2026-Q2", 4]]);
  });
  it("throws invalid_period when a week straddles two months", () => {
    // 2026-W05 runs Monday 26 January to Sunday 1 February
    expect(() => rollUpPeriods([{ period: "2026-W05", partial: emptyPartial() }], "month", { timeZone: "UTC", fiscalYearStartMonth: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: [0, "period"] }),
    );
  });
});

describe("changeOverPeriod", () => {
  it("matches the documented example", () => {
    // 80 → 90: +10, 10/80 = 0.125
    const out = changeOverPeriod([{ period: "2026-01", value: 80 }, { period: "2026-02", value: 90 }, { period: "2026-03", value: null }]);
    expect(out.map((c) => [c.absoluteChange, c.relativeChange])).toEqual([[null, null], [10, 0.125], [null, null]]);
  });
  it("returns a null relative change when the previous value is 0", () => {
    const out = changeOverPeriod([{ period: "a", value: 0 }, { period: "b", value: 5 }]);
    expect([out[1]?.absoluteChange, out[1]?.relativeChange]).toEqual([5, null]);
  });
  it("compares with the entry lag periods back", () => {
    const out = changeOverPeriod([{ period: "a", value: -10 }, { period: "b", value: 3 }, { period: "c", value: -5 }], { lag: 2 });
    // (−5 − (−10)) / |−10| = 0.5
    expect(out[2]?.relativeChange).toBe(0.5);
  });
  it("throws invalid_argument when lag is not a whole number ≥ 1", () => {
    expect(() => changeOverPeriod([], { lag: 0 })).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["lag"] }));
  });
});

describe("runningWindow", () => {
  it("matches the documented example", () => {
    const kpi = { measure: { kind: "value" }, aggregation: "mean" } as const;
    const month = (period: string, value: number) => ({ period, partial: accumulate([{ at: 0, value }], kpi) });
    // windows: [1] → 1; [1, 2] → 1.5; [2, 6] → 4
    expect(runningWindow([month("2026-01", 1), month("2026-02", 2), month("2026-03", 6)], 2, kpi).map((w) => w.value)).toEqual([1, 1.5, 4]);
  });
  it("pools ratios over the window", () => {
    const kpi = { measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
    const series = [
      { period: "2026-01", partial: accumulate([{ at: 0, numerator: 1, denominator: 2 }], kpi) },
      { period: "2026-02", partial: accumulate([{ at: 0, numerator: 99, denominator: 100 }], kpi) },
    ];
    const last = runningWindow(series, 2, kpi)[1];
    expect(last?.complete).toBe(true);
    expect(last?.value).toBeCloseTo(10000 / 102, 10);
  });
  it("throws invalid_argument when size is not a whole number ≥ 1", () => {
    expect(() => runningWindow([], 0.5, sum)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["size"] }));
  });
});

describe("cumulativeToDate", () => {
  const month = (period: string, value: number) => ({ period, partial: accumulate([{ at: 0, value }], sum) });
  it("matches the documented example", () => {
    const april = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 };
    // FY2026-27 starts 2026-04-01: April (1) + May (2) = 3; March is the previous fiscal year, June is after "through"
    const ytd = cumulativeToDate([month("2026-03", 5), month("2026-04", 1), month("2026-05", 2), month("2026-06", 4)], "2026-05", {
      grain: "fiscal_year",
      calendar: april,
    });
    expect([ytd.period, ytd.periods, ytd.partial.sum]).toEqual(["FY2026-27", 2, 3]);
  });
  it("computes quarter to date", () => {
    const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    const qtd = cumulativeToDate([month("2026-03", 5), month("2026-04", 1), month("2026-05", 2)], "2026-05", { grain: "quarter", calendar: utc });
    expect([qtd.period, qtd.partial.sum]).toEqual(["2026-Q2", 3]);
  });
  it("throws invalid_period when through is not a label", () => {
    expect(() => cumulativeToDate([], "May", { grain: "year", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } })).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["through"] }),
    );
  });
});

describe("resolveSupersedes", () => {
  it("refuses a competing correction whose recordedAt has no zone, rather than letting it silently lose", () => {
    const records = [
      { id: "a", kpiId: "k", subjectId: "s" },
      { id: "b", kpiId: "k", subjectId: "s", supersedes: "a", recordedAt: "2026-04-05T10:00:00Z" },
      { id: "c", kpiId: "k", subjectId: "s", supersedes: "a", recordedAt: "2026-04-06T10:00:00" },
    ];
    expect(() => resolveSupersedes(records)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [2, "recordedAt"] }));
  });

  it("matches the documented example", () => {
    const out = resolveSupersedes([
      { id: "a", kpiId: "k", subjectId: "s", value: 5 },
      { id: "b", kpiId: "k", subjectId: "s", value: 0, supersedes: "a" },
    ]);
    expect(out.map((r) => r.id)).toEqual(["b"]);
  });
  it("follows chains of corrections", () => {
    const out = resolveSupersedes([
      { id: "c", kpiId: "k", subjectId: "s", supersedes: "b" },
      { id: "a", kpiId: "k", subjectId: "s" },
      { id: "b", kpiId: "k", subjectId: "s", supersedes: "a" },
      { id: "x", kpiId: "k", subjectId: "t" },
    ]);
    expect(out.map((r) => r.id)).toEqual(["c", "x"]);
  });
  it("keeps the later-recorded of two corrections of one record", () => {
    const out = resolveSupersedes([
      { id: "a", kpiId: "k", subjectId: "s" },
      { id: "b", kpiId: "k", subjectId: "s", supersedes: "a", recordedAt: 20 },
      { id: "c", kpiId: "k", subjectId: "s", supersedes: "a", recordedAt: 10 },
    ]);
    expect(out.map((r) => r.id)).toEqual(["b"]);
  });
  it("throws unknown_reference when a correction names an unknown id", () => {
    expect(() => resolveSupersedes([{ id: "a", kpiId: "k", subjectId: "s" }, { kpiId: "k", subjectId: "s", supersedes: "zz" }])).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [1, "supersedes"] }),
    );
  });
  it("throws invalid_correction when a correction names a record of another subject", () => {
    expect(() => resolveSupersedes([{ id: "a", kpiId: "k", subjectId: "s" }, { kpiId: "k", subjectId: "t", supersedes: "a" }])).toThrowError(
      expect.objectContaining({ code: "invalid_correction", path: [1, "supersedes"] }),
    );
  });
  it("throws cycle when corrections loop", () => {
    expect(() =>
      resolveSupersedes([
        { id: "a", kpiId: "k", subjectId: "s", supersedes: "b" },
        { id: "b", kpiId: "k", subjectId: "s", supersedes: "a" },
      ]),
    ).toThrowError(expect.objectContaining({ code: "cycle" }));
  });
  it("throws duplicate_id when two records share an id", () => {
    expect(() => resolveSupersedes([{ id: "a", kpiId: "k", subjectId: "s" }, { id: "a", kpiId: "k", subjectId: "s" }])).toThrowError(
      expect.objectContaining({ code: "duplicate_id", path: [1, "id"] }),
    );
  });
});

describe("supersededMask", () => {
  it("matches the documented example", () => {
    expect(supersededMask([{ id: "a", kpiId: "k", subjectId: "s" }, { kpiId: "k", subjectId: "s", supersedes: "a" }], "f")).toEqual(
      new Uint8Array([1, 0]),
    );
  });
});
