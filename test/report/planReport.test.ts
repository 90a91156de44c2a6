import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseWorkspace } from "../../src/model/workspace.js";
import { buildReport } from "../../src/report/buildReport.js";
import { planReport } from "../../src/report/planReport.js";
import type { Report } from "../../src/report/reportModel.js";
import { aggregatesOf } from "./aggregatesOf.js";
import { exampleMeasurements, exampleOutages, exampleTickets, exampleWorkspace } from "./exampleMunicipality.js";
import { fixtureAsOf, fixtureMeasurements, fixtureOutages, fixtureWorkspace } from "./fixture.js";

// The report from aggregates, with the provenance fields that name the input taken out: the rest must be the
// records' report, byte for byte.
const comparable = (report: Report) => {
  const { engine, measurementsDigest, ...provenance } = report.provenance;
  void engine;
  void measurementsDigest;
  return { ...report, provenance };
};

describe("planReport", () => {
  it("matches the documented example", () => {
    const workspace = parseWorkspace(readFileSync(join(import.meta.dirname, "..", "..", "examples", "workspace.json"), "utf8"));
    const plan = planReport(workspace, { audience: "management", scope: "ezerkrasts", period: "2026-03",
      asOf: "2026-04-05T12:00:00+03:00", locale: "en" });
    // By hand: 13 KPIs measured monthly or more often have monthly series, April 2025 – March 2026 (Riga, UTC+3 on
    // 1 April 2025); the quarterly one has twelve quarters, 2023-Q2 – 2026-Q1.
    expect(plan.series.map((r) => [r.grain, r.kpiIds.length, new Date(r.start).toISOString()])).toEqual([["month", 13, "2025-03-31T21:00:00.000Z"], ["quarter", 1, "2023-03-31T21:00:00.000Z"]]);
    // The series end with March (before asOf); quality at each KPI's own grain, from April 2025 to March 2026.
    expect(plan.series.map((r) => new Date(r.end).toISOString())).toEqual(["2026-03-31T21:00:00.000Z", "2026-03-31T21:00:00.000Z"]);
    expect(plan.quality.map((r) => [r.grain, r.kpiIds.length, new Date(r.start).toISOString(), new Date(r.end).toISOString()]).sort()).toEqual([
      ["day", 4, "2025-03-31T21:00:00.000Z", "2026-03-31T21:00:00.000Z"],
      ["month", 8, "2025-03-31T21:00:00.000Z", "2026-03-31T21:00:00.000Z"],
      ["quarter", 1, "2025-03-31T21:00:00.000Z", "2026-03-31T21:00:00.000Z"],
      // ISO weeks: the week of 1 April 2025 starts on Monday 31 March; the week of 31 March 2026 ends on Sunday 5 April.
      ["week", 1, "2025-03-30T21:00:00.000Z", "2026-04-05T09:00:00.001Z"],
    ]);
    expect(planReport(workspace, { audience: "public", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" }).quality).toEqual([]);
  });

  it("cuts the ranges at asOf + 1 and leaves out a range that would start after it", () => {
    const workspace = parseWorkspace(readFileSync(join(import.meta.dirname, "..", "..", "examples", "workspace.json"), "utf8"));
    const asOf = Date.parse("2026-03-20T00:00:00Z");
    const plan = planReport(workspace, { audience: "technical", scope: "ezerkrasts", period: "2026-03", asOf, locale: "en", seriesPeriods: 1 });
    expect(plan.series.map((r) => [r.grain, new Date(r.start).toISOString(), r.end - asOf])).toEqual([["month", "2026-02-28T22:00:00.000Z", 1], ["quarter", "2025-12-31T22:00:00.000Z", 1]]);
    // April 2026 and 2026-Q2 both start after asOf: nothing to aggregate.
    expect(planReport(workspace, { audience: "technical", scope: "ezerkrasts", period: "2026-04", asOf, locale: "en", seriesPeriods: 1 }).series).toEqual([]);
  });

  it("refuses bad options as buildReport does, naming planReport", () => {
    expect(() => planReport(exampleWorkspace, { audience: "management", scope: "nowhere", period: "2026-03", asOf: 0, locale: "en" })).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["options", "scope"], message: expect.stringContaining("planReport") }),
    );
  });
});

describe("buildReport from report aggregates", () => {
  for (const audience of ["management", "technical", "public"] as const) {
    it(`gives the records' report for ${audience} on the example municipality, with the engine named`, () => {
      const options = { audience, scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en", outages: exampleOutages, tickets: exampleTickets } as const;
      const fromRecords = buildReport(exampleWorkspace, exampleMeasurements, options);
      const fromAggregates = buildReport(exampleWorkspace, aggregatesOf(exampleWorkspace, exampleMeasurements, options, "duckdb"), options);
      expect(fromAggregates.provenance.engine).toBe("duckdb");
      expect(fromAggregates.provenance.measurementsDigest).toBeNull();
      expect("engine" in fromRecords.provenance).toBe(false);
      expect(comparable(fromAggregates)).toEqual(comparable(fromRecords));
    });
  }

  it("gives the records' report on the fixture (corrections known later, provisional data, partial periods)", () => {
    for (const period of ["2026-03", "2026-Q1", "2026-02"]) {
      const options = { audience: "technical", scope: "town", period, asOf: fixtureAsOf, locale: "lv", outages: fixtureOutages } as const;
      const fromRecords = buildReport(fixtureWorkspace, fixtureMeasurements, options);
      expect(comparable(buildReport(fixtureWorkspace, aggregatesOf(fixtureWorkspace, fixtureMeasurements, options), options))).toEqual(comparable(fromRecords));
    }
  });

  it("refuses aggregates with a field of the wrong type or a KPI or subject the workspace does not have", () => {
    const options = { audience: "management", scope: "town", period: "2026-03", asOf: fixtureAsOf, locale: "en" } as const;
    const good = aggregatesOf(fixtureWorkspace, fixtureMeasurements, options);
    const cases: [unknown, string, readonly (string | number)[]][] = [
      [{ ...good, engine: "" }, "invalid_argument", ["measurements", "engine"]],
      [{ ...good, groups: {} }, "invalid_argument", ["measurements", "groups"]],
      [{ ...good, groups: [{ ...good.groups[0], kpiId: "nope" }] }, "unknown_reference", ["measurements", "groups", 0, "kpiId"]],
      [{ ...good, groups: [{ ...good.groups[0], partial: { records: -1 } }] }, "invalid_argument", ["measurements", "groups", 0, "partial"]],
      [{ ...good, quality: [{ ...good.quality[0], subjectId: "nowhere" }] }, "unknown_reference", ["measurements", "quality", 0, "subjectId"]],
      [{ ...good, quality: [{ ...good.quality[0], duplicates: 1.5 }] }, "invalid_argument", ["measurements", "quality", 0, "duplicates"]],
      [{ ...good, lastInstants: [{ ...good.lastInstants[0], at: "2026-03-01" }] }, "invalid_argument", ["measurements", "lastInstants", 0, "at"]],
      [{ ...good, measurementCount: 0 }, "invalid_argument", ["measurements", "effectiveMeasurementCount"]],
      [{ ...good, measurementsDigest: "ABC" }, "invalid_argument", ["measurements", "measurementsDigest"]],
    ];
    for (const [input, code, path] of cases) {
      expect(() => buildReport(fixtureWorkspace, input as never, options)).toThrowError(expect.objectContaining({ code, path }));
    }
    expect(() => buildReport(fixtureWorkspace, { kind: "rows" } as never, options)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["measurements"] }));
  });

  it("shows the engine in the provenance table, and a dash for a digest the engine did not compute", async () => {
    const { renderMarkdown } = await import("../../src/report/renderMarkdown.js");
    const options = { audience: "public", scope: "town", period: "2026-03", asOf: fixtureAsOf, locale: "en" } as const;
    const text = renderMarkdown(buildReport(fixtureWorkspace, aggregatesOf(fixtureWorkspace, fixtureMeasurements, options, "postgres"), options));
    expect(text).toContain("| Aggregated by | postgres |");
    expect(text).toContain("| Measurements digest (SHA-256) | — |");
  });
});
