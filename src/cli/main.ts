#!/usr/bin/env node
/// <reference types="node" />
// The `kpi-kit` executable: the command line (runCli.ts) on the process's own streams, its result as the exit code.
// A large measurement file is read in a child process with huge pages where the system offers them (hugePages.ts), and
// a report from one on two cores in a child process whose optimizing compiler works on the command's own threads
// (inlineCompiler.ts).
import { isMainThread, workerData } from "node:worker_threads";
import { processIo } from "./cliIo.js";
import { DIGEST_WORKER_DATA } from "./digestWorkerData.js";
import { shouldUseHugePages, systemHugePagesProbe } from "./hugePages.js";
import { INLINE_COMPILER_OPTION, systemInlineCompilerProbe, wantsInlineCompiler } from "./inlineCompiler.js";
import { prestartWorker, wantsPrestart } from "./prestartWorker.js";
import { RAN_AGAIN_ENV, runAgain } from "./runAgain.js";

// A reader that stops early (`kpi-kit report … | head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
void (async () => {
  // The executable's script run as a worker thread: half of a large measurement file, and a report's digest
  // (digestWorker.ts).
  if (!isMainThread && (workerData as { kpiKit?: unknown } | null)?.kpiKit === DIGEST_WORKER_DATA.kpiKit) {
    (await import("./digestWorker.js")).serveDigest();
    return;
  }
  // A child process run by runAgain runs the command itself, whatever the checks below would say.
  const mayRunAgain = process.env[RAN_AGAIN_ENV] !== "1";
  const hugePages = mayRunAgain && shouldUseHugePages(args, systemHugePagesProbe());
  const inlineCompiler = mayRunAgain && wantsInlineCompiler(args, systemInlineCompilerProbe());
  const code =
    hugePages || inlineCompiler
      ? await runAgain(process.argv.slice(1), { hugePages, nodeOptions: inlineCompiler ? [INLINE_COMPILER_OPTION] : [] })
      : null;
  if (code !== null) {
    process.exitCode = code;
    return;
  }
  // The worker thread for a large measurement file starts loading its code now, while the command loads its own.
  const script = new URL(import.meta.url);
  const prestartedWorker = wantsPrestart(args, process.env) ? prestartWorker(script) : undefined;
  // The commands are loaded only when they run here: a process that hands the command to a child loads none of them.
  process.exitCode = await (await import("./runCli.js")).runCli(args, { ...processIo(), workerScript: script, prestartedWorker });
})();
