/// <reference types="node" />
// The executable's command run again in a child process, with huge pages (hugePages.ts) or V8 options
// (inlineCompiler.ts).
import { spawn } from "node:child_process";
import { HUGE_PAGES_TUNABLE } from "./hugePages.js";

/**
 * Set to `1` in the environment of the child process of {@link runAgain}: the executable never runs a command again
 * from a process that is itself the command run again, whatever else it decides.
 */
export const RAN_AGAIN_ENV = "KPIKIT_RAN_AGAIN";

/** How the child process of {@link runAgain} differs from this one. */
export interface RunAgainOptions {
  /** Add {@link HUGE_PAGES_TUNABLE} to the child's `GLIBC_TUNABLES`. */
  readonly hugePages: boolean;
  /** Node.js or V8 options for the child, after this process's own (`process.execArgv`). */
  readonly nodeOptions: readonly string[];
}

/**
 * Runs Node.js again — the same executable and options (`process.execArgv`), then `options.nodeOptions`, then the
 * arguments given — in a child process sharing this process's standard streams, its environment with
 * {@link RAN_AGAIN_ENV} set and {@link HUGE_PAGES_TUNABLE} added to `GLIBC_TUNABLES` when `options.hugePages`.
 * Resolves with the child's exit code; a child ended by a signal ends this process by the same signal. SIGINT,
 * SIGTERM and SIGHUP sent to this process go on to the child (which decides), so this process never ends before it.
 * Resolves `null` when the child cannot be started: the caller then runs the command itself.
 *
 * @param nodeArgs - What follows Node.js's own options: the script and its arguments (the executable passes
 * `process.argv.slice(1)`).
 * @param options - See {@link RunAgainOptions}.
 * @returns The child's exit code, or `null`.
 *
 * @example
 * ```ts
 * await runAgain(["-e", "process.exit(process.env.GLIBC_TUNABLES.endsWith('glibc.malloc.hugetlb=1') ? 3 : 4)"], { hugePages: true, nodeOptions: [] });
 * //=> 3
 * ```
 */
export function runAgain(nodeArgs: readonly string[], options: RunAgainOptions): Promise<number | null> {
  const tunables = process.env["GLIBC_TUNABLES"];
  const env: NodeJS.ProcessEnv = { ...process.env, [RAN_AGAIN_ENV]: "1" };
  if (options.hugePages) env["GLIBC_TUNABLES"] = tunables === undefined ? HUGE_PAGES_TUNABLE : `${tunables}:${HUGE_PAGES_TUNABLE}`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...options.nodeOptions, ...nodeArgs], { stdio: "inherit", env });
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
    const forward = (signal: NodeJS.Signals): void => void child.kill(signal);
    for (const signal of signals) process.on(signal, forward);
    const done = (): void => {
      for (const signal of signals) process.off(signal, forward);
    };
    child.on("error", () => {
      done();
      resolve(null);
    });
    child.on("exit", (code, signal) => {
      done();
      if (signal !== null) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
