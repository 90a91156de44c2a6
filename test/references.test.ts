// The repository stands on its own: comments and docs cite what a reader of the repository can open. Every
// "docs/<guide>.md#anchor" or "README.md#anchor" in src/, test/, docs/, examples/, bench/, scripts/ and README.md
// must name a heading that exists (GitHub's anchor of it), nothing may cite the unpublished design document or a
// folder beside the repository, and no comment carries an absolute machine path.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const self = relative(root, import.meta.filename);

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name === ".generated" || name === "data" ? [] : files(path);
    return /\.(ts|md|js|mjs)$/.test(name) ? [path] : [];
  });
}

const texts = [
  ...["src", "test", "docs", "examples", "bench", "scripts"].flatMap((d) => files(join(root, d))),
  join(root, "README.md"),
]
  .map((path) => ({ file: relative(root, path), text: readFileSync(path, "utf8") }))
  .filter((f) => f.file !== self);

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");

function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of readFileSync(join(root, file), "utf8").split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    const heading = /^#{1,6}\s+(.*?)\s*$/.exec(line);
    if (!inFence && heading !== null) anchors.add(slug(heading[1]!));
  }
  return anchors;
}

/** `file:line` of every match of a pattern. */
function where(pattern: RegExp): string[] {
  return texts.flatMap(({ file, text }) =>
    text.split("\n").flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe("references in comments and docs", () => {
  it("cite headings that exist", () => {
    const anchors = new Map<string, Set<string>>();
    const broken: string[] = [];
    let cited = 0;
    for (const { file, text } of texts) {
      text.split("\n").forEach((line, i) => {
        for (const m of line.matchAll(/\b((?:docs\/[\w-]+\.md)|README\.md)#([\w-]+)/g)) {
          cited++;
          const target = m[1]!;
          if (!existsSync(join(root, target))) {
            broken.push(`${file}:${i + 1}: ${target} does not exist`);
            continue;
          }
          if (!anchors.has(target)) anchors.set(target, anchorsOf(target));
          if (!anchors.get(target)!.has(m[2]!)) broken.push(`${file}:${i + 1}: ${target} has no heading #${m[2]}`);
        }
      });
    }
    expect(cited).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });

  it("never cite the design document by section", () => {
    expect(where(new RegExp(["DESIGN", "(?:\\s*§|\\.md)"].join("")))).toEqual([]);
  });

  it("never point to a folder beside the repository or to a machine path", () => {
    expect(where(new RegExp(["\\.\\./", "shared/"].join("")))).toEqual([]);
    expect(where(new RegExp(["/w", "ork/"].join("")))).toEqual([]);
  });
});
