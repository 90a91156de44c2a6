import { describe, expect, it } from "vitest";
import { requireObject } from "../../src/internal/requireObject.js";
import { kpiErrorCodeOf, kpiErrorOf } from "../kpiErrorOf.js";
import { buildReport } from "../../src/report/buildReport.js";
import { planReport } from "../../src/report/planReport.js";
import { compilePartialsQuery } from "../../src/sql/compilePartialsQuery.js";
import { compileQuantilesQuery } from "../../src/sql/compileQuantilesQuery.js";
import { compileReportQueries } from "../../src/sql/compileReportQueries.js";
import { compileCorrectionsCheckQuery } from "../../src/sql/compileCorrectionsCheckQuery.js";
import { compileValuesCheckQuery } from "../../src/sql/compileValuesCheckQuery.js";
import { partialsFromRows } from "../../src/sql/partialsFromRows.js";
import { quantilesFromRows } from "../../src/sql/quantilesFromRows.js";
import { aggregatesFromRows } from "../../src/sql/aggregatesFromRows.js";
import { cumulativeToDate } from "../../src/aggregate/cumulativeToDate.js";
import { scoreAttainment } from "../../src/score/scoreAttainment.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";

describe("requireObject", () => {
  it("matches the documented example", () => {
    expect(kpiErrorOf(() => requireObject(undefined, "buildReport", "options"))?.message).toBe("buildReport: options must be an object, not undefined");
  });

  it("takes any object, arrays included, and names null and the type of anything else", () => {
    expect(() => requireObject({}, "f", "x")).not.toThrow();
    expect(() => requireObject([], "f", "x")).not.toThrow();
    expect(kpiErrorOf(() => requireObject(null, "f", "x", ["x"]))).toEqual({ code: "invalid_argument", path: ["x"], message: "f: x must be an object, not null" });
    expect(kpiErrorOf(() => requireObject(3, "f", "x"))?.message).toBe("f: x must be an object, not number");
  });
});

// Called from JavaScript without the object argument the types require: a KpiError naming the function and the
// argument, not a TypeError from inside.
describe("the public functions that read an options object refuse a missing one", () => {
  const cases: [string, () => unknown, string, unknown][] = [
    ["buildReport", () => buildReport({} as never, [], undefined as never), "buildReport: options must be an object", ["options"]],
    ["buildReport's workspace", () => buildReport(undefined as never, [], {} as never), "buildReport: workspace must be an object", ["workspace"]],
    ["planReport", () => planReport({} as never, null as never), "planReport: options must be an object", ["options"]],
    ["compilePartialsQuery", () => compilePartialsQuery(undefined as never), "compilePartialsQuery: options must be an object", []],
    ["compileQuantilesQuery", () => compileQuantilesQuery(undefined as never), "compileQuantilesQuery: options must be an object", []],
    ["compileReportQueries", () => compileReportQueries(undefined as never), "compileReportQueries: options must be an object", []],
    ["compileCorrectionsCheckQuery", () => compileCorrectionsCheckQuery(undefined as never), "compileCorrectionsCheckQuery: options must be an object", []],
    ["compileValuesCheckQuery", () => compileValuesCheckQuery(undefined as never), "compileValuesCheckQuery: options must be an object", []],
    ["partialsFromRows", () => partialsFromRows([], undefined as never), "partialsFromRows: query must be an object", []],
    ["quantilesFromRows", () => quantilesFromRows([], undefined as never), "quantilesFromRows: query must be an object", []],
    ["aggregatesFromRows", () => aggregatesFromRows([], undefined as never), "aggregatesFromRows: compiled must be an object", []],
    ["cumulativeToDate", () => cumulativeToDate([], "2026-03", undefined as never), "cumulativeToDate: options must be an object", []],
    ["scoreAttainment", () => scoreAttainment(1, undefined as never), "scoreAttainment: target must be an object", ["target"]],
    ["parseMeasurements", () => parseMeasurements([], undefined as never), "parseMeasurements: workspace (its kpis and scopes) must be an object", ["workspace"]],
    // An object without the fields the function reads first.
    ["parseMeasurements with {}", () => parseMeasurements([], {} as never), "parseMeasurements: workspace must have kpis and scopes arrays", ["workspace"]],
    ["partialsFromRows with {}", () => partialsFromRows([], {} as never), "partialsFromRows: query must be what compilePartialsQuery returned", []],
    ["quantilesFromRows with {}", () => quantilesFromRows([], {} as never), "quantilesFromRows: query must be what compileQuantilesQuery returned", []],
  ];
  it.each(cases)("%s", (_name, call, message, path) => {
    expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message: expect.stringContaining(message) });
    expect(kpiErrorCodeOf(call)?.code).toBe("invalid_argument");
  });
});
