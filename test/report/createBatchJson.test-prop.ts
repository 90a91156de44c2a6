import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { measurementAt } from "../../src/model/measurementAt.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { canonicalMeasurementJson } from "../../src/report/_lib/canonicalMeasurementJson.js";
import { createBatchJson, createBatchJsonWriter, forEachBatchJson } from "../../src/report/_lib/createBatchJson.js";
import { toCanonicalJson } from "../../src/report/toCanonicalJson.js";

describe("createBatchJson", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 5 }]);
    expect(createBatchJson(batch)(0)).toBe('{"at":0,"id":"m1","kpiId":"k","status":"normal","subjectId":"s","value":5}');
  });
});

// Valid records with every optional field present or not, texts that need escaping, -0 and tiny or huge numbers.
const textArb = fc.oneof(fc.constantFrom("k", 'q"x', "back\\slash", "\ud83d\ude00", "a b é"), fc.string({ minLength: 1, maxLength: 5 }).filter((s) => s.trim() === s && ![...s].some((c) => c.charCodeAt(0) < 32 || c === "\u007f")));
const numArb = fc.oneof(fc.double({ min: -1e100, max: 1e100, noNaN: true }), fc.constantFrom(0, -0, 1e-7, 5e-324, 123456789012345680000));
const recordArb = fc.record(
  {
    kpiId: textArb,
    subjectId: textArb,
    at: fc.integer({ min: -1e13, max: 1e13 }),
    ratio: fc.option(fc.tuple(numArb, numArb.map(Math.abs)), { nil: undefined }),
    value: fc.oneof(numArb, fc.constant(null)),
    weight: fc.option(numArb.map(Math.abs), { nil: undefined }),
    source: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
    collection: fc.option(fc.constantFrom("manual", "automated"), { nil: undefined }),
    status: fc.option(fc.constantFrom("normal", "provisional", "estimated", "revised"), { nil: undefined }),
    recordedAt: fc.option(fc.integer({ min: -1e13, max: 1e13 }), { nil: undefined }),
    supersedes: fc.option(textArb, { nil: undefined }),
  },
  { requiredKeys: ["kpiId", "subjectId", "at", "value"] },
);

type Spec = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

function toRecords(specs: readonly Spec[]): Record<string, unknown>[] {
  return specs.map((s, i) => {
      const r: Record<string, unknown> = { id: `m${i}${s.kpiId}`, kpiId: s.kpiId, subjectId: s.subjectId, at: s.at };
      if (s.ratio !== undefined) [r["numerator"], r["denominator"]] = s.ratio;
      else if (s.value === null) Object.assign(r, { value: null, weight: 0 });
      else r["value"] = s.value;
      for (const key of ["source", "collection", "status", "recordedAt"] as const) if (s[key] !== undefined) r[key] = s[key];
      if (s.weight !== undefined && r["weight"] === undefined) r["weight"] = s.weight;
      if (s.supersedes !== undefined && s.supersedes !== r["id"]) r["supersedes"] = s.supersedes;
      return r;
  });
}

test.prop([fc.array(recordArb, { maxLength: 10 })], { numRuns: 1000 })(
  "writes each record's canonical JSON exactly as canonicalMeasurementJson and toCanonicalJson do",
  (specs) => {
    const batch = toMeasurementBatch(toRecords(specs));
    const json = createBatchJson(batch);
    for (let i = 0; i < batch.length; i++) {
      const m = measurementAt(batch, i);
      expect(json(i)).toBe(canonicalMeasurementJson(m));
      expect(json(i)).toBe(toCanonicalJson(m));
    }
  },
);

describe("forEachBatchJson", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([
      { id: "b", kpiId: "k", subjectId: "s", at: 0, value: 1 },
      { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 2 },
    ]);
    const texts: string[] = [];
    forEachBatchJson(batch, [1, 0], (text) => texts.push(text.slice(0, 16)));
    expect(texts).toEqual(['{"at":0,"id":"a"', '{"at":0,"id":"b"']);
  });
});

// n records: copies of the generated ones, each with an id of its own.
function batchOfCopies(specs: Parameters<typeof toRecords>[0], n: number): ReturnType<typeof toMeasurementBatch> {
  const base = toRecords(specs);
  const records = Array.from({ length: n }, (_, i) => {
    const r: Record<string, unknown> = { ...base[i % base.length]!, id: `r${i}` };
    if (r["supersedes"] === r["id"]) delete r["supersedes"];
    return r;
  });
  return toMeasurementBatch(records);
}

// Blocks of 4 096 records: batches across several blocks, in a shuffled order, give each record's text in that order.
test.prop([fc.array(recordArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 9000 }), fc.integer(), fc.integer({ min: 0, max: 9001 })], { numRuns: 25 })(
  "gives the texts of createBatchJson in the order given, across blocks, after a comma from commaFrom on",
  (specs, n, seed, commaFrom) => {
    const batch = batchOfCopies(specs, n);
    // A seeded shuffle of the record indexes.
    const order = Array.from({ length: n }, (_, i) => i);
    let x = seed >>> 0;
    for (let i = n - 1; i > 0; i--) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      const j = x % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const json = createBatchJson(batch);
    const got: string[] = [];
    const positions: number[] = [];
    forEachBatchJson(
      batch,
      Uint32Array.from(order),
      (text, r) => {
        got.push(text);
        positions.push(r);
      },
      commaFrom,
    );
    expect(positions).toEqual(order.map((_, r) => r));
    expect(got).toEqual(order.map((i, r) => (r >= commaFrom ? `,${json(i)}` : json(i))));
  },
);

describe("createBatchJsonWriter", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([
      { id: "b", kpiId: "k", subjectId: "s", at: 0, value: 1 },
      { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 2 },
    ]);
    const write = createBatchJsonWriter(batch);
    const texts: string[] = [];
    write([1], (text) => texts.push(text.slice(0, 16)));
    write([0], (text) => texts.push(text.slice(0, 16)));
    expect(texts).toEqual(['{"at":0,"id":"a"', '{"at":0,"id":"b"']);
  });
});

// One writer called with an order cut into pieces of any sizes (as the digest's blocks are written): each piece's
// texts are createBatchJson's, at their positions within the piece.
test.prop([fc.array(recordArb, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 6000 }), fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 })], { numRuns: 25 })(
  "writes an order cut into pieces as the whole order",
  (specs, n, cuts) => {
    const batch = batchOfCopies(specs, n);
    const order = Uint32Array.from({ length: n }, (_, i) => n - 1 - i);
    const json = createBatchJson(batch);
    const write = createBatchJsonWriter(batch);
    const got: string[] = [];
    let start = 0;
    for (let c = 0; start < n; c++) {
      const end = Math.min(n, start + cuts[c % cuts.length]!);
      write(order.subarray(start, end), (text, r) => got.push(`${start + r}:${text}`));
      start = end;
    }
    expect(got).toEqual(Array.from(order, (i, r) => `${r}:${json(i)}`));
  },
);
