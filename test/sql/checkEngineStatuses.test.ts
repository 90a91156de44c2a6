import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import type { RunQuery } from "../../src/cli/engineRecordName.js";
import { checkEngineStatuses } from "../../src/cli/checkEngineStatuses.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

// In test/sql with the engines (DuckDB is a native module, run in the sql project's forked workers).
describe("checkEngineStatuses", () => {
  async function statusRefusal(rows: string, columns: object = {}): Promise<string | null> {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run(`CREATE TABLE measurements AS SELECT * FROM (VALUES ${rows}) AS v(id, status)`);
    const run: RunQuery = async (sql, params) => (await connection.runAndReadAll(sql, [...params])).getRowObjectsJS();
    try {
      await checkEngineStatuses(run, "duckdb", { table: "measurements", columns }, "m.csv", "");
      return null;
    } catch (error) {
      return kpiErrorOf(() => {
        throw error;
      })!.message;
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }

  it("matches the documented example", async () => {
    expect(await statusRefusal("('m1', 'final')")).toBe('m.csv: record "m1": status "final" must be normal, provisional, estimated or revised');
  });

  it("passes the four statuses and none, and a table without a status column", async () => {
    expect(await statusRefusal("('a', 'normal'), ('b', 'provisional'), ('c', 'estimated'), ('d', 'revised'), ('e', NULL)")).toBeNull();
    expect(await statusRefusal("('a', 'final')", { status: null })).toBeNull();
    // Five good statuses and a sixth: the distinct statuses read (at most six) still hold the bad one.
    expect(await statusRefusal("('a', 'normal'), ('b', 'provisional'), ('c', 'estimated'), ('d', 'revised'), ('e', NULL), ('f', 'Normal')")).toBe(
      'm.csv: record "f": status "Normal" must be normal, provisional, estimated or revised',
    );
  });
});
