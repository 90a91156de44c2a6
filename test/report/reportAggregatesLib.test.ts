// The internal pieces of building a report from aggregates: their documented examples.
import { describe, expect, it } from "vitest";
import { parseWorkspace } from "../../src/model/workspace.js";
import { checkReportAggregates, isReportAggregates } from "../../src/report/_lib/checkReportAggregates.js";
import { planOf } from "../../src/report/_lib/planOf.js";
import { planSeries } from "../../src/report/_lib/planSeries.js";
import { qualityOfAggregates } from "../../src/report/_lib/qualityOfAggregates.js";
import { resolveReportOptions } from "../../src/report/_lib/resolveReportOptions.js";
import { parsePeriod } from "../../src/time/parsePeriod.js";
import { exampleWorkspace } from "./exampleMunicipality.js";
import { reportCalendar } from "../../src/report/_lib/reportCalendar.js";

const tiny = () =>
  parseWorkspace({
    name: { lv: "P", en: "E" },
    calendars: [{ timeZone: "UTC" }],
    scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
  });

describe("isReportAggregates", () => {
  it("matches the documented example", () => {
    expect([isReportAggregates({ kind: "report_aggregates" }), isReportAggregates([])]).toEqual([true, false]);
  });
});

describe("checkReportAggregates", () => {
  it("matches the documented example", () => {
    const input = { kind: "report_aggregates", engine: "duckdb", groups: [], quality: [], lastInstants: [], measurementCount: 1, effectiveMeasurementCount: 2, measurementsDigest: null } as const;
    expect(() => checkReportAggregates(input, tiny(), "f")).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["measurements", "effectiveMeasurementCount"] }));
  });
});

describe("resolveReportOptions", () => {
  it("matches the documented example", () => {
    const resolved = resolveReportOptions(tiny(), { audience: "public", scope: "lv", period: "2026-Q1", asOf: 0, locale: "en" }, "f");
    expect([resolved.period.grain, resolved.seriesPeriods]).toEqual(["quarter", 12]);
  });
});

describe("planSeries", () => {
  it("matches the documented example", () => {
    const calendar = { timeZone: "UTC", fiscalYearStartMonth: 1 };
    const march = parsePeriod("2026-03", undefined, calendar);
    const plan = planSeries([{ id: "k", frequency: "quarterly" } as never], march, 4, calendar);
    // A quarterly KPI in a monthly report: four quarters ending with the one holding March.
    expect([plan.grainOf.get("k"), plan.periodsOf.get("quarter")?.map((p) => p.label)]).toEqual(["quarter", ["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"]]);
  });
});

describe("planOf", () => {
  it("matches the documented example", () => {
    const workspace = exampleWorkspace;
    const resolved = resolveReportOptions(workspace, { audience: "public", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" }, "f");
    expect(planOf(workspace, resolved, "f").quality).toEqual([]);
  });
});

describe("qualityOfAggregates", () => {
  it("matches the documented example", () => {
    const kpi = { id: "k", frequency: "monthly" } as never;
    const tally = { kpiId: "k", subjectId: "s", period: "2026-01", records: 2, outOfRange: 0, duplicates: 1, provisional: 0, estimated: 0 };
    const [q] = qualityOfAggregates([tally], [{ kpiId: "k", subjectId: "s", at: Date.parse("2026-01-10T00:00:00Z") }], [kpi], new Set(["s"]), {
      start: Date.parse("2026-01-01T00:00:00Z"),
      end: Date.parse("2026-03-01T00:00:00Z"),
      asOf: Date.parse("2026-03-15T00:00:00Z"),
      calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 },
    });
    // January and February are due, January has data: 50 %; last record 10 January, before February: stale.
    expect([q?.completenessPercent, q?.duplicates, q?.stale]).toEqual([50, 1, true]);
  });
});

describe("reportCalendar", () => {
  it("matches the documented example", () => {
    expect(reportCalendar({ calendars: [{ id: "a", timeZone: "UTC" }, { id: "b", timeZone: "Europe/Riga" }], defaultCalendarId: "b" } as never)?.timeZone).toBe("Europe/Riga");
  });

  it("takes the first calendar without a default, and gives undefined without calendars", () => {
    expect(reportCalendar({ calendars: [{ id: "a", timeZone: "UTC" }, { id: "b", timeZone: "Europe/Riga" }] } as never)?.timeZone).toBe("UTC");
    expect(reportCalendar({ calendars: [] } as never)).toBeUndefined();
  });
});

