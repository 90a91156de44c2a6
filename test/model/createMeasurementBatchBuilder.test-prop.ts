import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { parseMeasurement } from "../../src/model/measurement.js";
import { parseMeasurementAt } from "../../src/model/_lib/parseMeasurementAt.js";
import { measurementAt } from "../../src/model/measurementAt.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { kpiErrorOf as errorOf } from "../kpiErrorOf.js";


// Every field, valid or not, as in the fastMeasurement property: a record is either refused as parseMeasurements
// refuses it, or read back (measurementAt) as exactly what parseMeasurement returns.
const idArb = fc.oneof(fc.constantFrom("m-1", "k", "svc a", "ä/ü", "", " x", 'q"\\', "\ud83d\ude00"), fc.string({ maxLength: 4 }));
const instantArb = fc.oneof(fc.constantFrom("2026-03-01T00:00:00Z", "2026-03-29T03:30:00+03:00", "2026-03-01", "x"), fc.integer({ min: -1e13, max: 1e13 }), fc.constant(0.5));
const numberArb = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, -1, 1e101, Number.NaN, null, "1"));
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
    source: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(3)),
    collection: fc.constantFrom("manual", "automated", "robot"),
    status: fc.constantFrom("normal", "provisional", "estimated", "revised", "final"),
    recordedAt: instantArb,
    supersedes: idArb,
  },
  { requiredKeys: [] },
);

test.prop([fc.array(recordArb, { maxLength: 8 })], { numRuns: 1500 })(
  "keeps exactly what parseMeasurements returns, and refuses exactly what it refuses, with the same error",
  (inputs) => {
    let expected: ReturnType<typeof parseMeasurement>[] | null = null;
    // parseMeasurements' per-record step (parseMeasurementAt: parseMeasurement, its error placed at [i]), without
    // its workspace check.
    const parseError = errorOf(() => {
      expected = inputs.map((input, i) => parseMeasurementAt(input, i));
    });
    let batch: ReturnType<typeof toMeasurementBatch> | null = null;
    const batchError = errorOf(() => (batch = toMeasurementBatch(inputs)));
    expect(batchError).toEqual(parseError);
    if (expected === null || batch === null) return;
    const b = batch as ReturnType<typeof toMeasurementBatch>;
    expect(Array.from({ length: b.length }, (_, i) => measurementAt(b, i))).toEqual(expected);
    for (let i = 0; i < b.length; i++) expect(Object.keys(measurementAt(b, i))).toEqual(Object.keys(expected[i]!));
  },
);

test.prop([fc.array(recordArb.map((r) => ({ ...r, id: "m-1", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z" })), { maxLength: 6 })], { numRuns: 1500 })(
  "reads back each valid record (of any field mix) as parseMeasurement returns it",
  (inputs) => {
    const valid = inputs.filter((input) => errorOf(() => parseMeasurement(input)) === null).map((input, i) => ({ ...input, id: `record-${i}` })); // ids no drawn supersedes (4 characters at most) can name
    const batch = toMeasurementBatch(valid);
    valid.forEach((input, i) => {
      expect(measurementAt(batch, i)).toEqual(parseMeasurement(input));
      expect(Object.keys(measurementAt(batch, i))).toEqual(Object.keys(parseMeasurement(input)));
    });
  },
);
