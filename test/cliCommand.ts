// How the tests run the CLI: `node <CLI>… <args>`, with the bundle test/setup/cli.ts builds from source once per run.
import { fileURLToPath } from "node:url";
import { CLI_BUNDLE } from "./setup/cli.js";

/** The arguments before the CLI's own: the bundled CLI (an absolute path, whatever the child's working folder). */
export const CLI: readonly string[] = [fileURLToPath(new URL(`../${CLI_BUNDLE}`, import.meta.url))];
