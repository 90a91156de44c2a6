// Real engines for the kpi-kit/sql tests: an in-memory DuckDB (@duckdb/node-api) and the PostgreSQL server that
// test/setup/postgres.ts starts (pg). Each loads measurement records into a table with the names given (hostile
// names included) and runs a compiled query with its parameters.
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import type { SqlDialect } from "../../src/sql/sqlDialect.js";
import type { Measurement } from "../../src/model/measurement.js";
import { quoteIdentifier } from "../../src/sql/quoteIdentifier.js";
import type { MeasurementColumn } from "../../src/sql/measurementTable.js";
import type { ResultColumns } from "../../src/sql/queryResult.js";

export type Instants = "timestamp" | "epoch_ms" | "iso";

/** Rows as columns (the keys of the first row), as a driver that gives columns would give them. */
export function columnsOf(rows: readonly Readonly<Record<string, unknown>>[]): ResultColumns {
  return Object.fromEntries(Object.keys(rows[0] ?? {}).map((c) => [c, rows.map((r) => r[c])]));
}
export type Row = Readonly<Record<string, unknown>>;

/** A record to load: the measurement's fields, instants in epoch ms (`id: null` for a table's row without an id). */
export interface LoadRecord {
  readonly id: string | null;
  readonly kpiId: string;
  readonly subjectId: string;
  readonly at: number;
  readonly value?: number | null | undefined;
  readonly numerator?: number | undefined;
  readonly denominator?: number | undefined;
  readonly weight?: number | undefined;
  readonly status?: string | undefined;
  readonly recordedAt?: number | undefined;
  readonly supersedes?: string | undefined;
}

/** A parsed measurement as a record to load. */
export function loadRecordOf(m: Measurement): LoadRecord {
  return {
    id: m.id,
    kpiId: m.kpiId,
    subjectId: m.subjectId,
    at: m.at,
    value: m.value,
    numerator: m.numerator,
    denominator: m.denominator,
    weight: m.weight,
    status: m.status,
    recordedAt: m.recordedAt,
    supersedes: m.supersedes,
  };
}

export interface Engine {
  readonly dialect: SqlDialect;
  load(table: string, records: readonly LoadRecord[], options?: { instants?: Instants; columns?: Partial<Record<MeasurementColumn, string>> }): Promise<void>;
  query(sql: string, params: readonly unknown[]): Promise<Row[]>;
  /** The same query's result as columns, as the driver gives them (DuckDB's getColumnsObjectJS, ClickHouse's JSONColumns, pg's array rows). */
  columns(sql: string, params: readonly unknown[]): Promise<ResultColumns>;
  close(): Promise<void>;
}

const FIELDS: readonly MeasurementColumn[] = ["id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight", "status", "recordedAt", "supersedes"];
const INSTANT_FIELDS = new Set(["at", "recordedAt"]);
const NUMBER_FIELDS = new Set(["value", "numerator", "denominator", "weight"]);

function clickHouseTypeOf(field: MeasurementColumn, instants: Instants): string {
  return `Nullable(${INSTANT_FIELDS.has(field) ? (instants === "timestamp" ? "DateTime64(3, 'UTC')" : instants === "epoch_ms" ? "Int64" : "String") : NUMBER_FIELDS.has(field) ? "Float64" : "String"})`;
}

function createTable(dialect: SqlDialect, table: string, instants: Instants, columns: Partial<Record<MeasurementColumn, string>>): string {
  const sqlType = (field: MeasurementColumn) =>
    INSTANT_FIELDS.has(field) ? (instants === "timestamp" ? "TIMESTAMPTZ" : instants === "epoch_ms" ? "BIGINT" : "TEXT") : NUMBER_FIELDS.has(field) ? "DOUBLE PRECISION" : "TEXT";
  const clickHouseType = (field: MeasurementColumn) => clickHouseTypeOf(field, instants);
  const type = dialect === "clickhouse" ? clickHouseType : sqlType;
  const engine = dialect === "clickhouse" ? " ENGINE = Memory" : "";
  return `CREATE TABLE ${quoteIdentifier(table, dialect)} (${FIELDS.map((f) => `${quoteIdentifier(columns[f] ?? f, dialect)} ${type(f)}`).join(", ")})${engine}`;
}

// One INSERT per chunk of records, every value a parameter.
function inserts(dialect: SqlDialect, table: string, records: readonly LoadRecord[], instants: Instants): { sql: string; params: unknown[] }[] {
  const out: { sql: string; params: unknown[] }[] = [];
  const chunk = dialect === "clickhouse" ? 200 : 2000;
  for (let from = 0; from < records.length; from += chunk) {
    const params: unknown[] = [];
    const p = (x: unknown) => {
      params.push(x);
      return dialect === "clickhouse" ? `{p${params.length}:${typeof x === "number" ? "Float64" : "String"}}` : `$${params.length}`;
    };
    const instant = (ms: number | undefined) => {
      if (ms === undefined) return "NULL";
      if (instants === "epoch_ms") return `CAST(${p(ms)} AS BIGINT)`;
      if (instants === "iso") return `CAST(${p(new Date(ms).toISOString())} AS TEXT)`;
      if (dialect === "clickhouse") return `fromUnixTimestamp64Milli(CAST(${p(ms)} AS Int64), 'UTC')`;
      return dialect === "postgres" ? `to_timestamp(CAST(${p(ms)} AS DOUBLE PRECISION) / 1000.0)` : `timezone('UTC', epoch_ms(CAST(${p(ms)} AS BIGINT)))`;
    };
    const rows = records.slice(from, from + chunk).map(
      (r) =>
        `(${[
          r.id === null ? "NULL" : `CAST(${p(r.id)} AS TEXT)`,
          `CAST(${p(r.kpiId)} AS TEXT)`,
          `CAST(${p(r.subjectId)} AS TEXT)`,
          instant(r.at),
          r.value === undefined || r.value === null ? "NULL" : `CAST(${p(r.value)} AS DOUBLE PRECISION)`,
          r.numerator === undefined ? "NULL" : `CAST(${p(r.numerator)} AS DOUBLE PRECISION)`,
          r.denominator === undefined ? "NULL" : `CAST(${p(r.denominator)} AS DOUBLE PRECISION)`,
          r.weight === undefined ? "NULL" : `CAST(${p(r.weight)} AS DOUBLE PRECISION)`,
          r.status === undefined ? "NULL" : `CAST(${p(r.status)} AS TEXT)`,
          instant(r.recordedAt),
          r.supersedes === undefined ? "NULL" : `CAST(${p(r.supersedes)} AS TEXT)`,
        ].join(", ")})`,
    );
    if (rows.length > 0) out.push({ sql: `INSERT INTO ${quoteIdentifier(table, dialect)} VALUES ${rows.join(", ")}`, params });
  }
  return out;
}

export async function openDuckDb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const query = async (sql: string, params: readonly unknown[]): Promise<Row[]> => {
    const reader = await connection.runAndReadAll(sql, params as never);
    return reader.getRowObjectsJS() as Row[];
  };
  return {
    dialect: "duckdb",
    async load(table, records, options = {}) {
      const instants = options.instants ?? "epoch_ms";
      await query(createTable("duckdb", table, instants, options.columns ?? {}), []);
      for (const { sql, params } of inserts("duckdb", table, records, instants)) await query(sql, params);
    },
    query,
    columns: async (sql, params) => (await connection.runAndReadAll(sql, params as never)).getColumnsObjectJS() as ResultColumns,
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function openPostgres(url: string): Promise<Engine> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Each test gets a schema of its own, dropped at close.
  const schema = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
  const query = async (sql: string, params: readonly unknown[]): Promise<Row[]> => (await client.query(sql, params as unknown[])).rows as Row[];
  return {
    dialect: "postgres",
    async load(table, records, options = {}) {
      const instants = options.instants ?? "epoch_ms";
      await query(createTable("postgres", table, instants, options.columns ?? {}), []);
      for (const { sql, params } of inserts("postgres", table, records, instants)) await query(sql, params);
      // Statistics, as autovacuum would gather them: without them the planner takes the table for a few rows and
      // follows corrections with a nested loop (10 s instead of 10 ms on the example municipality).
      await query(`ANALYZE ${quoteIdentifier(table, "postgres")}`, []);
    },
    query,
    async columns(sql, params) {
      // pg's rows as arrays, turned into columns by the fields it names.
      const result = await client.query({ text: sql, values: params as unknown[], rowMode: "array" });
      return Object.fromEntries(result.fields.map((f, c) => [f.name, (result.rows as unknown[][]).map((row) => row[c])]));
    },
    async close() {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

// ClickHouse, embedded: chdb runs the very engine of a ClickHouse server in the process. Parameters bind by name.
// chdb is not in package.json: its lock entry would name platform packages the registry does not serve here, which
// `npm ci` refuses. .ci/run installs it (`npm install --no-save chdb@3.4.0`); without it the ClickHouse tests are
// skipped and say so.
interface ChdbSession {
  queryBind(query: string, args: object, format?: string): string;
  close(): void;
}
const chdb = await (import("chdb" as string) as Promise<{ Session: new () => ChdbSession }>).catch(() => null);
if (chdb === null) console.warn("kpi-kit tests: chdb is not installed (npm install --no-save chdb@3.4.0): the ClickHouse tests are skipped");

/** Whether the embedded ClickHouse engine (chdb) is installed. */
export const clickHouseAvailable = chdb !== null;

export async function openClickHouse(): Promise<Engine> {
  if (chdb === null) throw new Error("chdb is not installed");
  const session = new chdb.Session();
  const named = (params: readonly unknown[]) => Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v]));
  const query = async (sql: string, params: readonly unknown[]): Promise<Row[]> => {
    const text = session.queryBind(sql, named(params), "JSONEachRow") as string;
    return text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as Row);
  };
  return {
    dialect: "clickhouse",
    async load(table, records, options = {}) {
      const instants = options.instants ?? "epoch_ms";
      const columns = options.columns ?? {};
      await query(createTable("clickhouse", table, instants, columns), []);
      // All rows in one statement: the records as JSONEachRow text in one bound parameter, read by format() (an
      // INSERT … VALUES with a parameter per field took ClickHouse 15 s for the example municipality).
      const instant = (ms: number | undefined) =>
        ms === undefined ? null : instants === "epoch_ms" ? ms : instants === "iso" ? new Date(ms).toISOString() : new Date(ms).toISOString().replace("T", " ").replace("Z", "");
      const lines = records.map((r) => {
        const row: Record<string, unknown> = {};
        const field: Record<MeasurementColumn, unknown> = {
          id: r.id, kpiId: r.kpiId, subjectId: r.subjectId, at: instant(r.at), value: r.value ?? null, numerator: r.numerator ?? null,
          denominator: r.denominator ?? null, weight: r.weight ?? null, status: r.status ?? null, recordedAt: instant(r.recordedAt), supersedes: r.supersedes ?? null,
        };
        for (const f of FIELDS) row[columns[f] ?? f] = field[f];
        return JSON.stringify(row);
      });
      const structure = FIELDS.map((f) => `${quoteIdentifier(columns[f] ?? f, "clickhouse")} ${clickHouseTypeOf(f, instants)}`).join(", ");
      if (lines.length > 0) {
        await query(`INSERT INTO ${quoteIdentifier(table, "clickhouse")} SELECT * FROM format(JSONEachRow, {p1:String}, {p2:String})`, [structure, lines.join("\n")]);
      }
    },
    query,
    async columns(sql, params) {
      // One JSON object per block of rows (a line break and a brace begin the next: inside an object every line is
      // indented, and strings escape their line breaks); the blocks' columns joined. chdb 3.4.0 sometimes leaves
      // bytes of an earlier answer after the last block (seen: "}\n000000000000"), so the text ends at the last brace.
      const raw = session.queryBind(sql, named(params), "JSONColumns") as string;
      const blocks = raw.slice(0, raw.lastIndexOf("}") + 1).split(/\n(?=\{)/).filter((b) => b.trim() !== "");
      const out: Record<string, unknown[]> = {};
      for (const block of blocks) for (const [c, values] of Object.entries(JSON.parse(block) as Record<string, unknown[]>)) (out[c] ??= []).push(...values);
      return out;
    },
    async close() {
      session.close();
    },
  };
}

/** The engines the SQL tests run on: DuckDB always, PostgreSQL and ClickHouse when the setup has them. */
export function testedEngines(): { name: SqlDialect; open: () => Promise<Engine> }[] {
  const pgUrl = inject("pgUrl");
  return [
    { name: "duckdb", open: openDuckDb },
    ...(pgUrl === null ? [] : [{ name: "postgres" as const, open: () => openPostgres(pgUrl) }]),
    ...(clickHouseAvailable ? [{ name: "clickhouse" as const, open: openClickHouse }] : []),
  ];
}

/**
 * Opens an engine before the tests of the `describe` block it is called in and closes it after them; `nextTable()`
 * names a fresh table for each property run.
 */
export function useEngine(open: () => Promise<Engine>): { readonly engine: Engine; nextTable(): string } {
  let engine: Engine | undefined;
  let tables = 0;
  beforeAll(async () => {
    engine = await open();
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });
  return {
    get engine(): Engine {
      if (engine === undefined) throw new Error("the engine is not open yet");
      return engine;
    },
    nextTable: () => `t${tables++}`,
  };
}
