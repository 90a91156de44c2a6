import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import type { Grain } from "../../src/time/grain.js";
import { nextPeriod } from "../../src/time/nextPeriod.js";
import { parsePeriod } from "../../src/time/parsePeriod.js";
import { periodOf } from "../../src/time/periodOf.js";
import { previousPeriod } from "../../src/time/previousPeriod.js";

const zones = ["Europe/Riga", "America/New_York", "Australia/Sydney", "UTC", "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Apia", "Asia/Kathmandu"];
const grains: Grain[] = ["day", "week", "month", "quarter", "year", "fiscal_year"];
const calendarArb = fc.record({ timeZone: fc.constantFrom(...zones), fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }) });
// 1950–2100, plus instants near the Riga switches of 2026 (01:00 UTC on 29 March and 25 October).
const instantArb = fc.oneof(
  fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }),
  fc.integer({ min: Date.UTC(2026, 2, 28, 20), max: Date.UTC(2026, 2, 29, 23) }),
  fc.integer({ min: Date.UTC(2026, 9, 24, 20), max: Date.UTC(2026, 9, 25, 23) }),
);
const grainArb = fc.constantFrom(...grains);

test.prop([instantArb, grainArb, calendarArb])("puts every instant inside [start, end) of its period", (ms, grain, calendar) => {
  const period = periodOf(ms, grain, calendar);
  expect(period.start).toBeLessThanOrEqual(ms);
  expect(ms).toBeLessThan(period.end);
});

test.prop([instantArb, grainArb, calendarArb])("round-trips labels through parsePeriod", (ms, grain, calendar) => {
  const period = periodOf(ms, grain, calendar);
  expect(parsePeriod(period.label, undefined, calendar)).toEqual(period);
  expect(periodOf(parsePeriod(period.label, grain, calendar).start, grain, calendar).label).toBe(period.label);
});

test.prop([instantArb, grainArb, calendarArb])("tiles time: neighbours touch with no gap or overlap", (ms, grain, calendar) => {
  const period = periodOf(ms, grain, calendar);
  const next = nextPeriod(period, calendar);
  const previous = previousPeriod(period, calendar);
  expect(next.start).toBe(period.end);
  expect(previous.end).toBe(period.start);
  expect(next.label > period.label || grain === "week").toBe(true);
  expect(periodOf(period.end - 1, grain, calendar).label).toBe(period.label);
});

test.prop([instantArb, calendarArb])("lasts 24 hours ± the DST shift for a day, and nests days in months", (ms, calendar) => {
  const day = periodOf(ms, "day", calendar);
  const hours = (day.end - day.start) / 3_600_000;
  expect(hours).toBeGreaterThanOrEqual(calendar.timeZone === "Pacific/Apia" ? 0 : 22);
  expect(hours).toBeLessThanOrEqual(26);
  const month = periodOf(ms, "month", calendar);
  expect(month.start).toBeLessThanOrEqual(day.start);
  expect(day.end).toBeLessThanOrEqual(month.end);
  expect(day.label.startsWith(month.label)).toBe(true);
});
