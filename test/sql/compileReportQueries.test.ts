import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseWorkspace } from "../../src/model/workspace.js";
import { buildReport } from "../../src/report/buildReport.js";
import { aggregatesFromRows } from "../../src/sql/aggregatesFromRows.js";
import { compileReportQueries } from "../../src/sql/compileReportQueries.js";
import { qualitySql } from "../../src/sql/_lib/qualitySql.js";
import { effectiveSql } from "../../src/sql/_lib/effectiveSql.js";
import { exampleMeasurements, exampleOutages, exampleTickets, exampleWorkspace } from "../report/exampleMunicipality.js";
import { columnsOf, testedEngines, loadRecordOf, type Engine } from "./engines.js";
import { expectSameReport } from "./sameReport.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const root = join(import.meta.dirname, "..", "..");
const reportOptions = (audience: "management" | "technical" | "public") =>
  ({ audience, scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en", outages: exampleOutages, tickets: exampleTickets }) as const;

describe("compileReportQueries", () => {
  it("matches the documented example", () => {
    const workspace = parseWorkspace(readFileSync(join(root, "examples", "workspace.json"), "utf8"));
    const compiled = compileReportQueries({ dialect: "duckdb", table: { table: "measurements" }, workspace,
      report: { audience: "management", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" } });
    // Two series grains (month, quarter: see planReport's example), four KPI grains (day, week, month, quarter).
    expect(compiled.queries.map((q) => q.role)).toEqual(["partials", "partials", "quality", "quality", "quality", "quality", "series", "count"]);
  });

  it("refuses bad report options as buildReport does", () => {
    expect(() =>
      compileReportQueries({ dialect: "duckdb", table: { table: "m" }, workspace: exampleWorkspace, report: { ...reportOptions("public"), period: "March" } }),
    ).toThrowError(expect.objectContaining({ code: "invalid_period", path: ["report", "period"] }));
    expect(() => compileReportQueries({ dialect: "sqlite" as never, table: { table: "m" }, workspace: exampleWorkspace, report: reportOptions("public") })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["dialect"] }),
    );
  });

  it("names itself and the report's options as the caller gave them (report, not planReport's options)", () => {
    const compile = (report: unknown) => () => compileReportQueries({ dialect: "duckdb", table: { table: "m" }, workspace: exampleWorkspace, report: report as never });
    expect(kpiErrorOf(compile({ ...reportOptions("public"), scope: "nowhere" }))).toEqual({
      code: "unknown_reference",
      path: ["report", "scope"],
      message: 'compileReportQueries: scope "nowhere" is not a node of the workspace',
    });
    expect(kpiErrorOf(compile(undefined))).toEqual({ code: "invalid_argument", path: ["report"], message: "compileReportQueries: report must be an object, not undefined" });
    // planReport's error is the cause, its code kept.
    let cause: unknown;
    try {
      compile({ ...reportOptions("public"), scope: "nowhere" })();
    } catch (error) {
      cause = (error as Error).cause;
    }
    expect(cause).toMatchObject({ code: "unknown_reference", path: ["options", "scope"] });
  });

  it("compiles a report over a table without a recordedAt column: every record is known from the start", () => {
    const compiled = compileReportQueries({ dialect: "duckdb", table: { table: "m", columns: { recordedAt: null } }, workspace: exampleWorkspace, report: reportOptions("technical") });
    expect(compiled.queries.some((q) => q.sql.includes("rec_ms"))).toBe(false);
    const withColumn = compileReportQueries({ dialect: "duckdb", table: { table: "m" }, workspace: exampleWorkspace, report: reportOptions("technical") });
    expect(withColumn.queries.filter((q) => q.sql.includes("rec_ms")).length).toBe(withColumn.queries.length - 1); // all but the count query
    expect(effectiveSql("duckdb", { table: "m", columns: { recordedAt: null } }, exampleWorkspace.kpis, 0).sql.includes("rec_ms")).toBe(false);
  });
});

describe("aggregatesFromRows", () => {
  it("matches the documented example", () => {
    const workspace = parseWorkspace(readFileSync(join(root, "examples", "workspace.json"), "utf8"));
    const compiled = compileReportQueries({ dialect: "duckdb", table: { table: "measurements" }, workspace,
      report: { audience: "public", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" } });
    const aggregates = aggregatesFromRows(compiled.queries.map((q) => (q.role === "count" ? [{ records: 0, other_kpis: 0 }] : [])), compiled, "duckdb");
    expect([aggregates.groups.length, aggregates.measurementCount, aggregates.engine]).toEqual([0, 0, "duckdb"]);
  });

  it("refuses rows that do not answer their query, naming the query and the row", () => {
    const compiled = compileReportQueries({ dialect: "postgres", table: { table: "m" }, workspace: exampleWorkspace, report: reportOptions("management") });
    const empty = compiled.queries.map((q) => (q.role === "count" ? [{ records: 3, other_kpis: 0 }] : []));
    expect(() => aggregatesFromRows(empty.slice(1), compiled)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [] }));
    const series = compiled.queries.findIndex((q) => q.role === "series");
    const stranger = empty.map((rows, q) => (q === series ? [{ kpi_id: "x", subject_id: "atlantis", records: 1, last_at: 0 }] : rows));
    expect(() => aggregatesFromRows(stranger, compiled)).toThrowError(expect.objectContaining({ code: "unknown_reference", path: [series, 0, "subject_id"] }));
    const quality = compiled.queries.findIndex((q) => q.role === "quality");
    const broken = empty.map((rows, q) => (q === quality ? [{ kpi_id: "x", subject_id: "y", period: "2026-03", records: "many" }] : rows));
    expect(() => aggregatesFromRows(broken, compiled)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [quality, 0, "records"] }));
    const count = compiled.queries.findIndex((q) => q.role === "count");
    const others = empty.map((rows, q) => (q === count ? [{ records: 3, other_kpis: 2 }] : rows));
    expect(() => aggregatesFromRows(others, compiled)).toThrowError(expect.objectContaining({ code: "unknown_reference", path: [count, 0, "other_kpis"] }));
    // Results as columns: the same paths, and columns of different lengths named.
    expect(() => aggregatesFromRows(broken.map(columnsOf), compiled)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [quality, 0, "records"] }));
    const uneven = empty.map((rows, q) => (q === count ? { records: [3, 4], other_kpis: [0] } : columnsOf(rows)));
    expect(() => aggregatesFromRows(uneven, compiled)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [count, "other_kpis"] }));
    expect(() => aggregatesFromRows(empty.map((rows, q) => (q === count ? "3" : rows)) as never, compiled)).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [] }),
    );
  });
});

describe("qualitySql", () => {
  it("matches the documented example", () => {
    const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum", validRange: { min: 0 } } as const;
    const q = qualitySql({ dialect: "duckdb", table: { table: "m", corrections: false }, kpis: [kpi], grain: "month", start: 0, end: 1 });
    expect([q.sql.includes("out_of_range"), q.params]).toEqual([true, ["UTC", "k", 0, 1, "k", 1, 0]]);
  });
});

const records = exampleMeasurements.map(loadRecordOf);

for (const { name, open } of testedEngines()) {
  describe(`compileReportQueries on ${name}`, () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await open();
      await engine.load("measurements", records);
    }, 120_000);
    afterAll(async () => {
      await engine.close();
    });

    for (const audience of ["management", "technical", "public"] as const) {
      it(`gives the in-memory report of the example municipality for ${audience}`, async () => {
        const compiled = compileReportQueries({ dialect: name, table: { table: "measurements", instants: "epoch_ms" }, workspace: exampleWorkspace, report: reportOptions(audience) });
        const rows = [];
        for (const q of compiled.queries) rows.push(await engine.query(q.sql, q.params));
        const aggregates = aggregatesFromRows(rows, compiled);
        expect(aggregates.measurementCount).toBe(exampleMeasurements.length);
        const report = buildReport(exampleWorkspace, aggregates, reportOptions(audience));
        expect(report.provenance.engine).toBe(name);
        expectSameReport(report, buildReport(exampleWorkspace, exampleMeasurements, reportOptions(audience)));
      }, 120_000);
    }

    it("counts no duplicates among a survey's answers at one instant, as assessDataQuality", async () => {
      const options = reportOptions("technical");
      const compiled = compileReportQueries({ dialect: name, table: { table: "measurements", instants: "epoch_ms" }, workspace: exampleWorkspace, report: options });
      const rows = [];
      for (const q of compiled.queries) rows.push(await engine.query(q.sql, q.params));
      const surveys = new Set(exampleWorkspace.kpis.filter((k) => k.measure.kind === "survey").map((k) => k.id as string));
      const tallies = aggregatesFromRows(rows, compiled).quality.filter((q) => surveys.has(q.kpiId));
      // The example's survey answers come several to an instant, so their tallies would count duplicates otherwise.
      const answers = exampleMeasurements.filter((m) => surveys.has(m.kpiId));
      expect(new Set(answers.map((m) => `${m.kpiId} ${m.subjectId} ${m.at}`)).size).toBeLessThan(answers.length);
      expect(tallies.length).toBeGreaterThan(0);
      expect(tallies.filter((q) => q.duplicates !== 0)).toEqual([]);
    }, 120_000);

    it("gives the report of a table without a recordedAt column as of records without recordedAt", async () => {
      // The column is there under another name, and the table says it has none: every record is known from the start.
      await engine.load("unrecorded", records, { columns: { recordedAt: "unused" } });
      const options = reportOptions("technical");
      const compiled = compileReportQueries({ dialect: name, table: { table: "unrecorded", columns: { recordedAt: null }, instants: "epoch_ms" }, workspace: exampleWorkspace, report: options });
      const rows = [];
      for (const q of compiled.queries) rows.push(await engine.query(q.sql, q.params));
      const unrecorded = exampleMeasurements.map(({ recordedAt: _, ...m }) => m);
      expectSameReport(buildReport(exampleWorkspace, aggregatesFromRows(rows, compiled), options), buildReport(exampleWorkspace, unrecorded, options));
    }, 120_000);

    it("keeps a hostile table name and hostile column names inside the report's queries", async () => {
      // Quotes, backslashes before quotes, a statement separator, comment markers and Unicode in the names.
      const table = `m"; DROP TABLE measurements; --`;
      const columns = { id: "id'--", kpiId: `kpi'); DROP TABLE measurements; --`, subjectId: 'sub"ject /* x */', at: "ät ⏱", value: 'value\\" OR 1=1; SELECT 1 --', supersedes: "sup\\'" } as const;
      const some = exampleMeasurements.slice(0, 3000);
      await engine.load(table, some.map(loadRecordOf), { columns });
      const options = reportOptions("technical");
      const compiled = compileReportQueries({ dialect: name, table: { table, columns, instants: "epoch_ms" }, workspace: exampleWorkspace, report: options });
      const rows = [];
      for (const q of compiled.queries) rows.push(await engine.query(q.sql, q.params));
      expectSameReport(buildReport(exampleWorkspace, aggregatesFromRows(rows, compiled), options), buildReport(exampleWorkspace, some, options));
      // The other table is still there, whole.
      expect(Number((await engine.query("SELECT COUNT(*) AS n FROM measurements", []))[0]!["n"])).toBe(exampleMeasurements.length);
    }, 120_000);
  });
}

describe("effectiveSql", () => {
  it("matches the documented example", () => {
    const q = effectiveSql("duckdb", { table: "m" }, [{ id: "k", measure: { kind: "value" }, aggregation: "sum" }], 10);
    // Parameters: the KPI, asKnownAt (10), and the range from the earliest Date to asOf + 1.
    expect([q.sql.startsWith("WITH src AS"), q.params]).toEqual([true, ["k", 10, -8640000000000000, 11]]);
  });
});
