import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { canonicalMeasurementJson } from "../../src/report/_lib/canonicalMeasurementJson.js";
import { toCanonicalJson } from "../../src/report/toCanonicalJson.js";

describe("canonicalMeasurementJson", () => {
  it("matches the documented example", () => {
    expect(canonicalMeasurementJson({ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 5, status: "normal" } as never)).toBe(
      '{"at":0,"id":"m1","kpiId":"k","status":"normal","subjectId":"s","value":5}',
    );
  });
});

// Measurement-like objects, with keys in any order, odd strings and numbers, and now and then a foreign field.
const field = fc.oneof(
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(null, -0, 1e21, 5e-324),
);
const keys = ["at", "collection", "denominator", "id", "kpiId", "numerator", "recordedAt", "source", "status", "subjectId", "supersedes", "value", "weight"];
const record = fc
  .tuple(fc.dictionary(fc.constantFrom(...keys), field), fc.option(fc.dictionary(fc.string({ maxLength: 3 }), field, { maxKeys: 2 })))
  .chain(([known, foreign]) => fc.shuffledSubarray(Object.entries({ ...known, ...(foreign ?? {}) })).map((entries) => Object.fromEntries(entries)));

test.prop([record], { numRuns: 2000 })("writes exactly what toCanonicalJson writes", (m) => {
  expect(canonicalMeasurementJson(m as never)).toBe(toCanonicalJson(m));
});
