#!/usr/bin/env node
/// <reference types="node" />
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isKpiError } from "../errors.js";
import { parseWorkspace, type Workspace } from "../model/workspace.js";
import { parseMeasurements } from "../model/parseMeasurements.js";
import type { Measurement } from "../model/measurement.js";
import { readMeasurementsFile } from "./readMeasurementsFile.js";
import { renderJsonSchema } from "./jsonSchema.js";
import { summarizeWorkspace } from "./summarizeWorkspace.js";

const USAGE = `kpi-kit — measure public services and use the results (PU2-23)

Usage:
  kpi-kit validate <workspace.json> [--measurements <file.ndjson|.json>]
                              validate a workspace (and measurements against it)
  kpi-kit schema [workspace|measurement]
                              print the JSON Schema of a document
  kpi-kit demo [--locale en|lv]
                              validate the bundled example municipality and print its summary
  kpi-kit <command> --help    help for one command

Exit codes: 0 valid, 1 invalid input, 2 usage error.`;

const HELP: Record<string, string> = {
  validate: `kpi-kit validate <workspace.json> [--measurements <file>] [--locale en|lv]

Parses the workspace with every cross-reference checked, then (with --measurements) each measurement
against it. Prints a summary; on bad input prints the file, the line or JSON path and the field, and exits 1.`,
  schema: `kpi-kit schema [workspace|measurement]

Prints the JSON Schema (draft 2020-12) of a workspace (default) or of one measurement.`,
  demo: `kpi-kit demo [--locale en|lv]

Validates the bundled example municipality (examples/workspace.json and examples/measurements.ndjson)
and prints its summary: scopes, KPIs by kind and category, responsibility findings.`,
};

class UsageError extends Error {}

function packageRoot(): string {
  // dist/cli/main.js → package root; src/cli/main.ts when run from source.
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

async function loadWorkspace(path: string): Promise<Workspace> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`cannot read ${path}: no such file`);
  }
  try {
    return parseWorkspace(text);
  } catch (error) {
    if (isKpiError(error)) {
      error.message = `${path}: ${error.message} (at ${error.path.map(String).join(".") || "the top level"})`;
    }
    throw error;
  }
}

async function loadMeasurements(path: string, workspace: Workspace): Promise<Measurement[]> {
  if (!existsSync(path)) throw new UsageError(`cannot read ${path}: no such file`);
  const records = await readMeasurementsFile(path);
  try {
    return parseMeasurements(records.map((r) => r.value), workspace);
  } catch (error) {
    if (isKpiError(error)) {
      const index = typeof error.path[0] === "number" ? error.path[0] : -1;
      const line = records[index]?.line ?? 0;
      const where = line > 0 ? `${path}:${line}` : `${path}[${index}]`;
      error.message = `${where}: ${error.message} (field ${error.path.slice(1).map(String).join(".") || "record"})`;
    }
    throw error;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      measurements: { type: "string" },
      locale: { type: "string", default: "en" },
    },
  });
  if (values.help === true) {
    const help = HELP[command];
    if (help === undefined) throw new UsageError(`unknown command "${command}"`);
    process.stdout.write(`${help}\n`);
    return 0;
  }
  const locale = values.locale === "lv" ? "lv" : values.locale === "en" ? "en" : undefined;
  if (locale === undefined) throw new UsageError(`--locale must be en or lv, not "${values.locale}"`);
  switch (command) {
    case "validate": {
      const file = positionals[0];
      if (file === undefined) throw new UsageError("validate needs a workspace file");
      const workspace = await loadWorkspace(file);
      const measurements = values.measurements === undefined ? undefined : await loadMeasurements(values.measurements, workspace);
      process.stdout.write(`${summarizeWorkspace(workspace, measurements, locale)}\n\n${file}: valid\n`);
      return 0;
    }
    case "schema": {
      const name = positionals[0] ?? "workspace";
      if (name !== "workspace" && name !== "measurement") throw new UsageError(`schema takes workspace or measurement, not "${name}"`);
      process.stdout.write(renderJsonSchema(name));
      return 0;
    }
    case "demo": {
      const dir = join(packageRoot(), "examples");
      const workspace = await loadWorkspace(join(dir, "workspace.json"));
      const measurementsPath = join(dir, "measurements.ndjson");
      const measurements = existsSync(measurementsPath) ? await loadMeasurements(measurementsPath, workspace) : undefined;
      process.stdout.write(`${summarizeWorkspace(workspace, measurements, locale)}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      process.stderr.write(`kpi-kit: ${(error as Error).message}\nRun kpi-kit --help for usage.\n`);
      process.exitCode = 2;
    } else if (isKpiError(error)) {
      process.stderr.write(`kpi-kit: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`kpi-kit: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  },
);
