import { describe, expect, it } from "vitest";
import { findOutOfRange } from "../../src/quality/findOutOfRange.js";
import { record } from "./records.js";

const kpis = [
  { id: "csat", measure: { kind: "value" }, validRange: { min: 0, max: 100 } },
  { id: "fcr", measure: { kind: "ratio", scale: 100 }, validRange: { min: 0, max: 100 } },
  { id: "per-thousand", measure: { kind: "ratio", scale: 1000 } },
  { id: "free", measure: { kind: "value" } },
] as never;

describe("findOutOfRange", () => {
  it("matches the documented example", () => {
    const exampleKpis = [
      { id: "csat", measure: { kind: "value" }, validRange: { min: 0, max: 100 } },
      { id: "fcr", measure: { kind: "ratio", scale: 100 } },
    ];
    const findings = findOutOfRange(
      [
        { id: "a", kpiId: "csat", subjectId: "svc", at: 0, value: 101, status: "normal" },
        { id: "b", kpiId: "csat", subjectId: "svc", at: 1, value: 100, status: "normal" },
        { id: "c", kpiId: "fcr", subjectId: "svc", at: 0, numerator: 12, denominator: 10, status: "normal" },
      ] as never,
      exampleKpis as never,
    );
    expect(findings.map((f) => [f.id, f.value, f.reasons])).toEqual([
      ["a", 101, ["above_max"]],
      ["c", 120, ["share_above_whole"]],
    ]);
  });

  it("accepts values on the range bounds and flags values beyond them", () => {
    const findings = findOutOfRange(
      [
        record({ id: "lo", kpiId: "csat", value: 0 }),
        record({ id: "hi", kpiId: "csat", value: 100 }),
        record({ id: "below", kpiId: "csat", value: -0.5 }),
        record({ id: "any", kpiId: "free", value: -1e9 }),
      ],
      kpis,
    );
    expect(findings).toEqual([
      { id: "below", index: 2, kpiId: "csat", subjectId: "s", at: 0, value: -0.5, reasons: ["below_min"] },
    ]);
  });

  it("flags a share above the whole and its range at once", () => {
    // 11 / 10 × 100 = 110 > max 100, and 11 > 10.
    const [finding] = findOutOfRange([record({ id: "r", kpiId: "fcr", numerator: 11, denominator: 10 })], kpis);
    expect(finding?.value).toBeCloseTo(110, 10);
    expect(finding?.reasons).toEqual(["above_max", "share_above_whole"]);
  });

  it("does not flag a numerator above the denominator when the scale is not 100", () => {
    expect(findOutOfRange([record({ id: "r", kpiId: "per-thousand", numerator: 3, denominator: 2 })], kpis)).toEqual([]);
  });

  it("skips the range check of a ratio with a zero denominator", () => {
    expect(findOutOfRange([record({ id: "r", kpiId: "fcr", numerator: 0, denominator: 0 })], kpis)).toEqual([]);
  });

  it("checks the correction, not the record it replaces", () => {
    const findings = findOutOfRange(
      [record({ id: "bad", kpiId: "csat", value: 900 }), record({ id: "ok", kpiId: "csat", value: 90, supersedes: "bad" }), record({ id: "worse", kpiId: "csat", value: 101 })],
      kpis,
    );
    expect(findings.map((f) => [f.id, f.index])).toEqual([["worse", 2]]);
  });

  it("throws unknown_reference for a record of an unknown KPI", () => {
    expect(() => findOutOfRange([record({ id: "a", kpiId: "csat" }), record({ id: "b", kpiId: "nope" })], kpis)).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [1, "kpiId"] }),
    );
  });

  it("throws non_finite for a non-finite value", () => {
    expect(() => findOutOfRange([record({ id: "a", kpiId: "csat", value: Number.NaN })], kpis)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [0, "value"] }),
    );
  });

  it("throws duplicate_id for a KPI listed twice", () => {
    const twice = [{ id: "x", measure: { kind: "value" } }, { id: "x", measure: { kind: "value" } }] as never;
    expect(() => findOutOfRange([], twice)).toThrowError(expect.objectContaining({ code: "duplicate_id", path: ["kpis", 1, "id"] }));
  });
});
