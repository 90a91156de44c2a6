import { describe, expect, it } from "vitest";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { parseWorkspace } from "../../src/model/workspace.js";
import type { KpiError } from "../../src/errors.js";
import { workspaceInput } from "../fixtures.js";

const workspace = parseWorkspace(workspaceInput());
const ok = { id: "m1", kpiId: "permits-in-time", subjectId: "permits", at: "2026-03-01T00:00:00Z", numerator: 9, denominator: 10 };

describe("parseMeasurements", () => {
  it("matches the documented example", () => {
    const ws = parseWorkspace({
      name: { lv: "Piemērs", en: "Example" }, calendars: [{}],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
    });
    try {
      parseMeasurements([{ id: "m1", kpiId: "nope", subjectId: "lv", at: 0, value: 1 }], ws);
      expect.unreachable();
    } catch (error) {
      expect((error as KpiError).path).toEqual([0, "kpiId"]);
    }
  });

  it("parses a valid batch in order and keeps corrections", () => {
    const out = parseMeasurements([ok, { ...ok, id: "m2", numerator: 10, supersedes: "m1", status: "revised" }], workspace);
    expect(out.map((m) => m.id)).toEqual(["m1", "m2"]);
  });

  it("reports the record index with the field's path", () => {
    expect(() => parseMeasurements([ok, { ...ok, id: "m2", numerator: Number.NaN }], workspace)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [1, "numerator"] }),
    );
  });

  it("refuses an unknown subject, an inapplicable KPI, a duplicate id and a dangling supersedes", () => {
    expect(() => parseMeasurements([{ ...ok, subjectId: "x" }], workspace)).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [0, "subjectId"] }),
    );
    expect(() => parseMeasurements([{ ...ok, kpiId: "backlog", subjectId: "admin", value: 1 }], workspace)).toThrowError(
      expect.objectContaining({ code: "inapplicable_kpi", path: [0, "subjectId"] }),
    );
    expect(() => parseMeasurements([ok, ok], workspace)).toThrowError(expect.objectContaining({ code: "duplicate_id", path: [1, "id"] }));
    expect(() => parseMeasurements([{ ...ok, supersedes: "m0" }], workspace)).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [0, "supersedes"] }),
    );
  });

  it("refuses input that is not an array, or too many records", () => {
    expect(() => parseMeasurements({}, workspace)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [] }));
    expect(() => parseMeasurements([ok, ok], workspace, { maxRecords: 1 })).toThrowError(expect.objectContaining({ code: "input_too_large" }));
  });
});
