import { describe, expect, it } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { aggregateColumns } from "../../src/aggregate/aggregateColumns.js";
import { aggregateColumnsCore } from "../../src/aggregate/_lib/aggregateColumnsCore.js";
import { aggregateRowsAs } from "../../src/aggregate/_lib/aggregateRowsAs.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
const waiting = { id: "waiting-days", measure: { kind: "value" }, aggregation: "mean" } as const;
const fcr = { id: "fcr", measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" } as const;
const p95 = { id: "p95", measure: { kind: "duration" }, aggregation: "quantile", quantile: 0.95 } as const;

describe("aggregateRows", () => {
  it("matches the documented example", () => {
    const result = aggregateRows(
      [
        { kpiId: "waiting-days", subjectId: "riga", at: "2026-03-31T21:30:00Z", value: 4 },
        { kpiId: "waiting-days", subjectId: "riga", at: "2026-03-31T20:30:00Z", value: 6 },
      ],
      [waiting],
      { grain: "month", calendar: riga },
    );
    expect(result.groups.map((g) => [g.period, g.value])).toEqual([["2026-03", 6], ["2026-04", 4]]);
  });
  it("puts an instant of 31 March 21:30 UTC into April in Riga (summer time, UTC+3)", () => {
    // 2026-03-31T21:30Z + 3 h = 2026-04-01T00:30 local; Riga switched to UTC+3 on 2026-03-29.
    const r = aggregateRows([{ kpiId: "waiting-days", subjectId: "s", at: "2026-03-31T21:30:00Z", value: 1 }], [waiting], {
      grain: "month",
      calendar: riga,
    });
    expect(r.groups[0]?.period).toBe("2026-04");
    expect(r.periods.map((p) => p.label)).toEqual(["2026-04"]);
  });
  it("puts a local midnight into the new period", () => {
    // 2026-01-31T22:00Z = 2026-02-01T00:00 in Riga (UTC+2 in winter)
    const r = aggregateRows([{ kpiId: "waiting-days", subjectId: "s", at: "2026-01-31T22:00:00Z", value: 1 }], [waiting], {
      grain: "month",
      calendar: riga,
    });
    expect(r.groups[0]?.period).toBe("2026-02");
  });
  it("accepts offsets, epoch ms and Dates for the instant", () => {
    const r = aggregateRows(
      [
        { kpiId: "waiting-days", subjectId: "s", at: "2026-03-01T02:00:00+02:00", value: 1 },
        { kpiId: "waiting-days", subjectId: "s", at: Date.UTC(2026, 2, 1), value: 3 },
        { kpiId: "waiting-days", subjectId: "s", at: new Date(Date.UTC(2026, 2, 1)), value: 5 },
      ],
      [waiting],
      { grain: "day", calendar: utc },
    );
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]?.value).toBe(3);
  });
  it("returns empty results when there are no rows", () => {
    expect(aggregateRows([], [waiting], { grain: "month", calendar: riga })).toEqual({ grain: "month", periods: [], groups: [] });
  });
  it("orders groups by KPI, subject id and period whatever the input order", () => {
    const rows = [
      { kpiId: "fcr", subjectId: "b", at: "2026-02-10T00:00:00Z", numerator: 1, denominator: 2 },
      { kpiId: "waiting-days", subjectId: "b", at: "2026-01-10T00:00:00Z", value: 1 },
      { kpiId: "waiting-days", subjectId: "a", at: "2026-02-10T00:00:00Z", value: 1 },
      { kpiId: "waiting-days", subjectId: "a", at: "2026-01-10T00:00:00Z", value: 1 },
    ];
    const keys = aggregateRows(rows, [waiting, fcr], { grain: "month", calendar: utc }).groups.map((g) => `${g.kpiId} ${g.subjectId} ${g.period}`);
    expect(keys).toEqual(["waiting-days a 2026-01", "waiting-days a 2026-02", "waiting-days b 2026-01", "fcr b 2026-02"]);
  });
  it("computes a ratio of sums, not a mean of ratios", () => {
    // (1 + 99) / (2 + 100) = 98.04 %, not (50 + 99) / 2 = 74.5 %
    const r = aggregateRows(
      [
        { kpiId: "fcr", subjectId: "s", at: "2026-01-01T00:00:00Z", numerator: 1, denominator: 2 },
        { kpiId: "fcr", subjectId: "s", at: "2026-01-02T00:00:00Z", numerator: 99, denominator: 100 },
      ],
      [fcr],
      { grain: "month", calendar: utc },
    );
    expect(r.groups[0]?.value).toBeCloseTo(9803.921568627451 / 100, 10);
  });
  it("pools subjects when asked", () => {
    const r = aggregateRows(
      [
        { kpiId: "fcr", subjectId: "a", at: "2026-01-01T00:00:00Z", numerator: 1, denominator: 4 },
        { kpiId: "fcr", subjectId: "b", at: "2026-01-02T00:00:00Z", numerator: 3, denominator: 4 },
      ],
      [fcr],
      { grain: "month", calendar: utc, subjects: "pooled" },
    );
    expect(r.groups.map((g) => [g.subjectId, g.value])).toEqual([[null, 50]]); // 4/8
  });
  it("computes a type 7 p95 from the group's values", () => {
    // values 1..20 → h = 19·0.95 = 18.05 → 19 + 0.05·1 = 19.05
    const rows = Array.from({ length: 20 }, (_, i) => ({ kpiId: "p95", subjectId: "s", at: Date.UTC(2026, 0, 1 + i), value: 20 - i }));
    const g = aggregateRows(rows, [p95], { grain: "month", calendar: utc }).groups[0];
    expect(g?.value).toBeCloseTo(19.05, 12);
    expect(g?.partial.values).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
  it("keeps a sketch instead of values when asked", () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ kpiId: "p95", subjectId: "s", at: Date.UTC(2026, 0, 1 + i), value: i + 1 }));
    const g = aggregateRows(rows, [p95], { grain: "month", calendar: utc, quantiles: "sketch" }).groups[0];
    expect(g?.partial.values).toBeNull();
    expect(Math.abs((g?.value ?? 0) - 19.05)).toBeLessThanOrEqual(0.01 * 19.05);
  });
  it("applies corrections unless effective is false", () => {
    const rows = [
      { id: "m1", kpiId: "waiting-days", subjectId: "s", at: "2026-01-01T00:00:00Z", value: 10 },
      { id: "m2", kpiId: "waiting-days", subjectId: "s", at: "2026-01-01T00:00:00Z", value: 0, supersedes: "m1" },
    ];
    expect(aggregateRows(rows, [waiting], { grain: "month", calendar: utc }).groups[0]?.partial.count).toBe(1);
    expect(aggregateRows(rows, [waiting], { grain: "month", calendar: utc }).groups[0]?.value).toBe(0);
    expect(aggregateRows(rows, [waiting], { grain: "month", calendar: utc, effective: false }).groups[0]?.value).toBe(5);
  });
  it("throws non_finite with the row's path when a value is not finite", () => {
    expect(() =>
      aggregateRows(
        [
          { kpiId: "waiting-days", subjectId: "s", at: "2026-01-01T00:00:00Z", value: 1 },
          { kpiId: "waiting-days", subjectId: "s", at: "2026-01-01T00:00:00Z", value: Infinity },
        ],
        [waiting],
        { grain: "month", calendar: utc },
      ),
    ).toThrowError(expect.objectContaining({ code: "non_finite", path: [1, "value"] }));
  });
  it("throws invalid_input, not non_finite, when a number field holds a string or another non-number", () => {
    const row = { kpiId: "waiting-days", subjectId: "s", at: 0, value: 1 };
    const ratioRow = { kpiId: "fcr", subjectId: "s", at: 0, numerator: 1, denominator: 2 };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...row, value: "5" }, "value", "must be a number, not a string"],
      [{ ...row, value: true }, "value", "must be a number, not a boolean"],
      [{ ...row, weight: "2" }, "weight", "must be a number, not a string"],
      [{ ...ratioRow, numerator: "1" }, "numerator", "must be a number, not a string"],
      [{ ...ratioRow, denominator: {} }, "denominator", "must be a number, not an object"],
    ];
    for (const [bad, field, what] of cases) {
      expect(kpiErrorOf(() => aggregateRows([bad] as never, [waiting, fcr], { grain: "month", calendar: utc }))).toEqual({
        code: "invalid_input",
        path: [0, field],
        message: `aggregateRows: rows[0].${field} ${what}`,
      });
    }
    // NaN is still non_finite.
    expect(kpiErrorOf(() => aggregateRows([{ ...row, value: NaN }], [waiting], { grain: "month", calendar: utc }))?.code).toBe("non_finite");
  });
  it("throws invalid_weight when a weight is negative", () => {
    expect(() =>
      aggregateRows([{ kpiId: "waiting-days", subjectId: "s", at: 0, value: 1, weight: -2 }], [waiting], { grain: "month", calendar: utc }),
    ).toThrowError(expect.objectContaining({ code: "invalid_weight", path: [0, "weight"] }));
  });
  it("throws invalid_denominator when a denominator is negative", () => {
    expect(() =>
      aggregateRows([{ kpiId: "fcr", subjectId: "s", at: 0, numerator: 1, denominator: -2 }], [fcr], { grain: "month", calendar: utc }),
    ).toThrowError(expect.objectContaining({ code: "invalid_denominator", path: [0, "denominator"] }));
  });
  it("names the row of a ratio record without a denominator among value records, also past a corrected row", () => {
    // One ratio row in four: numerators and denominators are kept for those rows only, and the row is still named.
    const rows = [
      { id: "a", kpiId: "waiting-days", subjectId: "s", at: 0, value: 1 },
      { id: "b", kpiId: "waiting-days", subjectId: "s", at: 0, value: 2, supersedes: "a" },
      { id: "c", kpiId: "fcr", subjectId: "s", at: 0, numerator: 1, denominator: 2 },
      { id: "d", kpiId: "waiting-days", subjectId: "s", at: 0, value: 3 },
      { id: "e", kpiId: "waiting-days", subjectId: "s", at: 0, value: 4 },
      { id: "f", kpiId: "fcr", subjectId: "s", at: 0, numerator: 1 },
      { id: "g", kpiId: "waiting-days", subjectId: "s", at: 0, value: 5 },
      { id: "h", kpiId: "waiting-days", subjectId: "s", at: 0, value: 6 },
    ];
    expect(() => aggregateRows(rows, [waiting, fcr], { grain: "month", calendar: utc })).toThrowError(
      expect.objectContaining({ code: "invalid_denominator", path: [5, "denominator"] }),
    );
    // Without the bad row: 1/2 → 50 %, and the values 2…6 (the corrected 1 left out).
    const groups = aggregateRows(rows.filter((r) => r.id !== "f"), [waiting, fcr], { grain: "month", calendar: utc }).groups;
    expect(groups.map((g) => [g.kpiId, g.partial.count, g.partial.sum, g.partial.numeratorSum, g.partial.denominatorSum])).toEqual([
      ["waiting-days", 5, 20, 0, 0],
      ["fcr", 0, 0, 1, 2],
    ]);
  });
  it("refuses a row that has a numerator or denominator only when read a second time (a getter), and takes one that loses it", () => {
    const values = Array.from({ length: 4 }, (_, i) => ({ kpiId: "waiting-days", subjectId: "s", at: 0, value: i }));
    // Rows are read twice: once to count the rows with a ratio, then to take them in.
    let reads = 0;
    const gone = { kpiId: "waiting-days", subjectId: "s", at: 0, value: 9, get numerator() { return reads++ === 0 ? 1 : undefined; } };
    const g = aggregateRows([...values, gone as never], [waiting, fcr], { grain: "month", calendar: utc }).groups;
    // Values 0, 1, 2, 3 and 9; no ratio.
    expect(g.map((x) => [x.kpiId, x.partial.count, x.partial.sum, x.partial.numeratorSum])).toEqual([["waiting-days", 5, 15, 0]]);
    for (const before of [[], [{ kpiId: "fcr", subjectId: "s", at: 0, numerator: 1, denominator: 2 }]]) {
      reads = 0;
      const late = { kpiId: "fcr", subjectId: "s", at: 0, get denominator() { return reads++ === 0 ? undefined : 2; } };
      const rows = [...values, ...before, late as never];
      expect(() => aggregateRows(rows, [waiting, fcr], { grain: "month", calendar: utc })).toThrowError(
        expect.objectContaining({ code: "invalid_input", path: [rows.length - 1, "numerator"] }),
      );
    }
  });
  it("throws invalid_input naming a row that is not an object", () => {
    for (const bad of [null, 7, "row"]) {
      expect(() =>
        aggregateRows([{ kpiId: "waiting-days", subjectId: "s", at: 0, value: 1 }, bad as never], [waiting], { grain: "month", calendar: utc }),
      ).toThrowError(expect.objectContaining({ code: "invalid_input", path: [1] }));
    }
  });
  it("throws unknown_reference when a row names an unknown KPI", () => {
    expect(() =>
      aggregateRows(
        [{ kpiId: "waiting-days", subjectId: "s", at: 0, value: 1 }, { kpiId: "nope", subjectId: "s", at: 0, value: 1 }],
        [waiting],
        { grain: "month", calendar: utc },
      ),
    ).toThrowError(expect.objectContaining({ code: "unknown_reference", path: [1, "kpiId"] }));
  });
  it("throws invalid_input when an instant has no zone", () => {
    expect(() =>
      aggregateRows([{ kpiId: "waiting-days", subjectId: "s", at: "2026-01-01T00:00:00", value: 1 }], [waiting], { grain: "month", calendar: utc }),
    ).toThrowError(expect.objectContaining({ code: "invalid_input", path: [0, "at"] }));
  });
  it("throws unknown_reference when a correction names an unknown record", () => {
    expect(() =>
      aggregateRows([{ kpiId: "waiting-days", subjectId: "s", at: 0, value: 1, supersedes: "zz" }], [waiting], { grain: "month", calendar: utc }),
    ).toThrowError(expect.objectContaining({ code: "unknown_reference", path: [0, "supersedes"] }));
  });
  it("throws invalid_time_zone when the calendar's zone is unknown", () => {
    expect(() =>
      aggregateRows([{ kpiId: "waiting-days", subjectId: "s", at: 0, value: 1 }], [waiting], {
        grain: "month",
        calendar: { timeZone: "Mars/Olympus", fiscalYearStartMonth: 1 },
      }),
    ).toThrowError(expect.objectContaining({ code: "invalid_time_zone" }));
  });
});

describe("aggregateRows", () => {
  it("matches the documented example", () => {
    const result = aggregateRows(
      [
        { id: "m1", kpiId: "fcr", subjectId: "riga", at: Date.UTC(2026, 0, 5), numerator: 1, denominator: 2, status: "normal" },
        { id: "m2", kpiId: "fcr", subjectId: "riga", at: Date.UTC(2026, 0, 9), numerator: 99, denominator: 100, status: "provisional" },
      ] as unknown as Measurement[],
      [fcr],
      { grain: "month", calendar: utc },
    );
    expect([result.groups[0]?.value?.toFixed(2), result.groups[0]?.partial.statuses.provisional]).toEqual(["98.04", 1]);
  });
  it("groups by fiscal year when asked", () => {
    const april = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 };
    const ms = [
      { id: "a", kpiId: "waiting-days", subjectId: "s", at: Date.parse("2026-03-31T20:59:59Z"), value: 1, status: "normal" }, // 23:59:59 on 31 March local
      { id: "b", kpiId: "waiting-days", subjectId: "s", at: Date.parse("2026-03-31T21:00:00Z"), value: 3, status: "normal" }, // 1 April 00:00 local
    ] as unknown as Measurement[];
    expect(aggregateRows(ms, [waiting], { grain: "fiscal_year", calendar: april }).groups.map((g) => g.period)).toEqual([
      "FY2025-26",
      "FY2026-27",
    ]);
  });
});

describe("aggregateColumns", () => {
  it("matches the documented example", () => {
    const visits = { id: "visits", measure: { kind: "count" }, aggregation: "sum" } as const;
    const result = aggregateColumns(
      {
        kpi: new Int32Array([0, 0, 0]),
        subject: new Int32Array([0, 1, 0]),
        at: new Float64Array([Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 2), Date.UTC(2026, 1, 1)]),
        value: new Float64Array([3, 4, 5]),
      },
      [visits],
      { grain: "month", calendar: utc, subjectIds: ["a", "b"] },
    );
    expect(result.groups.map((g) => `${g.subjectId} ${g.period} ${g.value}`)).toEqual(["a 2026-01 3", "a 2026-02 5", "b 2026-01 4"]);
  });
  it("accepts plain arrays and ratio columns with NaN on other rows", () => {
    const r = aggregateColumns(
      { kpi: [0, 1], subject: [0, 0], at: [0, 0], value: [2, NaN], numerator: [NaN, 1], denominator: [NaN, 4] },
      [waiting, fcr],
      { grain: "year", calendar: utc, subjectIds: ["s"] },
    );
    expect(r.groups.map((g) => g.value)).toEqual([2, 25]);
  });
  it("throws non_finite with the column path when a value is NaN", () => {
    expect(() =>
      aggregateColumns({ kpi: [0, 0], subject: [0, 0], at: [0, 0], value: [1, NaN] }, [waiting], { grain: "year", calendar: utc, subjectIds: ["s"] }),
    ).toThrowError(expect.objectContaining({ code: "non_finite", path: ["value", 1] }));
  });
  it("keeps the first met of equal least and greatest values, -0 and +0 too, for quantile and other KPIs alike", () => {
    // Per subject, its values in record order, and the least and greatest by "the first met of equal ones":
    // a: 0, -0 → +0, +0; b: -0, 0 → -0, -0; c: -0, 0, 1 … 38 (40 values: the large-group sort) → -0, 38;
    // d: 0, -0, -1 … -38 → -38, +0; e: 3, 3 → 3, 3; f: 0, -0, -1 → -1, +0; g: 0, -0, 1 … 38 → +0, 38.
    const runs = [
      [0, -0],
      [-0, 0],
      [-0, 0, ...Array.from({ length: 38 }, (_, i) => i + 1)],
      [0, -0, ...Array.from({ length: 38 }, (_, i) => -(i + 1))],
      [3, 3],
      [0, -0, -1],
      [0, -0, ...Array.from({ length: 38 }, (_, i) => i + 1)],
    ];
    const expected = ["+0 +0", "-0 -0", "-0 38", "-38 +0", "3 3", "-1 +0", "+0 38"];
    const show = (x: number | null): string => (x === 0 ? (Object.is(x, -0) ? "-0" : "+0") : String(x));
    const value: number[] = [], subject: number[] = [], kpi: number[] = [];
    for (const k of [0, 1]) {
      runs.forEach((run, s) => {
        for (const v of run) {
          kpi.push(k);
          subject.push(s);
          value.push(v);
        }
      });
    }
    const r = aggregateColumns({ kpi, subject, at: kpi.map(() => 0), value }, [p95, waiting], {
      grain: "year",
      calendar: utc,
      subjectIds: ["a", "b", "c", "d", "e", "f", "g"],
    });
    expect(r.groups.map((g) => `${show(g.partial.min)} ${show(g.partial.max)}`)).toEqual([...expected, ...expected]);
  });
  it("refuses each bad cell with its code and column path, and names a row's first problem in the documented order", () => {
    // Row 0 is a good record of waiting-days; row 1 is the case: [kpi (0 waiting-days, 1 fcr), value, numerator,
    // denominator, weight] and the error expected, worked out from the @throws contract (weight, then value, then
    // numerator and denominator, then what the KPI's kind needs; 1e100 is the largest magnitude taken).
    const N = Number.NaN;
    const I = Number.POSITIVE_INFINITY;
    const cases: [number, number, number, number, number, string, string][] = [
      [0, I, N, N, 1, "non_finite", "value"],
      [0, -I, N, N, 1, "non_finite", "value"],
      [0, 1e101, N, N, 1, "overflow", "value"],
      [0, -1e101, N, N, 1, "overflow", "value"],
      [0, N, N, N, 1, "non_finite", "value"],
      [0, 1, N, N, -1, "invalid_weight", "weight"],
      [0, 1, N, N, I, "non_finite", "weight"],
      [0, 1, N, N, N, "non_finite", "weight"],
      [0, 1, N, N, 1e101, "overflow", "weight"],
      [0, 1, 1, -1, 1, "invalid_denominator", "denominator"],
      [0, I, 1, -1, -1, "invalid_weight", "weight"],
      [0, 1e101, 1, -1, 1, "overflow", "value"],
      [1, N, 1, -1, 1, "invalid_denominator", "denominator"],
      [1, N, I, 2, 1, "non_finite", "numerator"],
      [1, N, -I, -1, 1, "non_finite", "numerator"],
      [1, N, 1, I, 1, "non_finite", "denominator"],
      [1, N, N, 2, 1, "invalid_denominator", "numerator"],
      [1, N, 1, N, 1, "invalid_denominator", "denominator"],
      [1, N, 1e101, 2, 1, "overflow", "numerator"],
      [1, N, -1e101, 2, 1, "overflow", "numerator"],
      [1, N, 1, 1e101, 1, "overflow", "denominator"],
      [1, N, N, N, 1, "invalid_denominator", "denominator"],
      [1, N, N, N, -1, "invalid_weight", "weight"],
    ];
    const run = ([kpi, value, numerator, denominator, weight]: readonly [number, number, number, number, number, ...string[]]) =>
      aggregateColumns(
        { kpi: [0, kpi], subject: [0, 0], at: [0, 0], value: [1, value], numerator: [N, numerator], denominator: [N, denominator], weight: [1, weight] },
        [waiting, fcr],
        { grain: "year", calendar: utc, subjectIds: ["s"] },
      );
    const found = cases.map((c) => {
      try {
        run(c);
        return "no error";
      } catch (e) {
        const { code, path } = e as { code: string; path: unknown[] };
        return `${code} ${path.join(" ")}`;
      }
    });
    expect(found).toEqual(cases.map((c) => `${c[5]} ${c[6]} 1`));
    // The codes and the instant come first in a row: [kpi, subject, at, value, weight] with subjectIds ["s"].
    const codeCases: [number, number, number, number, number, string, string][] = [
      [2, 0, 0, 1, 1, "unknown_reference", "kpi"],
      [-1, 0, 0, 1, 1, "unknown_reference", "kpi"],
      [0.5, 0, 0, 1, 1, "unknown_reference", "kpi"],
      [0, 1, 0, 1, 1, "unknown_reference", "subject"],
      [0, -1, 0, 1, 1, "unknown_reference", "subject"],
      [0, 0, N, 1, 1, "non_finite", "at"],
      [0, 0, I, 1, 1, "non_finite", "at"],
      [0, 0, -I, 1, 1, "non_finite", "at"],
      [2, 1, N, I, -1, "unknown_reference", "kpi"],
      [0, 1, N, I, -1, "unknown_reference", "subject"],
      [0, 0, N, I, -1, "non_finite", "at"],
    ];
    const foundCodes = codeCases.map(([k, subject, at, value, weight]) => {
      try {
        aggregateColumns({ kpi: [0, k], subject: [0, subject], at: [0, at], value: [1, value], weight: [1, weight] }, [waiting, fcr], {
          grain: "year",
          calendar: utc,
          subjectIds: ["s"],
        });
        return "no error";
      } catch (e) {
        const { code, path } = e as { code: string; path: unknown[] };
        return `${code} ${path.join(" ")}`;
      }
    });
    expect(foundCodes).toEqual(codeCases.map((c) => `${c[5]} ${c[6]} 1`));
    // Row by row: the first row with a problem is the error, whatever its field (row 1's value before row 2's code).
    expect(() =>
      aggregateColumns({ kpi: [0, 0, 9], subject: [0, 0, 0], at: [0, 0, N], value: [1, I, 1] }, [waiting], { grain: "year", calendar: utc, subjectIds: ["s"] }),
    ).toThrowError(expect.objectContaining({ code: "non_finite", path: ["value", 1] }));
    // At the limits, a weight of 0 (also -0) and a zero denominator: taken. waiting-days has four records, three of
    // them counted (the weight-0 one adds to nothing), summed in record order: 1e100 − 1e100 + 1 = 1. fcr has two.
    const ok = aggregateColumns(
      {
        kpi: [0, 0, 0, 0, 1, 1],
        subject: [0, 0, 0, 0, 0, 0],
        at: [0, 0, 0, 0, 0, 0],
        value: [1e100, -1e100, 1, N, N, N],
        numerator: [N, N, N, N, 0, -1e100],
        denominator: [N, N, N, N, 0, 2],
        weight: [1, 1, 1, 0, 1, -0],
      },
      [waiting, fcr],
      { grain: "year", calendar: utc, subjectIds: ["s"] },
    );
    expect(ok.groups.map((g) => [g.kpiId, g.partial.records, g.partial.count])).toEqual([
      ["waiting-days", 4, 3],
      ["fcr", 2, 0],
    ]);
    expect(ok.groups[0]?.partial.sum).toBe(1);
  });
  it("throws unknown_reference when a code is out of range", () => {
    expect(() =>
      aggregateColumns({ kpi: [0, 3], subject: [0, 0], at: [0, 0], value: [1, 1] }, [waiting], { grain: "year", calendar: utc, subjectIds: ["s"] }),
    ).toThrowError(expect.objectContaining({ code: "unknown_reference", path: ["kpi", 1] }));
    expect(() =>
      aggregateColumns({ kpi: [0], subject: [1], at: [0], value: [1] }, [waiting], { grain: "year", calendar: utc, subjectIds: ["s"] }),
    ).toThrowError(expect.objectContaining({ code: "unknown_reference", path: ["subject", 0] }));
  });
  it("throws invalid_argument when columns differ in length", () => {
    expect(() =>
      aggregateColumns({ kpi: [0], subject: [0, 0], at: [0], value: [1] }, [waiting], { grain: "year", calendar: utc, subjectIds: ["s"] }),
    ).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["subject"] }));
  });
  it("uses a hash of group keys when the key space is large", () => {
    // 3 KPIs × 1,000,000 subject codes × 1 period is above the dense limit.
    const subjectIds = Array.from({ length: 1_000_000 }, (_, i) => `s${i}`);
    const r = aggregateColumns(
      { kpi: [0, 0, 0], subject: [999_999, 5, 5], at: [0, 0, 0], value: [1, 2, 3] },
      [waiting, { ...waiting, id: "w2" }, { ...waiting, id: "w3" }],
      { grain: "year", calendar: utc, subjectIds },
    );
    expect(r.groups.map((g) => [g.subjectId, g.value])).toEqual([["s5", 2.5], ["s999999", 1]]);
  });
  it("keeps ratio sums per group when the hashed slots grow", () => {
    // 70 000 groups of the ratio KPI (more than the 65 536 slots the hash starts with), each with records k/10 and
    // 1/0: Σ numerators k + 1, Σ denominators 10, so the value is (k + 1) / 10 × 100; one zero denominator per group.
    // Two records per group, neither with a value (they stay out of the runs, counted per slot as the slots grow).
    const subjectIds = Array.from({ length: 1_000_000 }, (_, i) => `s${String(i).padStart(7, "0")}`);
    const groups = 70_000;
    const n = 2 * groups;
    const subject = Int32Array.from({ length: n }, (_, i) => 14 * (i % groups));
    const numerator = Float64Array.from({ length: n }, (_, i) => (i < groups ? i : 1));
    const denominator = Float64Array.from({ length: n }, (_, i) => (i < groups ? 10 : 0));
    const r = aggregateColumns(
      { kpi: new Int32Array(n), subject, at: new Float64Array(n), numerator, denominator },
      [fcr, { ...fcr, id: "fcr2" }, { ...fcr, id: "fcr3" }],
      { grain: "year", calendar: utc, subjectIds },
    );
    const c = r.columns;
    expect(c.length).toBe(groups);
    const wrong: number[] = [];
    for (let k = 0; k < groups; k++) {
      const ok =
        c.subjectIds[c.subjectIndex[k]!] === subjectIds[14 * k] &&
        c.records[k] === 2 &&
        c.count[k] === 0 &&
        c.value[k] === ((k + 1) / 10) * 100 &&
        c.ratioRecords![k] === 2 &&
        c.zeroDenominators![k] === 1 &&
        c.ratioSum![k] === k / 10;
      if (!ok) wrong.push(k);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});

describe("aggregateColumnsCore", () => {
  it("matches the documented example", () => {
    const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as const;
    expect(
      aggregateColumnsCore(
        { n: 1, kpi: [0], subject: null, at: [0], value: [5], numerator: null, denominator: null, weight: null, status: null, subjectIds: ["s"], rowIndex: null },
        [kpi],
        { grain: "year", calendar: utc },
        { name: "aggregateColumns", form: "columns" },
      ).groups[0]?.value,
    ).toBe(5);
  });
});

describe("aggregateRowsAs", () => {
  it("matches the documented example", () => {
    const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as const;
    expect(
      aggregateRowsAs([{ kpiId: "k", subjectId: "s", at: "2026-01-01T00:00:00Z", value: 2 }], [kpi], { grain: "month", calendar: utc }, "aggregateRows")
        .groups[0]?.value,
    ).toBe(2);
  });
});
