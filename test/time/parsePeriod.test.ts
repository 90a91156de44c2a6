import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/time/parsePeriod.js";

const utc = { timeZone: "UTC", fiscalYearStartMonth: 1 };
const rigaApril = { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 };
const at = (iso: string): number => Date.parse(iso);

describe("parsePeriod", () => {
  it("matches the documented example", () => {
    const week = parsePeriod("2026-W53", utc);
    // ISO week 53 of 2026: Monday 28 December 2026 to Monday 4 January 2027.
    expect([week.grain, new Date(week.start).toISOString(), new Date(week.end).toISOString()]).toEqual([
      "week",
      "2026-12-28T00:00:00.000Z",
      "2027-01-04T00:00:00.000Z",
    ]);
    // The explicit form's example.
    expect(parsePeriod("2026-03", "month", utc).label).toBe("2026-03");
  });

  it("gives the same period from the two-argument form as from the explicit and the undefined-grain forms", () => {
    for (const label of ["2026-03-29", "2026-W13", "2026-03", "2026-Q1", "2026", "FY2025-26"]) {
      const inferred = parsePeriod(label, rigaApril);
      expect(parsePeriod(label, undefined, rigaApril)).toEqual(inferred);
      expect(parsePeriod(label, inferred.grain, rigaApril)).toEqual(inferred);
    }
    expect(() => parsePeriod("2026-03", "quarter", utc)).toThrowError(expect.objectContaining({ code: "invalid_period" }));
  });

  it("infers each grain from the label shape", () => {
    // Boundaries by hand: Riga is UTC+2 until 29 March 2026 and UTC+3 after it.
    expect(parsePeriod("2026-03-29", undefined, rigaApril)).toEqual({
      grain: "day", label: "2026-03-29", start: at("2026-03-28T22:00:00Z"), end: at("2026-03-29T21:00:00Z"),
    });
    expect(parsePeriod("2026-03", undefined, rigaApril).grain).toBe("month");
    expect(parsePeriod("2026-Q1", undefined, rigaApril)).toMatchObject({
      grain: "quarter", start: at("2025-12-31T22:00:00Z"), end: at("2026-03-31T21:00:00Z"),
    });
    expect(parsePeriod("2026", undefined, rigaApril).grain).toBe("year");
    expect(parsePeriod("FY2025-26", undefined, rigaApril)).toMatchObject({
      grain: "fiscal_year", start: at("2025-03-31T21:00:00Z"), end: at("2026-03-31T21:00:00Z"),
    });
  });

  it("reads week 1 that starts in the previous year and week 53", () => {
    expect(parsePeriod("2025-W01", "week", utc).start).toBe(at("2024-12-30T00:00:00Z"));
    // 2020: leap year starting on Wednesday → 53 weeks; W53 = 2020-12-28 .. 2021-01-04.
    expect(parsePeriod("2020-W53", "week", utc)).toMatchObject({ start: at("2020-12-28T00:00:00Z"), end: at("2021-01-04T00:00:00Z") });
  });

  it("throws invalid_period for labels that are not periods of their grain", () => {
    // 2026 has 53 weeks (W54 impossible); 2025 starts on a Wednesday and is not leap, so it has only 52.
    for (const label of ["2026-13", "2026-00", "2026-02-30", "2025-02-29", "2026-W54", "2025-W53", "2026-W00", "2026-Q5", "2026-Q0", "FY2025-27", "2026-3", "W13", "", "2026-03-01T00:00"]) {
      expect(() => parsePeriod(label, undefined, utc), label).toThrowError(
        expect.objectContaining({ code: "invalid_period", path: ["label"] }),
      );
    }
  });

  it("throws invalid_period when the label has another grain's shape", () => {
    expect(() => parsePeriod("2026-03", "day", utc)).toThrowError(expect.objectContaining({ code: "invalid_period", path: ["label"] }));
  });

  it("throws invalid_time_zone for an unknown zone", () => {
    expect(() => parsePeriod("2026-03", "month", { timeZone: "Nowhere/City", fiscalYearStartMonth: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone", path: ["timeZone"] }),
    );
  });
});
