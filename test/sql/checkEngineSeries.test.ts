import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { checkEngineSeries } from "../../src/cli/checkEngineSeries.js";
import type { RunQuery } from "../../src/cli/engineRecordName.js";
import { parseWorkspace } from "../../src/model/workspace.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

// In test/sql with the engines (DuckDB is a native module, run in the sql project's forked workers).
const workspace = parseWorkspace(readFileSync("examples/workspace.json", "utf8"));

async function tableOf(rows: string, withAt: boolean): Promise<{ run: RunQuery; close: () => void }> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  // Every record at one instant, unless the rows give theirs (`withAt`: a fourth value, NULL for none).
  const columns = withAt ? `v(id, "kpiId", "subjectId", "at")` : `v(id, "kpiId", "subjectId")`;
  const at = withAt ? "" : `, TIMESTAMPTZ '2026-03-02 10:00:00+02' AS "at"`;
  await connection.run(`CREATE TABLE measurements AS SELECT *${at} FROM (VALUES ${rows}) AS ${columns}`);
  const run: RunQuery = async (sql, params) => (await connection.runAndReadAll(sql, [...params])).getRowObjectsJS();
  return { run, close: () => (connection.closeSync(), instance.closeSync()) };
}

async function refusal(rows: string, withAt = false): Promise<{ code: string; path: unknown; message: string } | null> {
  const { run, close } = await tableOf(rows, withAt);
  try {
    await checkEngineSeries(run, "duckdb", { table: "measurements" }, workspace, "m.csv", "");
    return null;
  } catch (error) {
    return kpiErrorOf(() => {
      throw error;
    });
  } finally {
    close();
  }
}

describe("checkEngineSeries", () => {
  it("matches the documented example", async () => {
    expect((await refusal("('m1', 'permits-within-legal-deadline', 'res-dms')"))?.message).toBe(
      'm.csv: record "m1": KPI "permits-within-legal-deadline" applies to service and institution scope nodes only; "res-dms" is a resource scope node',
    );
  });

  it("passes the workspace's own pairs, and names an unknown KPI or subject with a record", async () => {
    expect(await refusal("('m1', 'permits-within-legal-deadline', 'svc-building-permits'), ('m2', 'recipient-satisfaction', 'ezerkrasts')")).toBeNull();
    expect(await refusal("('m1', 'permits-within-legal-deadline', 'svc-building-permits'), ('m2', 'nope', 'svc-building-permits')")).toEqual({
      code: "unknown_reference",
      path: ["kpiId"],
      message: 'm.csv: record "m2": KPI "nope" does not exist in the workspace',
    });
    // A record without a subject (or KPI), or without an instant, is refused as missing it.
    expect((await refusal("(NULL, 'permits-within-legal-deadline', NULL)"))?.message).toBe("m.csv: a record: subjectId is missing (a required field)");
    expect(
      await refusal(
        "('m1', 'permits-within-legal-deadline', 'svc-building-permits', TIMESTAMPTZ '2026-03-02 10:00:00+02'), ('m2', 'permits-within-legal-deadline', 'svc-building-permits', NULL)",
        true,
      ),
    ).toEqual({ code: "invalid_input", path: ["at"], message: 'm.csv: record "m2": at is missing (a required field)' });
  });
});
