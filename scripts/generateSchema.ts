// Generates the published JSON Schemas of the Workspace and Measurement documents from the zod schemas.
// `npm run schema` writes them to schema/; `npm run schema:check` fails when the committed files are out of date.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderJsonSchema, type SchemaName } from "../src/cli/jsonSchema.js";
import { renderOpenSloJsonSchema } from "../src/cli/openSloJsonSchema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const names: SchemaName[] = ["workspace", "measurement"];
const check = process.argv.includes("--check");
mkdirSync(join(root, "schema"), { recursive: true });
let stale = 0;
const outputs: [string, () => string][] = [
  ...names.map((name): [string, () => string] => [name, () => renderJsonSchema(name)]),
  ["openslo-v1", renderOpenSloJsonSchema],
];
for (const [name, render] of outputs) {
  const path = join(root, "schema", `${name}.schema.json`);
  const text = render();
  if (check) {
    const current = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (current !== text) {
      stale++;
      console.error(`schema/${name}.schema.json is out of date: run npm run schema and commit it`);
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote schema/${name}.schema.json`);
  }
}
if (stale > 0) process.exit(1);
