import { describe, expect, it } from "vitest";
import { parseWorkspace } from "../../src/model/workspace.js";
import { buildReport } from "../../src/report/buildReport.js";
import { renderHtml } from "../../src/report/renderHtml.js";
import { fixtureAsOf, fixtureMeasurements, fixtureOutages, fixtureWorkspace } from "./fixture.js";

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

  it("draws every chart as SVG with a data table when rendered for technical teams", async () => {
    const html = await renderHtml(build("technical", "lv"));
    expect(html.startsWith('<!doctype html>\n<html lang="lv">')).toBe(true);
    const svgs = html.match(/<svg /g)?.length ?? 0;
    // Heat map, 2 sparklines, bullet, burn-down, 2 series charts, 2 control charts.
    expect(svgs).toBeGreaterThanOrEqual(7);
    expect(html).toMatch(/<figure><svg role="img" aria-label="[^"]+"/);
    expect((html.match(/<caption>/g)?.length ?? 0)).toBeGreaterThanOrEqual(svgs);
    expect(html).toMatch(/<path/);
  });

  it("shows a status by symbol and words as well as colour", async () => {
    const html = await renderHtml(build("management", "en"));
    expect(html).toContain('<span class="status status-green"><span class="symbol" aria-hidden="true">●</span> green — on target</span>');
  });

  it("gives identical HTML when the same report is rendered twice", async () => {
    const report = build("management", "en");
    expect(await renderHtml(report)).toBe(await renderHtml(report));
  });
});
