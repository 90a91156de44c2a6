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

  it("reads an empty set of queries when compiled is a plain object with queries and a plan", () => {
    const aggregates = aggregatesFromRows([], { dialect: "duckdb", queries: [], plan: { subjectIds: [] } } as never);
    expect([aggregates.groups.length, aggregates.measurementCount, aggregates.engine]).toEqual([0, 0, "duckdb"]);
  });
});
