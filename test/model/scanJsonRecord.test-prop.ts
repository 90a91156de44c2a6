import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createScanCaches, createScannedRecord, scannedId, scanJsonRecord } from "../../src/model/_lib/scanJsonRecord.js";
import { parseMeasurement } from "../../src/model/measurement.js";
import { scannedRecordOf } from "./scannedRecordOf.js";

describe("scannedId", () => {
  it("matches the documented example", () => {
    expect(scannedId({ ...createScannedRecord(), idBytes: Buffer.from('"m1"'), idStart: 1, idEnd: 3 })).toBe("m1");
  });

  it("gives the id a record was given as text", () => {
    expect(scannedId({ ...createScannedRecord(), id: "m2" })).toBe("m2");
  });
});

describe("scanJsonRecord", () => {
  it("matches the documented example", () => {
    const out = createScannedRecord();
    const line = Buffer.from('{"id":"m1","kpiId":"k","subjectId":"s","at":"2026-03-01T00:00:00Z","value":2.5}');
    // 2026-03-01T00:00:00Z: 20 513 days after the epoch.
    expect([scanJsonRecord(createScanCaches(), line, 0, line.length, out), scannedId(out), out.at, out.value]).toEqual([true, "m1", 1772323200000, 2.5]);
  });

  it("leaves to JSON.parse and the schema what it does not plainly read", () => {
    const out = createScannedRecord();
    for (const text of [
      '{"id":"m1","kpiId":"k","subjectId":"s","at":0,"value":1,"value":2}', // a key twice
      '{"id":"m\\u0031","kpiId":"k","subjectId":"s","at":0,"value":1}', // an escape
      '{"id":"ä","kpiId":"k","subjectId":"s","at":0,"value":1}', // not ASCII
      '{"id":"m1","kpiId":"k","subjectId":"s","at":0,"value":01}', // not JSON
      '{"id":"m1","kpiId":"k","subjectId":"s","at":0,"value":"1"}', // a number as text
      '{"id":"m1","kpiId":"k","subjectId":"s","at":0}', // no value
      '{"id":"m1","kpiId":"k","subjectId":"s","at":0,"value":1} x', // trailing text
      '{"xd":"m1","kpiId":"k","subjectId":"s","at":0,"value":1}', // a key shaped like "id" (length, last byte)
      '{"id":"m1","kpiId":"k","subjectId":"s","at":0,"valuE":1}', // one like "value" but for a letter's case
      "\ufeff{}",
    ]) {
      const bytes = Buffer.from(text);
      expect({ text, read: scanJsonRecord(createScanCaches(), bytes, 0, bytes.length, out) }).toEqual({ text, read: false });
    }
  });
});

describe("scanJsonRecord", () => {
  it("reads a ratio record", () => {
    const out = createScannedRecord();
    const line = Buffer.from('{"id":"m1","kpiId":"k","subjectId":"s","at":0,"numerator":1,"denominator":4}');
    expect([scanJsonRecord(createScanCaches(), line, 0, line.length, out), out.numerator, out.denominator]).toEqual([true, 1, 4]);
  });
});

// Lines near the valid ones, in varied JSON: any key order, white space, escapes, non-ASCII text, numbers in every
// notation, duplicates, nulls, wrong types. Whenever the scanner reads a line, JSON.parse + parseMeasurement must give
// the very same record; whenever those refuse it, the scanner must not read it.
const idArb = fc.oneof(fc.constantFrom("m-1", "k", "svc a", "ä/ü", " x", "x ", "a\u0001", "q\"x", "x".repeat(201), ""), fc.string({ maxLength: 5 }));
const numberArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(0, -0, 0.1, 12138.61, 1e21, 123456789012345680, 1e-7, 1e101, -1),
);
const numberTextArb = fc.oneof(
  numberArb.map((x) => JSON.stringify(x)),
  fc.constantFrom("1.0", "1e2", "1E+2", "-0", "-0.0", "0.1000", "01", "1.", ".5", "+1", "1e", "123456789012345.6", "9007199254740993", "null", '"1"', "true"),
);
const instantTextArb = fc.oneof(
  fc.constantFrom('"2026-03-01T00:00:00Z"', '"2026-03-29T03:30:00+03:00"', '"2026-03-01"', '"x"', "1772323200000", "1.5", '"2026-03-01T00:00:00.123456Z"', "8640000000000001"),
  fc.integer({ min: -1e13, max: 1e13 }).map(String),
);
const fieldArb = fc.oneof(
  idArb.map((x) => ["id", JSON.stringify(x)] as const),
  idArb.map((x) => ["kpiId", JSON.stringify(x)] as const),
  idArb.map((x) => ["subjectId", JSON.stringify(x)] as const),
  instantTextArb.map((x) => ["at", x] as const),
  numberTextArb.map((x) => ["value", x] as const),
  numberTextArb.map((x) => ["numerator", x] as const),
  numberTextArb.map((x) => ["denominator", x] as const),
  numberTextArb.map((x) => ["weight", x] as const),
  fc.oneof(fc.string({ maxLength: 4 }), fc.constant("s".repeat(201))).map((x) => ["source", JSON.stringify(x)] as const),
  fc.constantFrom("manual", "automated", "robot").map((x) => ["collection", JSON.stringify(x)] as const),
  fc.constantFrom("normal", "provisional", "estimated", "revised", "final").map((x) => ["status", JSON.stringify(x)] as const),
  instantTextArb.map((x) => ["recordedAt", x] as const),
  idArb.map((x) => ["supersedes", JSON.stringify(x)] as const),
  fc.constant(["extra", "1"] as const),
);
const base = [
  ["id", '"m-1"'],
  ["kpiId", '"k"'],
  ["subjectId", '"s"'],
  ["at", '"2026-03-01T00:00:00Z"'],
] as const;
const spaceArb = fc.constantFrom("", "", " ", "\t", "  ");
const lineArb = fc
  .tuple(fc.array(fieldArb, { maxLength: 8 }), fc.boolean(), fc.array(spaceArb, { minLength: 40, maxLength: 40 }), fc.integer())
  .map(([fields, withBase, spaces, seed]) => {
    const all = withBase ? [...base, ...fields] : fields;
    // a seeded shuffle of the key order
    const order = [...all];
    let x = seed >>> 0;
    for (let i = order.length - 1; i > 0; i--) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      const j = x % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const sp = (k: number) => spaces[k % spaces.length]!;
    return `${sp(0)}{${order.map(([k, v], i) => `${sp(i + 1)}"${k}"${sp(i + 2)}:${sp(i + 3)}${v}`).join(",")}${sp(7)}}${sp(9)}`;
  });

test.prop([lineArb], { numRuns: 6000 })("reads a line only as JSON.parse + parseMeasurement read it, to the same record", (text) => {
  let expected: Record<string, unknown> | null = null;
  try {
    expected = parseMeasurement(JSON.parse(text)) as unknown as Record<string, unknown>;
  } catch {
    expected = null;
  }
  const out = createScannedRecord();
  const bytes = Buffer.from(`#${text}#`);
  const read = scanJsonRecord(createScanCaches(), bytes, 1, bytes.length - 1, out);
  if (!read) return;
  expect(expected).not.toBeNull();
  const got = scannedRecordOf(out);
  expect(got).toEqual(expected);
  // -0 and 0 are told apart (toEqual does too, but say it)
  for (const key of ["value", "numerator", "denominator", "weight", "at"]) expect(Object.is(got[key], expected![key])).toBe(true);
});

test.prop([lineArb.filter((t) => !t.includes("extra"))], { numRuns: 3000 })("reads most valid plain lines (the fast path is taken)", (text) => {
  let valid = false;
  try {
    parseMeasurement(JSON.parse(text));
    valid = /^[\x20-\x7e\t]*$/.test(text) && !text.includes("\\") && !/"(\w+)"\s*:.*"\1"\s*:/.test(text);
  } catch {
    valid = false;
  }
  if (!valid) return;
  const bytes = Buffer.from(text);
  expect(scanJsonRecord(createScanCaches(), bytes, 0, bytes.length, createScannedRecord())).toBe(true);
});

test.prop([numberTextArb, fc.constantFrom("value", "numerator", "weight", "at", "recordedAt")], { numRuns: 4000 })(
  "reads every number as JSON.parse does, to the bit (short decimals exactly, long ones and exponents through Number)",
  (number, key) => {
    const fields =
      key === "numerator" ? `"numerator":${number},"denominator":7` : key === "value" ? `"value":${number}` : key === "at" ? '"value":1' : `"value":1,"${key}":${number}`;
    const text = `{"id":"m","kpiId":"k","subjectId":"s","at":${key === "at" ? number : "0"},${fields}}`;
    let expected: Record<string, unknown> | null;
    try {
      expected = parseMeasurement(JSON.parse(text)) as unknown as Record<string, unknown>;
    } catch {
      expected = null;
    }
    const out = createScannedRecord();
    const bytes = Buffer.from(text);
    const read = scanJsonRecord(createScanCaches(), bytes, 0, bytes.length, out);
    // A valid record of printable ASCII in plain JSON is always read …
    expect(read).toBe(expected !== null);
    if (expected === null) return;
    // … to the very same double.
    const got = key === "value" ? out.value : key === "numerator" ? out.numerator : key === "weight" ? out.weight : key === "at" ? out.at : out.recordedAt;
    expect(Object.is(got, expected[key])).toBe(true);
  },
);
