import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { csvRecord } from "../../src/cli/readMeasurementsFile.js";
import { createCsvParser } from "../../src/cli/readCsvRecords.js";
import { csvColumnKeys, plainWord, scanCsvRecord } from "../../src/model/_lib/scanCsvRecord.js";
import { createScanCaches, createScannedRecord, scannedId } from "../../src/model/_lib/scanJsonRecord.js";
import { parseMeasurement } from "../../src/model/measurement.js";
import { scannedRecordOf } from "./scannedRecordOf.js";

const HEADER = ["id", "kpiId", "subjectId", "at", "value"];

function scan(header: readonly string[], text: string, out = createScannedRecord()): boolean {
  // The line between other bytes: the scanner reads only [start, end).
  const bytes = Buffer.from(`#${text}#`);
  return scanCsvRecord(createScanCaches(), csvColumnKeys(header)!, bytes, 1, bytes.length - 1, out);
}

/** The general way: the RFC 4180 parser, the CSV reader's cells and the schema; `null` when any of them refuses. */
function general(header: readonly string[], text: string): Record<string, unknown> | null {
  const rows: string[][] = [];
  try {
    const parser = createCsvParser("t.csv", (cells) => rows.push(cells));
    parser.push(`${text}\n`);
    parser.finish();
    if (rows.length !== 1) return null;
    return parseMeasurement(csvRecord(header, rows[0]!, "t.csv", 2)) as unknown as Record<string, unknown>;
  } catch {
    return null;
  }
}

describe("csvColumnKeys", () => {
  it("matches the documented example", () => {
    expect(csvColumnKeys(["id", "kpiId", "subjectId", "at", "value"])?.length).toBe(5);
  });

  it("gives no keys for a header with an unknown column or a column twice", () => {
    expect([csvColumnKeys(["id", "extra"]), csvColumnKeys(["id", "id"])]).toEqual([null, null]);
  });
});

describe("plainWord", () => {
  const word = (text: string) => new DataView(Uint8Array.from(Buffer.from(text)).buffer).getUint32(0, true);

  it("matches the documented example", () => {
    expect([plainWord(word("ab-9")), plainWord(word("ab,9")), plainWord(word('a"b9')), plainWord(word("ab\t9")), plainWord(word("abé"))]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  // The plain way, byte by byte: printable ASCII but the quote and the comma.
  const plainByte = (b: number): boolean => b >= 0x20 && b <= 0x7e && b !== 0x22 && b !== 0x2c;
  it("says a word is plain exactly when each of its four bytes is, for every byte in every place", () => {
    let wrong = 0;
    for (let b = 0; b < 256; b++) {
      for (let place = 0; place < 4; place++) {
        for (const fill of [0x41, 0x20, 0x7e, 0x2b, 0x2d, 0x21, 0x23]) {
          const bytes = [fill, fill, fill, fill];
          bytes[place] = b;
          const x = (bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16) | (bytes[3]! << 24)) >>> 0;
          if (plainWord(x) !== bytes.every(plainByte)) wrong++;
        }
      }
    }
    expect(wrong).toBe(0);
  });

  test.prop([fc.integer({ min: 0, max: 0xffffffff })], { numRuns: 20_000 })("agrees with the bytes one by one on any word", (x) => {
    expect(plainWord(x)).toBe([x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, x >>> 24].every(plainByte));
  });
});

describe("scanCsvRecord", () => {
  it("matches the documented example", () => {
    const out = createScannedRecord();
    // 2026-03-01T00:00:00Z: 20 513 days after the epoch, × 86 400 000 ms.
    expect([scan(HEADER, "m1,k,s,2026-03-01T00:00:00Z,2.5", out), scannedId(out), out.at, out.value]).toEqual([true, "m1", 1772323200000, 2.5]);
  });

  it("reads quoted cells without quotes or commas inside, a CRLF's CR, empty cells as absent fields", () => {
    const out = createScannedRecord();
    const header = [...HEADER, "weight", "source"];
    expect(scan(header, '"m1","k",s,"1000",4,,\r', out)).toBe(true);
    expect(scannedRecordOf(out)).toEqual({ id: "m1", kpiId: "k", subjectId: "s", at: 1000, value: 4, status: "normal" });
  });

  it("leaves to the general reader what it does not plainly read", () => {
    for (const text of [
      'm1,k,s,0,"1,5"', // a comma inside a number
      'm1,k,s,0,"say ""4"""', // a doubled quote
      "m1,k,s,0,1\rm2,k,s,0,2", // a lone CR
      "m1,k,s,0,1,", // a cell too many
      "m1,k,s,0", // a cell too few
      "ä,k,s,0,1", // not ASCII
      "m1,k,s,0,four", // not a number
      'm1,k"x,s,0,1', // a quote inside an unquoted cell
      'm1,k,s,"0"x5', // text after a closing quote
      "m1,k,s,0, 1", // a space around a number
      "m1,k,s,0,", // no value
      "m1,k,s,1.5,1", // an instant that is not a whole number
      "m1,k,s,2026-03-01T00:00:00,1", // a date-time without a zone
      "", // a blank line
    ]) {
      expect({ text, read: scan(HEADER, text) }).toEqual({ text, read: false });
    }
  });
});

// Lines near the valid ones: cells plain or quoted, with commas, quotes, line breaks, spaces, non-ASCII text, numbers
// in every notation, instants as text or epoch ms, too many or too few cells, under headers in any column order.
// Whenever the scanner reads a line, the general reader must give the very same record; whenever it refuses the
// line, the scanner must not read it.
// Each cell is mostly one a valid record has (so that many lines are read), else an odd one.
const mostly = <T>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: odd, weight: 1 });
const idArb = mostly(
  fc.constantFrom("m-1", "k", "svc a", "a,b", "x".repeat(200)),
  fc.oneof(fc.constantFrom("ä/ü", " x", "x ", "a\u0001", "x".repeat(201), ""), fc.string({ maxLength: 5 })),
);
// Short decimals, read by the scanner itself (not through Number): digits with a point anywhere.
const shortDecimalArb = fc
  .tuple(fc.nat({ max: 999_999_999_999_999 }), fc.nat({ max: 15 }), fc.boolean())
  .map(([digits, point, negative]) => {
    const text = String(digits);
    const at = Math.min(point, text.length);
    return `${negative ? "-" : ""}${text.slice(0, text.length - at)}.${text.slice(text.length - at)}`;
  });
const numberArb = mostly(
  fc.oneof(
    shortDecimalArb.filter((x) => !x.startsWith("-")),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e20 }).map(String), fc.nat().map(String), fc.constantFrom("0", "-0", "+4", "4.", ".5", "007", "1e3", "1.5E-2", "0.1", "12138.61")),
  fc.oneof(shortDecimalArb, fc.constantFrom("-1", "-2.5", "123456789012345.6", "9007199254740993", "1e999", "1e300", "0x10", "1_0", "", "-", ".", "4 ")),
);
const instantArb = mostly(
  fc.oneof(
    fc.constantFrom("2026-03-01T00:00:00Z", "2026-03-29T03:30:00+03:00", "2026-03-01", "+5", "-0", "2026-03-01T00:00:00.123Z"),
    fc.integer({ min: -1e13, max: 1e13 }).map(String),
  ),
  fc.constantFrom("x", "1.5", "8640000000000001", "2026-03-01T00:00:00", "", "1e3"),
);
const FIELDS = ["id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight", "source", "collection", "status", "recordedAt", "supersedes"];
const cellArb = (field: string): fc.Arbitrary<string> => {
  switch (field) {
    case "id":
    case "kpiId":
    case "subjectId":
    case "supersedes":
      return idArb;
    case "at":
    case "recordedAt":
      return instantArb;
    case "source":
      return mostly(fc.string({ maxLength: 4 }), fc.constant("s".repeat(201)));
    case "collection":
      return mostly(fc.constantFrom("manual", "automated", ""), fc.constant("robot"));
    case "status":
      return mostly(fc.constantFrom("normal", "provisional", "estimated", "revised", ""), fc.constant("final"));
    default:
      return numberArb;
  }
};
// How a cell is written: as a CSV writer writes it (quoted when it must be, or by choice), or raw, or with a doubled
// quote, a CR or an unclosed quote.
const writeArb = mostly(fc.constantFrom("csv", "csv", "quoted"), fc.constantFrom("raw", "doubled", "cr", "open"));
const write = (cell: string, how: string): string => {
  const quoted = `"${cell.replaceAll('"', '""')}"`;
  if (how === "csv") return /[",\r\n]/.test(cell) ? quoted : cell;
  return how === "quoted" ? quoted : how === "doubled" ? `"${cell}"""` : how === "cr" ? `${cell}\r` : how === "open" ? `"${cell}` : cell;
};

const caseArb = fc
  .tuple(fc.shuffledSubarray(FIELDS, { minLength: 1, maxLength: 6 }), mostly(fc.constant(true), fc.constant(false)), mostly(fc.constant(0), fc.constantFrom(-1, 1)))
  .chain(([header, withBase, extra]) => {
    const columns = withBase ? [...new Set([...HEADER, ...header])] : header;
    const n = Math.max(1, columns.length + extra);
    const cells = Array.from({ length: n }, (_, k) => fc.tuple(cellArb(columns[k] ?? "value"), writeArb));
    return fc.tuple(fc.constant(columns), fc.tuple(...cells), fc.boolean());
  })
  .map(([header, cells, crlf]) => ({ header, text: cells.map(([cell, how]) => write(cell, how)).join(",") + (crlf ? "\r" : "") }));

// How many generated lines the scanner read, to show the property is not vacuous.
let read = 0;
let tried = 0;
test.prop([caseArb], { numRuns: 6000 })("reads a line only as the general reader reads it, to the same record", ({ header, text }) => {
  const expected = general(header, text);
  const out = createScannedRecord();
  tried++;
  if (!scan(header, text, out)) return;
  read++;
  expect(expected).not.toBeNull();
  const got = scannedRecordOf(out);
  expect(got).toEqual(expected);
  // -0 and 0 are told apart (toEqual does too, but say it)
  for (const key of ["value", "numerator", "denominator", "weight", "at"]) expect(Object.is(got[key], expected![key])).toBe(true);
});

test.prop([cellArb("value"), fc.constantFrom("csv", "quoted")], { numRuns: 2000 })(
  "reads a plain valid record whenever the general reader takes it",
  (value, how) => {
    // With ASCII ids and a zoned instant, only the value cell decides: the scanner must not leave a good line.
    const text = `m1,k,s,2026-03-01T00:00:00Z,${write(value, how)}`;
    expect(scan(HEADER, text)).toBe(general(HEADER, text) !== null);
  },
);

test.prop([fc.array(caseArb.filter((c) => c.header.length === 5), { minLength: 2, maxLength: 12 })], { numRuns: 500 })(
  "reads lines one after another with one reader's caches as it reads each with fresh ones",
  (cases) => {
    // Texts repeat from line to line (the caches' hints then point at the last line's entries): each line's result
    // and record are those of a line read alone.
    const caches = createScanCaches();
    const bytes = Buffer.from(cases.map((c) => c.text).join("\n"));
    let start = 0;
    for (const { header, text } of cases) {
      const end = start + Buffer.byteLength(text);
      const alone = createScannedRecord();
      const together = createScannedRecord();
      const read = scan(header, text, alone);
      expect(scanCsvRecord(caches, csvColumnKeys(header)!, bytes, start, end, together)).toBe(read);
      if (read) expect(scannedRecordOf(together)).toEqual(scannedRecordOf(alone));
      start = end + 1;
    }
  },
);

test("the generated lines include many the scanner reads", () => {
  // Runs after the property above (tests in a file run in order): at least one line in five was read and compared.
  expect(tried).toBeGreaterThan(0);
  expect(read / tried).toBeGreaterThan(0.2);
});
