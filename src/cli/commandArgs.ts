// What the executable reads of a command's arguments before it runs the command: where the command runs
// (hugePages.ts, inlineCompiler.ts) and whether to start the worker thread ahead (prestartWorker.ts).

/**
 * Whether a command's arguments ask for its help (`--help`, `-h`) or for a database engine (`--engine`): the command
 * then reads no measurement file in the process, and the executable leaves it where it was started. Internal to the
 * CLI.
 *
 * @param argv - The command's arguments.
 * @returns Whether they ask for help or an engine.
 *
 * @example
 * ```ts
 * [asksHelpOrEngine(["report", "--help"]), asksHelpOrEngine(["report", "--engine=duckdb"]), asksHelpOrEngine(["report", "w.json"])];
 * //=> [true, true, false]
 * ```
 */
export function asksHelpOrEngine(argv: readonly string[]): boolean {
  return argv.some((a) => a === "--help" || a === "-h" || a === "--engine" || a.startsWith("--engine="));
}

/**
 * The value of `--measurements` in a command's arguments (`--measurements f` or `--measurements=f`, before any
 * `--`), or `null`. Internal to the CLI.
 *
 * @param argv - The command's arguments.
 * @returns The file, or `null`.
 *
 * @example
 * ```ts
 * [measurementsFile(["report", "w.json", "--measurements", "m.csv"]), measurementsFile(["report", "--measurements=m.csv"]), measurementsFile(["report", "--", "--measurements", "m.csv"])];
 * //=> ["m.csv", "m.csv", null]
 * ```
 */
export function measurementsFile(argv: readonly string[]): string | null {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") return null;
    if (a === "--measurements") return argv[i + 1] ?? null;
    if (a.startsWith("--measurements=")) return a.slice("--measurements=".length);
  }
  return null;
}
