/// <reference types="node" />
// The kpi-kit command line: the commands, their options and the exit codes. `main.ts` runs it on the process's own
// streams; the tests run it on strings as well.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { isKpiError, type KpiError } from "../errors.js";
import { describeBadInstant } from "../internal/describeBadInstant.js";
import { instantOf } from "../internal/instantOf.js";
import type { Workspace } from "../model/workspace.js";
import { grainOfLabel } from "../time/grainOfLabel.js";
import { parsePeriod } from "../time/parsePeriod.js";
import { LIBRARY_VERSION } from "../report/_lib/libraryVersion.js";
import { reportCalendar } from "../report/_lib/reportCalendar.js";
import type { Calendar } from "../model/calendar.js";
import { renderJsonSchema } from "./jsonSchema.js";
import { summarizeWorkspace } from "./summarizeWorkspace.js";
import { loadInputs, locateRecords, measurementsErrorWorkspace, type InputFiles } from "./loadInputs.js";
import { DEFAULT_MAX_PROBLEMS, findMeasurementProblems, formatMeasurementProblems, MAX_MAX_PROBLEMS } from "./listMeasurementProblems.js";
import { CHART_PEERS, findMissingPeers } from "./checkOptionalPeers.js";
import { inputFormatOf, type InputFormat } from "./readMeasurementsFile.js";
import { toUsageError, UsageError } from "./usageError.js";
import { formatReportSummary } from "./formatReportSummary.js";
import { createProgress, type Progress } from "./createProgress.js";
import { buildReport, digestMeasurements, planReport, renderHtml, renderMarkdown, type ReportAudience } from "../report/index.js";
import { engineAggregates, REPORT_ENGINES, type EngineSource, type ReportEngine } from "./engineAggregates.js";
import { toMeasurementBatch } from "../model/toMeasurementBatch.js";
import type { CliIo } from "./cliIo.js";
import { fileSizeOf } from "./fileSizeOf.js";
import { startDigestWorker, wantsDigestThread } from "./startDigestWorker.js";
import { wantsReadThread } from "./planFileSplit.js";
import { idStoreOf } from "../model/_lib/batchIds.js";
import { sortById } from "../internal/sortById.js";
import { printable } from "./printable.js";

const USAGE = `kpi-kit — measure public services and use the results (PU2-23)

Usage:
  kpi-kit report <workspace.json> --measurements <file.csv|.ndjson|.json> --period <label> --as-of <instant>
                 [--audience management|technical|public] [--scope <id>] [--locale en|lv]
                 [--format md|html|json] [--out <path>] [--outages <file.json>] [--tickets <file.json>]
                 [--input-format csv|ndjson|json] [--verbose]
                 [--engine duckdb [--memory-limit <size>] (with --measurements, also .parquet and
                  --input-format parquet)
                  | --engine postgres --url <url> --table <name>]
                              build an audience-tailored report
  kpi-kit validate <workspace.json> [--measurements <file>] [--outages <file.json>] [--tickets <file.json>]
                 [--input-format csv|ndjson|json] [--max-problems <n>] [--locale en|lv] [--verbose]
                              run every check that report runs on the same files, listing the problems
                              of the measurements file (report stops at the first)
  kpi-kit schema [workspace|measurement]
                              print the JSON Schema of a document
  kpi-kit demo [--locale en|lv] [--out <dir>]
                              the three reports of the bundled example municipality, in out/
  kpi-kit openslo validate|import|export …
                              OpenSLO v1 documents in and out (kpi-kit openslo --help)
  kpi-kit cpsv import|export …
                              CPSV-AP 3.2 public-service catalogues in and out (kpi-kit cpsv --help)
  kpi-kit <command> --help    help for one command (also: kpi-kit help <command>)
  kpi-kit --version           print the version of kpi-kit (also: -v)

Each option is given at most once. Exit codes: 0 done, 1 invalid input, 2 usage error (an unknown or repeated
option, an option value of the wrong form, an argument the command does not take, a file that cannot be read or
written, a missing optional package).`;

const HELP: Record<string, string> = {
  report: `kpi-kit report <workspace.json> --measurements <file> --period <label> --as-of <instant> [options]

Builds a report from a workspace and its measurements, as of an instant (records recorded later are left out).

  --measurements <file>   .csv (header row with the measurement fields), .ndjson/.jsonl or .json (an array);
                          extensions in any case; numbers in CSV are decimal (sign, digits, one '.', exponent),
                          an empty cell is an absent field
  --input-format <fmt>    csv, ndjson or json: the format of --measurements whatever its extension; parquet too
                          with --engine duckdb
  --period <label>        the period reported on: 2026-03, 2026-Q1, 2026, 2026-W10, FY2025-26, …
  --as-of <instant>       "now" for the report, ISO-8601 with Z or an offset (e.g. 2026-04-05T12:00:00+03:00)
  --audience <who>        management (default), technical or public
  --scope <id>            the scope node reported on (default: the root of the scope tree)
  --locale <lang>         en (default) or lv
  --format <fmt>          md (default), html or json (html draws charts with the optional packages vega and
                          vega-lite; without them report says what to install and exits 2)
  --out <path>            write to this file instead of standard output
  --outages <file.json>   outages [{ id?, start, end, serviceId? }] for availability objectives (serviceId: a scope node)
  --tickets <file.json>   tickets [{ id, serviceId?, openedAt, respondedAt?, resolvedAt? }] for response/resolution objectives
  --engine <name>         aggregate in a database engine instead of this process (docs/at-scale.md):
                          duckdb reads --measurements itself (.csv, .ndjson/.jsonl, .json or .parquet; optional
                          package @duckdb/node-api); postgres reads --table (optional package pg)
  --url <url>             with --engine postgres: the connection URL (postgres://user@host:5432/db)
  --table <name>          with --engine postgres: the table, name or schema.name; columns named as the fields
                          (kpiId, subjectId, at, value, …) or in snake_case (kpi_id, subject_id, recorded_at, …)
  --memory-limit <size>   with --engine duckdb: DuckDB's memory limit, e.g. 2GB (default: 80 % of the machine's
                          memory; below what the file needs, DuckDB stops with an out-of-memory error)

An error in a file names the file and line and the record's id (outages and tickets: the index in the array),
also when the report finds it after reading. With --engine the records are not read here: their ids and corrections
are checked in the engine (the checks of validate), the rest of each record is trusted (run validate on an export).

Long inputs show progress on standard error when it is a terminal: a bar while the measurements are read (records,
bytes, records per second, time left), then a line per stage with its time. When standard error is not a terminal
nothing is written there but errors; --verbose adds one summary line at the end.

On Linux, a measurements file of 256 MiB or more is read in a child process whose C library (glibc 2.35 or later)
hands out transparent huge pages, which saves most of the page faults of the large arrays (docs/large-files.md).
KPIKIT_HUGE_PAGES=0 in the environment turns this off. On a machine with a second core, a CSV or NDJSON
measurements file of 48 MiB or more is read on two threads, each reading half of it (KPIKIT_READ_THREAD=0 turns
this off), and for a file of 32 MiB or more the digest of the measurements is computed on the second thread while
the report is built (KPIKIT_DIGEST_THREAD=0 turns this off); the records, errors and report are the same. With
both threads busy on a machine of two cores, the report runs in a child process whose JavaScript compiler works on
those threads instead of a third (Node.js's --no-concurrent-recompilation), about 12 % faster at a million records
(KPIKIT_INLINE_COMPILER=0 turns this off).

  --verbose               one summary line on standard error when done (records, time)`,
  validate: `kpi-kit validate <workspace.json> [--measurements <file>] [--outages <file.json>] [--tickets <file.json>]
                 [--input-format csv|ndjson|json] [--max-problems <n>] [--locale en|lv] [--verbose]

Reads the files exactly as report does and runs the same checks: the workspace with every cross-reference, then
each measurement, outage and ticket against it (ids unique, references to KPIs and scope nodes, instants, intervals).
Prints a summary; on bad input prints the file, the line or index, the record's id and the field, and exits 1.
Progress on standard error as for report; --verbose adds one summary line at the end. Huge pages, and two threads,
for a large measurements file as for report (KPIKIT_HUGE_PAGES=0, KPIKIT_READ_THREAD=0 turn them off).

report stops at the first problem; validate lists the problems of a measurements file. Once the file is refused,
it reads it again, checks each record on its own (its fields, its KPI and subject, the KPI's scope kinds) and lists
the problems in line order, worded as report words them, then "… and N more" when there are more and the count of
records with problems. Repeated ids and corrections are checked once every record passes,
and stop at the first. A CSV row that is not a record (a number cell outside the grammar, a wrong field count) is
listed and the reading goes on; a problem the file cannot be read past (text that is not JSON, a CSV quote left
open, a bad CSV header) ends the list, and when it is the first problem, it is the only one printed. The exit code
is 1.

  --max-problems <n>      the most problems listed: 1 to 10000 (default 20)`,
  schema: `kpi-kit schema [workspace|measurement]

Prints the JSON Schema (draft 2020-12) of a workspace (default) or of one measurement.`,
  demo: `kpi-kit demo [--locale en|lv] [--out <dir>]

Builds the management, technical and public reports of the bundled example municipality (Ezerkrasta novads) for
March 2026 as of 5 April 2026, in Latvian and English, as HTML, Markdown and JSON in out/ (or --out); prints the
management summary in --locale and the list of files written. HTML charts need the optional packages vega and
vega-lite: when they are missing, demo says what to install and exits 2 before writing anything.`,
};

function packageRoot(): string {
  // dist/cli/main.js (this module is bundled into it) → package root; src/cli/runCli.ts when run from source.
  return join(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

/**
 * Refuses (exit 2) the positional arguments after the `count` that a command takes, naming them: an argument left
 * over is a mistake (a forgotten option name, most often), not something to ignore. `what` says what the command
 * takes and what the user may have meant.
 */
function refuseExtraArguments(positionals: readonly string[], count: number, what: string): void {
  const extra = positionals.slice(count);
  if (extra.length === 0) return;
  throw new UsageError(`unexpected argument${extra.length === 1 ? "" : "s"} ${extra.map((a) => JSON.stringify(a)).join(", ")}: ${what}`);
}

/** What `validate` and `report` take besides the workspace file, for {@link refuseExtraArguments}: the input options not given. */
function inputFilesHint(command: string, values: { measurements?: string | undefined; outages?: string | undefined; tickets?: string | undefined }, readsMeasurementsFile: boolean): string {
  const takes = `${command} takes one workspace file`;
  if (readsMeasurementsFile && values.measurements === undefined) return `${takes}; measurements are given with --measurements <file>`;
  const missing = (["outages", "tickets"] as const).filter((name) => values[name] === undefined);
  if (missing.length === 0) return takes;
  return `${takes}; ${missing.join(" and ")} are given with ${missing.map((name) => `--${name} <file.json>`).join(" and ")}`;
}

const PERIOD_FORMS = "a month 2026-03, a quarter 2026-Q1, a year 2026, an ISO week 2026-W10, a fiscal year FY2025-26 or a day 2026-03-29";
const GRAIN_WORDS: Readonly<Record<string, string>> = { day: "day", week: "ISO week", month: "month", quarter: "quarter", year: "year", fiscal_year: "fiscal year" };

/**
 * Refuses (exit 2) a --period that is not a period label, with the library's own check (parsePeriod). Whether a label
 * names a period does not depend on the workspace's calendar (its time zone moves the period's bounds only, and a
 * fiscal year is labelled by the year in which it starts whatever its first month), so a bad one is refused before any
 * file is read.
 */
function checkPeriodOption(label: string): void {
  try {
    parsePeriod(label, { timeZone: "UTC", fiscalYearStartMonth: 1 });
  } catch (error) {
    if (!isKpiError(error, "invalid_period")) throw error;
    const grain = grainOfLabel(label);
    const why = grain === null ? PERIOD_FORMS : `there is no ${GRAIN_WORDS[grain] ?? grain} ${label}`;
    throw new UsageError(`--period ${JSON.stringify(label)} is not a period label: ${why}`);
  }
}

/**
 * Refuses (exit 2) an --as-of that is not an instant, with the check buildReport runs on it (instantOf), before any
 * file is read.
 *
 * @returns The instant, in epoch ms.
 */
function checkAsOfOption(text: string): number {
  try {
    return instantOf(text, "kpi-kit", ["--as-of"]);
  } catch (error) {
    if (!isKpiError(error)) throw error;
    // describeBadInstant starts with the quoted text; a precise reason ("2026-02-30 is not a calendar date") follows ": ".
    const said = describeBadInstant(text);
    const head = `"${text.slice(0, 40)}": `;
    const why = said.startsWith(head) ? said.slice(head.length) : "ISO-8601 with Z or an offset, e.g. 2026-04-05T12:00:00+03:00";
    throw new UsageError(`--as-of ${JSON.stringify(text)} is not an instant: ${why}`);
  }
}

/**
 * The calendar in which every period begins earliest: at UTC+14, and a fiscal year in January of its first year. An
 * --as-of before a period begins there is before it in every calendar, and is refused before any file is read.
 */
const EARLIEST_CALENDAR = { timeZone: "Etc/GMT-14", fiscalYearStartMonth: 1 } as const;

/**
 * Refuses (exit 2) an --as-of before the period begins in `calendar`: no record of the period can be known then, and
 * every figure of the period would be "no data". Called with {@link EARLIEST_CALENDAR} before any file is read, and
 * with the workspace's own calendar (`reportCalendar`, named in the message) once it is read, before the measurements.
 */
function checkAsOfBeforePeriod(label: string, asOf: string, asOfMs: number, calendar: Pick<Calendar, "timeZone" | "fiscalYearStartMonth">, named: boolean): void {
  const { start } = parsePeriod(label, calendar);
  if (asOfMs < start) {
    const begins = named ? ` (${new Date(start).toISOString()}, in ${calendar.timeZone})` : "";
    throw new UsageError(`--as-of ${JSON.stringify(asOf)} is before the period ${label} begins${begins}: no record of the period can be known then`);
  }
}

/** `checkAsOfBeforePeriod` in the workspace's own calendar, for `loadInputs`' `onWorkspace` (nothing without a calendar). */
function checkAsOfInCalendar(workspace: Workspace, label: string, asOf: string): void {
  const calendar = reportCalendar(workspace);
  if (calendar !== undefined) checkAsOfBeforePeriod(label, asOf, instantOf(asOf, "kpi-kit", ["--as-of"]), calendar, true);
}

const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  report: ["help", "measurements", "input-format", "locale", "audience", "scope", "period", "as-of", "format", "out", "outages", "tickets", "verbose", "engine", "url", "table", "memory-limit"],
  validate: ["help", "measurements", "input-format", "locale", "outages", "tickets", "verbose", "max-problems"],
  schema: ["help"],
  demo: ["help", "locale", "out"],
};
const INPUT_FORMATS: readonly InputFormat[] = ["csv", "ndjson", "json"];

function inputFiles(
  progress: Progress,
  command: "validate" | "report",
  workspace: string,
  values: { measurements?: string | undefined; outages?: string | undefined; tickets?: string | undefined; "input-format"?: string | undefined },
): InputFiles {
  const format = values["input-format"];
  // report without --engine refuses it before (it needs --engine duckdb).
  if (format === "parquet" && command === "validate") throw new UsageError("--input-format parquet: validate does not read Parquet; report --engine duckdb does");
  if (format !== undefined && !INPUT_FORMATS.includes(format as InputFormat)) {
    throw new UsageError(`--input-format must be csv, ndjson or json, not "${format}"`);
  }
  return {
    workspace,
    command,
    measurements: values.measurements,
    inputFormat: format as InputFormat | undefined,
    outages: values.outages,
    tickets: values.tickets,
    onProgress: (path, records, bytes) => progress.reading(path, records, bytes),
    onStage: (text) => progress.stage(text),
  };
}

/** --max-problems of validate: a whole number from 1 to 10 000 (default 20), else a usage error (exit 2). */
function maxProblemsOption(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_PROBLEMS;
  const n = /^[0-9]{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= MAX_MAX_PROBLEMS)) throw new UsageError(`--max-problems must be a whole number from 1 to ${MAX_MAX_PROBLEMS}, not "${text}"`);
  return n;
}

/**
 * validate's answer to a problem in the measurements file (exit 1): the first error, written at once as any error is,
 * then the file read once more on the slow path to list the others (findMeasurementProblems). Should that pass fail
 * for any reason (the file gone meanwhile), the first error stands alone, as it did before the list existed.
 */
async function writeMeasurementProblems(io: CliIo, error: KpiError, workspace: Workspace, path: string, inputFormat: InputFormat | undefined, max: number): Promise<number> {
  const format = inputFormat ?? inputFormatOf(path);
  let listed = "";
  // Over the records limit, the file is refused whole: no record is to blame.
  if (format !== null && error.code !== "input_too_large") {
    try {
      listed = formatMeasurementProblems(path, await findMeasurementProblems(path, format, workspace, max, error.message), max);
    } catch {
      listed = "";
    }
  }
  io.stderr(printable(listed === "" ? `kpi-kit: ${error.message}\n` : `kpi-kit: ${listed}`));
  return 1;
}

/** Refuses to start (exit 2) when the optional peers that draw HTML charts cannot be loaded, saying what to install. */
async function requireChartPeers(what: string): Promise<void> {
  const missing = await findMissingPeers(CHART_PEERS, (name) => import(name));
  if (missing.length > 0) {
    throw new UsageError(`${what} draws charts with ${CHART_PEERS.join(" and ")}, which cannot be loaded here; run: npm install ${missing.join(" ")}`);
  }
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    throw toUsageError(error, "write", path);
  }
}

/** `report --engine`: the aggregates from the engine, then the very report buildReport builds from records. */
async function reportFromEngine(
  io: CliIo,
  progress: Progress,
  engine: ReportEngine,
  file: string,
  values: { measurements?: string | undefined; "input-format"?: string | undefined; url?: string | undefined; table?: string | undefined; "memory-limit"?: string | undefined; scope?: string | undefined; period?: string | undefined; "as-of"?: string | undefined; out?: string | undefined; outages?: string | undefined; tickets?: string | undefined },
  audience: ReportAudience,
  format: "md" | "html" | "json",
  locale: "en" | "lv",
): Promise<number> {
  const inputFormat = values["input-format"];
  if (inputFormat !== undefined && !["csv", "ndjson", "json", "parquet"].includes(inputFormat)) {
    throw new UsageError(`--input-format must be csv, ndjson, json or parquet, not "${inputFormat}"`);
  }
  const { workspace, outages, tickets } = await loadInputs({
    ...inputFiles(progress, "report", file, { ...values, measurements: undefined, "input-format": undefined }),
    checkMeasurements: false,
    onWorkspace: (w) => checkAsOfInCalendar(w, values.period ?? "", values["as-of"] ?? ""),
  });
  const scope = values.scope ?? workspace.scopes.find((n) => n.parentId === null)?.id ?? "";
  const options = { audience, scope, period: values.period ?? "", asOf: values["as-of"] ?? "", locale, outages, tickets } as const;
  let report;
  try {
    // A bad option is refused before the engine starts.
    planReport(workspace, options);
    const source = { file: values.measurements, format: inputFormat as EngineSource["format"], url: values.url, table: values.table, memoryLimit: values["memory-limit"], workspaceFile: file };
    const aggregates = await engineAggregates(engine, source, workspace, options, (text) => progress.stage(text));
    progress.stage("building the report");
    report = buildReport(workspace, aggregates, options);
  } catch (error) {
    nameOptionFlag(error, workspace, file, scope);
    throw error;
  }
  progress.stage(`rendering ${format}`);
  const text = format === "json" ? `${JSON.stringify(report, null, 2)}\n` : format === "md" ? renderMarkdown(report) : await renderHtml(report);
  const where = values.measurements ?? `table ${String(values.table)}`;
  progress.done(
    `kpi-kit: report over ${report.provenance.measurementCount.toLocaleString("en")} records (${report.provenance.effectiveMeasurementCount.toLocaleString("en")} in effect) of ${where}, aggregated by ${engine}${values.out === undefined ? "" : `, written to ${values.out}`}`,
  );
  if (values.out === undefined) io.stdout(text);
  else {
    await writeOutput(values.out, text);
    if (io.stderrIsTerminal) io.stderr(`wrote ${values.out}\n`);
  }
  return 0;
}

/** The most scope ids a refused --scope lists. */
const LISTED_SCOPES = 12;

/**
 * Names the command-line option behind a bad report option in the error's message. A --scope that is not a node of
 * the workspace (exit 1: it is about the workspace's content) is named with the workspace's scope ids.
 */
function nameOptionFlag(error: unknown, workspace: Workspace, file: string, scope: string): boolean {
  const flag: Record<string, string> = { period: "--period", scope: "--scope", asOf: "--as-of", audience: "--audience", locale: "--locale" };
  if (!isKpiError(error) || error.path[0] !== "options" || typeof error.path[1] !== "string" || flag[error.path[1]] === undefined) return false;
  if (error.path[1] === "scope" && error.code === "unknown_reference") {
    const ids = workspace.scopes.map((node) => node.id);
    const listed = ids.slice(0, LISTED_SCOPES).join(", ");
    const more = ids.length > LISTED_SCOPES ? ` and ${ids.length - LISTED_SCOPES} more (the ids of its "scopes")` : "";
    error.message = `--scope ${JSON.stringify(scope)} is not a node of the scope tree of ${file}, whose ids are ${listed}${more}`;
  } else {
    error.message = `${flag[error.path[1]]}: ${error.message}`;
  }
  return true;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  // Loaded only for their commands: they bring the YAML parser and the interop modules, which the other commands
  // would otherwise load at every start.
  if (command === "openslo") return (await import("./openslo.js")).openslo(rest, io);
  if (command === "cpsv") return (await import("./cpsv.js")).cpsv(rest, io);
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    // `kpi-kit help report`: the help of that command.
    const [topic, ...more] = rest;
    refuseExtraArguments(more, 0, `${command ?? "help"} takes one command name`);
    if (topic === undefined || topic === "--help" || topic === "-h" || topic === "help") {
      io.stdout(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (topic === "openslo") return (await import("./openslo.js")).openslo(["--help"], io);
    if (topic === "cpsv") return (await import("./cpsv.js")).cpsv(["--help"], io);
    const help = HELP[topic];
    if (help === undefined) throw new UsageError(`unknown command "${topic}"`);
    io.stdout(`${help}\n`);
    return 0;
  }
  if (command === "--version" || command === "-v") {
    refuseExtraArguments(rest, 0, `${command} takes no argument`);
    io.stdout(`${LIBRARY_VERSION}\n`);
    return 0;
  }
  const { values, positionals, tokens } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      help: { type: "boolean", short: "h" },
      measurements: { type: "string" },
      "input-format": { type: "string" },
      locale: { type: "string", default: "en" },
      audience: { type: "string", default: "management" },
      scope: { type: "string" },
      period: { type: "string" },
      "as-of": { type: "string" },
      format: { type: "string", default: "md" },
      out: { type: "string" },
      outages: { type: "string" },
      tickets: { type: "string" },
      verbose: { type: "boolean" },
      engine: { type: "string" },
      url: { type: "string" },
      table: { type: "string" },
      "memory-limit": { type: "string" },
      "max-problems": { type: "string" },
    },
  });
  // parseArgs keeps the last of a repeated option; a repeat is more likely a mistake than a wish.
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once`);
    seen.add(token.name);
  }
  const allowed = COMMAND_OPTIONS[command];
  const foreign = allowed === undefined ? undefined : [...seen].find((name) => !allowed.includes(name));
  if (foreign !== undefined) throw new UsageError(`${command} does not take --${foreign}`);
  if (values.help === true) {
    const help = HELP[command];
    if (help === undefined) throw new UsageError(`unknown command "${command}"`);
    io.stdout(`${help}\n`);
    return 0;
  }
  if (command === "validate" || command === "report") refuseExtraArguments(positionals, 1, inputFilesHint(command, values, values.engine !== "postgres"));
  if (command === "schema") refuseExtraArguments(positionals, 1, "schema takes one document name, workspace or measurement");
  if (command === "demo") refuseExtraArguments(positionals, 0, "demo takes no argument; the folder it writes to is given with --out <dir>");
  const progress = createProgress({
    write: io.stderr,
    terminal: io.stderrIsTerminal,
    verbose: values.verbose === true,
    sizeOf: fileSizeOf,
  });
  const locale = values.locale === "lv" ? "lv" : values.locale === "en" ? "en" : undefined;
  if (locale === undefined) throw new UsageError(`--locale must be en or lv, not "${values.locale}"`);
  switch (command) {
    case "validate": {
      const file = positionals[0];
      if (file === undefined) throw new UsageError("validate needs a workspace file");
      const maxProblems = maxProblemsOption(values["max-problems"]);
      if (values["max-problems"] !== undefined && values.measurements === undefined) throw new UsageError("--max-problems goes with --measurements <file>");
      // A large file is read on two threads (planFileSplit.ts).
      const worker =
        io.workerScript !== undefined && wantsReadThread(values.measurements === undefined ? null : fileSizeOf(values.measurements), process.env)
          ? startDigestWorker(io.workerScript, { prestarted: io.prestartedWorker })
          : null;
      if (worker === null) dropPrestarted(io);
      let inputs;
      try {
        try {
          inputs = await loadInputs({ ...inputFiles(progress, "validate", file, values), worker: worker ?? undefined }, "lean");
        } finally {
          await worker?.close();
        }
      } catch (error) {
        // A problem in the measurements file: the first error as ever, then the others (listMeasurementProblems.ts).
        const workspace = measurementsErrorWorkspace(error);
        if (workspace === undefined || values.measurements === undefined) throw error;
        return writeMeasurementProblems(io, error as KpiError, workspace, values.measurements, values["input-format"] as InputFormat | undefined, maxProblems);
      }
      progress.done(`kpi-kit: validated ${file}${values.measurements === undefined ? "" : ` and ${(inputs.measurements?.length ?? 0).toLocaleString("en")} records of ${values.measurements}`}`);
      io.stdout(`${summarizeWorkspace(inputs.workspace, inputs.measurements, locale)}\n\n${file}: valid\n`);
      return 0;
    }
    case "schema": {
      const name = positionals[0] ?? "workspace";
      if (name !== "workspace" && name !== "measurement") throw new UsageError(`schema takes workspace or measurement, not "${name}"`);
      io.stdout(renderJsonSchema(name));
      return 0;
    }
    case "report": {
      const file = positionals[0];
      if (file === undefined) throw new UsageError("report needs a workspace file");
      const engine = values.engine;
      if (engine !== undefined && !REPORT_ENGINES.includes(engine as ReportEngine)) {
        throw new UsageError(`--engine must be ${REPORT_ENGINES.join(" or ")}, not "${engine}"`);
      }
      if (engine === undefined && (values.url !== undefined || values.table !== undefined)) throw new UsageError("--url and --table go with --engine postgres");
      if (engine === "postgres" && values.measurements !== undefined) throw new UsageError("report --engine postgres reads --table, not --measurements");
      if (engine === "duckdb" && (values.url !== undefined || values.table !== undefined)) throw new UsageError("report --engine duckdb reads --measurements <file>, not --url or --table");
      const memoryLimit = values["memory-limit"];
      if (memoryLimit !== undefined && engine !== "duckdb") throw new UsageError("--memory-limit goes with --engine duckdb");
      if (engine === undefined && values.measurements === undefined) throw new UsageError("report needs --measurements <file>");
      if (engine === undefined && values["input-format"] === "parquet") throw new UsageError("--input-format parquet needs --engine duckdb");
      if (values.period === undefined) throw new UsageError("report needs --period <label>, e.g. 2026-03");
      if (values["as-of"] === undefined) throw new UsageError("report needs --as-of <instant>, e.g. 2026-04-05T12:00:00+03:00");
      // A malformed value is a usage error, refused before any file is read; a --scope is checked against the workspace.
      checkPeriodOption(values.period);
      checkAsOfBeforePeriod(values.period, values["as-of"], checkAsOfOption(values["as-of"]), EARLIEST_CALENDAR, false);
      const audience = values.audience;
      if (audience !== "management" && audience !== "technical" && audience !== "public") {
        throw new UsageError(`--audience must be management, technical or public, not "${audience}"`);
      }
      const format = values.format;
      if (format !== "md" && format !== "html" && format !== "json") throw new UsageError(`--format must be md, html or json, not "${format}"`);
      if (format === "html") await requireChartPeers("report --format html");
      if (engine !== undefined) return reportFromEngine(io, progress, engine as ReportEngine, file, values, audience, format, locale);
      // A large file is read on two threads (planFileSplit.ts), and its digest computed on the second while the report
      // is built (startDigestWorker.ts): the thread starts now, to have loaded its code when it is needed, and reads
      // and writes the columns in shared memory.
      const fileBytes = values.measurements === undefined ? null : fileSizeOf(values.measurements);
      const digestThread = wantsDigestThread(fileBytes, process.env);
      const readThread = wantsReadThread(fileBytes, process.env);
      const worker = io.workerScript !== undefined && (digestThread || readThread) ? startDigestWorker(io.workerScript, { prestarted: io.prestartedWorker }) : null;
      if (worker === null) dropPrestarted(io);
      let report;
      let measurements;
      try {
        // buildReport checks the measurements against the workspace (the one check path of validate): once, not twice.
        const inputs = await loadInputs({
          ...inputFiles(progress, "report", file, values),
          onWorkspace: (w) => checkAsOfInCalendar(w, values.period!, values["as-of"]!),
          checkMeasurements: false,
          sharedColumns: worker !== null,
          worker: readThread ? (worker ?? undefined) : undefined,
        });
        const { workspace, outages, tickets } = inputs;
        measurements = inputs.measurements ?? toMeasurementBatch([]);
        const scope = values.scope ?? workspace.scopes.find((n) => n.parentId === null)?.id ?? "";
        const options = { audience, scope, period: values.period, asOf: values["as-of"], locale, outages, tickets } as const;
        progress.stage(`checking ${measurements.length.toLocaleString("en")} records and building the report`);
        // The records in id order (kept with the ids, so buildReport does not sort them again) go to the thread.
        // Sorted by both threads when the ids are in shared memory (the thread has read its part by now).
        const store = idStoreOf(measurements);
        const byId = worker === null || !digestThread ? null : store === undefined ? sortById(measurements.id) : worker.sortIds(store);
        const digest = byId === null ? null : worker!.digest(measurements, byId).catch(() => null);
        try {
          report = buildReport(workspace, measurements, { ...options, digest: digest === null });
        } catch (error) {
          // Name the command-line option behind a bad report option.
          if (!nameOptionFlag(error, workspace, file, scope)) locateRecords(error, measurements, inputs.origins);
          throw error;
        }
        if (digest !== null) {
          progress.stage("finishing the measurements digest");
          // The main thread writes some of the digest's blocks while the thread hashes them (digestShare.ts).
          await worker!.help().catch(() => 0);
          // Should the thread fail, the digest is computed here: the report is the same either way.
          const hex = (await digest) ?? digestMeasurements(measurements);
          report = { ...report, provenance: { ...report.provenance, measurementsDigest: hex } };
        }
      } finally {
        await worker?.close();
      }
      progress.stage(`rendering ${format}`);
      const text =
        format === "json" ? `${JSON.stringify(report, null, 2)}\n` : format === "md" ? renderMarkdown(report) : await renderHtml(report);
      progress.done(
        `kpi-kit: report over ${measurements.length.toLocaleString("en")} records (${report.provenance.effectiveMeasurementCount.toLocaleString("en")} in effect) of ${values.measurements}${values.out === undefined ? "" : `, written to ${values.out}`}`,
      );
      if (values.out === undefined) io.stdout(text);
      else {
        await writeOutput(values.out, text);
        // Standard error that is not a terminal carries only errors (and the --verbose summary).
        if (io.stderrIsTerminal) io.stderr(`wrote ${values.out}\n`);
      }
      return 0;
    }
    case "demo": {
      const dir = join(packageRoot(), "examples");
      const outDir = values.out ?? "out";
      // HTML needs the optional peers: check them before anything is written.
      await requireChartPeers("demo");
      const inputs = await loadInputs({
        workspace: join(dir, "workspace.json"),
        measurements: join(dir, "measurements.ndjson"),
        outages: join(dir, "outages.json"),
        tickets: join(dir, "tickets.json"),
      });
      const { workspace, outages, tickets } = inputs;
      const measurements = inputs.measurements ?? toMeasurementBatch([]);
      try {
        await mkdir(outDir, { recursive: true });
      } catch (error) {
        throw toUsageError(error, "write", outDir);
      }
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
          await writeOutput(`${base}.md`, renderMarkdown(report));
          await writeOutput(`${base}.html`, await renderHtml(report));
          await writeOutput(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
          written.push(`${base}.html`, `${base}.md`, `${base}.json`);
          if (audience === "management" && reportLocale === locale) summary = formatReportSummary(report, locale);
        }
      }
      const heading =
        locale === "en"
          ? "Reports for management, technical teams and the public, in Latvian and English:"
          : "Pārskati vadībai, tehniskajām komandām un sabiedrībai latviešu un angļu valodā:";
      io.stdout(`${summary}\n${heading}\n${written.map((f) => `  ${f}`).join("\n")}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/**
 * Runs the kpi-kit command line with its arguments (those after `kpi-kit`), writing to `io`.
 *
 * @param argv - The arguments, e.g. `["validate", "examples/workspace.json"]`; relative paths are read from the
 * working folder.
 * @param io - Where to write standard output and standard error, and whether standard error is a terminal.
 * @returns The exit code: 0 done, 1 invalid input (the error is written to standard error), 2 a usage mistake (an
 * unknown or repeated option, an option value of the wrong form, an argument the command does not take, a file that
 * cannot be read or written, a missing optional package).
 *
 * @example
 * ```ts
 * let out = "";
 * const code = await runCli(["schema", "measurement"], { stdout: (text) => (out += text), stderr: () => {}, stderrIsTerminal: false });
 * [code, JSON.parse(out).title];
 * //=> [0, "kpi-kit measurement"]
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } finally {
    // A thread started ahead that the command did not take (one it took is closed already).
    dropPrestarted(io);
  }
}

// Stops a worker thread started ahead that the command does not take, so that it does not take a core meanwhile.
function dropPrestarted(io: CliIo): void {
  void io.prestartedWorker?.worker.terminate();
}

// The command, its errors written to standard error with their exit code.
async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      io.stderr(`kpi-kit: ${printable((error as Error).message)}\nRun kpi-kit --help for usage.\n`);
      return 2;
    }
    if (isKpiError(error)) {
      io.stderr(`kpi-kit: ${printable(error.message)}\n`);
      return 1;
    }
    io.stderr(`kpi-kit: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
