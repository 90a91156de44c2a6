import { describe, expect, it } from "vitest";
import { expandMaintenance } from "../../src/sla/expandMaintenance.js";
import { HOUR, at } from "./slaFixtures.js";

const riga = { timeZone: "Europe/Riga" };
const sunday = { kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120 } as const;

describe("expandMaintenance", () => {
  it("matches the documented example", () => {
    expect(
      expandMaintenance([sunday], { start: at("2026-03-01T22:00:00Z"), end: at("2026-03-08T22:00:00Z") }, riga),
    ).toEqual([{ start: Date.parse("2026-03-08T00:00:00Z"), end: Date.parse("2026-03-08T02:00:00Z") }]);
  });

  it("makes a Sunday 02:00–04:00 window one real hour when the spring switch falls inside it", () => {
    // 29 March 2026: Riga jumps from 03:00 EET to 04:00 EEST at 01:00Z. 02:00 EET = 00:00Z; 04:00 EEST = 01:00Z.
    const day = { start: at("2026-03-28T22:00:00Z"), end: at("2026-03-29T21:00:00Z") };
    expect(expandMaintenance([sunday], day, riga)).toEqual([
      { start: at("2026-03-29T00:00:00Z"), end: at("2026-03-29T01:00:00Z") },
    ]);
  });

  it("makes it three real hours when the autumn switch falls inside it", () => {
    // 25 October 2026: 04:00 EEST becomes 03:00 EET at 01:00Z. 02:00 EEST = 23:00Z (Sat); 04:00 EET = 02:00Z.
    const day = { start: at("2026-10-24T21:00:00Z"), end: at("2026-10-25T22:00:00Z") };
    expect(expandMaintenance([sunday], day, riga)).toEqual([
      { start: at("2026-10-24T23:00:00Z"), end: at("2026-10-25T02:00:00Z") },
    ]);
  });

  it("sums to 9 hours over March 2026 in Riga (four 2-hour Sundays and one of 1 hour)", () => {
    // Sundays of March 2026: 1, 8, 15, 22 (2 h each) and 29 (1 h, the switch) = 9 h.
    const march = { start: at("2026-02-28T22:00:00Z"), end: at("2026-03-31T21:00:00Z") };
    const pieces = expandMaintenance([sunday], march, riga);
    expect(pieces).toHaveLength(5);
    expect(pieces.reduce((s, x) => s + x.end - x.start, 0)).toBe(9 * HOUR);
  });

  it("clips an occurrence that starts before the range and runs past midnight", () => {
    // Saturdays 22:00 for 6 h (to Sunday 04:00), in UTC; the range starts Sunday 00:00.
    const w = { kind: "weekly", weekday: 6, start: "22:00", durationMinutes: 360 } as const;
    expect(
      expandMaintenance([w], { start: at("2026-05-03T00:00:00Z"), end: at("2026-05-04T00:00:00Z") }, { timeZone: "UTC" }),
    ).toEqual([{ start: at("2026-05-03T00:00:00Z"), end: at("2026-05-03T04:00:00Z") }]);
  });

  it("keeps only occurrences that start on local dates from validFrom to validTo inclusive", () => {
    const w = { ...sunday, validFrom: "2026-03-08", validTo: "2026-03-15" };
    const march = { start: at("2026-02-28T22:00:00Z"), end: at("2026-03-31T21:00:00Z") };
    expect(expandMaintenance([w], march, riga).map((x) => x.start)).toEqual([
      at("2026-03-08T00:00:00Z"),
      at("2026-03-15T00:00:00Z"),
    ]);
  });

  it("merges one-off and weekly windows that overlap", () => {
    const oneOff = { kind: "one_off", start: at("2026-03-08T01:00:00Z"), end: at("2026-03-08T03:00:00Z") } as const;
    const week = { start: at("2026-03-02T00:00:00Z"), end: at("2026-03-09T00:00:00Z") };
    expect(expandMaintenance([sunday, oneOff], week, riga)).toEqual([
      { start: at("2026-03-08T00:00:00Z"), end: at("2026-03-08T03:00:00Z") },
    ]);
  });

  it("throws invalid_interval when a one-off window ends before it starts", () => {
    const bad = { kind: "one_off", start: 10, end: 5 } as const;
    expect(() => expandMaintenance([sunday, bad], { start: 0, end: 100 }, riga)).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["windows", 1, "end"] }),
    );
  });

  it("throws invalid_time_zone when weekly windows meet an unknown zone", () => {
    expect(() => expandMaintenance([sunday], { start: 0, end: 100 }, { timeZone: "Mars/Olympus" })).toThrowError(
      expect.objectContaining({ code: "invalid_time_zone", path: ["timeZone"] }),
    );
  });
});
