import { nullableTypes } from "./nullableTypes.js";
import { KpiError } from "../../errors.js";
import { instantOf } from "../../internal/instantOf.js";
import { describeValue } from "../../internal/describeValue.js";
import { checkAggregationKpi } from "../../aggregate/_lib/checkAggregationKpi.js";
import { isTimeZone } from "../../model/calendar.js";
import type { Grain } from "../../time/grain.js";
import type { CompilePartialsOptions } from "../compilePartialsOptions.js";
import type { MeasurementColumn } from "../measurementTable.js";
import { SQL_DIALECTS } from "../sqlDialect.js";
import { instantMsSql } from "./instantMsSql.js";
import { periodLabelSql } from "./periodLabelSql.js";
import { createSqlParams } from "./sqlParams.js";
import { labelBucketMs } from "./labelBucketMs.js";
import { columnSql, fromItem } from "./tableSql.js";

/** The common part of the compiled queries: the checked options as SQL, and the parameters bound so far. */
export interface SqlSource {
  /** `WITH` items ending with `rows_`: the records in effect in the range, with `val` (the value counts) and `period`. */
  readonly ctes: string[];
  /** The parameters, in order (more may be pushed). */
  readonly params: (string | number)[];
  /** Binds a text parameter: `CAST($n AS TEXT)`. */
  readonly text: (value: string) => string;
  /** Binds a number parameter: `CAST($n AS DOUBLE PRECISION)`. */
  readonly num: (value: number) => string;
  /** Binds a list of text parameters, comma-separated. */
  readonly list: (ids: readonly string[]) => string;
}

/** What some queries need beyond the partials query's source. */
export interface SourceExtras {
  /** Label each row's period (default); `false` leaves the `period` column out. */
  readonly periods?: boolean;
}

const GRAINS: readonly Grain[] = ["day", "week", "month", "quarter", "year", "fiscal_year"];
/** At most this many buckets of epoch time are labelled from the range itself (an hour's buckets: 22 years). */
const MAX_RANGE_BUCKETS = 200_000;

/**
 * Checks the options shared by the compiled queries and writes their common `WITH` items: the table's records of the
 * KPIs (and subjects), the records in effect (corrections, as known at `asKnownAt`), and `rows_` — those in the
 * range, with their period label and whether their value counts. Internal to kpi-kit/sql.
 *
 * @param options - The compile options.
 * @param name - The public function's name, for messages.
 * @returns The SQL source and its parameters.
 * @throws {@link KpiError} as `compilePartialsQuery` documents.
 *
 * @example
 * ```ts
 * const source = buildSource({ dialect: "duckdb", table: { table: "m", corrections: false },
 *   kpis: [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }], grain: "year", start: 0, end: 1 }, "f");
 * [source.ctes.length, source.params];
 * //=> [4, ["UTC", "k", 0, 1]]
 * ```
 */
export function buildSource(options: CompilePartialsOptions, name: string, extra: SourceExtras = {}): SqlSource {
  const { dialect, table, kpis, grain } = options;
  if (!SQL_DIALECTS.includes(dialect)) {
    throw new KpiError("invalid_argument", `${name}: unknown dialect "${String(dialect)}" (use ${SQL_DIALECTS.join(" or ")})`, { path: ["dialect"] });
  }
  if (!GRAINS.includes(grain)) throw new KpiError("invalid_argument", `${name}: unknown grain "${String(grain)}"`, { path: ["grain"] });
  const calendar = options.calendar ?? { timeZone: "UTC", fiscalYearStartMonth: 1 };
  if (typeof calendar !== "object" || calendar === null || Array.isArray(calendar)) {
    const what = Array.isArray(calendar) ? "an array (a workspace's calendars? give one of them)" : describeValue(calendar);
    throw new KpiError("invalid_argument", `${name}: calendar must be an object { timeZone, fiscalYearStartMonth }, not ${what}`, { path: ["calendar"] });
  }
  if (typeof calendar.timeZone !== "string" || !isTimeZone(calendar.timeZone)) {
    throw new KpiError("invalid_time_zone", `${name}: "${String(calendar.timeZone)}" is not an IANA time zone`, { path: ["calendar", "timeZone"] });
  }
  const fiscal = calendar.fiscalYearStartMonth;
  if (!Number.isInteger(fiscal) || fiscal < 1 || fiscal > 12) {
    throw new KpiError("invalid_argument", `${name}: fiscalYearStartMonth must be a whole number from 1 to 12`, { path: ["calendar", "fiscalYearStartMonth"] });
  }
  if (!Array.isArray(kpis) || kpis.length === 0) throw new KpiError("invalid_argument", `${name}: kpis must be a non-empty array`, { path: ["kpis"] });
  const seen = new Set<string>();
  kpis.forEach((k, j) => {
    checkAggregationKpi(k, name, ["kpis", j]);
    if (typeof k.id !== "string" || seen.has(k.id)) {
      throw new KpiError("invalid_argument", `${name}: KPI ${j} has no id or repeats one`, { path: ["kpis", j, "id"] });
    }
    seen.add(k.id);
  });
  const start = instantOf(options.start, name, ["start"]);
  const end = instantOf(options.end, name, ["end"]);
  if (!(start < end)) throw new KpiError("invalid_interval", `${name}: start must be before end`, { path: ["end"] });
  const asKnownAt = options.asKnownAt === undefined ? undefined : instantOf(options.asKnownAt, name, ["asKnownAt"]);
  const subjects = options.subjectIds;
  if (subjects !== undefined && (!Array.isArray(subjects) || subjects.some((s) => typeof s !== "string"))) {
    throw new KpiError("invalid_argument", `${name}: subjectIds must be an array of ids`, { path: ["subjectIds"] });
  }
  // The whole table is checked here (its columns, instants and corrections flag included).
  const source = fromItem(table, dialect, name);
  const forms = table.instants ?? "timestamp";
  const corrections = table.corrections ?? true;
  const columns = table.columns ?? {};
  const required: MeasurementColumn[] = ["kpiId", "subjectId", "at", ...(corrections ? (["id", "supersedes"] as const) : [])];
  for (const field of required) {
    if (columns[field] === null) {
      throw new KpiError("invalid_argument", `${name}: the table needs a ${field} column${field === "id" || field === "supersedes" ? " (or corrections: false)" : ""}`, {
        path: ["table", "columns", field],
      });
    }
  }
  // asKnownAt leaves out the records recorded after it and the corrections not yet known: without a recordedAt
  // column it would have no effect at all.
  if (asKnownAt !== undefined && columns.recordedAt === null) {
    throw new KpiError("invalid_argument", `${name}: asKnownAt needs a recordedAt column: the table's columns say it has none (recordedAt: null)`, {
      path: ["table", "columns", "recordedAt"],
    });
  }
  const column = columnSql(table, dialect);

  const { params, bind: p, text, num, list } = createSqlParams(dialect);
  // ClickHouse's time-zone functions take the zone as a constant: its bound parameter, not a CAST of it.
  const labelled = extra.periods !== false;
  const zone = !labelled ? "" : dialect === "clickhouse" ? p(calendar.timeZone, "String") : text(calendar.timeZone);
  // Every parameter pushed is used (an unused one has no type in PostgreSQL): the fiscal start only for fiscal years.
  const fiscalStart = labelled && grain === "fiscal_year" ? `CAST(${p(fiscal, "Int32")} AS INTEGER)` : "1";
  const kpiFilter = `CAST(${column("kpiId")} AS TEXT) IN (${list(kpis.map((k) => k.id))})`;
  const subjectFilter = subjects === undefined ? "" : subjects.length === 0 ? " AND FALSE" : ` AND CAST(${column("subjectId")} AS TEXT) IN (${list(subjects)})`;
  // ClickHouse's CAST keeps no NULL unless the type says Nullable.
  const [textType, doubleType] = nullableTypes(dialect);
  const double = (field: MeasurementColumn) => `CAST(${column(field)} AS ${doubleType})`;
  const srcColumns = [
    `CAST(${column("kpiId")} AS TEXT) AS kpi_id`,
    `CAST(${column("subjectId")} AS TEXT) AS subject_id`,
    `${instantMsSql(dialect, column("at"), forms)} AS at_ms`,
    `${double("value")} AS v`,
    `${double("numerator")} AS num`,
    `${double("denominator")} AS den`,
    `COALESCE(${double("weight")}, 1) AS w`,
    `COALESCE(CAST(${column("status")} AS ${textType}), 'normal') AS st`,
  ];
  if (corrections) srcColumns.push(`CAST(${column("id")} AS ${textType}) AS id`, `CAST(${column("supersedes")} AS ${textType}) AS sup`);
  // With or without corrections: asKnownAt leaves out the records recorded after it.
  if (asKnownAt !== undefined) srcColumns.push(`${instantMsSql(dialect, column("recordedAt"), forms)} AS rec_ms`);
  // The source is read where it is used, never copied first: DuckDB and PostgreSQL would otherwise materialize a CTE
  // read twice (DuckDB's bucket labels and rows when the range is too long to label every bucket; the corrections'
  // anti-join) — at 10 M records in DuckDB 190 MB more and 0.4 s more per query. ClickHouse always inlines a CTE (and knows no such keyword).
  const inline = dialect === "clickhouse" ? "" : "NOT MATERIALIZED ";
  const ctes = [`src AS ${inline}(SELECT ${srcColumns.join(", ")} FROM ${source} WHERE ${kpiFilter}${subjectFilter})`];
  let effective = "src";
  if (asKnownAt !== undefined) {
    // Read twice too with corrections (the records and the corrections below): DuckDB keeps it inline — materialized,
    // it cost 9.4 s instead of 3.8 s for the records in effect of 10 M records. PostgreSQL keeps the copy it made
    // before: inline, its report queries over 10 M records took 91 s against 70 s in one pair of runs (no gain seen;
    // the same queries took 64–87 s from run to run).
    ctes.push(`known AS ${dialect === "duckdb" ? inline : ""}(SELECT * FROM src WHERE rec_ms IS NULL OR rec_ms <= ${num(asKnownAt)})`);
    effective = "known";
  }
  if (corrections) {
    // The records in effect: those no (known) record supersedes. DuckDB and ClickHouse test each id against the set
    // of the few ids superseded: as an anti-join DuckDB hashed every record instead (10 M records: 4.9 s and 1.2 GB
    // against 1.0 s and 0.3 GB). PostgreSQL keeps the anti-join, which it plans well: its NOT IN hashes the set only
    // while the set fits in work_mem, and otherwise reads it again for each record.
    ctes.push(
      dialect === "postgres"
        ? `eff AS (SELECT * FROM ${effective} r WHERE NOT EXISTS (SELECT 1 FROM ${effective} c WHERE c.sup = r.id))`
        : `eff AS (SELECT * FROM ${effective} r WHERE r.id IS NULL OR r.id NOT IN (SELECT c.sup FROM ${effective} c WHERE c.sup IS NOT NULL))`,
    );
    effective = "eff";
  }
  // A value counts when its weight is above 0, and — for a survey KPI — when it is a whole answer on the scale.
  const surveys = kpis.filter((k) => k.measure.kind === "survey");
  const validAnswer = surveys.map((k) => {
    const { scaleMin, scaleMax } = k.measure as { scaleMin: number; scaleMax: number };
    return `(kpi_id = ${text(k.id)} AND v = FLOOR(v) AND v >= ${num(scaleMin)} AND v <= ${num(scaleMax)})`;
  });
  const val =
    surveys.length === 0
      ? "w > 0 AND v IS NOT NULL"
      : `w > 0 AND v IS NOT NULL AND (kpi_id NOT IN (${list(surveys.map((k) => k.id))}) OR ${validAnswer.join(" OR ")})`;
  const from = num(start);
  const to = num(end);
  const inRange = `at_ms >= ${from} AND at_ms < ${to}`;
  // DuckDB's labels from its time-zone database are slow per row (ICU: 1.7 s per 10 M rows). Where no period begins or
  // ends inside a bucket of epoch time (an hour in Europe/Riga), DuckDB labels each bucket of the range once and joins
  // the rows to their bucket's label. PostgreSQL and ClickHouse label each row: their zone functions are fast, and the
  // join made PostgreSQL's queries slower, not faster (10 M records: 63.5 s against 35.9 s per row).
  const width = labelled && dialect === "duckdb" ? labelBucketMs(grain, calendar, start, end) : null;
  if (!labelled) {
    ctes.push(`rows_ AS (SELECT *, (${val}) AS val FROM ${effective} WHERE ${inRange})`);
  } else if (width === null) {
    ctes.push(`rows_ AS (SELECT *, (${val}) AS val, ${periodLabelSql(dialect, grain, "at_ms", zone, fiscalStart)} AS period FROM ${effective} WHERE ${inRange})`);
  } else {
    const bucket = (ms: string) => `CAST(FLOOR(${ms} / CAST(${width} AS DOUBLE PRECISION)) AS BIGINT)`;
    // The buckets: every bucket of the range when there are few enough to label them all (reading the source a
    // second time for its distinct buckets cost DuckDB 0.15–0.2 s per query over 10 M records), else those of the rows.
    const first = Math.floor(start / width);
    const past = Math.ceil(end / width);
    const buckets =
      past - first <= MAX_RANGE_BUCKETS
        ? `buckets_ AS (SELECT b FROM range(${bucket(from)}, CAST(CEIL(${to} / CAST(${width} AS DOUBLE PRECISION)) AS BIGINT)) AS t(b))`
        : `buckets_ AS (SELECT DISTINCT ${bucket("at_ms")} AS b FROM src WHERE ${inRange})`;
    ctes.push(
      buckets,
      `labels_ AS (SELECT b, ${periodLabelSql(dialect, grain, `(b * ${width})`, zone, fiscalStart)} AS period FROM buckets_)`,
      `rows_ AS (SELECT r.*, (${val}) AS val, l.period FROM ${effective} r JOIN labels_ l ON ${bucket("r.at_ms")} = l.b WHERE ${inRange.replaceAll("at_ms", "r.at_ms")})`,
    );
  }
  return { ctes, params, text, num, list };
}
