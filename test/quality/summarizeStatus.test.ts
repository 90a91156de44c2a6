import { describe, expect, it } from "vitest";
import { summarizeStatus } from "../../src/quality/summarizeStatus.js";
import { record } from "./records.js";

describe("summarizeStatus", () => {
  it("matches the documented example", () => {
    expect(
      summarizeStatus([
        { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1, status: "normal" },
        { id: "b", kpiId: "k", subjectId: "s", at: 1, value: 2, status: "provisional" },
        { id: "c", kpiId: "k", subjectId: "s", at: 2, value: 3, status: "estimated" },
      ] as never),
    ).toEqual({ total: 3, normal: 1, provisional: 1, estimated: 1, revised: 0, flag: "provisional" });
  });

  it("returns a null flag when there are no records", () => {
    expect(summarizeStatus([])).toEqual({ total: 0, normal: 0, provisional: 0, estimated: 0, revised: 0, flag: null });
  });

  it("flags estimated before revised and revised before normal", () => {
    const s = (statuses: ("normal" | "estimated" | "revised")[]) =>
      summarizeStatus(statuses.map((status, i) => record({ id: `r${i}`, at: i, status }))).flag;
    expect(s(["normal", "revised", "estimated"])).toBe("estimated");
    expect(s(["normal", "revised"])).toBe("revised");
    expect(s(["normal", "normal"])).toBe("normal");
  });

  it("does not count a provisional record once it is corrected", () => {
    const summary = summarizeStatus([
      record({ id: "p", status: "provisional" }),
      record({ id: "q", status: "normal", supersedes: "p" }),
    ]);
    expect(summary).toEqual({ total: 1, normal: 1, provisional: 0, estimated: 0, revised: 0, flag: "normal" });
  });

  it("throws invalid_argument for an unknown status", () => {
    expect(() => summarizeStatus([record({ id: "a" }), record({ id: "b", status: "final" as never })])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: [1, "status"] }),
    );
  });
});
