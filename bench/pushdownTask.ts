// The `pushdown` task of the benchmark: aggregation where the measurements live (issue 13).
//   npx tsx bench/pushdownTask.ts [--n 10000000] [--json] [--no-postgres] [--quantile-records <records per query, default 1000000>]
// It generates N seeded measurements (bench/data.ts: 35 value KPIs with a p95, 15 ratio KPIs, 200 services under a
// scope tree, two years, Europe/Riga months) into a temporary folder as CSV, converts them to Parquet with DuckDB
// and, unless --no-postgres, loads them into a PostgreSQL table (KPIKIT_PG_URL, or a server started here as the tests
// start one). Then, each in a child process with its peak RSS, it times the way to the per-(KPI, subject, month)
// partials and on to the value of every scope node and month:
//   memory    — the columns already in memory (generated in the child; not timed), aggregateColumns, rollUpScopes (the whole result at once);
//   duckdb    — compilePartialsQuery over read_parquet(…), its results streamed a chunk at a time as columns in
//               (KPI, month) order and rolled up as they come; then compileQuantilesQuery, the quantile KPIs in as
//               many queries as keep each to about --quantile-records records (a count per KPI says how many);
//   postgres  — the same queries on the PostgreSQL table.
// The three must give the same node values (checked, within 1e-9 relative). Each child keeps them in a typed array and
// reads its peak RSS before it writes them out for that check. The children run this file bundled as plain
// JavaScript (bench/.generated/), as a user's process runs the built package. DuckDB's allocator gives freed memory
// back at once (DUCKDB_JE_MALLOC_CONF, as `report --engine duckdb` sets it) and glibc keeps one arena
// (MALLOC_ARENA_MAX=1), unless the environment sets them (docs/at-scale.md#under-300-mb). The folder is removed
// afterwards.
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { peakRss } from "./peakRss.js";
import { chmodSync, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, JSDuckDBValueConverter } from "@duckdb/node-api";
import pg from "pg";
import { aggregateColumns } from "../src/aggregate/aggregateColumns.js";
import { useEagerDuckDbPurge } from "../src/cli/duckDbAllocator.js";
import type { PartialAggregate } from "../src/aggregate/partialAggregate.js";
import type { PeriodGroup } from "../src/aggregate/periodAggregates.js";
import { rollUpScopes } from "../src/aggregate/rollUpScopes.js";
import { compilePartialsQuery } from "../src/sql/compilePartialsQuery.js";
import { compileQuantilesQuery } from "../src/sql/compileQuantilesQuery.js";
import { partialsFromRows } from "../src/sql/partialsFromRows.js";
import { quantilesFromRows } from "../src/sql/quantilesFromRows.js";
import { resultRows } from "../src/sql/_lib/rowReader.js";
import type { QueryResult, ResultColumns } from "../src/sql/queryResult.js";
import { eachPeriod } from "../src/time/eachPeriod.js";
import type { SqlDialect } from "../src/sql/sqlDialect.js";
import { FROM_MS, TO_MS, ZONE, generateColumns, kpiIds, kpis, scopeNodes, subjectIds } from "./data.js";
import { hasFlag, isMainModule, option } from "./cliArgs.js";

const script = fileURLToPath(import.meta.url);
const calendar = { timeZone: ZONE, fiscalYearStartMonth: 1 };
const recompute = new Map(kpis.map((k) => [k.id as string, { ...k, rollUp: "recompute" as const }]));
const rollUpKpis = [...recompute.values()];
const isQuantile = (id: string) => recompute.get(id)!.aggregation === "quantile";

interface ChildResult {
  readonly ms: number;
  readonly loadedRss: number;
  readonly peakRss: number;
  /** kpi|node|period → value, for the equality check. */
  readonly values: Record<string, number | null>;
  /** Where the time went, for the engines: the partials query and the quantiles query (ms). */
  readonly steps?: { readonly partials: number; readonly quantiles: number };
}

/**
 * Where a child keeps the value of every (KPI, scope node, month): one number each in a typed array (`NaN` for none),
 * as compact as the memory path's columnar result. The string-keyed record for the equality check is built from it
 * after the child's peak RSS is read: it is the benchmark's bookkeeping, not part of the way to the values (a map of
 * 270 000 string keys costs some 60 MB of heap).
 */
const kpiCode = new Map(kpis.map((k, i) => [k.id as string, i]));
const nodeCode = new Map(scopeNodes.map((node, i) => [node.id, i]));
const months = eachPeriod(FROM_MS, TO_MS, "month", calendar).map((p) => p.label);
const monthCode = new Map(months.map((label, i) => [label, i]));
const nodeValues = () => new Float64Array(kpis.length * scopeNodes.length * months.length).fill(NaN);
function cell(kpiId: string, nodeId: string, period: string): number {
  const k = kpiCode.get(kpiId);
  const node = nodeCode.get(nodeId);
  const m = monthCode.get(period);
  if (k === undefined || node === undefined || m === undefined) throw new Error(`unexpected ${kpiId} ${nodeId} ${period}`);
  return (k * scopeNodes.length + node) * months.length + m;
}
function valuesOf(cells: Float64Array): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (let k = 0; k < kpis.length; k++) {
    for (let node = 0; node < scopeNodes.length; node++) {
      for (let m = 0; m < months.length; m++) {
        const v = cells[(k * scopeNodes.length + node) * months.length + m]!;
        if (!Number.isNaN(v)) values[`${kpis[k]!.id}|${scopeNodes[node]!.id}|${months[m]}`] = v;
      }
    }
  }
  return values;
}

/**
 * Rolls the partials up to every scope node as they arrive, into `cells` (the quantile KPIs' values come from their own
 * queries). The partials query is read in (KPI, month) order, so a (KPI, month)'s subjects arrive together: each is
 * rolled up and let go once the rows have moved past it (`lastKey`: the (KPI, month) of a part's last row, which the
 * next part may continue). The Node process then holds the partials of about one chunk, not all 72 306 of them (some
 * 30 MB of objects at 10 M records).
 */
function createRollUp(cells: Float64Array): { add: (groups: readonly PeriodGroup[], lastKey: string | null) => void; finish: () => void } {
  const pending = new Map<string, Map<string, PartialAggregate>>();
  const flush = (key: string, own: Map<string, PartialAggregate>) => {
    const [kpiId, period] = key.split("|") as [string, string];
    for (const v of rollUpScopes(own, scopeNodes, recompute.get(kpiId)!)) if (v.value !== null) cells[cell(kpiId, v.nodeId, period)] = v.value;
    pending.delete(key);
  };
  return {
    add(groups, lastKey) {
      for (const g of groups) {
        if (isQuantile(g.kpiId)) continue;
        const key = `${g.kpiId}|${g.period}`;
        let own = pending.get(key);
        if (own === undefined) pending.set(key, (own = new Map()));
        own.set(g.subjectId!, g.partial);
      }
      // Every (KPI, month) but the one the last row is in is complete.
      for (const [key, own] of pending) if (key !== lastKey) flush(key, own);
    },
    finish() {
      for (const [key, own] of pending) flush(key, own);
    },
  };
}

/** The KPIs in order, cut into batches of at most `budget` records (a KPI with more is a batch alone). */
function batchByRecords<K extends { readonly id: string }>(list: readonly K[], counts: ReadonlyMap<string, number>, budget: number): K[][] {
  const batches: K[][] = [];
  let records = 0;
  for (const k of list) {
    const n = counts.get(k.id) ?? 0;
    if (batches.length === 0 || records + n > budget) {
      batches.push([]);
      records = 0;
    }
    batches[batches.length - 1]!.push(k);
    records += n;
  }
  return batches;
}

/** The (KPI, month) of a result part's last row, for `createRollUp`. */
function lastKeyOf(part: QueryResult): string | null {
  const rows = resultRows(part, "pushdown");
  if (rows.length === 0) return null;
  const last = rows.reader(rows.length - 1);
  return `${last.text("kpi_id")}|${last.text("period")}`;
}

async function runChild(mode: string, n: number, parquet: string, pgUrl: string | undefined, quantileRecords: number): Promise<ChildResult> {
  if (mode === "memory") {
    const values: Record<string, number | null> = {};
    const columns = generateColumns(n);
    const loadedRss = process.memoryUsage().rss;
    const t0 = performance.now();
    const rolled = rollUpScopes(aggregateColumns(columns, rollUpKpis, { grain: "month", calendar, subjectIds }), scopeNodes, rollUpKpis);
    const ms = performance.now() - t0;
    const peak = peakRss();
    const c = rolled.columns;
    for (let g = 0; g < c.length; g++) {
      if (c.hasValue[g] === 1) values[`${c.kpiIds[c.kpiIndex[g]!]}|${c.subjectIds[c.subjectIndex[g]!]}|${rolled.periods[c.periodIndex[g]!]!.label}`] = c.value[g]!;
    }
    return { ms, loadedRss, peakRss: peak, values };
  }
  const loadedRss = process.memoryUsage().rss;
  const dialect = mode as SqlDialect;
  const table =
    dialect === "duckdb"
      ? { from: `read_parquet('${parquet.replaceAll("'", "''")}')`, instants: "epoch_ms" as const, corrections: false, columns: { weight: null, status: null } }
      : { table: "bench_measurements", instants: "epoch_ms" as const, corrections: false };
  const common = { dialect, table, grain: "month" as const, calendar, start: FROM_MS, end: TO_MS };
  // The quantile KPIs' node values come from the quantiles query; the partials query serves the others.
  const partialsQuery = compilePartialsQuery({ ...common, kpis: kpis.filter((k) => !isQuantile(k.id)) });
  // Runs a query and hands its result to `each`, in parts where the driver streams them.
  let run: (sql: string, params: readonly (string | number)[], each: (part: QueryResult) => void) => Promise<void>;
  let close: () => Promise<void>;
  if (dialect === "duckdb") {
    // DuckDB runs inside the Node process: its memory is the process's. Bound it (it spills to a temporary folder).
    const instance = await DuckDBInstance.create(":memory:", { memory_limit: process.env["KPIKIT_DUCKDB_MEMORY"] ?? "256MB", temp_directory: `${parquet}.tmp` });
    const connection = await instance.connect();
    // The results streamed, a chunk (2 048 rows) at a time, each as columns, read and let go: at 10 M records an object
    // per row had cost 0.2–0.4 s and about 100 MB more, and the whole result at once, as columns, about 140 MB more at
    // the peak than chunks (docs/at-scale.md).
    run = async (sql, params, each) => {
      const result = await connection.stream(sql, params as never);
      const names = result.deduplicatedColumnNames();
      for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
        const columns = chunk.convertColumns(JSDuckDBValueConverter);
        each(Object.fromEntries(names.map((name, c) => [name, columns[c]!])) as ResultColumns);
      }
    };
    close = async () => {
      connection.closeSync();
      instance.closeSync();
    };
  } else {
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    run = async (sql, params, each) => each((await client.query(sql, params as unknown[])).rows as Record<string, unknown>[]);
    close = () => client.end();
  }
  const t0 = performance.now();
  const cells = nodeValues();
  // The partials in (KPI, month) order, rolled up as they arrive (createRollUp), before the quantiles queries run.
  const rollUp = createRollUp(cells);
  await run(`SELECT * FROM (${partialsQuery.sql}) AS p ORDER BY kpi_id, period`, partialsQuery.params, (part) => rollUp.add(partialsFromRows(part, partialsQuery), lastKeyOf(part)));
  rollUp.finish();
  const t1 = performance.now();
  // The quantile KPIs in queries of about `quantileRecords` records each: an engine holds every value of a query's
  // groups at every node at once (DuckDB's quantile states live outside its memory limit), so the records per query,
  // not the KPIs, bound its memory at any N. The records of each KPI, counted first, say where to cut.
  const counts = new Map<string, number>();
  const source = dialect === "duckdb" ? table.from! : table.table!;
  await run(`SELECT "kpiId" AS kpi_id, CAST(COUNT(*) AS DOUBLE PRECISION) AS n FROM ${source} GROUP BY "kpiId"`, [], (part) => {
    const rows = resultRows(part, "pushdown");
    for (let i = 0; i < rows.length; i++) counts.set(rows.reader(i).text("kpi_id"), rows.reader(i).number("n"));
  });
  const quantilesQueries = batchByRecords(kpis.filter((k) => isQuantile(k.id)), counts, quantileRecords).map((batch) =>
    compileQuantilesQuery({ ...common, kpis: batch, scopes: scopeNodes }),
  );
  for (const query of quantilesQueries) {
    await run(query.sql, query.params, (part) => {
      for (const q of quantilesFromRows(part, query)) if (q.value !== null) cells[cell(q.kpiId, q.nodeId, q.period)] = q.value;
    });
  }
  const t2 = performance.now();
  const ms = performance.now() - t0;
  await close();
  return { ms, loadedRss, peakRss: peakRss(), values: valuesOf(cells), steps: { partials: t1 - t0, quantiles: t2 - t1 } };
}

/**
 * This file as one JavaScript module for the children (bench/.generated/pushdownTask.mjs; the packages it imports come
 * from node_modules): each child is then a plain Node.js process, as a user's is, without the TypeScript loader, whose
 * own thread took some 25 MB of each child's memory.
 */
async function bundleChild(): Promise<string> {
  const root = fileURLToPath(new URL("../", import.meta.url));
  const outfile = join(root, "bench/.generated/pushdownTask.mjs");
  await build({ absWorkingDir: root, entryPoints: [script], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "warning" });
  return outfile;
}

/** Writes the generated measurements as CSV (epoch-ms instants) and converts them to Parquet with DuckDB. */
async function writeFiles(n: number, dir: string): Promise<{ csv: string; parquet: string }> {
  const csv = join(dir, "measurements.csv");
  const parquet = join(dir, "measurements.parquet");
  const columns = generateColumns(n);
  const out = createWriteStream(csv);
  out.write("id,kpiId,subjectId,at,value,numerator,denominator\n");
  let chunk = "";
  const cell = (x: number) => (Number.isNaN(x) ? "" : String(x));
  for (let i = 0; i < n; i++) {
    chunk += `m${i},${kpiIds[columns.kpi[i]!]},${subjectIds[columns.subject[i]!]},${columns.at[i]},${cell(columns.value[i]!)},${cell(columns.numerator[i]!)},${cell(columns.denominator[i]!)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      chunk = "";
    }
  }
  out.write(chunk);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const types = "{'id': 'VARCHAR', 'kpiId': 'VARCHAR', 'subjectId': 'VARCHAR', 'at': 'BIGINT', 'value': 'DOUBLE', 'numerator': 'DOUBLE', 'denominator': 'DOUBLE'}";
  await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, columns = ${types})) TO '${parquet}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
  return { csv, parquet };
}

async function loadPostgres(url: string, csv: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP TABLE IF EXISTS bench_measurements");
  await client.query(
    'CREATE TABLE bench_measurements (id TEXT, "kpiId" TEXT, "subjectId" TEXT, at BIGINT, value DOUBLE PRECISION, numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, weight DOUBLE PRECISION, status TEXT)',
  );
  await client.query(`COPY bench_measurements (id, "kpiId", "subjectId", at, value, numerator, denominator) FROM '${csv}' WITH (FORMAT csv, HEADER true)`);
  await client.query("ANALYZE bench_measurements");
  await client.end();
}

function sameValues(a: Record<string, number | null>, b: Record<string, number | null>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    return x === y || (typeof x === "number" && typeof y === "number" && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)));
  });
}

export interface PushdownResult {
  readonly engine: string;
  readonly ms: number;
  readonly loadedMB: number;
  readonly peakMB: number;
  readonly sameAsMemory: boolean;
  readonly steps: ChildResult["steps"];
}

export async function runPushdownTask(options: { n: number; json: boolean; postgres: boolean; quantileRecords?: number }): Promise<PushdownResult[]> {
  const quantileRecords = options.quantileRecords ?? 1_000_000;
  if (!(quantileRecords >= 1)) throw new Error(`--quantile-records must be a number of records, at least 1 (not ${String(options.quantileRecords)})`);
  const log = (text: string) => (options.json ? process.stderr : process.stdout).write(`${text}\n`);
  const dir = mkdtempSync(join(tmpdir(), "kpi-kit-bench-pushdown-"));
  chmodSync(dir, 0o755);
  let stopPostgres: (() => void) | null = null;
  try {
    log(`\npushdown (n = ${options.n.toLocaleString("en")}): writing CSV and Parquet…`);
    const { csv, parquet } = await writeFiles(options.n, dir);
    chmodSync(csv, 0o644);
    let pgUrl = process.env["KPIKIT_PG_URL"];
    if (options.postgres && pgUrl === undefined) {
      const setup = await import("../test/setup/postgres.js");
      let provided: string | null = null;
      await setup.setup({ provide: (_key: string, value: string | null) => void (provided = value) } as never);
      stopPostgres = setup.teardown;
      pgUrl = provided ?? undefined;
    }
    if (options.postgres && pgUrl !== undefined) await loadPostgres(pgUrl, csv);
    log(`Parquet ${(statSync(parquet).size / 1e6).toFixed(0)} MB, CSV ${(statSync(csv).size / 1e6).toFixed(0)} MB; quantile KPIs in queries of about ${quantileRecords.toLocaleString("en")} records`);
    const child = await bundleChild();
    const modes = ["memory", "duckdb", ...(options.postgres && pgUrl !== undefined ? ["postgres"] : [])];
    const results: { mode: string; result: ChildResult }[] = [];
    for (const mode of modes) {
      const args = ["--child", mode, "--n", String(options.n), "--parquet", parquet, "--quantile-records", String(quantileRecords)];
      const out = spawnSync(process.execPath, [child, ...args], {
        encoding: "utf8",
        maxBuffer: 1 << 28,
        // DuckDB's allocator gives freed memory back at once, as `report --engine duckdb` has it (duckDbAllocator.ts),
        // and glibc keeps one arena (docs/at-scale.md#under-300-mb), unless the environment says otherwise.
        env: useEagerDuckDbPurge({ MALLOC_ARENA_MAX: "1", ...process.env, ...(pgUrl === undefined ? {} : { KPIKIT_PG_URL: pgUrl }) }),
      });
      if (out.status !== 0) throw new Error(`${mode} child failed: ${out.stderr.slice(0, 2000)}`);
      results.push({ mode, result: JSON.parse(out.stdout) as ChildResult });
    }
    const memory = results[0]!.result;
    const rows = results.map(({ mode, result }) => ({
      engine: mode,
      ms: result.ms,
      loadedMB: result.loadedRss / 1e6,
      peakMB: result.peakRss / 1e6,
      sameAsMemory: sameValues(result.values, memory.values),
      steps: result.steps,
    }));
    log("engine     seconds   × memory   Node RSS before MB   Node peak RSS MB   same node values as memory");
    for (const r of rows) {
      log(
        `${r.engine.padEnd(10)} ${(r.ms / 1000).toFixed(2).padStart(7)}   ${(r.ms / memory.ms).toFixed(2).padStart(7)}×   ${r.loadedMB.toFixed(0).padStart(18)}   ${r.peakMB.toFixed(0).padStart(16)}   ${r.sameAsMemory ? "yes" : "NO"}` +
          (r.steps === undefined ? "" : `   (partials ${(r.steps.partials / 1000).toFixed(2)} s, quantiles ${(r.steps.quantiles / 1000).toFixed(2)} s)`),
      );
    }
    return rows;
  } finally {
    stopPostgres?.();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) {
  const child = option("--child");
  if (child !== undefined) {
    const result = await runChild(child, Number(option("--n")), option("--parquet")!, process.env["KPIKIT_PG_URL"], Number(option("--quantile-records")));
    process.stdout.write(JSON.stringify(result));
  } else {
    const json = hasFlag("--json");
    const records = option("--quantile-records");
    const results = await runPushdownTask({
      n: Number(option("--n") ?? 1_000_000),
      json,
      postgres: !hasFlag("--no-postgres"),
      ...(records === undefined ? {} : { quantileRecords: Number(records) }),
    });
    if (json) process.stdout.write(`${JSON.stringify({ task: "pushdown", results })}\n`);
  }
}
