import { fc, test } from "@fast-check/vitest";
import { describe } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { buildReport } from "../../src/report/buildReport.js";
import { aggregatesFromRows } from "../../src/sql/aggregatesFromRows.js";
import { compileReportQueries } from "../../src/sql/compileReportQueries.js";
import { build, options, specArb, workspace, type Raw } from "../model/brokenBatches.js";
import { expectSameReport } from "./sameReport.js";
import { KPI_OF_KIND } from "../model/measureKinds.js";
import { testedEngines, useEngine, loadRecordOf } from "./engines.js";

// Issue 13: a report built from the engine's aggregates is the report built from the records — on generated tables
// with every measure kind, chains of corrections recorded later, duplicates, and an asOf that cuts chains and periods.

for (const { name, open } of testedEngines()) {
  describe(`compileReportQueries on ${name}`, { timeout: 120_000 }, () => {
    const db = useEngine(open);

    test.prop(
      [
        fc.array(specArb, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom("management", "technical"),
        fc.constantFrom("2026-06-01T00:00:00Z", "2026-03-20T12:00:00Z", "2026-04-09T00:00:00Z"),
        fc.constantFrom("2026-03", "2026-Q1"),
      ],
      { numRuns: name === "clickhouse" ? 6 : 12 },
    )("gives the records' report from the engine's aggregates", async (specs, copies, audience, asOf, period) => {
      // Each record `copies` times under new ids: duplicates; a copy whose numbers differ makes them disagree.
      const raw: Raw[] = [];
      for (let c = 0; c < copies; c++) {
        build(specs).forEach((r, k) => {
          const copy: Raw = { ...r, id: `${String(r["id"])}~${c}` };
          if (typeof r["supersedes"] === "string") copy["supersedes"] = `${r["supersedes"]}~${c}`;
          if (c === 1 && typeof copy["value"] === "number" && k % 2 === 0 && copy["kpiId"] !== KPI_OF_KIND.survey) copy["value"] = Math.round(copy["value"] as number) + 1;
          raw.push(copy);
        });
      }
      const records = parseMeasurements(raw, workspace) as Measurement[];
      const table = db.nextTable();
      await db.engine.load(
        table,
        records.map(loadRecordOf),
      );
      const reportOptions = { ...options, audience, asOf, period };
      const compiled = compileReportQueries({ dialect: name, table: { table, instants: "epoch_ms" }, workspace, report: reportOptions });
      const rows = [];
      for (const q of compiled.queries) rows.push(await db.engine.query(q.sql, q.params));
      const fromEngine = buildReport(workspace, aggregatesFromRows(rows, compiled), reportOptions);
      expectSameReport(fromEngine, buildReport(workspace, records, reportOptions));
      // The results as columns, as the driver gives them, give the same report (the rows come in the engine's
      // order, which may differ from one run of a query to the next).
      const columns = [];
      for (const q of compiled.queries) columns.push(await db.engine.columns(q.sql, q.params));
      expectSameReport(buildReport(workspace, aggregatesFromRows(columns, compiled), reportOptions), fromEngine);
    });
  });
}
