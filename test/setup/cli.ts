// Vitest global setup: the CLI bundled once from source into test/.generated/cli.mjs, which the CLI tests run as a
// user runs the built CLI (one JavaScript file; the packages it imports come from node_modules). Spawning it takes
// about a quarter of the time of running src/cli/main.ts through tsx, which transforms and loads every module anew
// in each child process. The file sits two folders below the package root, as dist/cli/main.js does, so the CLI finds
// the examples and package.json the same way.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export const CLI_BUNDLE = "test/.generated/cli.mjs";

export async function setup(): Promise<void> {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  await build({
    absWorkingDir: root,
    entryPoints: ["src/cli/main.ts"],
    outfile: CLI_BUNDLE,
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
