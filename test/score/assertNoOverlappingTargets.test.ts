import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { assertNoOverlappingTargets } from "../../src/score/assertNoOverlappingTargets.js";

const t = (kpiId: string, scopeId: string, validFrom: string, validTo?: string) =>
  validTo === undefined ? { kpiId, scopeId, validFrom } : { kpiId, scopeId, validFrom, validTo };

describe("assertNoOverlappingTargets", () => {
  it("matches the documented example", () => {
    expect(
      assertNoOverlappingTargets([
        { kpiId: "csat", scopeId: "riga", validFrom: "2026-01-01", validTo: "2026-07-01" },
        { kpiId: "csat", scopeId: "riga", validFrom: "2026-07-01" },
      ]),
    ).toBeUndefined();
  });

  it("accepts overlapping validity when the KPI or the node differs", () => {
    expect(() =>
      assertNoOverlappingTargets([t("csat", "riga", "2026-01-01"), t("csat", "lv", "2026-01-01"), t("nps", "riga", "2026-01-01")]),
    ).not.toThrow();
  });

  it("throws with the path of the later target when two overlap", () => {
    // [01-01, 07-01) and [06-01, ∞) share June
    expect(() =>
      assertNoOverlappingTargets([t("csat", "riga", "2026-01-01", "2026-07-01"), t("nps", "riga", "2026-01-01"), t("csat", "riga", "2026-06-01")]),
    ).toThrowError(expect.objectContaining({ code: "overlapping_targets", path: ["targets", 2] }));
  });

  it("throws when a later target starts before an earlier one and reaches into it", () => {
    // [2026-03-01, ∞) then [2026-01-01, 2026-03-02): one day in common
    expect(() =>
      assertNoOverlappingTargets([t("csat", "riga", "2026-03-01"), t("csat", "riga", "2026-01-01", "2026-03-02")]),
    ).toThrowError(expect.objectContaining({ code: "overlapping_targets", path: ["targets", 1] }));
  });

  it("accepts a later target that ends exactly where an earlier one starts", () => {
    expect(() =>
      assertNoOverlappingTargets([t("csat", "riga", "2026-03-01"), t("csat", "riga", "2026-01-01", "2026-03-01")]),
    ).not.toThrow();
  });

  it("throws when a target fits inside a gap too small for it", () => {
    // [01, 02) and [04, 05) then [02-15, 04-15) overlaps the second
    expect(() =>
      assertNoOverlappingTargets([
        t("k", "s", "2026-01-01", "2026-02-01"),
        t("k", "s", "2026-04-01", "2026-05-01"),
        t("k", "s", "2026-02-15", "2026-03-15"),
        t("k", "s", "2026-02-15", "2026-04-15"),
      ]),
    ).toThrowError(expect.objectContaining({ code: "overlapping_targets", path: ["targets", 3] }));
  });

  it("throws invalid_interval when validTo is not after validFrom", () => {
    expect(() => assertNoOverlappingTargets([t("k", "s", "2026-02-01", "2026-02-01")])).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["targets", 0, "validTo"] }),
    );
  });

  it("throws invalid_argument when a date is malformed", () => {
    expect(() => assertNoOverlappingTargets([t("k", "s", "2026-2-01")])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["targets", 0, "validFrom"] }),
    );
  });
});

describe("assertNoOverlappingTargets: wrong-shaped arguments", () => {
  it("throws invalid_argument for targets that are not an array, or a target that is not an object", () => {
    const error = (targets: unknown) => kpiErrorOf(() => assertNoOverlappingTargets(targets as never));
    const target = { kpiId: "csat", scopeId: "riga", validFrom: "2026-01-01" };
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: ["targets"], message: "assertNoOverlappingTargets: targets must be an array, not undefined" });
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["targets"], message: "assertNoOverlappingTargets: targets must be an array, not null" });
    expect(error({})).toEqual({ code: "invalid_argument", path: ["targets"], message: "assertNoOverlappingTargets: targets must be an array, not an object" });
    expect(error([null])).toEqual({ code: "invalid_argument", path: ["targets", 0], message: "assertNoOverlappingTargets: targets[0] must be an object, not null" });
    expect(error([target, 5])).toEqual({ code: "invalid_argument", path: ["targets", 1], message: "assertNoOverlappingTargets: targets[1] must be an object, not number" });
  });
});
