// Availability against a second, independent method: walk the period minute by minute (docs/conventions.md#sla-and-slo).
// A minute under any maintenance window is not eligible; an eligible minute inside any outage is down. Then
// availability = (eligible − down) / eligible, `null` when nothing is eligible, and the verdict against the SLO is
// the integer comparison (eligible − down) · 1000 ≥ SLO‰ · eligible. All windows lie on whole minutes, so counting
// minutes is exact. A second property builds availability exactly at the SLO with an outage that starts inside
// maintenance, where only the eligible part may count.
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { measureAvailability } from "../../src/sla/measureAvailability.js";

const MINUTE = 60_000;
const P0 = Date.UTC(2026, 3, 1);

const window = (length: number) =>
  fc
    .tuple(fc.integer({ min: -120, max: length + 120 }), fc.integer({ min: 0, max: Math.max(1, Math.floor(length / 3)) }))
    .map(([start, minutes]) => [start, start + minutes] as const);

/** The SLO as a string and in tenths of a percent. */
const sloArb = fc.constantFrom(["90", 900], ["99", 990], ["99.5", 995], ["99.9", 999], ["50", 500]) as fc.Arbitrary<
  [string, number]
>;

const scenario = fc.integer({ min: 1, max: 3000 }).chain((length) =>
  fc.record({
    length: fc.constant(length),
    outages: fc.array(window(length), { maxLength: 8 }),
    maintenance: fc.array(window(length), { maxLength: 5 }),
    slo: sloArb,
  }),
);

const inAny = (spans: readonly (readonly [number, number])[], m: number) => spans.some(([a, b]) => a <= m && m < b);

test.prop([scenario], { numRuns: 200 })(
  "equals (eligible − down) / eligible counted minute by minute, with the exact verdict",
  ({ length, outages, maintenance, slo: [slo, permille] }) => {
    let eligible = 0;
    let down = 0;
    for (let m = 0; m < length; m++) {
      if (inAny(maintenance, m)) continue;
      eligible++;
      if (inAny(outages, m)) down++;
    }
    const r = measureAvailability(
      outages.map(([a, b], i) => ({ id: `o${i}`, start: P0 + a * MINUTE, end: P0 + b * MINUTE })),
      { start: P0, end: P0 + length * MINUTE },
      { slo, maintenance: maintenance.map(([a, b]) => ({ kind: "one_off" as const, start: P0 + a * MINUTE, end: P0 + b * MINUTE })) },
    );
    expect(r.eligible).toBe(eligible * MINUTE);
    expect(r.spent).toBe(down * MINUTE);
    if (eligible === 0) {
      expect(r.attainment).toBeNull();
      expect(r.met).toBeNull();
    } else {
      expect(r.attainment).toBeCloseTo((eligible - down) / eligible, 14);
      expect(r.met).toBe((eligible - down) * 1000 >= permille * eligible);
      expect(r.budget).toBeCloseTo(((1000 - permille) / 1000) * eligible * MINUTE, 6);
    }
  },
);

test.prop([fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 500 }), fc.nat(), fc.nat()])(
  "is exactly 99.9 % (met) when one eligible minute in 1000 is down, the rest of the outage under maintenance",
  (q, maintenanceMinutes, placeSeed, splitSeed) => {
    // Eligible time 1000·q minutes, maintenance M minutes somewhere in the period; the outage covers the whole
    // maintenance window and exactly q eligible minutes (x before it, q − x after it).
    const eligible = 1000 * q;
    const length = eligible + maintenanceMinutes;
    const a = placeSeed % (eligible + 1); // maintenance [a, a + M)
    const after = length - a - maintenanceMinutes; // eligible minutes after maintenance
    const xMin = Math.max(0, q - after);
    const xMax = Math.min(q, a);
    const x = xMin + (splitSeed % (xMax - xMin + 1));
    const measure = (extra: number) =>
      measureAvailability(
        [{ id: "o", start: P0 + (a - x) * MINUTE, end: P0 + (a + maintenanceMinutes + q - x + extra) * MINUTE }],
        { start: P0, end: P0 + length * MINUTE },
        { slo: "99.9", maintenance: [{ kind: "one_off", start: P0 + a * MINUTE, end: P0 + (a + maintenanceMinutes) * MINUTE }] },
      );
    const exact = measure(0);
    expect(exact.eligible).toBe(eligible * MINUTE);
    expect(exact.spent).toBe(q * MINUTE);
    expect(exact.attainment).toBeCloseTo(0.999, 15);
    expect(exact.met).toBe(true);
    if (q - x + 1 <= after) {
      // One more eligible minute down: (1000q − q − 1) / 1000q < 99.9 %.
      const over = measure(1);
      expect(over.spent).toBe((q + 1) * MINUTE);
      expect(over.met).toBe(false);
    }
  },
);
