import { describe, expect, it } from "vitest";
import { expandMaintenance, parseMaintenanceWindows } from "../../src/index.js";

describe("parseMaintenanceWindows", () => {
  it("matches the documented example", () => {
    expect(parseMaintenanceWindows([{ kind: "one_off", start: "2026-03-08T02:00:00+02:00", end: "2026-03-08T04:00:00+02:00" }])).toEqual([
      { kind: "one_off", start: 1772928000000, end: 1772935200000 },
    ]);
  });

  it("returns windows that expandMaintenance takes as they are", () => {
    const a = parseMaintenanceWindows([{ kind: "one_off", start: 0, end: 3_600_000 }]);
    // one hour inside a two-hour range
    expect(expandMaintenance(a, { start: 0, end: 7_200_000 }, { timeZone: "UTC" })).toEqual([{ start: 0, end: 3_600_000 }]);
  });

  it("parses weekly windows", () => {
    expect(parseMaintenanceWindows([{ kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120 }])).toEqual([
      { kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120 },
    ]);
  });

  it("gives the path of the bad field of the bad window", () => {
    expect(() => parseMaintenanceWindows([{ kind: "one_off", start: 10, end: 10 }])).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: [0, "end"] }),
    );
    expect(() => parseMaintenanceWindows([{ kind: "one_off", start: 0, end: 1 }, { kind: "one_off", start: 10, end: 5 }])).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: [1, "end"] }),
    );
    expect(() => parseMaintenanceWindows([{ kind: "one_off", start: "2026-02-30T00:00:00Z", end: 5 }])).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [0, "start"] }),
    );
  });

  it("refuses the 0.1 names from/to with a message naming start/end", () => {
    expect(() => parseMaintenanceWindows([{ kind: "one_off", from: 0, to: 5 }])).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [0, "from"], message: expect.stringContaining("takes `start`") }),
    );
    expect(() => parseMaintenanceWindows([{ kind: "one_off", start: 0, end: 5, to: 5 }])).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [0, "to"], message: expect.stringContaining("takes `end`") }),
    );
  });

  it("refuses a malformed weekly window and what is not an array", () => {
    expect(() => parseMaintenanceWindows([{ kind: "weekly", weekday: 8, start: "02:00", durationMinutes: 1 }])).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [0, "weekday"] }),
    );
    expect(() => parseMaintenanceWindows("x")).toThrowError(expect.objectContaining({ code: "invalid_input", path: [] }));
  });
});
