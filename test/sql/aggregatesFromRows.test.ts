// aggregatesFromRows given a compiled object that is not what compileReportQueries returned: plain objects, no
// database engine.
import { describe, expect, it } from "vitest";
import { aggregatesFromRows } from "../../src/sql/aggregatesFromRows.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("aggregatesFromRows", () => {
  it("throws invalid_argument when compiled is missing or lacks its queries and plan", () => {
    const notCompiled = { code: "invalid_argument", path: [], message: "aggregatesFromRows: compiled must be what compileReportQueries returned ({ queries, plan })" };
    const cases: [() => unknown, unknown][] = [
      [() => aggregatesFromRows([], undefined as never), { code: "invalid_argument", path: [], message: "aggregatesFromRows: compiled must be an object, not undefined" }],
      [() => aggregatesFromRows([], {} as never), notCompiled],
      [() => aggregatesFromRows({} as never, {} as never), notCompiled],
      [() => aggregatesFromRows([], { queries: [], plan: {} } as never), notCompiled],
      [() => aggregatesFromRows([], { queries: {}, plan: { subjectIds: [] } } as never), notCompiled],
      [() => aggregatesFromRows([[]], { queries: [null], plan: { subjectIds: [] } } as never), notCompiled],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });

  it("says that the count query returned no row, naming the function once", () => {
    const compiled = { dialect: "duckdb", queries: [{ role: "count" }], plan: { subjectIds: [] } } as never;
    expect(kpiErrorOf(() => aggregatesFromRows([[]], compiled))).toEqual({
      code: "invalid_input",
      path: [0],
      message: "aggregatesFromRows: query 0 (count): the count query returned no row (it returns one: records, other_kpis)",
    });
    expect(kpiErrorOf(() => aggregatesFromRows([{ records: [], other_kpis: [] }], compiled))?.path).toEqual([0]);
  });

  it("names the function once in the message of a malformed row", () => {
    const compiled = { dialect: "duckdb", queries: [{ role: "quality" }, { role: "count" }], plan: { subjectIds: [] } } as never;
    expect(kpiErrorOf(() => aggregatesFromRows([[], [{ records: "many", other_kpis: 0 }]], compiled))).toEqual({
      code: "invalid_input",
      path: [1, 0, "records"],
      message: "aggregatesFromRows: query 1 (count): row 0: records must be a finite number",
    });
    expect(kpiErrorOf(() => aggregatesFromRows([[{ kpi_id: "k" }], [{ records: 1, other_kpis: 0 }]], compiled))?.message).toBe(
      "aggregatesFromRows: query 0 (quality): row 0: subject_id must be text",
    );
  });

  it("reads an empty set of queries when compiled is a plain object with queries and a plan", () => {
    const aggregates = aggregatesFromRows([], { dialect: "duckdb", queries: [], plan: { subjectIds: [] } } as never);
    expect([aggregates.groups.length, aggregates.measurementCount, aggregates.engine]).toEqual([0, 0, "duckdb"]);
  });
});
