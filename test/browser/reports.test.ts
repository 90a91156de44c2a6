// Opens the example municipality's HTML reports (three audiences, Latvian and English) in headless Chromium, as a
// person would, and checks that every chart rendered, that no text in a chart is cut off, that the page logs no
// errors, loads nothing from the network and has no serious or critical accessibility violation (axe-core). Keeps a
// screenshot of each report in out/browser/ (gitignored) as a test artefact.
// Needs Debian's `chromium` (`.ci/run` installs it); skipped with a message when it is missing outside CI.
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { renderHtml, type ReportAudience } from "../../src/report/index.js";
import { exampleReport } from "../report/exampleMunicipality.js";

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const inCi = process.env["CI"] === "true";
if (CHROMIUM === undefined && inCi) throw new Error("CI needs Debian's chromium for the browser test (.ci/run installs it)");

const root = join(import.meta.dirname, "..", "..");
const outDir = join(root, "out", "browser");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const audiences: readonly ReportAudience[] = ["management", "technical", "public"];
const locales = ["lv", "en"] as const;
const cases = audiences.flatMap((audience) => locales.map((locale) => ({ audience, locale, name: `${audience}.${locale}` })));

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

describe.skipIf(CHROMIUM === undefined)("HTML reports in headless Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    for (const c of cases) writeFileSync(join(outDir, `${c.name}.html`), await renderHtml(exampleReport(c.audience, c.locale)));
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

  for (const c of cases) {
    it(`renders the ${c.name} report with every chart drawn, no text cut off, no errors, no network and no serious accessibility violation`, async () => {
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
      await page.goto(`file://${join(outDir, `${c.name}.html`)}`);
      const charts = await page.$$eval("svg[role=img]", (svgs) =>
        svgs.map((svg) => ({
          label: svg.getAttribute("aria-label") ?? "",
          marks: svg.querySelectorAll("path, rect, line, circle, text, use").length,
          width: svg.getBoundingClientRect().width,
        })),
      );
      // The management and technical reports carry charts; the public one is text and tables only.
      if (c.audience !== "public") expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.marks, chart.label).toBeGreaterThan(0);
        expect(chart.width, chart.label).toBeGreaterThan(0);
      }
      // No chart text (legend labels included) is truncated with an ellipsis or reaches past its chart's edge.
      const clipped = await page.$$eval("svg[role=img]", (svgs) =>
        svgs.flatMap((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll("text")]
            .filter((t) => {
              const r = t.getBoundingClientRect();
              const text = t.textContent ?? "";
              return text.endsWith("…") || r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
            })
            .map((t) => `${svg.getAttribute("aria-label")?.slice(0, 40) ?? ""}: ${t.textContent ?? ""}`);
        }),
      );
      expect(clipped).toEqual([]);
      // No table cell's text runs past the cell (a fixed-width column too narrow for its words).
      const overflowing = await page.$$eval("td, th", (cells) =>
        cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => (c.textContent ?? "").slice(0, 60)),
      );
      expect(overflowing).toEqual([]);
      // Every chart's data table follows it, and the page is in the report's language with one h1.
      expect(await page.$$eval("table", (t) => t.length)).toBeGreaterThan(0);
      expect(await page.getAttribute("html", "lang")).toBe(c.locale);
      expect(await page.$$eval("h1", (h) => h.length)).toBe(1);
      // axe-core, injected from the devDependency (no network), over the whole page.
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const result = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ["violations"] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
      });
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious, JSON.stringify(serious, null, 1)).toEqual([]);
      await page.screenshot({ path: join(outDir, `${c.name}.png`), fullPage: c.audience !== "technical" });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }, 180_000);
  }
});
