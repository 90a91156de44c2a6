import { describe, expect, it } from "vitest";
import { z } from "zod";
import { aggregateRows } from "../../src/aggregate/aggregateRows.js";
import { parseMeasurement } from "../../src/model/measurement.js";
import { parseInstantFast } from "../../src/time/_lib/parseInstantFast.js";
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

  it("says which forms it takes when given a value of another type", () => {
    expect(InstantSchema.safeParse(null).error?.issues[0]?.message).toBe("must be an ISO-8601 instant with Z or an offset, epoch ms or a Date, not null");
    expect(InstantSchema.safeParse({}).error?.issues[0]?.message).toBe("must be an ISO-8601 instant with Z or an offset, epoch ms or a Date, not an object");
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

describe("InstantSchema messages for instants of the right shape with a field out of range (issue 9)", () => {
  // [input, the part the message must name]; each is refused by toEpochMs and parseInstantFast alike.
  const cases: [string, string][] = [
    ["2026-02-30T00:00:00Z", "2026-02-30 is not a calendar date"],
    ["2025-02-29T12:00:00+02:00", "2025-02-29 is not a calendar date"], // 2025 is not a leap year
    ["2026-04-31T00:00Z", "2026-04-31 is not a calendar date"],
    ["2026-13-01T00:00:00Z", "2026-13-01 is not a calendar date"],
    ["2026-03-00T00:00:00Z", "2026-03-00 is not a calendar date"],
    ["2026-03-01T24:00:00Z", "24:00:00 is not a time of day"],
    ["2026-03-01T23:60Z", "23:60 is not a time of day"],
    ["2026-03-01T10:00:61Z", "10:00:61 is not a time of day"],
    ["2026-03-01T10:00:00+24:00", "+24:00 is not a zone offset"],
    ["2026-03-01T10:00:00-0160", "-0160 is not a zone offset"],
  ];

  it("names the calendar date, the time of day or the offset that does not exist, with the field's path", () => {
    for (const [input, part] of cases) {
      expect(toEpochMs(input)).toBeNull();
      expect(parseInstantFast(input)).toBeNull();
      const result = z.object({ at: InstantSchema }).safeParse({ at: input });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain(part);
      expect(result.error?.issues[0]?.path).toEqual(["at"]);
    }
  });

  it("keeps the general message for a string of the wrong shape", () => {
    const result = InstantSchema.safeParse("2026-03-01T10:00:00");
    expect(result.error?.issues[0]?.message).toBe('"2026-03-01T10:00:00" is not an ISO-8601 instant with Z or an offset');
  });

  it("gives the same reason on the fast path of the aggregation functions (parseInstantFast)", () => {
    const kpi = { id: "k", measure: { kind: "count" }, aggregation: "sum" } as const;
    expect(() =>
      aggregateRows([{ id: "m", kpiId: "k", subjectId: "s", at: "2026-02-30T00:00:00Z", value: 1 }] as never, [kpi] as never, {
        grain: "month",
        calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 },
      }),
    ).toThrowError(expect.objectContaining({ code: "invalid_input", path: [0, "at"], message: expect.stringContaining("2026-02-30 is not a calendar date") }));
  });

  it("gives the reason with the record's path in parseMeasurement", () => {
    expect(() => parseMeasurement({ id: "m", kpiId: "k", subjectId: "s", at: "2026-02-30T00:00:00Z", value: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: ["at"], message: expect.stringContaining("2026-02-30 is not a calendar date") }),
    );
  });
});
