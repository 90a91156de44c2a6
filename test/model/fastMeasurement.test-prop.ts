import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { fastMeasurement } from "../../src/model/_lib/fastMeasurement.js";
import { MeasurementSchema } from "../../src/model/measurement.js";

describe("fastMeasurement", () => {
  it("matches the documented example", () => {
    expect(fastMeasurement({ id: "m1", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z", value: 5 })).toEqual({
      id: "m1", kpiId: "k", subjectId: "s", at: 1772323200000, value: 5, status: "normal",
    });
  });

  it("leaves what it does not plainly accept to the schema", () => {
    for (const input of [
      null, [], "x", { id: "m", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z" }, // no value
      { id: "m", kpiId: "k", subjectId: "s", at: new Date(0), value: 1 }, // a Date: the schema reads it
      { id: "m", kpiId: "k", subjectId: "s", at: 0, value: 1, extra: 1 }, // unknown field
      { id: "m", kpiId: "k", subjectId: "s", at: 0, value: undefined, numerator: 1, denominator: 2 },
      { id: " m", kpiId: "k", subjectId: "s", at: 0, value: 1 },
      { id: "m", kpiId: "k", subjectId: "s", at: 0, value: 1, supersedes: "m" },
    ]) expect(fastMeasurement(input)).toBeNull();
  });
});

// Records near the valid ones: every field drawn from valid and invalid values alike.
const idArb = fc.oneof(fc.constantFrom("m-1", "k", "svc a", "ä/ü", "", " x", "x ", "a\u0001", "x".repeat(201)), fc.string({ maxLength: 6 }));
const instantArb = fc.oneof(
  fc.constantFrom("2026-03-01T00:00:00Z", "2026-03-29T03:30:00+03:00", "2026-03-01T00:00:00", "2026-02-30T00:00:00Z", "x"),
  fc.integer({ min: -1e13, max: 1e13 }),
  fc.constantFrom(0.5, Number.NaN, 9e15, -0),
);
const numberArb = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, 1e101, -1e101, Number.NaN, null, "1"));
const recordArb = fc.record(
  {
    id: idArb,
    kpiId: idArb,
    subjectId: idArb,
    at: instantArb,
    value: numberArb,
    numerator: numberArb,
    denominator: numberArb,
    weight: numberArb,
    source: fc.oneof(fc.string({ maxLength: 4 }), fc.constant("s".repeat(201)), fc.constant(3)),
    collection: fc.constantFrom("manual", "automated", "robot"),
    status: fc.constantFrom("normal", "provisional", "estimated", "revised", "final"),
    recordedAt: instantArb,
    supersedes: idArb,
  },
  { requiredKeys: [] },
);

test.prop([recordArb], { numRuns: 3000 })("returns exactly what the schema returns whenever it answers", (input) => {
  const fast = fastMeasurement(input);
  if (fast === null) return;
  const slow = MeasurementSchema.safeParse(input);
  expect(slow.success).toBe(true);
  expect(fast).toEqual(slow.data);
  expect(Object.keys(fast)).toEqual(Object.keys(slow.data!));
  expect(Object.isFrozen(fast)).toBe(Object.isFrozen(slow.data));
});

test.prop([recordArb.map((r) => ({ ...r, id: "m-1", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z" }))], { numRuns: 2000 })(
  "answers for every valid record with ISO or epoch instants (the fast path is taken, not skipped)",
  (input) => {
    const slow = MeasurementSchema.safeParse(input);
    const fast = fastMeasurement(input);
    if (slow.success) expect(fast).not.toBeNull();
    else expect(fast).toBeNull();
  },
);
