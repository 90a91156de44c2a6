import { describe, expect, it } from "vitest";
import { compileValuesCheckQuery } from "../../src/sql/compileValuesCheckQuery.js";
import { tableCheckSql } from "../../src/sql/_lib/tableCheckSql.js";
import { nullableTypes } from "../../src/sql/_lib/nullableTypes.js";
import { idRefusedSql } from "../../src/sql/_lib/idRefusedSql.js";
import { kpiErrorCodeOf as errorOf } from "../kpiErrorOf.js";

describe("compileValuesCheckQuery", () => {
  it("matches the documented example", () => {
    const query = compileValuesCheckQuery({ dialect: "duckdb", table: { table: "measurements", columns: { weight: null } }, limit: 5 });
    expect([query.params, query.sql.includes('"weight"'), query.sql.includes("isfinite")]).toEqual([[5], false, true]);
  });

  it("refuses an unknown dialect, a bad limit and a table without name or FROM item", () => {
    expect(errorOf(() => compileValuesCheckQuery({ dialect: "oracle" as never, table: { table: "m" } }))).toEqual({ code: "invalid_argument", path: ["dialect"] });
    expect(errorOf(() => compileValuesCheckQuery({ dialect: "duckdb", table: { table: "m" }, limit: 1.5 }))).toEqual({ code: "invalid_argument", path: ["limit"] });
    expect(errorOf(() => compileValuesCheckQuery({ dialect: "postgres", table: {} }))).toEqual({ code: "invalid_argument", path: ["table"] });
  });

  it("refuses kpis that are not KPIs with an id and a measure, and kpis with a table without its kpiId column", () => {
    expect(errorOf(() => compileValuesCheckQuery({ dialect: "duckdb", table: { table: "m" }, kpis: {} as never }))).toEqual({ code: "invalid_argument", path: ["kpis"] });
    expect(errorOf(() => compileValuesCheckQuery({ dialect: "duckdb", table: { table: "m" }, kpis: [{ id: "k" }] as never }))).toEqual({ code: "invalid_argument", path: ["kpis"] });
    expect(errorOf(() => compileValuesCheckQuery({ dialect: "duckdb", table: { table: "m", columns: { kpiId: null } }, kpis: [{ id: "k", measure: { kind: "value" } }] as never }))).toEqual({
      code: "invalid_argument",
      path: ["table", "columns", "kpiId"],
    });
  });

  it("binds the KPI ids and a survey's scale after the limit", () => {
    const query = compileValuesCheckQuery({ dialect: "postgres", table: { table: "m" }, limit: 3, kpis: [{ id: "s", measure: { kind: "survey", scaleMin: 1, scaleMax: 7 } }] as never });
    expect(query.params[0]).toBe(3);
    expect(query.params).toEqual(expect.arrayContaining(["s", 1, 7]));
    expect(query.sql).not.toContain("'s'");
  });

  it("binds its limit as its one parameter, default 100", () => {
    for (const dialect of ["duckdb", "postgres", "clickhouse"] as const) {
      const query = compileValuesCheckQuery({ dialect, table: { table: "m" } });
      expect(query.params).toEqual([100]);
      expect(query.sql).toContain(dialect === "clickhouse" ? "{p1:UInt32}" : "$1");
    }
  });
});

describe("tableCheckSql", () => {
  it("matches the documented example", () => {
    expect(tableCheckSql({ dialect: "postgres", table: { table: "m" } }, "f")).toEqual({ from: '"m"', limit: 100, limitSql: "CAST($1 AS INTEGER)" });
  });
});

describe("nullableTypes", () => {
  it("matches the documented example", () => {
    expect([nullableTypes("postgres"), nullableTypes("clickhouse")]).toEqual([
      ["TEXT", "DOUBLE PRECISION"],
      ["Nullable(String)", "Nullable(Float64)"],
    ]);
  });
});

describe("idRefusedSql", () => {
  it("matches the documented example", () => {
    expect(idRefusedSql("postgres", "id").startsWith("(id IS NULL OR id = '' OR char_length(id) > 200 OR id ~ '[\\x01-\\x1f\\x7f]|^[")).toBe(true);
  });

  it("doubles ClickHouse's backslashes, which its string literals read as escapes, and only there", () => {
    expect(idRefusedSql("duckdb", "x")).toContain("regexp_matches(x, '[\\x00-\\x1f\\x7f]|^[ \\x{00a0}");
    expect(idRefusedSql("clickhouse", "x")).toContain("match(x, '[\\\\x00-\\\\x1f\\\\x7f]|^[ \\\\x{00a0}");
  });
});
