import { describe, expect, it } from "vitest";
import { parseWorkspace } from "../../src/model/workspace.js";
import { buildReport } from "../../src/report/buildReport.js";
import { renderMarkdown } from "../../src/report/renderMarkdown.js";
import type { ReportScorecardSection, ReportSlaSection, ReportSummarySection, ReportKpiDetailSection, ReportStatementsSection } from "../../src/report/reportModel.js";
import { fixtureAsOf, fixtureMeasurements, fixtureOutages, fixtureWorkspace } from "./fixture.js";
import { exampleMeasurements, exampleOutages, exampleTickets, exampleWorkspace } from "./exampleMunicipality.js";

const options = { audience: "management", scope: "town", period: "2026-03", asOf: fixtureAsOf, locale: "en", outages: fixtureOutages } as const;

describe("buildReport", () => {
  it("refuses a measurement of a subject the workspace does not have, rather than leaving it out", () => {
    const stray = { ...fixtureMeasurements[0]!, id: "stray", subjectId: "nowhere" } as (typeof fixtureMeasurements)[number];
    expect(() => buildReport(fixtureWorkspace, [...fixtureMeasurements, stray], options)).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["measurements", fixtureMeasurements.length, "subjectId"] }),
    );
  });

  it("matches the documented example", () => {
    const workspace = parseWorkspace({
      name: { lv: "Piemērs", en: "Example" },
      calendars: [{ timeZone: "UTC" }],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
    });
    const report = buildReport(workspace, [], {
      audience: "management", scope: "lv", period: "2026-03", asOf: "2026-04-02T00:00:00Z", locale: "en",
    });
    expect([report.title, report.provenance.measurementCount]).toEqual(["Latvia, March 2026 — report for management", 0]);
  });

  it("gives the hand-worked numbers of the fixture service when built for management", () => {
    const report = buildReport(fixtureWorkspace, fixtureMeasurements, options);
    const scorecard = report.sections.find((s): s is ReportScorecardSection => s.kind === "scorecard")!;
    const row = scorecard.rows.find((r) => r.scopeId === "svc" && r.kpiId === "fcr")!;
    // March, worked by hand: (85 + 5) / (100 + 10) × 100 = 81.8181… % (ratio of sums, not the mean of 85 % and 50 %).
    expect(row.value).toBeCloseTo(81.81818, 4);
    expect(row.valueText).toBe("81.8%");
    // Attainment 81.8181… / 80 = 1.022727… → green; the provisional record of 20 March is flagged.
    expect(row.attainment).toBeCloseTo(1.0227273, 6);
    expect(row.attainmentText).toBe("102.3%");
    expect(row.status).toEqual({ status: "green", text: "green — on target", symbol: "●" });
    expect(row.flags).toMatchObject({ partialPeriod: false, provisional: true, notes: ["provisional data"] });
    expect(row.targetText).toBe("at least 80.0%");
    // Three points (71.4, 80, 81.8) are too few for a significant Mann–Kendall trend (n = 3: p ≈ 0.30).
    expect(row.trendText).toBe("no significant trend");
    expect(row.annotations.map((a) => a.id)).toEqual(["ann-1"]);
    // Sparkline table: January (70 + 30) / (100 + 40) = 71.428…% → 71.4 %; February 160 / 200 = 80.0 % (the
    // correction to 50 % was recorded after asOf, so it is not known yet).
    expect(row.sparkline?.table.rows.slice(-3)).toEqual([["2026-01", "71.4%"], ["2026-02", "80.0%"], ["2026-03", "81.8%"]]);
    const office = scorecard.rows.find((r) => r.scopeId === "office")!;
    // The office has a value and no target: "no target", its own status, not "no data".
    expect([office.valueText, office.status.status, office.status.text, office.status.symbol]).toEqual(["81.8%", "no_target", "no target", "◇"]);
    // Mover, in the summary's changes: a percentage moves in points, 81.8181… − 80 = +1.818… → "+1.8 percentage
    // points", improved; it is ranked by its relative change, (81.8181… − 80) / 80 = +2.27 %.
    const summary = report.sections[0] as ReportSummarySection;
    expect(summary.kind).toBe("summary");
    const mover = summary.changes.find((m) => m.scopeId === "svc");
    expect(mover).toMatchObject({ kpiId: "fcr", changeText: "+1.8 percentage points", movement: "improved" });
    expect(mover?.relativeChange).toBeCloseTo(0.0227273, 6);
  });

  it("judges the SLA objective as worked by hand when an outage spends part of the budget", () => {
    const report = buildReport(fixtureWorkspace, fixtureMeasurements, options);
    const sla = report.sections.find((s): s is ReportSlaSection => s.kind === "sla")!;
    const o = sla.objectives[0]!;
    // March = 31 × 1440 = 44 640 min; 120 min down → availability 44 520 / 44 640 = 0.997311…
    expect(o.attainment).toBeCloseTo(0.9973118, 6);
    expect(o.attainmentText).toBe("99.7%");
    // Budget 1 % × 44 640 = 446.4 min; 326.4 min left; 120 / 446.4 = 26.88 % spent.
    expect([o.budgetText, o.remainingText, o.consumedText]).toEqual(["446.4 min", "326.4 min", "26.9%"]);
    expect(o.status).toEqual({ status: "green", text: "met", symbol: "●" });
    expect(o.topSpenders).toEqual([{ id: "out-1", spentText: "120.0 min" }]);
  });

  it("judges SLA objectives on the outages known at asOf, as a later rebuild from a grown database does", () => {
    const asOf = "2026-04-15T12:00:00+03:00";
    const april = { audience: "management", scope: "ezerkrasts", period: "2026-04", asOf, locale: "en", tickets: exampleTickets } as const;
    const slaOf = (outages: typeof exampleOutages) =>
      buildReport(exampleWorkspace, exampleMeasurements, { ...april, outages }).sections.find((s): s is ReportSlaSection => s.kind === "sla")!;
    const portal = slaOf(exampleOutages).objectives.find((o) => o.objectiveId === "portal-availability-monthly")!;
    // April 2026 in Riga: 30 × 1440 = 43 200 one-minute slices; the weekly maintenance (Sundays 02:00–04:00: 5, 12, 19
    // and 26 April) removes 4 × 120 = 480 → 42 720 eligible; budget 0.5 % × 42 720 = 213.6 slices = 213.6 min.
    // The only April outage, out-027 (21 April 00:47–01:03, 16 min), began after asOf: nothing is spent, 42 720 /
    // 42 720 = 100.00 %, 0.0 % consumed (counting it would give 42 704 / 42 720 = 99.96 % and 16 / 213.6 = 7.5 %).
    expect([portal.attainmentText, portal.consumedText, portal.budgetText, portal.remainingText, portal.topSpenders]).toEqual([
      "100.00%", "0.0%", "213.6 min", "213.6 min", [],
    ]);
    // The same section as from only the outages that had begun by asOf.
    const known = exampleOutages.filter((o) => o.start < Date.parse(asOf));
    expect(known.length).toBe(exampleOutages.length - 9); // out-027 … out-035
    expect(slaOf(exampleOutages)).toEqual(slaOf(known));
  });

  it("gives byte-identical JSON when built twice or from shuffled measurements", () => {
    const first = JSON.stringify(buildReport(fixtureWorkspace, fixtureMeasurements, options));
    expect(JSON.stringify(buildReport(fixtureWorkspace, fixtureMeasurements, options))).toBe(first);
    expect(JSON.stringify(buildReport(fixtureWorkspace, [...fixtureMeasurements].reverse(), options))).toBe(first);
  });

  it("changes the measurements digest, not the definitions digest, when a measurement changes", () => {
    const before = buildReport(fixtureWorkspace, fixtureMeasurements, options).provenance;
    const changed = fixtureMeasurements.map((m) => (m.id === "m1" ? { ...m, numerator: 71 } : m));
    const after = buildReport(fixtureWorkspace, changed, options).provenance;
    expect(after.measurementsDigest).not.toBe(before.measurementsDigest);
    expect(after.measurementsDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(after.definitionsDigest).toBe(before.definitionsDigest);
    expect(before.measurementCount).toBe(6);
    expect(before.effectiveMeasurementCount).toBe(5);
  });

  it("marks the period as partial when asOf falls inside it", () => {
    const report = buildReport(fixtureWorkspace, fixtureMeasurements, { ...options, asOf: "2026-03-25T00:00:00Z" });
    const row = report.sections.find((s): s is ReportScorecardSection => s.kind === "scorecard")!.rows.find((r) => r.scopeId === "svc")!;
    expect(report.provenance.period.complete).toBe(false);
    expect(row.flags.partialPeriod).toBe(true);
    expect(row.flags.notes).toContain("partial period");
  });

  it("carries the technical detail with the procedure and the burn-down when built for technical teams", () => {
    const report = buildReport(fixtureWorkspace, fixtureMeasurements, { ...options, audience: "technical", locale: "lv" });
    const detail = report.sections.find((s): s is ReportKpiDetailSection => s.kind === "kpi_detail" && s.scopeId === "svc")!;
    expect(detail.procedure).toEqual({ steps: ["Saskaita pieprasījumus."], dataSource: "CRM", collectionText: "automatizēti" });
    expect(detail.series.table.rows.slice(-1)).toEqual([["2026-03", "81,8%", "80,0%"]]);
    const sla = report.sections.find((s): s is ReportSlaSection => s.kind === "sla")!;
    // 31 March days; the last day leaves 446.4 − 120 = 326.4 min.
    expect(sla.objectives[0]?.burnDown?.table.rows.length).toBe(31);
    expect(sla.objectives[0]?.burnDown?.table.rows.at(-1)).toEqual(["2026-03-31", "326,4"]);
  });

  it("writes plain-language statements of promises and delivery when built for the public", () => {
    const report = buildReport(fixtureWorkspace, fixtureMeasurements, { ...options, audience: "public" });
    const statements = report.sections[0] as ReportStatementsSection;
    expect(statements.statements.map((s) => s.text)).toEqual([
      "Service: Availability — we promised 99% and delivered 99.7% (March 2026). Promise kept.",
    ]);
  });

  it("throws unknown_reference when the scope is not a node of the workspace", () => {
    expect(() => buildReport(fixtureWorkspace, [], { ...options, scope: "nowhere" })).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["options", "scope"] }),
    );
  });

  it("throws invalid_period when the period label is malformed", () => {
    expect(() => buildReport(fixtureWorkspace, [], { ...options, period: "2026-13" })).toThrowError(
      expect.objectContaining({ code: "invalid_period", path: ["options", "period"] }),
    );
  });

  it("throws invalid_input, as every function taking an instant, when asOf is not an instant", () => {
    expect(() => buildReport(fixtureWorkspace, [], { ...options, asOf: "yesterday" })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: ["options", "asOf"] }),
    );
  });

  it("throws invalid_argument when the audience is unknown", () => {
    expect(() => buildReport(fixtureWorkspace, [], { ...options, audience: "board" as "public" })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "audience"] }),
    );
  });
});

describe("buildReport: a value without a score", () => {
  it("says 'not scored' for a lower-is-better KPI whose value is 0, and keeps its status no_data (conventions rule 9)", () => {
    // The example portal platform had no incidents in September 2025 (target: at most 3). Attainment target/actual is
    // undefined at an actual of 0, so the status is no_data — but the row has a value, and says so.
    const report = buildReport(exampleWorkspace, exampleMeasurements, {
      audience: "technical",
      scope: "res-portal-platform",
      period: "2025-09",
      asOf: "2025-10-05T12:00:00+03:00",
      locale: "en",
    });
    const row = report.sections.find((s): s is ReportScorecardSection => s.kind === "scorecard")!.rows.find((r) => r.kpiId === "portal-incidents")!;
    expect([row.value, row.attainment, row.status.status, row.status.text]).toEqual([0, null, "no_data", "not scored — a value, but no score is defined for it"]);
  });

  it("counts such a row as no data in the summary and says how many of them are not scored", () => {
    // The portal platform's only row in September 2025: its incidents (30 daily records, all 0, summed: 0) against
    // "at most 3". Its other resource KPIs have neither a record nor a target there, so they have no row.
    const options = { audience: "management", scope: "res-portal-platform", period: "2025-09", asOf: "2025-10-05T12:00:00+03:00", locale: "en" } as const;
    const report = buildReport(exampleWorkspace, exampleMeasurements, options);
    const summary = report.sections.find((s): s is ReportSummarySection => s.kind === "summary")!;
    expect(summary.statusCounts).toEqual([
      { scopeId: "res-portal-platform", scopeName: "E-service portal platform", counts: { green: 0, amber: 0, red: 0, no_data: 1, no_target: 0 }, notScored: 1 },
    ]);
    expect(summary.text).toBe("September 2025: green 0, amber 0, red 0, no data 1 (of them not scored: 1), no target 0; SLA objectives breached: 0 of 0.");
    expect(renderMarkdown(report)).toContain("| E-service portal platform | 0 | 0 | 0 | 1 (of them not scored: 1) | 0 |");
    const lv = buildReport(exampleWorkspace, exampleMeasurements, { ...options, locale: "lv" });
    expect(lv.summary).toContain("bez datiem 1 (no tiem bez vērtējuma: 1)");
  });
});

describe("buildReport: a forecast beyond the KPI's valid range", () => {
  it("cuts the forecast's interval to validRange and says so", () => {
    // The central administration's share of building permits decided in time, March 2026: the straight line's 95 %
    // interval for April runs from 67.7 % to 127.0 % (the report's text before the cut); the KPI's validRange is
    // 0–100, so its upper end is cut to 100.0 %. The value itself, 97.3 %, is within the range.
    const report = buildReport(exampleWorkspace, exampleMeasurements, { audience: "technical", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" });
    const detail = report.sections.find(
      (s): s is ReportKpiDetailSection => s.kind === "kpi_detail" && s.kpiId === "permits-within-legal-deadline" && s.heading.endsWith("Ezerkrasts Municipality Central Administration"),
    )!;
    expect(detail.forecastText).toBe("Linear forecast for 2026-04: 97.3% (95% interval 67.7% – 100.0%, cut to the KPI's valid range).");
  });
});
