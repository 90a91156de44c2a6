import { describe, expect, it } from "vitest";
import { tableOf } from "../../src/cli/engineAggregates.js";

describe("tableOf", () => {
  it("matches the documented example", () => {
    const t = tableOf({ table: "m" }, new Map([["kpi_id", "text"], ["subjectId", "text"], ["at", "timestamp with time zone"], ["value", "double precision"]]), "m");
    // kpiId found in snake_case, no id or supersedes column (so no corrections), a time-zone-aware instant.
    expect([t.columns?.kpiId, t.columns?.value, t.columns?.id, t.instants, t.corrections]).toEqual(["kpi_id", "value", null, "timestamp", false]);
  });

  it("reads instants by their column's type, and refuses a missing column or a naive timestamp with the field's path", () => {
    const cols = (at: string) => new Map([["kpiId", "VARCHAR"], ["subjectId", "VARCHAR"], ["at", at], ["id", "VARCHAR"], ["supersedes", "VARCHAR"]]);
    expect([tableOf({ table: "m" }, cols("VARCHAR"), "m").instants, tableOf({ table: "m" }, cols("BIGINT"), "m").instants]).toEqual(["iso", "epoch_ms"]);
    expect(tableOf({ table: "m" }, cols("BIGINT"), "m").corrections).toBe(true);
    expect(() => tableOf({ table: "m" }, cols("TIMESTAMP"), "m")).toThrowError(expect.objectContaining({ code: "invalid_input", path: ["at"] }));
    expect(() => tableOf({ table: "m" }, new Map([["kpiId", "text"], ["at", "bigint"]]), "m")).toThrowError(expect.objectContaining({ code: "invalid_input", path: ["subjectId"] }));
  });
});
