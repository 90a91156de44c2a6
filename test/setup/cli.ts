// Vitest global setup: the CLI bundled once from source into test/.generated/cli.mjs, which the CLI tests run as a
// user runs the built CLI (one JavaScript file; the packages it imports come from node_modules). Spawning it takes
// about a quarter of the time of running src/cli/main.ts through tsx, which transforms and loads every module anew
// in each child process. The file sits two folders below the package root, as dist/cli/main.js does, so the CLI finds
// the examples and package.json the same way. As in the published build, the parts loaded on demand (the openslo and
// cpsv commands with the YAML parser, the optional packages) are chunks of their own, not parsed at every start.
import { build } from "esbuild";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const CLI_BUNDLE = "test/.generated/cli.mjs";

export async function setup(): Promise<void> {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  // The chunks' names carry hashes: the last run's files go first, so that old chunks do not pile up.
  const out = join(root, "test/.generated");
  if (existsSync(out)) for (const name of readdirSync(out)) if (/^cli[.-]/.test(name)) rmSync(join(out, name));
  await build({
    absWorkingDir: root,
    entryPoints: ["src/cli/main.ts"],
    outdir: "test/.generated",
    entryNames: "cli",
    chunkNames: "cli-[name]-[hash]",
    outExtension: { ".js": ".mjs" },
    splitting: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // A linked map (read only with --enable-source-maps): the bundle a child parses stays a quarter of the size.
    sourcemap: true,
    logLevel: "warning",
  });
}
