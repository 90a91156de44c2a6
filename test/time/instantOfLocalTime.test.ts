import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../src/time/_lib/daysFromCivil.js";
import { instantOfLocalTime } from "../../src/time/_lib/instantOfLocalTime.js";

describe("instantOfLocalTime", () => {
  it("matches the documented example", () => {
    expect(instantOfLocalTime(20541, 0, "Europe/Riga") === Date.UTC(2026, 2, 28, 22)).toBe(true);
  });

  it("returns the jump for a wall time the clock skips", () => {
    // Riga 2026-03-29: 03:00 (+02:00) jumps to 04:00 (+03:00) at 01:00Z; 03:30 does not exist.
    expect(instantOfLocalTime(daysFromCivil(2026, 3, 29), 210, "Europe/Riga")).toBe(Date.parse("2026-03-29T01:00:00Z"));
  });

  it("returns the earlier instant for a wall time that happens twice", () => {
    // Riga 2026-10-25: 04:00 (+03:00) goes back to 03:00 (+02:00) at 01:00Z; 03:30 first happens at 00:30Z.
    expect(instantOfLocalTime(daysFromCivil(2026, 10, 25), 210, "Europe/Riga")).toBe(Date.parse("2026-10-25T00:30:00Z"));
  });

  it("treats minute 1440 as the next midnight", () => {
    expect(instantOfLocalTime(daysFromCivil(2026, 3, 29), 1440, "Europe/Riga")).toBe(Date.parse("2026-03-29T21:00:00Z"));
  });
});
