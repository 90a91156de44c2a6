// The README's quick start really runs: its ```ts block is executed against the source, and its comments' numbers
// (worked by hand there: (45 + 40) / (50 + 50) × 100 = 85; 85 / 90 = 0.944…) are asserted.
import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

describe("README quick start", () => {
  it("runs and computes what its comments say", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const block = /## Quick start[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const code = `${(block ?? "").replace(`from "kpi-kit"`, `from ${JSON.stringify(join(root, "src", "index.ts"))}`)}
export const result = { value: march.value, score, status: ragStatus(score) };\n`;
    const dir = join(root, "test", ".generated");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "readmeQuickStart.ts");
    writeFileSync(file, code);
    try {
      const { result } = (await import(file)) as { result: { value: number; score: number; status: string } };
      expect(result.value).toBeCloseTo(85, 12);
      expect(result.score).toBeCloseTo(85 / 90, 12);
      expect(result.status).toBe("amber");
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe("README report excerpt", () => {
  it("is the start of the example municipality's management report in Latvian, line for line", async () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const excerpt = /after `npm run demo`\):\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(excerpt).toBeDefined();
    const { renderMarkdown } = await import("../src/report/renderMarkdown.js");
    const { exampleReport } = await import("./report/exampleMunicipality.js");
    const report = renderMarkdown(exampleReport("management", "lv"));
    const lines = excerpt!.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(10);
    expect(report.split("\n").slice(0, lines.length)).toEqual(lines);
  });
});
