import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { engineRecordName, type RunQuery } from "../../src/cli/engineRecordName.js";

// In test/sql with the engines (DuckDB is a native module, run in the sql project's forked workers).
describe("engineRecordName", () => {
  it("matches the documented example, and names a record without id, or one with a NULL field", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(`CREATE TABLE measurements AS SELECT * FROM (VALUES ('m1', 'final', 'k'), (NULL, 'odd', 'k'), ('m3', NULL, NULL)) AS v(id, status, "kpiId")`);
    const run: RunQuery = async (sql, params) => (await connection.runAndReadAll(sql, [...params])).getRowObjectsJS();
    const table = { table: "measurements" };
    expect(await engineRecordName(run, "duckdb", table, [["status", "final"]])).toBe('record "m1"');
    expect(await engineRecordName(run, "duckdb", table, [["status", "odd"], ["kpiId", "k"]])).toBe("a record");
    expect(await engineRecordName(run, "duckdb", table, [["status", null], ["kpiId", null]])).toBe('record "m3"');
    connection.closeSync();
    instance.closeSync();
  });
});
