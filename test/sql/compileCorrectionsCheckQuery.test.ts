import { describe, expect, it } from "vitest";
import { compileCorrectionsCheckQuery } from "../../src/sql/compileCorrectionsCheckQuery.js";
import { kpiErrorCodeOf as errorOf } from "../kpiErrorOf.js";


describe("compileCorrectionsCheckQuery", () => {
  it("matches the documented example", () => {
    const query = compileCorrectionsCheckQuery({ dialect: "postgres", table: { table: "measurements" }, limit: 10 });
    expect([query.params, query.sql.startsWith("WITH RECURSIVE")]).toEqual([[10], true]);
  });

  it("refuses an unknown dialect, a bad limit, a table without name or FROM item, and a missing id column", () => {
    expect(errorOf(() => compileCorrectionsCheckQuery({ dialect: "oracle" as never, table: { table: "m" } }))).toEqual({ code: "invalid_argument", path: ["dialect"] });
    expect(errorOf(() => compileCorrectionsCheckQuery({ dialect: "duckdb", table: { table: "m" }, limit: 0 }))).toEqual({ code: "invalid_argument", path: ["limit"] });
    expect(errorOf(() => compileCorrectionsCheckQuery({ dialect: "duckdb", table: {} }))).toEqual({ code: "invalid_argument", path: ["table"] });
    expect(errorOf(() => compileCorrectionsCheckQuery({ dialect: "duckdb", table: { table: "m", columns: { id: null } } }))).toEqual({
      code: "invalid_argument",
      path: ["table", "columns", "id"],
    });
  });
});
