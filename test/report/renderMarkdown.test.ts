import { describe, expect, it } from "vitest";
import { parseWorkspace } from "../../src/model/workspace.js";
import { buildReport } from "../../src/report/buildReport.js";
import { renderMarkdown } from "../../src/report/renderMarkdown.js";
import { fixtureAsOf, fixtureMeasurements, fixtureOutages, fixtureWorkspace } from "./fixture.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("renderMarkdown", () => {
  it("matches the documented example", () => {
    const workspace = parseWorkspace({
      name: { lv: "Piemērs", en: "Example" },
      calendars: [{ timeZone: "UTC" }],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
    });
    const report = buildReport(workspace, [], { audience: "public", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "en" });
    expect(renderMarkdown(report).split("\n")[0]).toBe("# Latvia, March 2026 — report for the public");
  });

  for (const audience of ["management", "technical", "public"] as const) {
    for (const locale of ["en", "lv"] as const) {
      it(`matches the stored snapshot when the fixture is reported for ${audience} in ${locale}`, async () => {
        const report = buildReport(fixtureWorkspace, fixtureMeasurements, {
          audience, scope: "town", period: "2026-03", asOf: fixtureAsOf, locale, outages: fixtureOutages,
        });
        await expect(renderMarkdown(report)).toMatchFileSnapshot(`./__snapshots__/fixture-${audience}.${locale}.md`);
      });
    }
  }

  it("escapes Markdown characters in texts when names hold them", () => {
    const workspace = parseWorkspace({
      name: { lv: "A|B", en: "A|B *x*" },
      calendars: [{ timeZone: "UTC" }],
      scopes: [{ id: "lv", kind: "national", name: { lv: "L", en: "L_1 *x*" }, parentId: null }],
    });
    const md = renderMarkdown(buildReport(workspace, [], { audience: "management", scope: "lv", period: "2026-03", asOf: 0, locale: "en" }));
    expect(md.split("\n")[0]).toBe("# L\\_1 \\*x\\*, March 2026 — report for management");
  });

  it("throws invalid_argument naming the field when the report is missing or wrong-shaped", () => {
    const workspace = parseWorkspace({
      name: { lv: "Piemērs", en: "Example" },
      calendars: [{ timeZone: "UTC" }],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
    });
    const report = buildReport(workspace, [], { audience: "public", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "en" });
    expect(kpiErrorOf(() => renderMarkdown(undefined as never))).toEqual({ code: "invalid_argument", path: [], message: "renderMarkdown: report must be an object, not undefined" });
    expect(kpiErrorOf(() => renderMarkdown("x" as never))).toEqual({ code: "invalid_argument", path: [], message: "renderMarkdown: report must be an object, not string" });
    expect(kpiErrorOf(() => renderMarkdown({ ...report, provenance: null } as never))).toEqual({ code: "invalid_argument", path: ["provenance"], message: "renderMarkdown: report.provenance must be an object, not null" });
    expect(kpiErrorOf(() => renderMarkdown({ ...report, sections: {} } as never))).toEqual({ code: "invalid_argument", path: ["sections"], message: "renderMarkdown: report.sections must be an array, not an object" });
    expect(kpiErrorOf(() => renderMarkdown({ ...report, sections: [null] } as never))).toEqual({ code: "invalid_argument", path: ["sections", 0], message: "renderMarkdown: report.sections[0] must be an object, not null" });
  });
});
