// How the tests run the CLI: `node <CLI>… <args>`, with the bundle test/setup/cli.ts builds from source once per run.
import { fileURLToPath } from "node:url";
import { CLI_BUNDLE } from "./setup/cli.js";

/** The arguments before the CLI's own: the bundled CLI (an absolute path, whatever the child's working folder). */
export const CLI: readonly string[] = [fileURLToPath(new URL(`../${CLI_BUNDLE}`, import.meta.url))];

/**
 * Runs the command line in this process (`runCli`, the code the executable runs) and collects what it writes. The CLI
 * tests that check messages and exit codes use it: starting Node for each of them took about 0.4 s, and the suite
 * started it some 150 times. What only the executable does (exit codes of the process, a closed pipe, a missing
 * optional package, the bundle itself) is tested by spawning it.
 */
export async function runCliText(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { runCli } = await import("../src/cli/runCli.js");
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), stderrIsTerminal: false });
  return { code, stdout, stderr };
}
