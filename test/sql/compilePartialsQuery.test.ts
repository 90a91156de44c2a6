import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { instantMsSql } from "../../src/sql/_lib/instantMsSql.js";
import { periodLabelSql } from "../../src/sql/_lib/periodLabelSql.js";
import { labelBucketMs } from "../../src/sql/_lib/labelBucketMs.js";
import { createSqlParams } from "../../src/sql/_lib/sqlParams.js";
import { doubleSql } from "../../src/sql/_lib/doubleSql.js";
import { buildSource } from "../../src/sql/_lib/buildSource.js";
import { resultRows, rowReader } from "../../src/sql/_lib/rowReader.js";
import { columnSql, fromItem } from "../../src/sql/_lib/tableSql.js";
import { checkMeasurementTable } from "../../src/sql/_lib/checkMeasurementTable.js";
import { compileValuesCheckQuery } from "../../src/sql/compileValuesCheckQuery.js";
import { compileCorrectionsCheckQuery } from "../../src/sql/compileCorrectionsCheckQuery.js";
import { compilePartialsQuery } from "../../src/sql/compilePartialsQuery.js";
import { compileQuantilesQuery } from "../../src/sql/compileQuantilesQuery.js";
import { quantilesFromRows } from "../../src/sql/quantilesFromRows.js";
import { partialsFromRows } from "../../src/sql/partialsFromRows.js";
import { quoteIdentifier } from "../../src/sql/quoteIdentifier.js";
import { SQL_DIALECTS } from "../../src/sql/sqlDialect.js";
import { columnsOf, testedEngines, type Engine, type LoadRecord } from "./engines.js";
import { expectedGroups, expectSameGroups, KPIS, RIGA } from "./pushdown.js";
import { kpiErrorCodeOf as errorOf, kpiErrorOf } from "../kpiErrorOf.js";


describe("compilePartialsQuery", () => {
  it("matches the documented example", () => {
    const query = compilePartialsQuery({
      dialect: "postgres",
      table: { table: "measurements", columns: { kpiId: "kpi_id", subjectId: "subject_id" } },
      kpis: [{ id: "csat", measure: { kind: "value" }, aggregation: "mean" }],
      grain: "month",
      calendar: { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 },
      start: "2026-01-01T00:00:00+02:00",
      end: "2027-01-01T00:00:00+02:00",
    });
    // 2026-01-01T00:00+02:00 is 2025-12-31T22:00Z: 1 767 225 600 000 (2026-01-01Z) − 7 200 000.
    expect([query.params, query.sql.includes('FROM "measurements"')]).toEqual([["Europe/Riga", "csat", 1767218400000, 1798754400000], true]);
  });

  it("refuses bad options with the path of the bad field", () => {
    const base = { dialect: "duckdb", table: { table: "m" }, kpis: [KPIS[0]!], grain: "month", start: 0, end: 1 } as const;
    const cases: [Record<string, unknown>, string, unknown[]][] = [
      [{ dialect: "sqlite" }, "invalid_argument", ["dialect"]],
      [{ grain: "decade" }, "invalid_argument", ["grain"]],
      [{ calendar: { timeZone: "Mars/Olympus", fiscalYearStartMonth: 1 } }, "invalid_time_zone", ["calendar", "timeZone"]],
      [{ calendar: { timeZone: "UTC", fiscalYearStartMonth: 13 } }, "invalid_argument", ["calendar", "fiscalYearStartMonth"]],
      [{ kpis: [] }, "invalid_argument", ["kpis"]],
      [{ kpis: [KPIS[0], KPIS[0]] }, "invalid_argument", ["kpis", 1, "id"]],
      [{ start: 5, end: 5 }, "invalid_interval", ["end"]],
      [{ start: "2026-03-01" }, "invalid_input", ["start"]],
      [{ table: {} }, "invalid_argument", ["table"]],
      [{ table: { table: "m", from: "x" } }, "invalid_argument", ["table"]],
      [{ table: { table: "" } }, "invalid_argument", ["table", "table"]],
      [{ table: { table: "m", instants: "seconds" } }, "invalid_argument", ["table", "instants"]],
      [{ subjectIds: [1] }, "invalid_argument", ["subjectIds"]],
    ];
    for (const [change, code, path] of cases) {
      expect({ change, ...errorOf(() => compilePartialsQuery({ ...base, ...change } as never)) }).toEqual({ change, code, path });
    }
  });

  const base = { dialect: "duckdb", table: { table: "m" }, kpis: [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }], grain: "month", start: 0, end: 1 } as const;
  const compile = (change: Record<string, unknown>) => kpiErrorOf(() => compilePartialsQuery({ ...base, ...change } as never));

  it("refuses a KPI whose aggregation, measure or quantile the rows cannot be read by, before the query runs", () => {
    const allowed = "sum, mean, min, max, first, last, median, quantile, ratio_of_sums, weighted_mean, survey";
    expect(compile({ kpis: [{ id: "x", measure: { kind: "value" }, aggregation: "average" }] })).toEqual({
      code: "invalid_argument",
      path: ["kpis", 0, "aggregation"],
      message: `compilePartialsQuery: kpis[0].aggregation must be one of ${allowed}, not "average"`,
    });
    // No measure: the same error as aggregateRows gives, not a TypeError reading its kind.
    expect(compile({ kpis: [{ id: "x", aggregation: "sum" }] })).toEqual({
      code: "invalid_argument",
      path: ["kpis", 0, "measure"],
      message: "compilePartialsQuery: kpis[0].measure must be an object with a kind (one of value, count, duration, weighted, ratio, survey), not undefined",
    });
    expect(compile({ kpis: [{ id: "x", measure: { kind: "amount" }, aggregation: "sum" }] })?.path).toEqual(["kpis", 0, "measure", "kind"]);
    expect(compile({ kpis: [{ id: "x", measure: { kind: "duration" }, aggregation: "quantile" }] })?.path).toEqual(["kpis", 0, "quantile"]);
    // The compilers that share the source check the same.
    expect(errorOf(() => compileQuantilesQuery({ ...base, kpis: [{ id: "x", measure: { kind: "value" }, aggregation: "average" }], scopes: [{ id: "lv", parentId: null }] } as never))).toEqual({
      code: "invalid_argument",
      path: ["kpis", 0, "aggregation"],
    });
  });

  it("refuses a table.columns key that is not a field of a measurement, and columns that are not an object", () => {
    const fields = "id, kpiId, subjectId, at, value, numerator, denominator, weight, status, recordedAt, supersedes";
    expect(compile({ table: { table: "m", columns: { kpiID: "kpi_id" } } })).toEqual({
      code: "invalid_argument",
      path: ["table", "columns", "kpiID"],
      message: `compilePartialsQuery: table.columns.kpiID is not a field of a measurement (the fields are ${fields})`,
    });
    expect(compile({ table: { table: "m", columns: { wieght: "w" } } })?.path).toEqual(["table", "columns", "wieght"]);
    expect(compile({ table: { table: "m", columns: [["kpiId", "kpi_id"]] } })).toEqual({
      code: "invalid_argument",
      path: ["table", "columns"],
      message: 'compilePartialsQuery: table.columns must be an object of field → column name (e.g. { kpiId: "kpi_id" }), not an array',
    });
    // The table checks share the check.
    expect(errorOf(() => compileValuesCheckQuery({ dialect: "duckdb", table: { table: "m", columns: { kpiID: "kpi_id" } } as never }))).toEqual({
      code: "invalid_argument",
      path: ["table", "columns", "kpiID"],
    });
    expect(errorOf(() => compileCorrectionsCheckQuery({ dialect: "duckdb", table: { table: "m", columns: { supersede: "s" } } as never }))).toEqual({
      code: "invalid_argument",
      path: ["table", "columns", "supersede"],
    });
  });

  it("refuses asKnownAt with a table that has no recordedAt column, as a table without ids is refused", () => {
    expect(compile({ table: { table: "m", columns: { recordedAt: null } }, asKnownAt: 0 })).toEqual({
      code: "invalid_argument",
      path: ["table", "columns", "recordedAt"],
      message: "compilePartialsQuery: asKnownAt needs a recordedAt column: the table's columns say it has none (recordedAt: null)",
    });
    // Without asKnownAt, a table without recordedAt is fine.
    expect(compile({ table: { table: "m", columns: { recordedAt: null } } })).toBeNull();
  });

  it("names the column and the function for a column name no engine takes, and says what a table without a name lacks", () => {
    expect(compile({ table: { table: "m", columns: { value: "" } } })).toEqual({
      code: "invalid_argument",
      path: ["table", "columns", "value"],
      message: 'compilePartialsQuery: table.columns.value must be a column name (1 to 200 characters without NUL) or null, not ""',
    });
    expect(compile({ table: {} })).toEqual({
      code: "invalid_argument",
      path: ["table"],
      message: "compilePartialsQuery: give one of the table's name (table) or a FROM item (from)",
    });
    expect(compile({ table: { table: "m", from: "x" } })?.message).toBe("compilePartialsQuery: give the table's name (table) or a FROM item (from), not both");
  });

  it("refuses a quantileValues or table.corrections that is not a boolean", () => {
    expect(compile({ quantileValues: "no" })).toEqual({
      code: "invalid_argument",
      path: ["quantileValues"],
      message: 'compilePartialsQuery: quantileValues must be true or false, not "no"',
    });
    expect(compile({ quantileValues: 0 })?.path).toEqual(["quantileValues"]);
    expect(compile({ table: { table: "m", corrections: "false" } })).toEqual({
      code: "invalid_argument",
      path: ["table", "corrections"],
      message: 'compilePartialsQuery: table.corrections must be true or false, not "false"',
    });
    expect(compile({ quantileValues: false })).toBeNull();
  });

  it("says the calendar must be an object when it is not one (a workspace's list of calendars)", () => {
    expect(compile({ calendar: [{ timeZone: "Europe/Riga", fiscalYearStartMonth: 1 }] })).toEqual({
      code: "invalid_argument",
      path: ["calendar"],
      message: "compilePartialsQuery: calendar must be an object { timeZone, fiscalYearStartMonth }, not an array (a workspace's calendars? give one of them)",
    });
    expect(compile({ calendar: "Europe/Riga" })?.path).toEqual(["calendar"]);
  });
});

describe("partialsFromRows", () => {
  it("matches the documented example", () => {
    const query = compilePartialsQuery({
      dialect: "duckdb",
      table: { table: "m", corrections: false },
      kpis: [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }],
      grain: "month",
      start: "2026-01-01T00:00:00Z",
      end: "2026-02-01T00:00:00Z",
    });
    const row = {
      kpi_id: "k", subject_id: "s", period: "2026-01", records: 2, provisional: 0, estimated: 0, revised: 0, count: 2, sum: 5, min: 2,
      max: 3, mean: 2.5, m2: 0.5, weight_sum: 2, weighted_sum: 5, ratio_records: 0, numerator_sum: 0, denominator_sum: 0,
      zero_denominators: 0, ratio_sum: 0,
    };
    expect(partialsFromRows([row], query).map((g) => [g.period, g.value, g.partial.count])).toEqual([["2026-01", 5, 2]]);
  });

  it("reads numbers given as bigints or decimal text (as drivers give them), and refuses rows that do not answer the query", () => {
    const query = compilePartialsQuery({ dialect: "postgres", table: { table: "m" }, kpis: [KPIS[1]!], grain: "month", start: 0, end: 1 });
    const row = {
      kpi_id: "sum", subject_id: "s", period: "1970-01", records: 2n, provisional: "0", estimated: 0, revised: 0, count: "2", sum: "5.5", min: 2,
      max: 3.5, mean: 2.75, m2: 1.125, weight_sum: 2, weighted_sum: 5.5, ratio_records: 0, numerator_sum: 0, denominator_sum: 0,
      zero_denominators: 0, ratio_sum: 0,
    };
    expect(partialsFromRows([row], query)[0]?.value).toBe(5.5);
    expect(errorOf(() => partialsFromRows([{ ...row, kpi_id: "other" }], query))).toEqual({ code: "invalid_input", path: [0, "kpi_id"] });
    expect(errorOf(() => partialsFromRows([{ ...row, sum: "x" }], query))).toEqual({ code: "invalid_input", path: [0, "sum"] });
    expect(errorOf(() => partialsFromRows([{ ...row, records: undefined }], query))).toEqual({ code: "invalid_input", path: [0, "records"] });
    // The same rows as columns.
    expect(partialsFromRows(columnsOf([row]), query)).toEqual(partialsFromRows([row], query));
    expect(errorOf(() => partialsFromRows(columnsOf([{ ...row, sum: "x" }]), query))).toEqual({ code: "invalid_input", path: [0, "sum"] });
    expect(errorOf(() => partialsFromRows({ ...columnsOf([row]), sum: [] }, query))).toEqual({ code: "invalid_input", path: ["sum"] });
  });
});

describe("quoteIdentifier", () => {
  it("matches the documented example", () => {
    expect(quoteIdentifier('my "table"; --', "postgres")).toBe('"my ""table""; --"');
  });

  it("doubles backslashes for ClickHouse, which reads escapes inside quotes, and only there", () => {
    // By hand: x\" OR 1=1 -- (backslash, quote) would close ClickHouse's identifier early with the quote only doubled.
    const name = 'x\\" OR 1=1 --';
    expect(quoteIdentifier(name, "clickhouse")).toBe('"x\\\\"" OR 1=1 --"');
    expect(quoteIdentifier(name, "postgres")).toBe('"x\\"" OR 1=1 --"');
  });

  it("refuses an empty name, NUL and an unknown dialect", () => {
    expect(errorOf(() => quoteIdentifier("", "duckdb"))?.path).toEqual(["name"]);
    expect(errorOf(() => quoteIdentifier("a\u0000b", "duckdb"))?.path).toEqual(["name"]);
    expect(errorOf(() => quoteIdentifier("a", "mysql" as never))?.path).toEqual(["dialect"]);
  });
});

describe("SQL_DIALECTS", () => {
  it("matches the documented example", () => {
    expect(SQL_DIALECTS).toEqual(["duckdb", "postgres", "clickhouse"]);
  });
});

describe("periodLabelSql", () => {
  it("matches the documented example", () => {
    expect(periodLabelSql("postgres", "month", "at_ms", "$1", "$2")).toBe("to_char((to_timestamp(at_ms / 1000.0) AT TIME ZONE $1), 'YYYY-MM')");
  });
});

describe("instantMsSql", () => {
  it("matches the documented example", () => {
    expect(instantMsSql("duckdb", '"at"', "epoch_ms")).toBe('CAST("at" AS BIGINT)');
  });
});

// Hostile names and ids on the real engines: quotes, semicolons, comment markers, a statement that would drop a
// table, Unicode. The query stays one query: it answers as aggregateRows does, and the other table is still there.
const HOSTILE_TABLE = `m"; DROP TABLE keep; --`;
const HOSTILE_COLUMNS = { kpiId: `kpi'); DROP TABLE keep; --`, subjectId: 'sub"ject /* x */', at: "ät ⏱", value: "value; SELECT 1" } as const;
const HOSTILE_IDS = [`k'; DROP TABLE keep; --`, 'k"; --', "k /* */ ?", "ķ€ 👋 $1"];
const T = Date.UTC(2026, 2, 10);
const hostileRecords: LoadRecord[] = HOSTILE_IDS.flatMap((kpiId, i) => [
  { id: `a${i}`, kpiId, subjectId: `s'${i}"; --`, at: T, value: i },
  { id: `b${i}'--`, kpiId, subjectId: `s'${i}"; --`, at: T + 1, value: 10 + i, supersedes: undefined },
]);
const hostileKpis = HOSTILE_IDS.map((id) => ({ id, measure: { kind: "value" }, aggregation: "sum" }) as const);

for (const { name, open } of testedEngines()) {
  describe(`compilePartialsQuery on ${name}`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await open();
    });
    afterAll(async () => {
      await engine.close();
    });

    it("keeps hostile table names, column names and ids inside one query", async () => {
      await engine.query('CREATE TABLE "keep" (x INTEGER)', []);
      await engine.load(HOSTILE_TABLE, hostileRecords, { columns: HOSTILE_COLUMNS });
      const query = compilePartialsQuery({
        dialect: engine.dialect,
        table: { table: HOSTILE_TABLE, columns: HOSTILE_COLUMNS, instants: "epoch_ms" },
        kpis: hostileKpis,
        grain: "month",
        calendar: RIGA,
        start: T - 86_400_000,
        end: T + 86_400_000,
        subjectIds: hostileRecords.map((r) => r.subjectId),
      });
      const got = partialsFromRows(await engine.query(query.sql, query.params), query);
      expectSameGroups(got, expectedGroups(hostileRecords, hostileKpis, "month", T - 86_400_000, T + 86_400_000));
      // Each KPI i sums its two records: i + (10 + i).
      expect(got.map((g) => g.value)).toEqual([10, 12, 14, 16]);
      expect(await engine.query('SELECT COUNT(*) AS n FROM "keep"', [])).toHaveLength(1);
    });

    it("reads instants held as time-zone-aware timestamps, epoch ms or ISO text alike", async () => {
      const records: LoadRecord[] = [
        { id: "a", kpiId: "sum", subjectId: "s", at: Date.UTC(2026, 2, 31, 21, 30), value: 1, recordedAt: Date.UTC(2026, 3, 1) },
        { id: "b", kpiId: "sum", subjectId: "s", at: Date.UTC(2026, 2, 31, 20, 59, 59, 999), value: 2 },
        { id: "c", kpiId: "sum", subjectId: "s", at: Date.UTC(2026, 2, 31, 21, 30), value: 5, recordedAt: Date.UTC(2026, 3, 3), supersedes: "a" },
      ];
      for (const instants of ["timestamp", "epoch_ms", "iso"] as const) {
        const table = `forms_${instants}`;
        await engine.load(table, records, { instants });
        for (const asKnownAt of [undefined, Date.UTC(2026, 3, 2)]) {
          const query = compilePartialsQuery({ dialect: engine.dialect, table: { table, instants }, kpis: [KPIS[1]!], grain: "month", calendar: RIGA, start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1), asKnownAt });
          const got = partialsFromRows(await engine.query(query.sql, query.params), query);
          // 21:30 UTC on 31 March is 1 April in Riga; c corrects a (known from 3 April).
          expect({ instants, asKnownAt, groups: got.map((g) => [g.period, g.value]) }).toEqual({
            instants,
            asKnownAt,
            groups: [["2026-03", 2], ["2026-04", asKnownAt === undefined ? 5 : 1]],
          });
          expectSameGroups(got, expectedGroups(records, [KPIS[1]!], "month", Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1), asKnownAt));
        }
      }
    });

    it.skipIf(name === "clickhouse")("stops at an instant column without a time zone, or of text, read as timestamps", async () => {
      // ClickHouse's DateTime is an instant whatever its zone; DuckDB's TIMESTAMP and PostgreSQL's timestamp without
      // time zone are local times of no zone, which the engine would read in its session's zone.
      const records: LoadRecord[] = [{ id: "a", kpiId: "sum", subjectId: "s", at: Date.UTC(2026, 2, 10), value: 1 }];
      await engine.load("naive", records, { instants: "timestamp" });
      await engine.query(`ALTER TABLE naive ALTER COLUMN "at" TYPE ${engine.dialect === "postgres" ? "timestamp without time zone" : "TIMESTAMP"}`, []);
      await engine.load("text_instants", records, { instants: "iso" });
      const naiveType = engine.dialect === "postgres" ? "timestamp without time zone" : "TIMESTAMP";
      const textType = engine.dialect === "postgres" ? "text" : "VARCHAR";
      for (const [table, type] of [["naive", naiveType], ["text_instants", textType]] as const) {
        const query = compilePartialsQuery({ dialect: engine.dialect, table: { table }, kpis: [KPIS[1]!], grain: "month", calendar: RIGA, start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) });
        await expect(engine.query(query.sql, query.params)).rejects.toThrow(`kpi-kit: the instant column "at" is ${type}, not a timestamp with a time zone (TIMESTAMPTZ)`);
      }
    });

    it("keeps a row without an id in effect: no correction can name it", async () => {
      // Three rows of one series in March: "a" (1), one without an id (2) and "c" (4), which corrects "a" (known
      // from 3 April). In effect: the row without an id and c, 2 + 4 = 6; as known on 2 April, a and the row without
      // an id, 1 + 2 = 3.
      const at = Date.UTC(2026, 2, 10);
      const records: LoadRecord[] = [
        { id: "a", kpiId: "sum", subjectId: "s", at, value: 1, recordedAt: Date.UTC(2026, 3, 1) },
        { id: null, kpiId: "sum", subjectId: "s", at, value: 2 },
        { id: "c", kpiId: "sum", subjectId: "s", at, value: 4, recordedAt: Date.UTC(2026, 3, 3), supersedes: "a" },
      ];
      await engine.load("no_id", records, { instants: "epoch_ms" });
      const sums = [];
      for (const asKnownAt of [undefined, Date.UTC(2026, 3, 2)]) {
        const query = compilePartialsQuery({ dialect: engine.dialect, table: { table: "no_id", instants: "epoch_ms" }, kpis: [KPIS[1]!], grain: "month", calendar: RIGA, start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1), asKnownAt });
        sums.push(partialsFromRows(await engine.query(query.sql, query.params), query).map((g) => [g.period, g.value, g.partial.records]));
      }
      expect(sums).toEqual([[["2026-03", 6, 2]], [["2026-03", 3, 2]]]);
    });
  });
}

describe("compileQuantilesQuery", () => {
  it("matches the documented example", () => {
    const query = compileQuantilesQuery({
      dialect: "duckdb",
      table: { table: "m" },
      grain: "month",
      start: 0,
      end: 1,
      kpis: [{ id: "wait", measure: { kind: "duration" }, aggregation: "quantile", quantile: 0.9 }],
      scopes: [{ id: "lv", parentId: null }, { id: "svc", parentId: "lv" }],
    });
    expect([query.fractions, query.sql.includes("quantile_cont(r.v, 0.9)")]).toEqual([[0.9], true]);
  });

  it("refuses KPIs that are not median or quantile KPIs, and scope trees with a cycle, a stranger parent or a repeated node", () => {
    const base = { dialect: "postgres", table: { table: "m" }, grain: "month", start: 0, end: 1, kpis: [KPIS[6]!], scopes: [{ id: "lv", parentId: null }] } as const;
    expect(errorOf(() => compileQuantilesQuery({ ...base, kpis: [KPIS[0]!] }))).toEqual({ code: "invalid_argument", path: ["kpis", 0] });
    for (const scopes of [[], [{ id: "a", parentId: "b" }, { id: "b", parentId: "a" }], [{ id: "a", parentId: "x" }], [{ id: "a", parentId: null }, { id: "a", parentId: null }]]) {
      expect(errorOf(() => compileQuantilesQuery({ ...base, scopes }))).toEqual({ code: "invalid_argument", path: ["scopes"] });
    }
  });
});

describe("quantilesFromRows", () => {
  it("matches the documented example", () => {
    const query = compileQuantilesQuery({
      dialect: "postgres",
      table: { table: "m" },
      grain: "month",
      start: 0,
      end: 1,
      kpis: [{ id: "wait", measure: { kind: "duration" }, aggregation: "median" }],
      scopes: [{ id: "lv", parentId: null }],
    });
    expect(quantilesFromRows([{ kpi_id: "wait", node_id: "lv", period: "1970-01", count: 3, q_0: 4 }], query)).toEqual([
      { kpiId: "wait", nodeId: "lv", period: "1970-01", count: 3, value: 4 },
    ]);
    expect(errorOf(() => quantilesFromRows([{ kpi_id: "wait", node_id: "lv", period: "1970-01", count: 3, q_0: null }], query))).toEqual({
      code: "invalid_input",
      path: [0, "q_0"],
    });
  });
});

describe("buildSource", () => {
  it("matches the documented example", () => {
    const source = buildSource(
      { dialect: "duckdb", table: { table: "m", corrections: false }, kpis: [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }], grain: "year", start: 0, end: 1 },
      "f",
    );
    // src, then buckets_ and labels_ (1970 and 1971 begin at UTC midnights: buckets of a day), then rows_.
    expect([source.ctes.length, source.params]).toEqual([4, ["UTC", "k", 0, 1]]);
  });

  it("labels every bucket of a short range in DuckDB, and only the rows' buckets of a long one", () => {
    const options = { dialect: "duckdb", table: { table: "m", corrections: false }, kpis: [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }], grain: "month" } as const;
    const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
    // 2026 in Riga: hour buckets, 8 760 of them, from the range itself (the source is read once).
    const year = buildSource({ ...options, calendar: riga, start: Date.UTC(2026, 0, 1), end: Date.UTC(2027, 0, 1) }, "f");
    expect(year.ctes[1]).toMatch(/^buckets_ AS \(SELECT b FROM range\(/);
    // 1900-2100 in Riga: second buckets (its offset was in seconds before 1926), far too many to label: those of the rows.
    const centuries = buildSource({ ...options, calendar: riga, start: Date.UTC(1900, 0, 1), end: Date.UTC(2100, 0, 1) }, "f");
    expect(centuries.ctes[1]).toMatch(/^buckets_ AS \(SELECT DISTINCT .* FROM src WHERE/);
  });

  it("labels each row in PostgreSQL and ClickHouse, and reads the source where it is used", () => {
    const options = { table: { table: "m", corrections: false }, kpis: [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }], grain: "year", start: 0, end: 1 } as const;
    // src and rows_ only: no bucket join (it made PostgreSQL slower; ClickHouse would read the table again).
    const pg = buildSource({ ...options, dialect: "postgres" }, "f");
    const ch = buildSource({ ...options, dialect: "clickhouse" }, "f");
    expect([pg.ctes.length, ch.ctes.length]).toEqual([2, 2]);
    expect([pg.ctes[0]!.startsWith("src AS NOT MATERIALIZED ("), ch.ctes[0]!.startsWith("src AS (")]).toEqual([true, true]);
  });
});

describe("createSqlParams", () => {
  it("matches the documented example", () => {
    const p = createSqlParams("clickhouse");
    expect([p.list(["a", "b"]), p.num(2), p.params]).toEqual(["CAST({p1:String} AS TEXT), CAST({p2:String} AS TEXT)", "CAST({p3:Float64} AS DOUBLE PRECISION)", ["a", "b", 2]]);
    expect(createSqlParams("postgres").text("x")).toBe("CAST($1 AS TEXT)");
  });
});

describe("doubleSql", () => {
  it("matches the documented example", () => {
    expect([doubleSql("postgres", "COUNT(*)"), doubleSql("clickhouse", "COUNT(*)")]).toEqual(["CAST(COUNT(*) AS DOUBLE PRECISION)", "CAST(COUNT(*) AS Nullable(Float64))"]);
  });
});

describe("labelBucketMs", () => {
  it("matches the documented example", () => {
    const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
    const kolkata = { timeZone: "Asia/Kolkata", fiscalYearStartMonth: 1 };
    const year = [Date.parse("2026-01-01T00:00:00Z"), Date.parse("2027-01-01T00:00:00Z")] as const;
    // UTC months begin at UTC midnights; Riga's at 22:00 or 21:00 UTC (whole hours); Kolkata's days at 18:30 UTC.
    expect([labelBucketMs("month", { timeZone: "UTC", fiscalYearStartMonth: 1 }, ...year), labelBucketMs("month", riga, ...year), labelBucketMs("day", kolkata, ...year)]).toEqual([
      86400000, 3600000, 1800000,
    ]);
  });

  it("falls to a second for a zone whose offset was in seconds, and leaves out ranges too long to check", () => {
    // Riga kept local mean time (+01:36:34) until 1926: its days then began at 22:23:26 UTC, whole seconds.
    expect(labelBucketMs("day", { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 }, Date.parse("1900-01-01T00:00:00Z"), Date.parse("1900-02-01T00:00:00Z"))).toBe(1000);
    expect(labelBucketMs("day", { timeZone: "UTC", fiscalYearStartMonth: 1 }, 0, 1e15)).toBeNull();
  });
});

describe("rowReader", () => {
  it("matches the documented example", () => {
    const row: Record<string, unknown> = { n: "2.5", t: "x" };
    const read = rowReader((column) => row[column], 0, "f");
    expect([read.number("n"), read.text("t"), read.maybeNumber("none")]).toEqual([2.5, "x", null]);
  });
});

describe("resultRows", () => {
  it("matches the documented example", () => {
    const rows = resultRows({ n: [1, 2], t: ["a", "b"] }, "f");
    expect([rows.length, rows.reader(1).number("n"), rows.reader(1).text("t")]).toEqual([2, 2, "b"]);
  });

  it("reads rows and columns alike, and refuses a result that is neither", () => {
    const rows = [{ n: 1, t: "a" }, { n: "2", t: "b" }];
    const columns = { n: [1, "2"], t: ["a", "b"] };
    const read = (result: Parameters<typeof resultRows>[0]) => {
      const r = resultRows(result, "f");
      return Array.from({ length: r.length }, (_, i) => [r.reader(i).number("n"), r.reader(i).text("t"), r.cell(i, "t"), r.reader(i).maybeNumber("none")]);
    };
    expect(read(columns)).toEqual([[1, "a", "a", null], [2, "b", "b", null]]);
    expect(read(rows)).toEqual(read(columns));
    expect(read({})).toEqual([]);
    // A column the result does not have, even one named like an object's own property, is missing.
    expect(errorOf(() => resultRows(columns, "f").reader(0).text("constructor"))).toEqual({ code: "invalid_input", path: [0, "constructor"] });
    expect(errorOf(() => resultRows([null] as never, "f").reader(0).text("t"))).toEqual({ code: "invalid_input", path: [0, "t"] });
    expect(errorOf(() => resultRows({ n: [1, 2], t: ["a"] }, "f"))).toEqual({ code: "invalid_input", path: ["t"] });
    expect(errorOf(() => resultRows({ n: 1 } as never, "f"))).toEqual({ code: "invalid_input", path: ["n"] });
    expect(errorOf(() => resultRows(null as never, "f"))).toEqual({ code: "invalid_input", path: [] });
  });
});

describe("fromItem", () => {
  it("matches the documented example", () => {
    expect(fromItem({ table: ["stats", "m"] }, "postgres", "f")).toBe('"stats"."m"');
  });
});

describe("checkMeasurementTable", () => {
  it("matches the documented example", () => {
    expect(errorOf(() => checkMeasurementTable({ table: "m", columns: { kpiID: "kpi_id" } } as never, "compilePartialsQuery"))?.path).toEqual(["table", "columns", "kpiID"]);
  });

  it("takes every field, null and undefined columns, and a table or FROM item", () => {
    const columns = { id: "i", kpiId: "k", subjectId: "s", at: "a", value: null, numerator: undefined, denominator: "d", weight: "w", status: "st", recordedAt: "r", supersedes: "sup" };
    expect(() => checkMeasurementTable({ table: ["s", "m"], columns: columns as never, instants: "iso", corrections: true }, "f")).not.toThrow();
    expect(() => checkMeasurementTable({ from: "read_parquet('m.parquet')", columns: Object.assign(Object.create(null) as object, { at: "t" }) }, "f")).not.toThrow();
    expect(errorOf(() => checkMeasurementTable({ table: ["s", ""] }, "f"))).toEqual({ code: "invalid_argument", path: ["table", "table"] });
    expect(errorOf(() => checkMeasurementTable({ table: "m", columns: { at: 3 } } as never, "f"))).toEqual({ code: "invalid_argument", path: ["table", "columns", "at"] });
    expect(errorOf(() => checkMeasurementTable({ table: "m", columns: new Map() } as never, "f"))).toEqual({ code: "invalid_argument", path: ["table", "columns"] });
  });
});

describe("columnSql", () => {
  it("matches the documented example", () => {
    const column = columnSql({ table: "m", columns: { kpiId: "kpi_id", weight: null } }, "duckdb");
    expect([column("kpiId"), column("weight"), column("at")]).toEqual(['"kpi_id"', "NULL", '"at"']);
  });
});
