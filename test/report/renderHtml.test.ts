import { describe, expect, it } from "vitest";
import { parseWorkspace } from "../../src/model/workspace.js";
import { buildReport } from "../../src/report/buildReport.js";
import { renderHtml } from "../../src/report/renderHtml.js";
import { fixtureAsOf, fixtureMeasurements, fixtureOutages, fixtureWorkspace } from "./fixture.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const build = (audience: "management" | "technical" | "public", locale: "lv" | "en") =>
  buildReport(fixtureWorkspace, fixtureMeasurements, { audience, scope: "town", period: "2026-03", asOf: fixtureAsOf, locale, outages: fixtureOutages });

describe("renderHtml", () => {
  it("matches the documented example", async () => {
    const workspace = parseWorkspace({
      name: { lv: "Piemērs", en: "Example" },
      calendars: [{ timeZone: "UTC" }],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
    });
    const report = buildReport(workspace, [], { audience: "public", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "lv" });
    expect((await renderHtml(report)).slice(0, 32)).toBe('<!doctype html>\n<html lang="lv">');
  });

  it("has no network reference when rendered for every audience", async () => {
    for (const audience of ["management", "technical", "public"] as const) {
      const html = await renderHtml(build(audience, "en"));
      expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
      expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    }
  });

  it("draws every chart as SVG followed by its data table when rendered for technical teams", async () => {
    const report = build("technical", "lv");
    const html = await renderHtml(report);
    expect(html.startsWith('<!doctype html>\n<html lang="lv">')).toBe(true);
    // Counted from the report model: the heat map, the bullet charts of the scope node's own rows, the burn-downs,
    // and the series and control chart of each detail section that does not repeat an earlier series.
    let charts = 0;
    for (const s of report.sections) {
      if (s.kind === "scorecard") charts += (s.heatMap === null ? 0 : 1) + s.rows.filter((r) => r.depth === 0 && r.bullet !== null).length;
      if (s.kind === "sla") charts += s.objectives.filter((o) => o.burnDown !== null).length;
      if (s.kind === "kpi_detail" && s.sameSeriesAs === null) charts += 1 + (s.controlChart === null ? 0 : 1);
    }
    expect(charts).toBeGreaterThanOrEqual(4);
    const figures = html.match(/<figure><svg role="img" aria-label="[^"]+"[^]*?<\/svg><\/figure><details><summary>[^<]+<\/summary><table>/g) ?? [];
    expect(figures.length).toBe(charts);
  });

  it("keeps the technical report of the example municipality at or under 500 kB", async () => {
    const { exampleReport } = await import("./exampleMunicipality.js");
    for (const locale of ["lv", "en"] as const) {
      const html = await renderHtml(exampleReport("technical", locale));
      expect(Buffer.byteLength(html, "utf8")).toBeLessThanOrEqual(500_000);
    }
  }, 60_000);

  it("shows no target and no data with different symbols and words", async () => {
    // The fixture's office has a value and no target: it is counted under "◇ no target" in the summary, and its row
    // stands in the group of KPIs without a target, not among rows with "no data".
    const report = build("management", "en");
    const html = await renderHtml(report);
    expect(html).toContain('<th scope="col">◇ no target</th>');
    expect(html).toContain('<th scope="col">○ no data</th>');
    expect(html).toContain("<h3>KPIs without a target</h3>");
    expect(html).not.toMatch(/○<\/span> no target/);
  });

  it("shows a status by symbol and words as well as colour", async () => {
    const html = await renderHtml(build("management", "en"));
    expect(html).toContain('<span class="status status-green"><span class="symbol" aria-hidden="true">●</span> green — on target</span>');
  });

  it("gives identical HTML when the same report is rendered twice", async () => {
    const report = build("management", "en");
    expect(await renderHtml(report)).toBe(await renderHtml(report));
  });

  it("throws invalid_argument naming the field when the report is missing or wrong-shaped", async () => {
    const workspace = parseWorkspace({
      name: { lv: "Piemērs", en: "Example" },
      calendars: [{ timeZone: "UTC" }],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
    });
    const report = buildReport(workspace, [], { audience: "public", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "lv" });
    // The KpiError the returned promise rejects with, as kpiErrorOf gives it.
    const errorOf = async (f: () => Promise<unknown>) => {
      const error = await f().then(() => null, (e: unknown) => e);
      return kpiErrorOf(() => {
        if (error !== null) throw error;
      });
    };
    expect(await errorOf(() => renderHtml(undefined as never))).toEqual({ code: "invalid_argument", path: [], message: "renderHtml: report must be an object, not undefined" });
    expect(await errorOf(() => renderHtml("x" as never))).toEqual({ code: "invalid_argument", path: [], message: "renderHtml: report must be an object, not string" });
    expect(await errorOf(() => renderHtml({ ...report, provenance: null } as never))).toEqual({ code: "invalid_argument", path: ["provenance"], message: "renderHtml: report.provenance must be an object, not null" });
    expect(await errorOf(() => renderHtml({ ...report, sections: {} } as never))).toEqual({ code: "invalid_argument", path: ["sections"], message: "renderHtml: report.sections must be an array, not an object" });
    expect(await errorOf(() => renderHtml({ ...report, sections: [null] } as never))).toEqual({ code: "invalid_argument", path: ["sections", 0], message: "renderHtml: report.sections[0] must be an object, not null" });
  });
});
