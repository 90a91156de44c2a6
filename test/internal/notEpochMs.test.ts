import { describe, expect, it } from "vitest";
import { notEpochMs } from "../../src/internal/notEpochMs.js";

describe("notEpochMs", () => {
  it("matches the documented example", () => {
    expect([notEpochMs("2026-03-01T00:00:00Z", "the period's start", ["period", "start"]), notEpochMs(Number.NaN, "an interval end", ["period", "end"])]).toEqual([
      'the period\'s start must be a finite number of epoch ms, not the string "2026-03-01T00:00:00Z": convert ISO-8601 text with toEpochMs',
      "an interval end must be a finite number of epoch ms, not NaN",
    ]);
  });

  it("says how to convert a Date, and points outages to parseOutages", () => {
    expect(notEpochMs(new Date(0), "an interval start", ["outages", 0, "start"])).toBe("an interval start must be a finite number of epoch ms, not a Date: convert it with getTime()");
    expect(notEpochMs("2026-03-01T00:00:00Z", "an interval start", ["outages", 0, "start"])).toBe(
      'an interval start must be a finite number of epoch ms, not the string "2026-03-01T00:00:00Z": read outages written with ISO-8601 text through parseOutages, or convert each instant with toEpochMs',
    );
  });
});
