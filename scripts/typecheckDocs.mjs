// Type-checks the TypeScript in the guides as a user's project would: every ```ts block of README.md and docs/*.md
// becomes a module under test/docs/.typecheck/ that imports "kpi-kit" by its name, so TypeScript resolves it as an
// installed package (the package's own "exports" and the built dist/*.d.ts: run `npm run build` first), and tsc
// checks them with `strict` and Node's module resolution. Errors are reported at the guide's file and line.
//
// A block that continues an earlier one, or uses a connection the guide takes as given, declares what it needs in an
// HTML comment right before its fence (invisible on GitHub):
//   <!-- typecheck
//   declare const client: import("pg").Client;
//   -->
// and `<!-- typecheck: skip -->` leaves out a block that is a sketch (`…` standing for code). docs/real-data.md is
// not read: its blocks are regions of the tests, type-checked there.
//   node scripts/typecheckDocs.mjs
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const out = join(root, "test/docs/.typecheck");
const guides = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md") && f !== "real-data.md").map((f) => `docs/${f}`)];

if (!existsSync(join(root, "dist/index.d.ts"))) {
  console.error("typecheckDocs: no dist/index.d.ts: run npm run build first");
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** Each generated file: its guide, the guide's line of the block's first line, and the lines put before the block. */
const sources = new Map();
let skipped = 0;
for (const guide of guides) {
  const lines = readFileSync(join(root, guide), "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "```ts") continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== "```") end++;
    // The HTML comment right before the fence, if any.
    let declarations = [];
    let skip = false;
    let j = i - 1;
    while (j >= 0 && lines[j].trim() === "") j--;
    if (j >= 0 && /^<!-- typecheck: skip\b.*-->$/.test(lines[j].trim())) skip = true;
    else if (j >= 0 && lines[j].trim() === "-->") {
      let k = j - 1;
      while (k >= 0 && lines[k].trim() !== "<!-- typecheck") k--;
      if (k >= 0) declarations = lines.slice(k + 1, j);
    }
    if (skip) {
      skipped++;
    } else {
      const name = `${guide.replace(/[/.]/g, "_")}_${i + 2}.ts`;
      writeFileSync(join(out, name), [...declarations, ...lines.slice(i + 1, end), "export {};", ""].join("\n"));
      sources.set(name, { guide, line: i + 2, offset: declarations.length });
    }
    i = end;
  }
}
writeFileSync(
  join(out, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      target: "ES2022",
      lib: ["ES2022"],
      module: "NodeNext",
      moduleResolution: "NodeNext",
      types: ["node"],
      noEmit: true,
      skipLibCheck: true,
    },
    include: ["*.ts"],
  }),
);
const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(out, "tsconfig.json"), "--pretty", "false"], {
  encoding: "utf8",
});
const errors = `${tsc.stdout}${tsc.stderr}`
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => {
    // test/docs/.typecheck/docs_at-scale_md_12.ts(14,3): error TS…
    const m = /([^/\\]+\.ts)\((\d+),(\d+)\): (.*)$/.exec(line);
    const source = m === null ? undefined : sources.get(m[1]);
    if (source === undefined) return line;
    const at = Number(m[2]) - source.offset;
    return at >= 1 ? `${source.guide}:${source.line + at - 1}:${m[3]}: ${m[4]}` : `${source.guide}:${source.line - 1} (its typecheck comment): ${m[4]}`;
  });
if (tsc.status !== 0 || errors.length > 0) {
  console.error(`typecheckDocs: the guides' TypeScript does not compile against the built package:\n${errors.join("\n")}`);
  process.exit(1);
}
console.log(`typecheckDocs: ${sources.size} blocks of ${guides.length} guides compile under strict against the built package (${skipped} ${skipped === 1 ? "sketch" : "sketches"} skipped)`);
