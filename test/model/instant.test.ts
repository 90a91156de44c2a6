import { describe, expect, it } from "vitest";
import { InstantSchema, LocalDateSchema } from "../../src/model/instant.js";
import { toEpochMs } from "../../src/model/toEpochMs.js";
import { toMinutesOfDay } from "../../src/model/toMinutesOfDay.js";

describe("toEpochMs", () => {
  it("matches the documented example", () => {
    expect(toEpochMs("2026-03-01T02:00:00+02:00") === toEpochMs("2026-03-01T00:00:00Z")).toBe(true);
  });

  it("agrees with Date.parse on valid instants", () => {
    // Date.parse is an independent parser for these well-formed strings.
    for (const s of ["2026-10-25T00:59:59.999Z", "2024-02-29T23:00:00-05:30", "1999-12-31T23:59+0100", "2026-03-29T03:00:00.5+03:00"]) {
      const iso = s.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
      expect(toEpochMs(s)).toBe(Date.parse(iso));
    }
  });

  it("refuses instants without a zone and impossible dates", () => {
    expect(toEpochMs("2026-03-01T00:00:00")).toBeNull();
    expect(toEpochMs("2026-02-29T00:00:00Z")).toBeNull();
    expect(toEpochMs("2026-04-31T00:00:00Z")).toBeNull();
    expect(toEpochMs("2026-01-01T24:00:00Z")).toBeNull();
    expect(toEpochMs("2026-01-01")).toBeNull();
  });
});

describe("InstantSchema", () => {
  it("accepts ISO strings, epoch ms and Dates as the same instant", () => {
    const ms = Date.UTC(2026, 2, 1);
    expect(InstantSchema.parse("2026-03-01T02:00:00+02:00")).toBe(ms);
    expect(InstantSchema.parse(ms)).toBe(ms);
    expect(InstantSchema.parse(new Date(ms))).toBe(ms);
  });

  it("refuses fractional epoch ms and invalid Dates", () => {
    expect(InstantSchema.safeParse(1.5).success).toBe(false);
    expect(InstantSchema.safeParse(new Date("nope")).success).toBe(false);
  });
});

describe("LocalDateSchema", () => {
  it("accepts real dates only", () => {
    expect(LocalDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(LocalDateSchema.safeParse("2025-02-29").success).toBe(false);
    expect(LocalDateSchema.safeParse("2025-2-1").success).toBe(false);
  });
});

describe("toMinutesOfDay", () => {
  it("matches the documented example", () => {
    expect(toMinutesOfDay("08:30")).toBe(510);
  });

  it("reads 24:00 as the end of the day", () => {
    expect(toMinutesOfDay("24:00")).toBe(1440);
  });
});

describe("toEpochMs in the first century", () => {
  it("uses the Gregorian leap rule for years 0–99", () => {
    // Year 4 is a leap year (divisible by 4, not by 100); year 1900-style mapping would not matter here, but 0000 is
    // a leap year too (divisible by 400), while 1900 is not.
    expect(toEpochMs("0000-02-29T00:00:00Z")).not.toBeNull();
    expect(toEpochMs("0001-02-29T00:00:00Z")).toBeNull();
    // 0004-03-01 minus 0004-02-28 is two days (29 February exists).
    const a = toEpochMs("0004-02-28T00:00:00Z") ?? 0;
    const b = toEpochMs("0004-03-01T00:00:00Z") ?? 0;
    expect(b - a).toBe(2 * 86_400_000);
  });
});
