import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/buildReport.js";
import type { ReportSlaSection } from "../../src/report/reportModel.js";
import { exampleMeasurements, exampleTickets, exampleWorkspace } from "./exampleMunicipality.js";

type Audience = "management" | "technical";

function objectivesOf(audience: Audience, locale: "en" | "lv", tickets = exampleTickets) {
  const report = buildReport(exampleWorkspace, exampleMeasurements, {
    audience, scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale, tickets,
  });
  return report.sections.find((s): s is ReportSlaSection => s.kind === "sla")!.objectives;
}

describe("composeSla", () => {
  it("shows a ticket budget with the decimals it has, so that budget and consumed share agree", () => {
    // First response, 2026-Q1: 76 met + 1 breached = 77 tickets; budget 5 % × 77 = 3.85, remaining 3.85 − 1 = 2.85,
    // consumed 1 / 3.85 = 25.97 % → 26.0 %.
    const en = objectivesOf("management", "en").find((o) => o.objectiveId === "permit-first-response")!;
    expect([en.budgetText, en.remainingText, en.consumedText]).toEqual(["3.85 tickets", "2.85 tickets", "26.0%"]);
    const lv = objectivesOf("management", "lv").find((o) => o.objectiveId === "permit-first-response")!;
    expect([lv.budgetText, lv.remainingText, lv.consumedText]).toEqual(["3,85 pieteikumi", "2,85 pieteikumi", "26,0%"]);
  });

  it("draws the burn-down of a ticket budget with the same decimals as the row", () => {
    const o = objectivesOf("technical", "en").find((x) => x.objectiveId === "permit-first-response")!;
    // 90 days of Q1 up to 31 March; 3.85 before the breach is known, 2.85 at the end.
    const rows = o.burnDown!.table.rows;
    expect([rows.length, rows[0], rows.at(-1)]).toEqual([90, ["2026-01-01", "3.85"], ["2026-03-31", "2.85"]]);
  });

  it("keeps a whole budget whole, with the noun in the number's plural form", () => {
    // 20 tickets opened, answered and decided on Monday 2 February 2026 within the hour: response budget 5 % × 20 = 1
    // ticket, resolution budget 10 % × 20 = 2 tickets, nothing spent.
    const day = Date.parse("2026-02-02T09:00:00+02:00");
    const tickets = Array.from({ length: 20 }, (_, i) => ({
      id: `t-${i}`, serviceId: "svc-building-permits", openedAt: day, respondedAt: day + 600_000, resolvedAt: day + 1_200_000,
    }));
    const texts = (locale: "en" | "lv") =>
      objectivesOf("management", locale, tickets)
        .filter((o) => o.objectiveId.startsWith("permit-"))
        .map((o) => [o.objectiveId, o.budgetText, o.remainingText]);
    expect(texts("en")).toEqual([
      ["permit-first-response", "1 ticket", "1 ticket"],
      ["permit-resolution", "2 tickets", "2 tickets"],
    ]);
    expect(texts("lv")).toEqual([
      ["permit-first-response", "1 pieteikums", "1 pieteikums"],
      ["permit-resolution", "2 pieteikumi", "2 pieteikumi"],
    ]);
  });
});
