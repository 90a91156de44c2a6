/// <reference types="node" />
// When the executable runs itself again with V8's optimizing compiler working on the thread that asks for it.
import { availableParallelism } from "node:os";
import { fileSizeOf } from "./fileSizeOf.js";
import { asksHelpOrEngine, measurementsFile } from "./commandArgs.js";
import { wantsPrestart } from "./prestartWorker.js";

/**
 * The V8 option that makes the optimizing compiler (TurboFan) compile a function on the thread that runs it, when it
 * is needed, instead of on a thread of its own while the function goes on in its slower, unoptimized form.
 */
export const INLINE_COMPILER_OPTION = "--no-concurrent-recompilation";

/** What {@link wantsInlineCompiler} needs to know about the process and the system. */
export interface InlineCompilerProbe {
  /** The environment (`KPIKIT_INLINE_COMPILER`, and the worker thread's `KPIKIT_DIGEST_THREAD`, `KPIKIT_READ_THREAD`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Node.js's own options for this process (`process.execArgv`). */
  readonly execArgv: readonly string[];
  /** A file's size in bytes, or `null` when it cannot be read. */
  readonly fileSize: (path: string) => number | null;
  /** The cores the process may use (`os.availableParallelism()`). */
  readonly cores: number;
}

/**
 * Whether the `kpi-kit` executable should run `report` in a child process with {@link INLINE_COMPILER_OPTION}.
 *
 * A report from a large file keeps both cores of a two-core machine busy with its own two threads (the file read in
 * halves, then the digest beside the report). V8 compiles hot functions on further threads of its own, which then
 * wait for a core while the function they compile runs unoptimized: over a million records from CSV, V8's own
 * threads used about a second of processor time. Compiled on the thread that needs the code, the same report took a
 * median 1.98 s instead of 2.32 s (six alternating pairs; 3.45 s of processor time instead of 4.02 s), and 13.2–13.6 s
 * instead of 14.2–15.6 s at ten million. The second process costs about 0.07 s. With a third core the compiler has
 * one of its own; with one thread (a small file) it uses the idle core; `validate` gains nothing measurable (its
 * second thread only reads): in those cases the command runs here.
 *
 * Yes only when all hold: the command is `report`, with a measurement file for which it may use the worker thread
 * (as {@link wantsPrestart} decides: at least 32 MiB, not `--engine` or `--help`); exactly two cores; no debugger
 * option (`--inspect…`) for Node.js; and neither `--no-concurrent-recompilation` nor `--concurrent-recompilation`
 * among Node.js's options already — the child has the option, so it never runs itself again, and a choice made on the
 * command line is left alone. `KPIKIT_INLINE_COMPILER=0` turns this off; `KPIKIT_INLINE_COMPILER=1` asks for it for
 * any `report` with a measurement file.
 *
 * @param argv - The command's arguments (`process.argv.slice(2)`).
 * @param probe - The process and the system, as {@link InlineCompilerProbe} asks about them.
 * @returns Whether to run the command again in a child process with the option.
 *
 * @example
 * ```ts
 * const probe = { env: {}, execArgv: [], fileSize: () => 125_000_000, cores: 2 };
 * const args = ["report", "w.json", "--measurements", "m.csv"];
 * [wantsInlineCompiler(args, probe), wantsInlineCompiler(args, { ...probe, cores: 4 }),
 *  wantsInlineCompiler(["validate", ...args.slice(1)], probe), wantsInlineCompiler(args, { ...probe, execArgv: [INLINE_COMPILER_OPTION] })];
 * //=> [true, false, false, false]
 * ```
 */
export function wantsInlineCompiler(argv: readonly string[], probe: InlineCompilerProbe): boolean {
  const setting = probe.env["KPIKIT_INLINE_COMPILER"];
  if (setting === "0" || argv[0] !== "report") return false;
  // A debugger attached to this process would not see the command run in another one.
  // V8 takes its options with `_` or `-` alike.
  const compilerChosen = (a: string): boolean => [INLINE_COMPILER_OPTION, "--concurrent-recompilation"].includes(a.replaceAll("_", "-"));
  if (probe.execArgv.some((a) => a.startsWith("--inspect") || compilerChosen(a))) return false;
  if (asksHelpOrEngine(argv)) return false;
  if (setting === "1") return measurementsFile(argv) !== null;
  return probe.cores === 2 && wantsPrestart(argv, probe.env, probe.fileSize, probe.cores);
}

/**
 * The running process and system, for {@link wantsInlineCompiler}.
 *
 * @returns The probe.
 *
 * @example
 * ```ts
 * systemInlineCompilerProbe().cores >= 1;
 * //=> true
 * ```
 */
export function systemInlineCompilerProbe(): InlineCompilerProbe {
  return { env: process.env, execArgv: process.execArgv, fileSize: fileSizeOf, cores: availableParallelism() };
}
