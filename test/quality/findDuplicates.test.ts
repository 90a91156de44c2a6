import { describe, expect, it } from "vitest";
import { findDuplicates } from "../../src/quality/findDuplicates.js";
import { record } from "./records.js";

describe("findDuplicates", () => {
  it("matches the documented example", () => {
    const groups = findDuplicates([
      { id: "a", kpiId: "csat", subjectId: "svc", at: Date.parse("2026-03-01T02:00:00+02:00"), value: 4, status: "normal" },
      { id: "b", kpiId: "csat", subjectId: "svc", at: Date.parse("2026-03-01T00:00:00Z"), value: 5, status: "normal" },
      { id: "c", kpiId: "csat", subjectId: "svc", at: Date.parse("2026-03-02T00:00:00Z"), value: 5, status: "normal" },
    ] as never);
    // a and b are the same instant with values 4 and 5: a conflict, not a re-send.
    expect(groups.map((g) => [g.ids, g.agree])).toEqual([[["a", "b"], false]]);
  });

  it("says a group agrees when every record carries the same numbers (an absent weight is 1), whatever the status", () => {
    const groups = findDuplicates([
      record({ id: "a", at: 5, value: 3, weight: 1, status: "provisional" }),
      record({ id: "b", at: 5, value: 3 }),
      record({ id: "c", at: 9, numerator: 1, denominator: 2 }),
      record({ id: "d", at: 9, numerator: 1, denominator: 3 }),
      record({ id: "e", at: 12, value: 3, weight: 2 }),
      record({ id: "f", at: 12, value: 3, weight: 1 }),
    ]);
    expect(groups.map((g) => [g.ids, g.agree])).toEqual([[["a", "b"], true], [["c", "d"], false], [["e", "f"], false]]);
  });

  it("compares instants given with different offsets as the same instant", () => {
    // 02:00 at +02:00 is 00:00 UTC; 03:00 at +03:00 is also 00:00 UTC.
    const groups = findDuplicates([
      record({ id: "x", at: "2026-03-01T02:00:00+02:00" }),
      record({ id: "y", at: "2026-03-01T03:00:00+03:00" }),
      record({ id: "z", at: "2026-03-01T00:00:00Z" }),
    ]);
    expect(groups).toEqual([{ kpiId: "k", subjectId: "s", at: Date.UTC(2026, 2, 1), ids: ["x", "y", "z"], agree: true }]);
  });

  it("does not group records of another KPI or subject at the same instant", () => {
    const groups = findDuplicates([
      record({ id: "a", kpiId: "k1", subjectId: "s1", at: 10 }),
      record({ id: "b", kpiId: "k2", subjectId: "s1", at: 10 }),
      record({ id: "c", kpiId: "k1", subjectId: "s2", at: 10 }),
      record({ id: "d", kpiId: "k1", subjectId: "s2", at: 11 }),
    ]);
    expect(groups).toEqual([]);
  });

  it("does not count a superseded record as a duplicate of its correction", () => {
    const groups = findDuplicates([
      record({ id: "orig", at: 10 }),
      record({ id: "fix", at: 10, value: 2, supersedes: "orig" }),
    ]);
    expect(groups).toEqual([]);
  });

  it("still finds a duplicate of a correction when the input is already effective", () => {
    const groups = findDuplicates([
      record({ id: "fix", at: 10, value: 2, supersedes: "gone" }),
      record({ id: "other", at: 10 }),
    ]);
    expect(groups.map((g) => g.ids)).toEqual([["fix", "other"]]);
  });

  it("orders groups by instant and ids in input order", () => {
    const groups = findDuplicates([
      record({ id: "late-2", at: 20 }),
      record({ id: "early-1", at: 5 }),
      record({ id: "late-1", at: 20 }),
      record({ id: "early-2", at: 5 }),
      record({ id: "early-3", at: 5 }),
    ]);
    expect(groups.map((g) => g.ids)).toEqual([
      ["early-1", "early-2", "early-3"],
      ["late-2", "late-1"],
    ]);
  });

  it("throws non_finite for a non-finite instant", () => {
    expect(() => findDuplicates([record({ id: "a", at: 1 }), record({ id: "b", at: Number.NaN })])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [1, "at"] }),
    );
  });

  it("throws invalid_argument when measurements is not an array", () => {
    expect(() => findDuplicates({} as never)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: [] }));
  });
});
