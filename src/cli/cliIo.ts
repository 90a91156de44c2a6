/// <reference types="node" />
import type { PrestartedWorker } from "./prestartWorker.js";

/** Where a CLI command writes: its standard output and standard error. */
export interface CliIo {
  /** Writes to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (progress bars and stage lines are shown only there). */
  readonly stderrIsTerminal: boolean;
  /**
   * The executable's script, which a worker thread can run to read half of a large measurement file and to compute a
   * report's digest beside the report (startDigestWorker.ts); without it both are done on the main thread.
   */
  readonly workerScript?: URL | undefined;
  /**
   * That worker thread already started by the executable, before the command was loaded (prestartWorker.ts): the
   * command takes it instead of starting one, if it wants one.
   */
  readonly prestartedWorker?: PrestartedWorker | undefined;
}

/**
 * The running process's own streams: standard output and standard error, and whether standard error is a terminal
 * (`process.stderr.isTTY`).
 *
 * @example
 * ```ts
 * const io = processIo();
 * io.stderrIsTerminal === (process.stderr.isTTY === true);
 * //=> true
 * ```
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTerminal: process.stderr.isTTY === true,
  };
}
