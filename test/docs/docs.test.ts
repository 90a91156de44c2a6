import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI } from "../cliCommand.js";

// Keeps the guides in docs/ honest: every ```ts block of them is run. Each block is written to a temporary module
// under test/docs/.generated/ with three rewrites — `from "kpi-kit"` → src/index.ts, `from "kpi-kit/<subpath>"` →
// src/<subpath>/index.ts, and the string "node_modules/kpi-kit/examples" (where an installed package keeps the example
// files) → this repository's examples/ — and imported. Each block ends with checks that throw on a wrong number,
// so a block that computes something else than its prose says fails here. Blocks that must not run (shell, SQL,
// JSON) carry another language tag. The `npx kpi-kit …` commands of the ```sh blocks are run too (from source, with
// the same path rewrite and --out into the temporary folder), and every relative link must point at a file and a
// heading that exist.

const root = fileURLToPath(new URL("../../", import.meta.url));
const generated = fileURLToPath(new URL("./.generated/", import.meta.url));
const GUIDES = ["getting-started.md", "concepts.md", "cookbook.md"] as const;

interface Block {
  readonly guide: string;
  readonly line: number;
  readonly code: string;
}

function blocksOf(guide: string): { blocks: Block[]; shell: Block[]; fences: { line: number; lang: string }[] } {
  const lines = readFileSync(`${root}docs/${guide}`, "utf8").split("\n");
  const blocks: Block[] = [];
  const shell: Block[] = [];
  const fences: { line: number; lang: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (open === null) continue;
    const start = i;
    let end = i + 1;
    while (end < lines.length && lines[end] !== "```") end++;
    if (end >= lines.length) throw new Error(`docs/${guide}:${start + 1}: code fence is not closed`);
    fences.push({ line: start + 1, lang: open[1]! });
    const block = { guide, line: start + 1, code: lines.slice(start + 1, end).join("\n") };
    if (open[1] === "ts") blocks.push(block);
    if (open[1] === "sh") shell.push(block);
    i = end;
  }
  return { blocks, shell, fences };
}

/** The `npx kpi-kit …` commands of a shell block, continuation lines joined, each as its arguments. */
function cliCommands(block: Block): string[][] {
  return block.code
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line.startsWith("npx kpi-kit "))
    .map((line) => line.split(/\s+/).slice(2));
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("```")) inFence = !inFence;
    else if (!inFence && /^#{1,6} /.test(line)) anchors.add(slug(line.replace(/^#+ /, "")));
  }
  return anchors;
}

function rewrite(code: string): string {
  return code
    .replace(/from "kpi-kit\/(report|interop|catalog|schemas|lv)"/g, (_m, sub: string) => `from ${JSON.stringify(`${root}src/${sub}/index.ts`)}`)
    .replaceAll(`from "kpi-kit"`, `from ${JSON.stringify(`${root}src/index.ts`)}`)
    .replaceAll(`"node_modules/kpi-kit/examples"`, JSON.stringify(`${root}examples`));
}

const guides = GUIDES.map((guide) => ({ guide, ...blocksOf(guide) }));

interface CliRun {
  readonly args: readonly string[];
  readonly out: string | null;
  readonly result: Promise<{ status: number; stderr: string }>;
}

/** Starts `kpi-kit <args>` from source, with the examples path rewritten and --out into the temporary folder. */
function startCli(args: readonly string[]): CliRun {
  const rewritten = args.map((a) => a.replace(/^node_modules\/kpi-kit\/examples\//, `${root}examples/`));
  const at = rewritten.indexOf("--out");
  const out = at >= 0 ? `${generated}${rewritten[at + 1]}` : null;
  if (out !== null) rewritten[at + 1] = out;
  const result = new Promise<{ status: number; stderr: string }>((resolve) => {
    execFile(process.execPath, [...CLI, ...rewritten], { cwd: root }, (error, _stdout, stderr) => {
      resolve({ status: error === null ? 0 : typeof error.code === "number" ? error.code : 1, stderr });
    });
  });
  return { args, out, result };
}

// The commands run as child processes while the ts blocks run here, so they cost little wall time.
const cliRuns = new Map<string, CliRun>();

beforeAll(() => {
  rmSync(generated, { recursive: true, force: true });
  mkdirSync(generated, { recursive: true });
  for (const { shell } of guides) {
    for (const block of shell) {
      cliCommands(block).forEach((args, i) => cliRuns.set(`${block.guide}:${block.line}:${i}`, startCli(args)));
    }
  }
});
afterAll(async () => {
  await Promise.all([...cliRuns.values()].map((run) => run.result));
  rmSync(generated, { recursive: true, force: true });
});

describe.each(guides)("docs/$guide", ({ guide, blocks, shell, fences }) => {
  it("tags every code block with its language", () => {
    expect(fences.filter((f) => f.lang === "").map((f) => f.line)).toEqual([]);
    expect(blocks.length).toBeGreaterThan(0);
  });

  it("imports only from kpi-kit, its subpaths and node: modules, and checks its numbers in every block", () => {
    for (const block of blocks) {
      const sources = [...block.code.matchAll(/^import\b[^;]*?from\s+"([^"]+)"/gms)].map((m) => m[1]);
      for (const source of sources) {
        expect(source, `docs/${guide}:${block.line}`).toMatch(/^(kpi-kit|kpi-kit\/(report|interop|catalog|schemas|lv)|node:[a-z/]+)$/);
      }
      expect(block.code, `docs/${guide}:${block.line} has no check that throws`).toMatch(/throw new Error\(/);
    }
  });

  it("links only to files and headings that exist", () => {
    const text = readFileSync(`${root}docs/${guide}`, "utf8");
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue; // http:, https:, mailto:
      const [path, anchor] = target!.split("#");
      const file = path === "" ? `${root}docs/${guide}` : fileURLToPath(new URL(path!, pathToFileURL(`${root}docs/${guide}`)));
      if (!existsSync(file)) broken.push(target!);
      else if (anchor !== undefined && file.endsWith(".md") && !anchorsOf(file).has(anchor)) broken.push(target!);
    }
    expect(broken).toEqual([]);
  });

  it.each(blocks.map((b) => [b.line, b] as const))("runs the ts block at line %i", async (line, block) => {
    const file = `${generated}${guide.replace(/\.md$/, "")}-${line}.ts`;
    writeFileSync(file, rewrite(block.code));
    await import(pathToFileURL(file).href);
  }, 30_000);

  it.each(shell.flatMap((b) => cliCommands(b).map((args, i) => [`${b.line}: kpi-kit ${args[0]}`, `${guide}:${b.line}:${i}`] as const)))(
    "runs the command of the sh block at line %s",
    async (_, key) => {
      const run = cliRuns.get(key)!;
      const { status, stderr } = await run.result;
      expect(stderr.replace(/^wrote .*\n/, ""), `kpi-kit ${run.args.join(" ")}`).toBe("");
      expect(status).toBe(0);
      if (run.out !== null) expect(existsSync(run.out)).toBe(true);
    },
    60_000,
  );
});
