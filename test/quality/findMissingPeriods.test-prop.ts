import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { findMissingPeriods } from "../../src/quality/findMissingPeriods.js";
import { eachPeriod } from "../../src/time/eachPeriod.js";
import { periodOf } from "../../src/time/periodOf.js";

const riga = { timeZone: "Europe/Riga", fiscalYearStartMonth: 1 };
const start = Date.UTC(2025, 11, 1);
const HOUR = 3_600_000;

describe("findMissingPeriods", () => {
  test.prop([
    fc.array(fc.integer({ min: -24 * 40, max: 24 * 400 }).map((h) => start + h * HOUR), { maxLength: 30 }),
    fc.constantFrom("day" as const, "week" as const, "month" as const),
    fc.integer({ min: 0, max: 24 * 300 }),
  ])("returns the periods of the range that no instant falls in", (instants, grain, spanHours) => {
    const from = start;
    const to = start + spanHours * HOUR;
    // Second method: label every instant with periodOf, then take the range's periods without a label.
    const labels = new Set(instants.map((at) => periodOf(at, grain, riga).label));
    const all = eachPeriod(from, periodOf(to, grain, riga).end, grain, riga);
    const expected = all.filter((p) => !labels.has(p.label)).map((p) => p.label);
    expect(findMissingPeriods(instants, { first: from, last: to, grain }, riga).map((p) => p.label)).toEqual(expected);
  });
});
