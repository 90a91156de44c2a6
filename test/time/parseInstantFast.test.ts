import { describe, expect, it } from "vitest";
import { parseInstantFast } from "../../src/time/_lib/parseInstantFast.js";

describe("parseInstantFast", () => {
  it("matches the documented example", () => {
    expect(parseInstantFast("2026-03-01T02:00:00+02:00") === Date.parse("2026-03-01T00:00:00Z")).toBe(true);
  });

  it("reads each accepted form", () => {
    // Second method: the engine's own Date.parse on the same instants.
    expect(parseInstantFast("2026-03-01T02:00Z")).toBe(Date.parse("2026-03-01T02:00:00Z"));
    expect(parseInstantFast("2026-03-01T02:00:00.5Z")).toBe(Date.parse("2026-03-01T02:00:00.500Z"));
    expect(parseInstantFast("2026-03-01T02:00:00.123999999Z")).toBe(Date.parse("2026-03-01T02:00:00.123Z"));
    expect(parseInstantFast("2026-03-01T02:00:00-0530")).toBe(Date.parse("2026-03-01T07:30:00Z"));
    expect(parseInstantFast("1969-12-31T23:59:59.999Z")).toBe(-1);
    expect(parseInstantFast("2024-02-29T00:00:00Z")).toBe(Date.parse("2024-02-29T00:00:00Z"));
  });

  it("reads years before 100 in the proleptic Gregorian calendar", () => {
    // 0050-06-01: days from 1970-01-01 by hand = −(1920 years: 1920×365 + 465 leap days) + 151 = −701 249 + 151.
    expect(parseInstantFast("0050-06-01T00:00:00Z")).toBe((-(1920 * 365 + 465) + 151) * 86_400_000);
  });

  it("returns null for strings that are not instants", () => {
    for (const text of [
      "", "2026-03-01", "2026-03-01T02:00:00", "2026-02-29T00:00Z", "2026-04-31T00:00Z", "2026-13-01T00:00Z",
      "2026-03-01T24:00Z", "2026-03-01T23:60Z", "2026-03-01T23:00:60Z", "2026-03-01T02:00:00.Z",
      "2026-03-01T02:00:00.1234567890Z", "2026-03-01T02:00:00+24:00", "2026-03-01T02:00:00+02:60",
      "2026-03-01T02:00:00+02:0", "2026-03-01T02:00:00+0200x", "2026-03-01 02:00:00Z", "2026-03-01t02:00:00z",
      "2026-03-01T02:00.5Z", "+02026-03-01T02:00Z", "2026-03-01T02:00:00ZZ",
    ]) {
      expect(parseInstantFast(text), text).toBeNull();
    }
  });
});
