// Bundles a math-only import of the built package with esbuild and fails if zod (or the model's schemas) end up in
// the bundle: computations import model types only, so a consumer of the math does not pay for validation.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
const dir = mkdtempSync(join(tmpdir(), "kpi-kit-treeshake-"));
try {
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root, join(dir, "node_modules", "kpi-kit"), "dir");
  const imports = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["isKpiError"];
  writeFileSync(join(dir, "entry.js"), `import { ${imports.join(", ")} } from "kpi-kit";\nconsole.log(${imports.join(", ")});\n`);
  const result = await build({
    entryPoints: [join(dir, "entry.js")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    minify: false,
    preserveSymlinks: false,
    absWorkingDir: dir,
    logLevel: "silent",
  });
  const text = result.outputFiles[0].text;
  const bytes = Buffer.byteLength(text);
  const leaks = ["node_modules/zod", "ZodError", "$ZodType"].filter((marker) => text.includes(marker));
  console.log(`tree-shaking: import { ${imports.join(", ")} } bundles to ${bytes} bytes`);
  if (leaks.length > 0) {
    console.error(`tree-shaking FAILED: the bundle contains ${leaks.join(", ")}`);
    process.exit(1);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
