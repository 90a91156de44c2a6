// `kpi-kit report --engine duckdb|postgres`: the report's aggregates computed by a database engine with the queries of
// kpi-kit/sql, the records never loaded into this process. The drivers are optional peer dependencies, loaded only here.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KpiError, type KpiErrorCode } from "../errors.js";
import type { Workspace } from "../model/workspace.js";
import type { BuildReportOptions } from "../report/buildReportOptions.js";
import type { ReportAggregates } from "../report/reportAggregates.js";
import { aggregatesFromRows } from "../sql/aggregatesFromRows.js";
import { useEagerDuckDbPurge } from "./duckDbAllocator.js";
import { compileCorrectionsCheckQuery } from "../sql/compileCorrectionsCheckQuery.js";
import { compileValuesCheckQuery } from "../sql/compileValuesCheckQuery.js";
import { ID_PATTERN } from "../model/_lib/idPattern.js";
import { compileReportQueries } from "../sql/compileReportQueries.js";
import type { MeasurementColumn, MeasurementTable } from "../sql/measurementTable.js";
import type { SqlDialect } from "../sql/sqlDialect.js";
import type { QueryResult, ResultColumns } from "../sql/queryResult.js";
import { quoteIdentifier } from "../sql/quoteIdentifier.js";
import { fromItem } from "../sql/_lib/tableSql.js";
import { sqlLiteral } from "../sql/_lib/sqlLiteral.js";
import { EFFECTIVE_COLUMNS, effectiveSql } from "../sql/_lib/effectiveSql.js";
import { UsageError, toUsageError } from "./usageError.js";
import { inputFormatOf } from "./readMeasurementsFile.js";
import { type CsvFileHeader, readCsvFileHeader } from "./readCsvFileHeader.js";
import { checkEngineSeries } from "./checkEngineSeries.js";
import { checkEngineStatuses } from "./checkEngineStatuses.js";

/** The engines `report --engine` runs. */
export const REPORT_ENGINES = ["duckdb", "postgres"] as const;
/** An engine of `report --engine`. */
export type ReportEngine = (typeof REPORT_ENGINES)[number];

/** Where the engine finds the measurements. */
export interface EngineSource {
  /** A measurement file for DuckDB: .csv, .ndjson/.jsonl, .json or .parquet. */
  readonly file?: string | undefined;
  /** Its format, when the extension does not say. */
  readonly format?: "csv" | "ndjson" | "json" | "parquet" | undefined;
  /** A PostgreSQL connection URL. */
  readonly url?: string | undefined;
  /** The table in PostgreSQL: `name` or `schema.name`. */
  readonly table?: string | undefined;
  /** DuckDB's memory limit, e.g. `2GB` (checked: a number and a unit). */
  readonly memoryLimit?: string | undefined;
  /** The workspace's file, for the `kpi-kit validate` command a message suggests. */
  readonly workspaceFile?: string | undefined;
}

/**
 * A record's id in a message: as it is when it is an id the schemas take and has no space, else in JSON's quotes and
 * escapes (an id with white space at an end or a control character is shown as it is, not as a look-alike).
 */
function shownId(id: unknown): string {
  if (id === null || id === undefined) return "(a record without id)";
  const text = String(id);
  return ID_PATTERN.test(text) && !text.includes(" ") ? text : JSON.stringify(text);
}

/** The most problems a table check names in its message; it asks for one more, to know whether there are more. */
const LISTED = 5;

/** A check's problems for a message: the first {@link LISTED}, and "and more" when the check found more. */
function listed(problems: readonly string[]): string {
  return `${problems.slice(0, LISTED).join("; ")}${problems.length > LISTED ? "; and more" : ""}`;
}

/** A path as a shell word: quoted when it holds anything but letters, digits and `/._-+,:@%=`. */
function shellWord(path: string): string {
  return /^[\w/.+,:@%=-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/**
 * The command that names a refused record's line, for a message about a measurement file read by DuckDB:
 * `kpi-kit validate <workspace> --measurements <file>` (with `--input-format` when one was given).
 */
function validateCommand(source: EngineSource, file: string): string {
  const format = source.format === undefined ? "" : ` --input-format ${source.format}`;
  return `kpi-kit validate ${shellWord(source.workspaceFile ?? "<workspace.json>")} --measurements ${shellWord(file)}${format}`;
}

/** What a message naming a record of a Parquet file says instead of a validate command: the file has no lines. */
const PARQUET_RECORDS = "a Parquet file has no lines: the record is named by its id; kpi-kit validate does not read Parquet";

/**
 * How a message about a value of a measurement file read by DuckDB says where to find it: the `kpi-kit validate`
 * command that names its line (`names`: "the line", or "the line and field"). For a Parquet file, which has no lines
 * and which validate does not read, `parquet` instead: nothing, or for a message naming a record {@link PARQUET_RECORDS}.
 */
function validateHint(source: EngineSource, file: string, format: EngineSource["format"], names: string, parquet = ""): string {
  return format === "parquet" ? parquet : ` (${validateCommand(source, file)} names ${names})`;
}

/** A memory size as DuckDB's memory_limit takes it: a number and a unit. */
const MEMORY_LIMIT = /^[0-9]+(\.[0-9]+)?\s?(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i;

type Row = Readonly<Record<string, unknown>>;
interface Session {
  query(sql: string, params: readonly (string | number)[]): Promise<Row[]>;
  /** The result as the report's queries read it: columns where the driver gives them (no object per row). */
  result(sql: string, params: readonly (string | number)[]): Promise<QueryResult>;
  close(): Promise<void>;
}

const FIELDS: readonly MeasurementColumn[] = ["id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight", "status", "recordedAt", "supersedes"];
const REQUIRED: readonly MeasurementColumn[] = ["kpiId", "subjectId", "at"];
// The grammar of instants in text that the record parser reads (parseInstantFast): YYYY-MM-DDTHH:MM, optional
// seconds with 1–9 fraction digits, then Z or ±HH:MM / ±HHMM.
const ISO_INSTANT = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})";
// What the CASE of an instant column says to DuckDB's error() for an instant of neither form: this marker, the
// column's place among the columns copied, a colon and the instant. The message comes back as the engine's error.
const BAD_INSTANT = "kpi-kit: refused instant ";
const BAD_INSTANT_ERROR = new RegExp(`${BAD_INSTANT}([0-9]+):(.*)$`, "s");
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function load<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch {
    throw new UsageError(`report --engine needs the package ${name}, which cannot be loaded here; run: npm install ${name}`);
  }
}

/**
 * The table description of columns found in the engine: each field in the column of its own name or its snake_case
 * name (`kpi_id`), `null` when there is none; instants in the form their column's type says.
 *
 * @param base - The table's name or FROM item.
 * @param columns - The engine's columns: name → type.
 * @param where - The table or file, for messages.
 * @returns The table description.
 * @throws {@link KpiError} `invalid_input` (path `[field]`) without a `kpiId`, `subjectId` or `at` column, or with
 * instants of another type.
 *
 * @example
 * ```ts
 * const t = tableOf({ table: "m" }, new Map([["kpi_id", "text"], ["subjectId", "text"], ["at", "timestamp with time zone"], ["value", "double precision"]]), "m");
 * [t.columns?.kpiId, t.columns?.value, t.columns?.id, t.instants, t.corrections];
 * //=> ["kpi_id", "value", null, "timestamp", false]
 * ```
 */
export function tableOf(base: Pick<MeasurementTable, "table" | "from">, columns: ReadonlyMap<string, string>, where: string): MeasurementTable {
  const mapped: Partial<Record<MeasurementColumn, string | null>> = {};
  for (const field of FIELDS) {
    const name = columns.has(field) ? field : columns.has(snake(field)) ? snake(field) : null;
    if (name === null && REQUIRED.includes(field)) {
      throw new KpiError("invalid_input", `${where}: no column ${field} (or ${snake(field)}); the columns are ${[...columns.keys()].join(", ")}`, { path: [field] });
    }
    mapped[field] = name;
  }
  const type = (columns.get(mapped.at as string) ?? "").toUpperCase();
  const instants = /TIME ?ZONE|TIMESTAMPTZ/.test(type) ? "timestamp" : /CHAR|TEXT|STRING/.test(type) ? "iso" : /INT|DOUBLE|NUMERIC|DECIMAL|REAL|FLOAT/.test(type) ? "epoch_ms" : null;
  if (instants === null) {
    throw new KpiError("invalid_input", `${where}: column ${String(mapped.at)} is ${type || "of no known type"}: instants must be time-zone-aware timestamps, epoch ms or ISO-8601 text`, {
      path: ["at"],
    });
  }
  const corrections = mapped.id !== null && mapped.supersedes !== null;
  return { ...base, columns: mapped, instants, corrections };
}

async function openDuckDb(memoryLimit: string | undefined): Promise<Session> {
  // Before the driver loads: its allocator reads the setting once (duckDbAllocator.ts).
  useEagerDuckDbPurge(process.env);
  const { DuckDBInstance } = await load<typeof import("@duckdb/node-api")>("@duckdb/node-api");
  // With a memory limit, the tables live in a database file in a temporary folder, so DuckDB can leave them on disk.
  const folder = memoryLimit === undefined ? null : mkdtempSync(join(tmpdir(), "kpi-kit-duckdb-"));
  const instance = await DuckDBInstance.create(folder === null ? ":memory:" : join(folder, "report.duckdb"));
  const connection = await instance.connect();
  return {
    query: async (sql, params) => (await connection.runAndReadAll(sql, [...params])).getRowObjectsJS() as Row[],
    // Columns: an object per row of the partials cost the pushdown benchmark 0.2–0.4 s and about 100 MB more at 10 M records.
    result: async (sql, params) => (await connection.runAndReadAll(sql, [...params])).getColumnsObjectJS() as ResultColumns,
    close: async () => {
      connection.closeSync();
      instance.closeSync();
      if (folder !== null) rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function openPostgres(url: string): Promise<Session> {
  const pg = (await load<{ default: typeof import("pg") }>("pg")).default;
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new UsageError(`cannot connect to PostgreSQL at --url: ${(error as Error).message}`);
  }
  return {
    query: async (sql, params) => (await client.query(sql, [...params])).rows as Row[],
    result: async (sql, params) => (await client.query(sql, [...params])).rows as Row[],
    close: async () => {
      await client.end();
    },
  };
}

// A DuckDB FROM item reading the file itself. A CSV file is read as the record reader reads it, nothing guessed:
// RFC 4180 (commas between fields, quotes doubled inside quoted ones), the header's columns as text.
function duckDbFrom(file: string, format: NonNullable<EngineSource["format"]>, header: CsvFileHeader | null): string {
  const path = sqlLiteral(file);
  if (format === "parquet") return `read_parquet(${path})`;
  if (format === "csv") {
    // A file with no header has no records: it reads as the columns every measurement has. Blank lines before the
    // header are skipped, as the record reader skips them.
    const names = header?.names ?? ["id", "kpiId", "subjectId", "at"];
    const columns = names.map((name) => `${sqlLiteral(name)}: 'VARCHAR'`).join(", ");
    const skip = header === null ? 0 : header.line - 1;
    return `read_csv(${path}, auto_detect = false, header = true, skip = ${skip}, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
  }
  const text = ["id", "kpiId", "subjectId", "at", "status", "recordedAt", "supersedes"].map((c) => `'${c}': 'VARCHAR'`);
  const numbers = ["value", "numerator", "denominator", "weight"].map((c) => `'${c}': 'DOUBLE'`);
  return `read_json(${path}, format = '${format === "ndjson" ? "newline_delimited" : "array"}', columns = {${[...text, ...numbers].join(", ")}})`;
}

// The file's format: given, Parquet by its extension, or as the record reader tells the others.
function formatOf(file: string, given: EngineSource["format"]): NonNullable<EngineSource["format"]> {
  const format = given ?? (file.toLowerCase().endsWith(".parquet") ? "parquet" : inputFormatOf(file));
  if (format === null) throw new UsageError(`cannot tell the format of ${file} from its extension: give --input-format csv, ndjson, json or parquet`);
  return format;
}

/**
 * Runs the report's queries (`compileReportQueries`) in the engine and reads their rows into report aggregates, after
 * checking the table's ids and corrections (`compileCorrectionsCheckQuery`): a table `kpi-kit validate` would refuse
 * there is refused here too, with the problems named.
 */
export async function engineAggregates(
  engine: ReportEngine,
  source: EngineSource,
  workspace: Workspace,
  options: BuildReportOptions,
  onStage: (text: string) => void,
): Promise<ReportAggregates> {
  const dialect: SqlDialect = engine;
  let session: Session;
  let base: Pick<MeasurementTable, "table" | "from">;
  let where: string;
  // DuckDB's file format (a Parquet file has no lines, and validate does not read it), none for PostgreSQL.
  let format: EngineSource["format"];
  if (engine === "duckdb") {
    if (source.file === undefined) throw new UsageError("report --engine duckdb needs --measurements <file>");
    let directory: boolean;
    try {
      directory = statSync(source.file).isDirectory();
    } catch {
      throw new UsageError(`cannot read ${source.file}: no such file`);
    }
    // As the record reader says it (DuckDB would look for files matching the name).
    if (directory) throw new UsageError(`cannot read ${source.file}: it is a directory`);
    // Checked here, where it is written into a statement: a number and a unit, nothing else.
    if (source.memoryLimit !== undefined && !MEMORY_LIMIT.test(source.memoryLimit)) {
      throw new UsageError(`--memory-limit must be a size such as 2GB or 512MB, not "${source.memoryLimit}"`);
    }
    format = formatOf(source.file, source.format);
    // A CSV file's header as validate reads and checks it, handed to DuckDB: its reader would guess the separator.
    let header: CsvFileHeader | null = null;
    try {
      if (format === "csv") header = readCsvFileHeader(source.file);
    } catch (error) {
      // A file that cannot be read (no permission) is a usage error, as in the record reader.
      throw toUsageError(error, "read", source.file);
    }
    base = { from: duckDbFrom(source.file, format, header) };
    where = source.file;
    session = await openDuckDb(source.memoryLimit);
  } else {
    if (source.url === undefined || source.table === undefined) throw new UsageError("report --engine postgres needs --url <connection URL> and --table <[schema.]table>");
    const dot = source.table.indexOf(".");
    base = { table: dot < 0 ? source.table : [source.table.slice(0, dot), source.table.slice(dot + 1)] };
    where = `table ${source.table}`;
    session = await openPostgres(source.url);
  }
  const refusedInstant = (c: string, instant: string): KpiError => {
    const forms = engine === "duckdb" ? `, nor whole epoch ms${validateHint(source, where, format, "the line")}` : " (keep instants as timestamptz)";
    return new KpiError("invalid_input", `${where}: ${c} "${instant}" is not an ISO-8601 date-time with Z or an offset${forms}`, { path: [c] });
  };
  // The columns DuckDB copies into its table: an instant it refuses there names its column by its place in this list.
  let copied: readonly string[] = [];
  const guarded = async <T>(ask: () => Promise<T>): Promise<T> => {
    try {
      return await ask();
    } catch (error) {
      const refused = BAD_INSTANT_ERROR.exec((error as Error).message);
      if (refused !== null && copied[Number(refused[1])] !== undefined) throw refusedInstant(copied[Number(refused[1])]!, refused[2]!);
      // The engine's own words, first line only (DuckDB adds the SQL around the failing expression).
      const said = (error as Error).message.split("\n")[0]!.trim();
      // DuckDB out of memory: say what it had and how to give it more (docs/at-scale.md#reports-from-an-engine).
      if (engine === "duckdb" && /^Out of Memory Error/.test(said)) {
        const had = source.memoryLimit === undefined ? "its default of 80 % of the machine's memory" : `--memory-limit ${source.memoryLimit}`;
        throw new KpiError("input_too_large", `${where}: ${engine}: ${said} (DuckDB had ${had}: give it more with --memory-limit)`, { path: [], cause: error });
      }
      // A value the engine cannot read: validate names its line.
      const hint = engine === "duckdb" && /^(Conversion|Invalid Input) Error/.test(said) ? validateHint(source, where, format, "the line and field") : "";
      throw new KpiError("invalid_input", `${where}: ${engine}: ${said}${hint}`, { path: [], cause: error });
    }
  };
  const run = (sql: string, params: readonly (string | number)[]): Promise<Row[]> => guarded(() => session.query(sql, params));
  try {
    onStage(`reading the columns of ${where} in ${engine}`);
    const columns = new Map<string, string>();
    if (engine === "duckdb") {
      for (const r of await run(`DESCRIBE SELECT * FROM ${base.from as string}`, [])) columns.set(String(r["column_name"]), String(r["column_type"]));
    } else {
      const [schema, name] = Array.isArray(base.table) ? base.table : [null, base.table as string];
      const rows = await run(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND table_schema = COALESCE($2, current_schema()) ORDER BY ordinal_position",
        [name, schema as string],
      );
      if (rows.length === 0) throw new KpiError("invalid_input", `${where}: no such table`, { path: [] });
      for (const r of rows) columns.set(String(r["column_name"]), String(r["data_type"]));
    }
    let table = tableOf(base, columns, where);
    const instantColumns = new Set([table.columns?.at, table.columns?.recordedAt].filter((c): c is string => typeof c === "string"));
    const text = table.instants === "iso";
    // Instants kept as text: the record parser's grammar only — an ISO-8601 date-time with Z or an offset, and in
    // DuckDB's files also whole epoch ms. Anything else, a date alone or a date-time without a zone, is refused rather
    // than read in the engine's zone. DuckDB checks each instant as it converts it, below, while it reads the file
    // (a scan of its own cost 3 s per 10 M records); PostgreSQL's table is checked here.
    if (text && engine === "postgres") {
      for (const c of instantColumns) {
        const q = quoteIdentifier(c, dialect);
        const [bad] = await run(`SELECT ${q} AS instant FROM ${fromItem(table, dialect, "report")} WHERE ${q} IS NOT NULL AND ${q} !~ '^(${ISO_INSTANT})$' LIMIT 1`, []);
        if (bad !== undefined) throw refusedInstant(c, String(bad["instant"]));
      }
    }
    if (engine === "duckdb") {
      // Read the file once into a table of the columns used (DuckDB keeps it compressed, in memory or spilled to its
      // temporary directory), instead of parsing it again in each of the report's queries.
      onStage(`reading ${where} into duckdb`);
      const used = Object.values(table.columns ?? {}).filter((c): c is string => typeof c === "string");
      const select = used.map((c) => {
        const q = quoteIdentifier(c, "duckdb");
        if (!text || !instantColumns.has(c)) return q;
        // As the record parser, seconds may be left out (DuckDB's cast needs them). Fraction digits past the third
        // need nothing: DuckDB truncates them, as the parser does (a test holds it to that at a period's edge). An
        // instant of neither form stops the statement with the column's place in `used` and the instant, read below.
        const iso = `regexp_replace(${q}, '^([0-9-]{10}T[0-9]{2}:[0-9]{2})([Z+-])', '\\1:00\\2')`;
        return (
          `CASE WHEN ${q} IS NULL THEN NULL WHEN regexp_full_match(${q}, '-?[0-9]+') THEN CAST(${q} AS BIGINT) ` +
          `WHEN regexp_full_match(${q}, '${ISO_INSTANT}') THEN epoch_ms(CAST(${iso} AS TIMESTAMPTZ)) ` +
          `ELSE error(concat('${BAD_INSTANT}', ${used.indexOf(c)}, ':', ${q})) END AS ${q}`
        );
      });
      await run("SET preserve_insertion_order = false", []);
      // Checked above (a number and a unit): DuckDB takes up to 80 % of the machine's memory unless told.
      if (source.memoryLimit !== undefined) await run(`SET memory_limit = '${source.memoryLimit}'`, []);
      copied = used;
      await run(`CREATE TABLE measurements AS SELECT ${select.join(", ")} FROM ${base.from as string}`, []);
      table = { ...table, from: undefined, table: "measurements", ...(text ? { instants: "epoch_ms" as const } : {}) };
    }
    if (table.corrections === true) {
      onStage(`checking ids and corrections in ${engine}`);
      const check = compileCorrectionsCheckQuery({ dialect, table, limit: LISTED + 1 });
      const problems = await run(check.sql, check.params);
      if (problems.length > 0) {
        const list = listed(problems.map((p) => `${String(p["problem"])} ${shownId(p["id"])}${p["other"] === null ? "" : ` (${shownId(p["other"])})`}`));
        throw new KpiError("invalid_input", `${where}: the records' ids or corrections are unsound (kpi-kit validate refuses them): ${list}`, { path: [] });
      }
    }
    // How a message about a file's record says where to find its line; a Parquet file has none (nor does validate read it).
    const lineHint = engine !== "duckdb" ? "" : validateHint(source, where, format, "the line", ` (${PARQUET_RECORDS})`);
    onStage(`checking the records' numbers in ${engine}`);
    const values = compileValuesCheckQuery({ dialect, table, limit: LISTED + 1, kpis: workspace.kpis });
    const refused = await run(values.sql, values.params);
    if (refused.length > 0) {
      const list = listed(refused.map((p) => `${String(p["problem"])} ${shownId(p["id"])} (${String(p["field"])})`));
      throw new KpiError(String(refused[0]!["problem"]) as KpiErrorCode, `${where}: records that kpi-kit validate refuses: ${list}${lineHint}`, {
        path: [String(refused[0]!["field"])],
      });
    }
    onStage(`checking the records' KPIs, subjects and statuses in ${engine}`);
    await checkEngineSeries(run, dialect, table, workspace, where, lineHint);
    await checkEngineStatuses(run, dialect, table, where, lineHint);
    const compiled = compileReportQueries({ dialect, table, workspace, report: options });
    let queries = compiled.queries;
    if (engine === "duckdb" && workspace.kpis.length > 0) {
      // The records in effect, kept once: the report's queries then read them without following corrections again
      // (the count query still reads every record).
      onStage("following corrections in duckdb");
      const effective = effectiveSql(dialect, table, workspace.kpis, compiled.plan.asOf);
      await run(`CREATE TABLE effective AS ${effective.sql}`, effective.params);
      const kept = compileReportQueries({ dialect, table: { table: "effective", columns: EFFECTIVE_COLUMNS, instants: "epoch_ms", corrections: false }, workspace, report: options });
      queries = kept.queries.map((q, k) => (q.role === "count" ? compiled.queries[k]! : q));
    }
    onStage(`aggregating in ${engine} (${queries.length} queries)`);
    const rows: QueryResult[] = [];
    for (const q of queries) rows.push(await guarded(() => session.result(q.sql, q.params)));
    return aggregatesFromRows(rows, compiled, engine);
  } finally {
    await session.close();
  }
}
