#!/usr/bin/env node
/// <reference types="node" />
import { mkdir, readFile, writeFile } from "node:fs/promises";
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
import { readEventsFile } from "./readEventsFile.js";
import { formatReportSummary } from "./formatReportSummary.js";
import { buildReport, renderHtml, renderMarkdown, type ReportAudience } from "../report/index.js";

const USAGE = `kpi-kit — measure public services and use the results (PU2-23)

Usage:
  kpi-kit report <workspace.json> --measurements <file.csv|.ndjson|.json> --period <label> --as-of <instant>
                 [--audience management|technical|public] [--scope <id>] [--locale en|lv]
                 [--format md|html|json] [--out <path>] [--outages <file.json>] [--tickets <file.json>]
                              build an audience-tailored report
  kpi-kit validate <workspace.json> [--measurements <file>]
                              validate a workspace (and measurements against it)
  kpi-kit schema [workspace|measurement]
                              print the JSON Schema of a document
  kpi-kit demo [--locale en|lv] [--out <dir>]
                              the three reports of the bundled example municipality, in out/
  kpi-kit <command> --help    help for one command

Exit codes: 0 done, 1 invalid input, 2 usage error.`;

const HELP: Record<string, string> = {
  report: `kpi-kit report <workspace.json> --measurements <file> --period <label> --as-of <instant> [options]

Builds a report from a workspace and its measurements, as of an instant (records recorded later are left out).

  --measurements <file>   .csv (header row with the measurement fields), .ndjson/.jsonl or .json (an array)
  --period <label>        the period reported on: 2026-03, 2026-Q1, 2026, 2026-W10, FY2025-26, …
  --as-of <instant>       "now" for the report, ISO-8601 with Z or an offset (e.g. 2026-04-05T12:00:00+03:00)
  --audience <who>        management (default), technical or public
  --scope <id>            the scope node reported on (default: the root of the scope tree)
  --locale <lang>         en (default) or lv
  --format <fmt>          md (default), html or json
  --out <path>            write to this file instead of standard output
  --outages <file.json>   outages [{ id, start, end, serviceId? }] for availability objectives
  --tickets <file.json>   tickets [{ id, serviceId, openedAt, respondedAt?, resolvedAt? }] for response/resolution objectives

Long inputs show a progress count on standard error when it is a terminal.`,
  validate: `kpi-kit validate <workspace.json> [--measurements <file>] [--locale en|lv]

Parses the workspace with every cross-reference checked, then (with --measurements) each measurement
against it. Prints a summary; on bad input prints the file, the line or JSON path and the field, and exits 1.`,
  schema: `kpi-kit schema [workspace|measurement]

Prints the JSON Schema (draft 2020-12) of a workspace (default) or of one measurement.`,
  demo: `kpi-kit demo [--locale en|lv] [--out <dir>]

Builds the management, technical and public reports of the bundled example municipality (Ezerkrasta novads) for
March 2026 as of 5 April 2026, in Latvian and English, as HTML, Markdown and JSON in out/ (or --out); prints the
management summary in --locale and the list of files written.`,
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
  const progress = process.stderr.isTTY
    ? (n: number): void => {
        process.stderr.write(`\rreading ${path}: ${n.toLocaleString("en")} records`);
      }
    : undefined;
  const records = await readMeasurementsFile(path, { onProgress: progress });
  if (progress !== undefined && records.length >= 100_000) process.stderr.write("\n");
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
      audience: { type: "string", default: "management" },
      scope: { type: "string" },
      period: { type: "string" },
      "as-of": { type: "string" },
      format: { type: "string", default: "md" },
      out: { type: "string" },
      outages: { type: "string" },
      tickets: { type: "string" },
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
    case "report": {
      const file = positionals[0];
      if (file === undefined) throw new UsageError("report needs a workspace file");
      if (values.measurements === undefined) throw new UsageError("report needs --measurements <file>");
      if (values.period === undefined) throw new UsageError("report needs --period <label>, e.g. 2026-03");
      if (values["as-of"] === undefined) throw new UsageError("report needs --as-of <instant>, e.g. 2026-04-05T12:00:00+03:00");
      const audience = values.audience;
      if (audience !== "management" && audience !== "technical" && audience !== "public") {
        throw new UsageError(`--audience must be management, technical or public, not "${audience}"`);
      }
      const format = values.format;
      if (format !== "md" && format !== "html" && format !== "json") throw new UsageError(`--format must be md, html or json, not "${format}"`);
      const workspace = await loadWorkspace(file);
      const measurements = await loadMeasurements(values.measurements, workspace);
      const outages = values.outages === undefined ? [] : await readEventsFile(values.outages, "outage");
      const tickets = values.tickets === undefined ? [] : await readEventsFile(values.tickets, "ticket");
      const scope = values.scope ?? workspace.scopes.find((n) => n.parentId === null)?.id ?? "";
      const options = { audience, scope, period: values.period, asOf: values["as-of"], locale, outages, tickets } as const;
      let report;
      try {
        report = buildReport(workspace, measurements, options);
      } catch (error) {
        // Name the command-line option behind a bad report option.
        const flag: Record<string, string> = { period: "--period", scope: "--scope", asOf: "--as-of", audience: "--audience", locale: "--locale" };
        if (isKpiError(error) && error.path[0] === "options" && typeof error.path[1] === "string" && flag[error.path[1]] !== undefined) {
          error.message = `${flag[error.path[1]]}: ${error.message}`;
        }
        throw error;
      }
      const text =
        format === "json" ? `${JSON.stringify(report, null, 2)}\n` : format === "md" ? renderMarkdown(report) : await renderHtml(report);
      if (values.out === undefined) process.stdout.write(text);
      else {
        await writeFile(values.out, text);
        process.stderr.write(`wrote ${values.out}\n`);
      }
      return 0;
    }
    case "demo": {
      const dir = join(packageRoot(), "examples");
      const outDir = values.out ?? "out";
      const workspace = await loadWorkspace(join(dir, "workspace.json"));
      const measurements = await loadMeasurements(join(dir, "measurements.ndjson"), workspace);
      const outages = await readEventsFile(join(dir, "outages.json"), "outage");
      const tickets = await readEventsFile(join(dir, "tickets.json"), "ticket");
      await mkdir(outDir, { recursive: true });
      const audiences: ReportAudience[] = ["management", "technical", "public"];
      // Every audience in both languages; the summary in --locale.
      const written: string[] = [];
      let summary = "";
      for (const reportLocale of ["lv", "en"] as const) {
        for (const audience of audiences) {
          const report = buildReport(workspace, measurements, {
            audience,
            scope: "ezerkrasts",
            period: "2026-03",
            asOf: "2026-04-05T12:00:00+03:00",
            locale: reportLocale,
            outages,
            tickets,
          });
          const base = join(outDir, `${audience}.${reportLocale}`);
          await writeFile(`${base}.md`, renderMarkdown(report));
          await writeFile(`${base}.html`, await renderHtml(report));
          await writeFile(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
          written.push(`${base}.html`, `${base}.md`, `${base}.json`);
          if (audience === "management" && reportLocale === locale) summary = formatReportSummary(report, locale);
        }
      }
      const heading =
        locale === "en"
          ? "Reports for management, technical teams and the public, in Latvian and English:"
          : "Pārskati vadībai, tehniskajām komandām un sabiedrībai latviešu un angļu valodā:";
      process.stdout.write(`${summary}\n${heading}\n${written.map((f) => `  ${f}`).join("\n")}\n`);
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
