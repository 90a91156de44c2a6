// The Latvian reports contain no English: no word of the reports' own English texts (report labels, the model's
// labels, the counted nouns) appears in a Latvian report, unless Latvian uses the same word (a name, "SLA", "min").
// The list of English words is built from the label tables, so a new English label is checked as soon as it exists.
import { describe, expect, it } from "vitest";
import { LABELS } from "../../src/model/labels.js";
import { REPORT_LABELS, REPORT_NOUNS } from "../../src/report/reportLabels.js";
import { renderHtml, renderMarkdown } from "../../src/report/index.js";
import { exampleReport, exampleWorkspace } from "./exampleMunicipality.js";

type Bilingual = { readonly lv: unknown; readonly en: unknown };

/** Every { lv, en } pair in a table of labels, at any depth. */
function pairs(value: unknown): Bilingual[] {
  if (typeof value !== "object" || value === null) return [];
  if ("lv" in value && "en" in value) return [value as Bilingual];
  return Object.values(value).flatMap(pairs);
}

/**
 * The words of a text, lower-cased, without `{placeholders}`, ids (`out-025`), acronyms (`SLA`, `IS`) and markup tags
 * (Markdown reports fold tables in `<details><summary>`).
 */
function words(text: unknown): string[] {
  if (typeof text === "object" && text !== null) return Object.values(text).flatMap(words);
  if (typeof text !== "string") return [];
  const plain = text
    .replace(/\{\w+\}/g, " ")
    .replace(/<\/?[a-z]+[^>]*>/g, " ")
    .replace(/\b[\p{L}\d]+(?:-[\p{L}\d]+)*-\d+\b/gu, " ")
    .replace(/\b\p{Lu}{2,}\b/gu, " ");
  return plain.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
}

const tables = [...pairs(REPORT_LABELS), ...pairs(LABELS), ...pairs(REPORT_NOUNS)];
const latvian = new Set(tables.flatMap((p) => words(p.lv)));
// Names and units in the workspace's Latvian texts (e.g. "min") are Latvian too.
const workspaceLatvian = new Set(pairs(exampleWorkspace).flatMap((p) => words(p.lv)));
const english = new Set(tables.flatMap((p) => words(p.en)).filter((w) => !latvian.has(w) && !workspaceLatvian.has(w)));

/** The text a reader sees in an HTML page: the text between tags and the images' accessible names. */
function visibleText(html: string): string {
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
  return `${html.replace(/<style>[^]*?<\/style>/g, " ").replace(/<[^>]+>/g, " ")} ${labels.join(" ")}`;
}

describe("the Latvian reports of the example municipality", () => {
  it("has English words to look for", () => {
    // Sanity check of the word list itself: words the English labels certainly have and Latvian ones do not.
    for (const w of ["target", "report", "period", "tickets", "public"]) expect(english.has(w), w).toBe(true);
  });

  for (const audience of ["management", "technical", "public"] as const) {
    it(`contain no English word of the report's own English texts when built for ${audience}`, async () => {
      const report = exampleReport(audience, "lv");
      const texts = { markdown: renderMarkdown(report), html: visibleText(await renderHtml(report)) };
      for (const [format, text] of Object.entries(texts)) {
        const found = [...new Set(words(text).filter((w) => english.has(w)))];
        expect(found, `${audience} (${format})`).toEqual([]);
      }
    }, 60_000);
  }

  it("would find an English word if one were there", () => {
    // The check itself can fail: an English label in a Latvian text is found.
    const text = `Statuss: ${REPORT_LABELS.status_no_target.en}`;
    expect(words(text).filter((w) => english.has(w))).toEqual(["target"]);
  });
});

describe("the Latvian report shown in the README and in docs/getting-started.md", () => {
  it("is the real start of the example municipality's management report, line for line", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { buildReport } = await import("../../src/report/buildReport.js");
    const { exampleMeasurements } = await import("./exampleMunicipality.js");
    const root = join(import.meta.dirname, "..", "..");
    const shown = (file: string) => {
      const text = readFileSync(join(root, file), "utf8");
      const block = /```text\n(# [^\n]*pārskats vadībai[^]*?)```/.exec(text)?.[1] ?? "";
      return block.split("\n").filter((l) => l.trim() !== "");
    };
    const readme = shown("README.md");
    const readmeReport = renderMarkdown(exampleReport("management", "lv")).split("\n");
    expect(readme.length).toBeGreaterThan(3);
    for (const line of readme) expect(readmeReport, line).toContain(line);
    const guide = shown("docs/getting-started.md");
    const service = buildReport(exampleWorkspace, exampleMeasurements, {
      audience: "management",
      scope: "svc-customer-service",
      period: "2026-03",
      asOf: "2026-04-05T12:00:00+03:00",
      locale: "lv",
    });
    expect(guide.length).toBeGreaterThan(2);
    for (const line of guide) expect(renderMarkdown(service).split("\n"), line).toContain(line);
  }, 60_000);
});
