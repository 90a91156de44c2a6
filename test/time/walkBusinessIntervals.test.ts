import { describe, expect, it } from "vitest";
import type { Calendar } from "../../src/model/calendar.js";
import { compileBusinessCalendar } from "../../src/time/compileBusinessCalendar.js";
import { walkBusinessIntervals } from "../../src/time/_lib/walkBusinessIntervals.js";

describe("walkBusinessIntervals", () => {
  it("matches the documented example", () => {
    const riga = compileBusinessCalendar(
      { timeZone: "Europe/Riga", businessHours: [{ weekday: 1, from: "08:30", to: "17:00" }] } as unknown as Calendar,
      "example",
    );
    const seen: string[] = [];
    walkBusinessIntervals(riga, Date.parse("2026-11-16T00:00:00+02:00"), 7, (start) => {
      seen.push(new Date(start).toISOString());
      return true;
    });
    expect(seen).toEqual(["2026-11-16T06:30:00.000Z"]);
  });

  it("reports that the day limit ran out", () => {
    const riga = compileBusinessCalendar({ timeZone: "UTC", businessHours: [{ weekday: 1, from: "08:30", to: "17:00" }] } as unknown as Calendar, "x");
    expect(walkBusinessIntervals(riga, 0, 30, () => true)).toBe(false);
    expect(walkBusinessIntervals(riga, 0, 30, () => false)).toBe(true);
  });
});
