// Opens the example municipality's HTML reports in headless Chromium, as a person would, and checks that every chart
// rendered, that the page logs no errors, and that nothing is loaded from the network. Saves a screenshot of each.
// Needs Debian's `chromium` (`.ci/run` installs it); skipped with a message when it is missing outside CI.
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { parseWorkspace } from "../../src/model/workspace.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { toEpochMs } from "../../src/model/toEpochMs.js";
import { buildReport, renderHtml, type ReportAudience } from "../../src/report/index.js";

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const inCi = process.env["CI"] === "true";
if (CHROMIUM === undefined && inCi) throw new Error("CI needs Debian's chromium for the browser test (.ci/run installs it)");

const root = join(import.meta.dirname, "..", "..");
const outDir = join(root, "out", "browser");

function exampleReports(): Promise<[ReportAudience, string][]> {
  const workspace = parseWorkspace(readFileSync(join(root, "examples", "workspace.json"), "utf8"));
  const lines = readFileSync(join(root, "examples", "measurements.ndjson"), "utf8").split("\n").filter((l) => l !== "");
  const measurements = parseMeasurements(lines.map((l) => JSON.parse(l) as unknown), workspace);
  const outages = (JSON.parse(readFileSync(join(root, "examples", "outages.json"), "utf8")) as { id: string; start: string; end: string }[]).map(
    (o) => ({ id: o.id, start: toEpochMs(o.start) ?? 0, end: toEpochMs(o.end) ?? 0 }),
  );
  const audiences: ReportAudience[] = ["management", "technical", "public"];
  return Promise.all(
    audiences.map(async (audience): Promise<[ReportAudience, string]> => {
      const report = buildReport(workspace, measurements, {
        audience,
        scope: "ezerkrasts",
        period: "2026-03",
        asOf: "2026-04-05T12:00:00+03:00",
        locale: "en",
        outages,
      });
      return [audience, await renderHtml(report)];
    }),
  );
}

describe.skipIf(CHROMIUM === undefined)("HTML reports in headless Chromium", () => {
  let browser: Browser;
  let pages: [ReportAudience, string][] = [];

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    pages = await exampleReports();
    for (const [audience, html] of pages) writeFileSync(join(outDir, `${audience}.html`), html);
    browser = await chromium.launch({
      executablePath: CHROMIUM ?? "chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const audience of ["management", "technical", "public"] as const) {
    it(`renders every chart of the ${audience} report with no console errors and no network requests`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      const requests: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      await page.goto(`file://${join(outDir, `${audience}.html`)}`);
      const charts = await page.$$eval("svg", (svgs) =>
        svgs.map((svg) => ({
          label: svg.getAttribute("aria-label") ?? "",
          marks: svg.querySelectorAll("path, rect, line, circle, text").length,
          width: svg.getBoundingClientRect().width,
        })),
      );
      // The management and technical reports carry charts; the public one may be text and tables only.
      if (audience !== "public") expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.marks, chart.label).toBeGreaterThan(0);
        expect(chart.width, chart.label).toBeGreaterThan(0);
      }
      // Every chart has a data table beside it, and the page is in the report's language.
      expect(await page.$$eval("table", (t) => t.length)).toBeGreaterThan(0);
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(await page.$$eval("h1", (h) => h.length)).toBe(1);
      await page.screenshot({ path: join(outDir, `${audience}.png`), fullPage: false });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
