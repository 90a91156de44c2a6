import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { parseWorkspace } from "../../src/model/workspace.js";
import { measurementFromRow } from "../../src/sql/measurementFromRow.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const NDJSON = "examples/measurements.ndjson";
const workspace = parseWorkspace(readFileSync("examples/workspace.json", "utf8"));

describe("measurementFromRow", () => {
  it("matches the documented example", () => {
    const row = { id: "m1", kpi_id: "permits", subjectId: "svc", at: 1772445600000n, value: null, numerator: "42", denominator: 50, weight: null, status: null, loaded_by: "etl" };
    expect(measurementFromRow(row, { kpiId: "kpi_id" })).toEqual({ id: "m1", kpiId: "permits", subjectId: "svc", at: 1772445600000, numerator: 42, denominator: 50 });
  });

  it("reads DuckDB's rows of the example municipality's table (NULLs, timestamps, BIGINT instants) into the records of the file", { timeout: 60_000 }, async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      // Every field a column (NULL where a record has none), instants as TIMESTAMPTZ; a copy with `at` as epoch ms (BIGINT).
      const text = ["id", "kpiId", "subjectId", "at", "source", "collection", "status", "recordedAt", "supersedes"].map((c) => `'${c}': 'VARCHAR'`);
      const numbers = ["value", "numerator", "denominator", "weight"].map((c) => `'${c}': 'DOUBLE'`);
      await connection.run(`CREATE TABLE raw AS SELECT * FROM read_json('${NDJSON}', format = 'newline_delimited', columns = {${[...text, ...numbers].join(", ")}})`);
      await connection.run(`CREATE TABLE m AS SELECT * REPLACE (CAST("at" AS TIMESTAMPTZ) AS "at", CAST("recordedAt" AS TIMESTAMPTZ) AS "recordedAt") FROM raw`);
      const rows = (await connection.runAndReadAll("SELECT * FROM m ORDER BY id")).getRowObjectsJS();
      const epoch = (await connection.runAndReadAll(`SELECT * EXCLUDE ("at"), epoch_ms("at") AS at_ms FROM m ORDER BY id`)).getRowObjectsJS();
      expect(rows.some((r) => r["weight"] === null) && rows.some((r) => r["value"] === null) && typeof epoch[0]!["at_ms"]).toBe("bigint");
      const expected = parseMeasurements(readFileSync(NDJSON, "utf8").trim().split("\n").map((line) => JSON.parse(line) as unknown), workspace).sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
      expect(parseMeasurements(rows.map((r) => measurementFromRow(r)), workspace)).toEqual(expected);
      expect(parseMeasurements(epoch.map((r) => measurementFromRow(r, { at: "at_ms" })), workspace)).toEqual(expected);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("keeps a NULL value with weight 0 (reported, no responses) and drops it otherwise; numbers as text or bigint become numbers", () => {
    const base = { id: "m", kpiId: "k", subjectId: "s", at: "2026-03-02T10:00:00Z" };
    expect(measurementFromRow({ ...base, value: null, weight: 0n })).toEqual({ ...base, value: null, weight: 0 });
    expect(measurementFromRow({ ...base, value: null, weight: "0" })).toEqual({ ...base, value: null, weight: 0 });
    expect(measurementFromRow({ ...base, value: null, numerator: 1, denominator: "2.50", weight: 2 })).toEqual({ ...base, numerator: 1, denominator: 2.5, weight: 2 });
    // Text that is not a number, and a bigint past 2^53, are left for the parser to refuse (naming the field).
    expect(measurementFromRow({ ...base, value: "n/a" })).toEqual({ ...base, value: "n/a" });
    expect(measurementFromRow({ ...base, value: 2n ** 60n })).toEqual({ ...base, value: 2n ** 60n });
    // Text in an instant column stays text (ISO-8601): a bigint there becomes epoch ms.
    expect(measurementFromRow({ ...base, recordedAt: 1772445600000n })).toEqual({ ...base, recordedAt: 1772445600000 });
  });

  it("refuses a row that is not an object, and columns that name no field or a column the row lacks, with the path", () => {
    expect(kpiErrorOf(() => measurementFromRow(null as never))).toMatchObject({ code: "invalid_argument", path: [] });
    expect(kpiErrorOf(() => measurementFromRow([1] as never))).toMatchObject({ code: "invalid_argument", path: [] });
    expect(kpiErrorOf(() => measurementFromRow({ id: "m" }, ["id"] as never))).toMatchObject({ code: "invalid_argument", path: ["columns"] });
    expect(kpiErrorOf(() => measurementFromRow({ id: "m" }, { wieght: "w" } as never))).toMatchObject({ code: "invalid_argument", path: ["columns", "wieght"] });
    expect(kpiErrorOf(() => measurementFromRow({ id: "m", kpi: "k" }, { kpiId: "kpi_id" }))).toMatchObject({
      code: "invalid_argument",
      path: ["columns", "kpiId"],
      message: 'measurementFromRow: columns.kpiId: the row has no column "kpi_id"',
    });
  });
});
