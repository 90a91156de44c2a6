import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { measureAvailability } from "../../src/sla/measureAvailability.js";

const period = { start: 0, end: 10_000 };
const span = fc
  .tuple(fc.integer({ min: -2000, max: 12_000 }), fc.integer({ min: 0, max: 3000 }))
  .map(([start, length]) => ({ start, end: start + length }));
const oneOff = span.map((s) => ({ kind: "one_off" as const, start: s.start, end: s.end }));
const slo = fc.constantFrom("90", "99", "99.9");

test.prop([fc.array(span, { maxLength: 8 }), fc.array(oneOff, { maxLength: 4 }), slo])(
  "keeps availability in [0, 1] and spent + remaining = budget",
  (outages, maintenance, s) => {
    const r = measureAvailability(outages, period, { maintenance, slo: s });
    if (r.attainment !== null) {
      expect(r.attainment).toBeGreaterThanOrEqual(0);
      expect(r.attainment).toBeLessThanOrEqual(1);
    } else expect(r.eligible).toBe(0);
    expect(r.spent).toBeLessThanOrEqual(r.eligible);
    expect(r.spent + r.remaining!).toBeCloseTo(r.budget!, 6);
  },
);

test.prop([fc.array(span, { maxLength: 8 }), fc.nat({ max: 7 })])(
  "never raises availability when an outage is added, nor lowers it when one is removed",
  (outages, drop) => {
    const all = measureAvailability(outages, period);
    const fewer = measureAvailability(outages.filter((_, i) => i !== drop), period);
    expect(fewer.attainment!).toBeGreaterThanOrEqual(all.attainment!);
  },
);

test.prop([fc.array(span, { maxLength: 8 }), fc.integer({ min: 1, max: 9_999 })])(
  "splits downtime exactly at a period boundary",
  (outages, cut) => {
    const whole = measureAvailability(outages, period).spent;
    const left = measureAvailability(outages, { start: 0, end: cut }).spent;
    const right = measureAvailability(outages, { start: cut, end: 10_000 }).spent;
    expect(left + right).toBe(whole);
  },
);
