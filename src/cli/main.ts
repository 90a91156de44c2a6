#!/usr/bin/env node
/// <reference types="node" />
// The `kpi-kit` executable: the command line (runCli.ts) on the process's own streams, its result as the exit code.
import { processIo } from "./cliIo.js";
import { runCli } from "./runCli.js";

// A reader that stops early (`kpi-kit report … | head`) closes the pipe: stop quietly, as other command-line tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
