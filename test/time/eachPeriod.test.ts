import { describe, expect, it } from "vitest";
import { eachPeriod } from "../../src/time/eachPeriod.js";

const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const at = (iso: string): number => Date.parse(iso);

describe("eachPeriod", () => {
  it("matches the documented example", () => {
    expect(
      eachPeriod(Date.parse("2026-01-15T00:00:00Z"), Date.parse("2026-04-01T00:00:00Z"), "month", riga).map((p) => p.label),
    ).toEqual(["2026-01", "2026-02", "2026-03", "2026-04"]);
  });

  it("tiles the days around the spring switch with 24-, 23- and 24-hour days", () => {
    const days = eachPeriod(at("2026-03-28T12:00:00Z"), at("2026-03-30T12:00:00Z"), "day", riga);
    expect(days.map((d) => d.label)).toEqual(["2026-03-28", "2026-03-29", "2026-03-30"]);
    expect(days.map((d) => (d.end - d.start) / 3_600_000)).toEqual([24, 23, 24]);
    expect(days[1]!.start).toBe(days[0]!.end);
  });

  it("stops before a period that starts exactly at to", () => {
    // 2026-02-01 00:00 Riga = 2026-01-31T22:00Z: February starts at `to`, so it is not included.
    expect(eachPeriod(at("2026-01-10T00:00:00Z"), at("2026-01-31T22:00:00Z"), "month", riga).map((p) => p.label)).toEqual(["2026-01"]);
  });

  it("returns no periods for an empty interval", () => {
    expect(eachPeriod(at("2026-01-10T00:00:00Z"), at("2026-01-10T00:00:00Z"), "day", riga)).toEqual([]);
  });

  it("leaves out a local day that the zone skipped", () => {
    // Samoa (Pacific/Apia) jumped from the end of 2011-12-29 straight to 2011-12-31.
    const apia = { timeZone: "Pacific/Apia", fiscalYearStartMonth: 1 };
    const days = eachPeriod(at("2011-12-29T12:00:00Z"), at("2011-12-31T12:00:00Z"), "day", apia);
    // to = 2011-12-31T12:00Z is 2012-01-01 02:00 local (UTC+14), so three local days remain.
    expect(days.map((d) => d.label)).toEqual(["2011-12-29", "2011-12-31", "2012-01-01"]);
    expect(days[1]!.start).toBe(days[0]!.end);
  });

  it("throws invalid_interval when to is before from", () => {
    expect(() => eachPeriod(10, 5, "day", riga)).toThrowError(expect.objectContaining({ code: "invalid_interval", path: ["to"] }));
  });

  it("throws non_finite for a non-finite bound", () => {
    expect(() => eachPeriod(Number.NaN, 5, "day", riga)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["from"] }));
    expect(() => eachPeriod(0, Infinity, "day", riga)).toThrowError(expect.objectContaining({ code: "non_finite", path: ["to"] }));
  });

  it("throws input_too_large above a million periods", () => {
    expect(() => eachPeriod(at("1000-01-01T00:00:00Z"), at("4000-01-01T00:00:00Z"), "day", { timeZone: "UTC", fiscalYearStartMonth: 1 })).toThrowError(
      expect.objectContaining({ code: "input_too_large", path: ["to"] }),
    );
  });
});
