import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { rollUpScopes } from "../../src/aggregate/rollUpScopes.js";
import type { PartialAggregate } from "../../src/aggregate/partialAggregate.js";
import { compilePartialsQuery } from "../../src/sql/compilePartialsQuery.js";
import { compileQuantilesQuery } from "../../src/sql/compileQuantilesQuery.js";
import { quantilesFromRows } from "../../src/sql/quantilesFromRows.js";
import { partialsFromRows } from "../../src/sql/partialsFromRows.js";
import { periodOf } from "../../src/time/periodOf.js";
import { testedEngines, useEngine } from "./engines.js";
import { expectedGroups, expectSameGroups, GRAINS, instantArb, KPIS, RIGA, tableArb } from "./pushdown.js";

// Issue 13: the very query runs on real engines — an in-memory DuckDB and a PostgreSQL server — and gives, for any
// table of measurements, the partials aggregateRows gives for the records in effect: corrections followed (as known
// at asKnownAt when given), periods local to Europe/Riga with their DST switches, every aggregation kind.

for (const { name, open } of testedEngines()) {
  describe(`compilePartialsQuery on ${name}`, { timeout: 30_000 }, () => {
    const db = useEngine(open);

    test.prop(
      [tableArb, fc.constantFrom(...GRAINS), fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), fc.constantFrom(0, 1, 2)],
      { numRuns: 60 },
    )("gives aggregateRows' partials for the records in effect", async (records, grain, knownDay, range) => {
      const table = db.nextTable();
      await db.engine.load(table, records);
      const asKnownAt = knownDay === undefined ? undefined : Date.UTC(2026, 0, 1) + knownDay * 86_400_000;
      // The whole span of the generated instants, or a range that cuts through it (records and corrections fall on
      // both sides), or one whose ends are off every bucket of epoch time that DuckDB labels (a millisecond past a
      // year's start, and an odd instant of November).
      const [start, end] =
        range === 0
          ? [Date.UTC(2025, 0, 1), Date.UTC(2028, 0, 1)]
          : range === 1
            ? [Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 11, 31, 22)]
            : [Date.UTC(2026, 0, 1, 0, 0, 0, 1), Date.UTC(2026, 10, 15, 13, 17, 42, 5)];
      const query = compilePartialsQuery({ dialect: db.engine.dialect, table: { table, instants: "epoch_ms" }, kpis: KPIS, grain, calendar: RIGA, start, end, asKnownAt });
      const expected = expectedGroups(records, KPIS, grain, start, end, asKnownAt);
      expectSameGroups(partialsFromRows(await db.engine.query(query.sql, query.params), query), expected);
      // The result as columns, as the driver gives them, reads the same.
      expectSameGroups(partialsFromRows(await db.engine.columns(query.sql, query.params), query), expected);
    });

    test.prop([tableArb, fc.constantFrom(...GRAINS), fc.integer({ min: 0, max: 40 })], { numRuns: 20 })(
      "leaves out the records recorded after asKnownAt without corrections too (corrections: false)",
      async (records, grain, knownDay) => {
        // A table without corrections: the generated records, none superseding another.
        const plain = records.map(({ supersedes: _, ...r }) => r);
        const table = db.nextTable();
        await db.engine.load(table, plain);
        const asKnownAt = Date.UTC(2026, 0, 1) + knownDay * 86_400_000;
        const [start, end] = [Date.UTC(2025, 0, 1), Date.UTC(2028, 0, 1)];
        const query = compilePartialsQuery({ dialect: db.engine.dialect, table: { table, instants: "epoch_ms", corrections: false }, kpis: KPIS, grain, calendar: RIGA, start, end, asKnownAt });
        expectSameGroups(partialsFromRows(await db.engine.query(query.sql, query.params), query), expectedGroups(plain, KPIS, grain, start, end, asKnownAt));
      },
    );

    test.prop(
      [tableArb, fc.constantFrom("week", "month", "quarter"), fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), fc.constantFrom("both", "median", "p90")],
      { numRuns: 40 },
    )(
      "computes median and quantile KPIs at every scope node as rollUpScopes' recompute of aggregateRows' values does",
      async (records, grain, knownDay, which) => {
        const table = db.nextTable();
        await db.engine.load(table, records);
        // Both KPIs (two fractions: a filtered column each) or one of them (one fraction: a column without a filter).
        const quantileKpis = KPIS.filter((k) => (k.aggregation === "median" || k.aggregation === "quantile") && (which === "both" || k.id === which));
        const scopes = [
          { id: "lv", parentId: null },
          { id: "i1", parentId: "lv" },
          { id: "i2", parentId: "lv" },
          { id: "a", parentId: "i1" },
          { id: "b", parentId: "i1" },
          { id: "c", parentId: "i2" },
        ];
        const asKnownAt = knownDay === undefined ? undefined : Date.UTC(2026, 0, 1) + knownDay * 86_400_000;
        const [start, end] = [Date.UTC(2025, 0, 1), Date.UTC(2028, 0, 1)];
        const query = compileQuantilesQuery({ dialect: db.engine.dialect, table: { table, instants: "epoch_ms" }, kpis: quantileKpis, grain, calendar: RIGA, start, end, asKnownAt, scopes });
        const got = quantilesFromRows(await db.engine.query(query.sql, query.params), query);
        expect(quantilesFromRows(await db.engine.columns(query.sql, query.params), query)).toEqual(got);
        // The oracle: per subject partials with their values, rolled up the tree by recompute.
        const expected: { kpiId: string; nodeId: string; period: string; count: number; value: number }[] = [];
        const groups = expectedGroups(records, quantileKpis, grain, start, end, asKnownAt);
        for (const kpi of quantileKpis) {
          const periods = [...new Set(groups.filter((g) => g.kpiId === kpi.id).map((g) => g.period))].sort();
          for (const period of periods) {
            const own = new Map<string, PartialAggregate>(groups.filter((g) => g.kpiId === kpi.id && g.period === period).map((g) => [g.subjectId!, g.partial]));
            for (const v of rollUpScopes(own, scopes, { ...kpi, rollUp: "recompute" })) {
              if (v.partial !== null && v.partial.count > 0) expected.push({ kpiId: kpi.id, nodeId: v.nodeId, period, count: v.partial.count, value: v.value! });
            }
          }
        }
        const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
        const position = new Map(quantileKpis.map((k, j) => [k.id, j]));
        expected.sort((x, y) => position.get(x.kpiId)! - position.get(y.kpiId)! || order(x.nodeId, y.nodeId) || order(x.period, y.period));
        expectSameGroups(got, expected);
      },
    );

    test("keeps the records of a range's first and last instants, off every bucket of epoch time, and no others", async () => {
      // A range from 10:20:30.001 to 13:17:42.005 UTC on one day: DuckDB labels hour buckets 10:00 to 13:00 (its
      // last bucket holds the range's end). The records a millisecond inside each end count; those a millisecond
      // outside do not. By hand: 2 records in November 2026.
      const table = db.nextTable();
      const [start, end] = [Date.UTC(2026, 10, 15, 10, 20, 30, 1), Date.UTC(2026, 10, 15, 13, 17, 42, 5)];
      const at = [start - 1, start, end - 1, end];
      await db.engine.load(table, at.map((ms, i) => ({ id: `e${i}`, kpiId: "sum", subjectId: "s", at: ms, value: 1 })));
      const query = compilePartialsQuery({ dialect: db.engine.dialect, table: { table, instants: "epoch_ms", corrections: false }, kpis: [KPIS[1]!], grain: "month", calendar: RIGA, start, end });
      const groups = partialsFromRows(await db.engine.query(query.sql, query.params), query);
      expect(groups.map((g) => [g.period, g.partial.count])).toEqual([["2026-11", 2]]);
    });

    test.prop([fc.array(instantArb, { minLength: 1, maxLength: 30 }), fc.constantFrom(...GRAINS), fc.integer({ min: 1, max: 12 }), fc.boolean()], { numRuns: 40 })(
      "labels each instant's period exactly as periodOf does (DST switches, year ends, ISO week 53, fiscal years)",
      async (instants, grain, fiscalYearStartMonth, wide) => {
        const table = db.nextTable();
        // One subject per instant, so that each group is one instant.
        await db.engine.load(table, instants.map((at, i) => ({ id: `i${i}`, kpiId: "sum", subjectId: `s${i}`, at, value: 1 })));
        const calendar = { timeZone: "Europe/Riga", fiscalYearStartMonth };
        // Two centuries (Riga's offset was in seconds before 1926): DuckDB labels the buckets of the rows, not of the
        // range; ten years: every hour of the range.
        const query = compilePartialsQuery({ dialect: db.engine.dialect, table: { table, instants: "epoch_ms", corrections: false }, kpis: [KPIS[1]!], grain, calendar, start: wide ? Date.UTC(1900, 0, 1) : Date.UTC(2020, 0, 1), end: wide ? Date.UTC(2100, 0, 1) : Date.UTC(2030, 0, 1) });
        const labels = new Map(partialsFromRows(await db.engine.query(query.sql, query.params), query).map((g) => [g.subjectId, g.period]));
        instants.forEach((at, i) => expectSameGroups(labels.get(`s${i}`), periodOf(at, grain, calendar).label, `instant ${new Date(at).toISOString()}`));
      },
    );
  });
}
