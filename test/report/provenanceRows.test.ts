import { describe, expect, it } from "vitest";
import { parseWorkspace } from "../../src/model/workspace.js";
import { buildReport } from "../../src/report/buildReport.js";
import { provenanceRows } from "../../src/report/_lib/provenanceRows.js";

describe("provenanceRows", () => {
  it("matches the documented example", () => {
    const workspace = parseWorkspace({ name: { lv: "Piemērs", en: "Example" }, calendars: [{}],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }] });
    const report = buildReport(workspace, [], { audience: "management", scope: "lv", period: "2026-03", asOf: 0, locale: "en" });
    expect(provenanceRows(report.provenance)[4]).toEqual(["Scope", "Latvia (lv)"]);
  });

  it("gives ten rows, with a dash where no events were given", () => {
    const workspace = parseWorkspace({ name: { lv: "Piemērs", en: "Example" }, calendars: [{}],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }] });
    const rows = provenanceRows(buildReport(workspace, [], { audience: "public", scope: "lv", period: "2026-03", asOf: 0, locale: "lv" }).provenance);
    expect(rows.length).toBe(10);
    expect(rows[8]?.[1]).toBe("—");
  });
});
