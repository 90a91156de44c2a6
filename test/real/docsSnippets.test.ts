import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// docs/real-data.md shows code from the real-data tests. Each `<!-- snippet: file#name -->` marker is followed by a
// ```ts block that must equal the region between `// docs:begin name` and `// docs:end name` of that test file
// (dedented), so the guide always shows tested code.
const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), "utf8");

function region(file: string, name: string): string {
  const lines = read(`./${file}`).split("\n");
  const begin = lines.findIndex((l) => l.trim() === `// docs:begin ${name}`);
  const end = lines.findIndex((l, i) => i > begin && l.trim() === `// docs:end ${name}`);
  if (begin < 0 || end < 0) throw new Error(`no region ${name} in ${file}`);
  const body = lines.slice(begin + 1, end);
  const indent = Math.min(...body.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length));
  return body.map((l) => l.slice(indent)).join("\n");
}

describe("docs/real-data.md", () => {
  const doc = read("../../docs/real-data.md");
  const snippets = [...doc.matchAll(/<!-- snippet: (\S+?)#(\S+) -->\n```ts\n([\s\S]*?)\n```/g)];

  it("shows at least the NHS walk-through's snippets", () => {
    expect(snippets.length).toBeGreaterThanOrEqual(10);
    expect(doc.match(/<!-- snippet:/g)).toHaveLength(snippets.length);
  });

  it.each(snippets.map((m) => [`${m[1]}#${m[2]}`, m[1]!, m[2]!, m[3]!]))("shows the tested code of %s", (_, file, name, code) => {
    expect(code).toBe(region(file, name));
  });
});
