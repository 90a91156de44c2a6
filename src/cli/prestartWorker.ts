/// <reference types="node" />
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { DIGEST_WORKER_DATA } from "./digestWorkerData.js";
import { fileSizeOf } from "./fileSizeOf.js";
import { asksHelpOrEngine, measurementsFile } from "./commandArgs.js";

/**
 * The smallest measurement file for which `report` or `validate` may use the worker thread: the digest's threshold
 * (32 MiB; reading on two threads starts at 48 MiB). A test holds it to the two.
 */
export const PRESTART_MIN_BYTES = 32 * 1024 * 1024;

/** The CLI's worker thread started before the command is loaded, and what became of it meanwhile. */
export interface PrestartedWorker {
  readonly worker: Worker;
  /** Set when the thread stopped before the command took it: its exit code. */
  exitCode: number | null;
  /** Set when the thread failed before the command took it. */
  error: Error | null;
}

/**
 * Whether the executable starts its worker thread before it even loads the command: for `report` or `validate` with
 * a `--measurements` file of at least {@link PRESTART_MIN_BYTES} on a machine with more than one core (or with
 * `KPIKIT_DIGEST_THREAD=1` or `KPIKIT_READ_THREAD=1`), unless `--help` or `--engine` is given or both
 * `KPIKIT_DIGEST_THREAD` and `KPIKIT_READ_THREAD` are `0`. Loading the thread's code takes about 0.2 s; started
 * with the command, the thread began its half of a large file that much after the main thread began its own. The
 * command still decides whether to use it (see `wantsReadThread`, `wantsDigestThread`), and a thread it does not
 * take is stopped.
 *
 * @param argv - The command's arguments (`process.argv.slice(2)`).
 * @param env - The environment.
 * @param fileSize - A file's size in bytes, or `null`.
 * @param cores - The cores the process may use.
 * @returns Whether to start the thread now.
 *
 * @example
 * ```ts
 * [wantsPrestart(["report", "w.json", "--measurements", "m.csv"], {}, () => 200e6, 2),
 *  wantsPrestart(["report", "w.json", "--measurements", "m.csv"], {}, () => 200e6, 1),
 *  wantsPrestart(["demo"], {}, () => 200e6, 2)];
 * //=> [true, false, false]
 * ```
 */
export function wantsPrestart(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  fileSize: (path: string) => number | null = fileSizeOf,
  cores = availableParallelism(),
): boolean {
  const command = argv[0];
  if (command !== "report" && command !== "validate") return false;
  if (asksHelpOrEngine(argv)) return false;
  const digest = env["KPIKIT_DIGEST_THREAD"];
  const read = env["KPIKIT_READ_THREAD"];
  const file = measurementsFile(argv);
  if (file === null || (digest === "0" && read === "0")) return false;
  if (digest === "1" || read === "1") return true;
  const size = cores > 1 ? fileSize(file) : null;
  return size !== null && size >= PRESTART_MIN_BYTES;
}

/**
 * Starts the CLI's worker thread (the executable's own script) ahead of the command, unreferenced: the process ends
 * without waiting for it unless the command takes it (`startDigestWorker`), which references it again. Its exit or
 * failure before then is kept.
 *
 * @param script - The executable's script (its `import.meta.url`).
 * @returns The thread.
 *
 * @example
 * ```ts
 * // In the executable, before the command is loaded:
 * const early = wantsPrestart(args, process.env) ? prestartWorker(new URL(import.meta.url)) : null;
 * ```
 */
export function prestartWorker(script: URL): PrestartedWorker {
  const worker = new Worker(script, { workerData: DIGEST_WORKER_DATA });
  worker.unref();
  const started: PrestartedWorker = { worker, exitCode: null, error: null };
  worker.on("exit", (code) => (started.exitCode = code));
  worker.on("error", (error) => (started.error = error));
  return started;
}
