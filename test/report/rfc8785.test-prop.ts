// The canonical JSON of the digests against an independent implementation of RFC 8785 (JSON Canonicalization
// Scheme): `canonicalize` by Samuel Erdtman, one of the RFC's authors (Apache-2.0, a dev dependency only). kpi-kit
// writes canonical JSON itself (the digest writes a million records a second), so these tests hold it to the RFC's
// own implementation: keys sorted by UTF-16 code unit, numbers as ECMAScript prints them, strings as JSON.stringify
// escapes them — and the measurements digest is then reproducible by anyone with an RFC 8785 library and SHA-256.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { measurementAt } from "../../src/model/measurementAt.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { createBatchJson } from "../../src/report/_lib/createBatchJson.js";
import { canonicalMeasurementJson } from "../../src/report/_lib/canonicalMeasurementJson.js";
import { digestMeasurements } from "../../src/report/digestMeasurements.js";
import { toCanonicalJson } from "../../src/report/toCanonicalJson.js";

// A CommonJS module whose types say it is an ES default export: required as what it is.
const canonicalize = createRequire(import.meta.url)("canonicalize") as (value: unknown) => string | undefined;
const rfc8785 = (value: unknown): string => canonicalize(value)!;

// Texts with what needs care: quotes, backslashes, control characters, characters outside the BMP (keys sort by
// UTF-16 code unit, so "\u{1F600}" sorts before "\uFFFD"), accents.
const keyArb = fc.oneof(fc.string({ maxLength: 4, unit: "grapheme" }), fc.constantFrom("a", "b", "é", "\u{1F600}", "\uFFFD", "A", "_", "10", "9"));
const doubleArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 1e-7, 1e-6, 5e-324, 1.7976931348623157e308, 123456789012345680000, 0.1 + 0.2),
);
const jsonArb = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    doubleArb,
    fc.string({ maxLength: 6, unit: "grapheme" }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(keyArb, tie("value"), { maxKeys: 5 }),
  ),
})).value;

describe("canonical JSON against RFC 8785's reference implementation", () => {
  test.prop([jsonArb], { numRuns: 1000 })("toCanonicalJson writes what canonicalize writes", (value) => {
    expect(toCanonicalJson(value)).toBe(rfc8785(value));
  });

  // Valid measurements with every optional field, texts that need escaping, numbers of every magnitude.
  const textArb = fc.oneof(fc.constantFrom("k", 'q"x', "back\\slash", "\u{1F600}", "a b é", "Ω"), fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/));
  const recordArb = fc.record(
    {
      kpiId: textArb,
      subjectId: textArb,
      at: fc.integer({ min: -1e13, max: 1e13 }),
      ratio: fc.option(fc.tuple(doubleArb.filter((x) => Math.abs(x) <= 1e15), doubleArb.map(Math.abs).filter((x) => x <= 1e15)), { nil: undefined }),
      value: doubleArb.filter((x) => Math.abs(x) <= 1e15),
      source: fc.option(textArb, { nil: undefined }),
      collection: fc.option(fc.constantFrom("manual", "automated"), { nil: undefined }),
      status: fc.option(fc.constantFrom("normal", "provisional", "estimated", "revised"), { nil: undefined }),
      recordedAt: fc.option(fc.integer({ min: -1e13, max: 1e13 }), { nil: undefined }),
    },
    { requiredKeys: ["kpiId", "subjectId", "at", "value"] },
  );
  const recordsArb = fc.array(recordArb, { maxLength: 8 }).map((specs) =>
    specs.map((s, i) => {
      const r: Record<string, unknown> = { id: `m${i}-${s.kpiId}`, kpiId: s.kpiId, subjectId: s.subjectId, at: s.at };
      if (s.ratio !== undefined) [r["numerator"], r["denominator"]] = s.ratio;
      else r["value"] = s.value;
      for (const key of ["source", "collection", "status", "recordedAt"] as const) if (s[key] !== undefined) r[key] = s[key];
      return r;
    }),
  );

  test.prop([recordsArb], { numRuns: 500 })("each record's canonical JSON (from records and from a batch) is canonicalize's", (records) => {
    const batch = toMeasurementBatch(records);
    const json = createBatchJson(batch);
    for (let i = 0; i < batch.length; i++) {
      const m = measurementAt(batch, i);
      const want = rfc8785(m);
      expect(json(i)).toBe(want);
      expect(canonicalMeasurementJson(m)).toBe(want);
    }
  });

  test.prop([recordsArb], { numRuns: 300 })("the measurements digest is SHA-256 of canonicalize's text of the records sorted by id", (records) => {
    const parsed = records.map((_, i) => measurementAt(toMeasurementBatch(records), i));
    // Sorted by id as `<` compares strings (UTF-16 code units), the order docs/large-files.md defines.
    const sorted = [...parsed].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(digestMeasurements(records)).toBe(createHash("sha256").update(rfc8785(sorted)).digest("hex"));
  });
});
