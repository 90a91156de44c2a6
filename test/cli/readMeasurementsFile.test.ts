import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { checkHeader, csvRecord, forEachLine, forEachMeasurementRecord, inputFormatOf, type ReadMeasurementsFileOptions } from "../../src/cli/readMeasurementsFile.js";
import { findDuplicateJsonKey } from "../../src/cli/findDuplicateJsonKey.js";
import { lineOfArrayElements } from "../../src/cli/lineOfArrayElements.js";

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-read-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const HEAD = "id,kpiId,subjectId,at,value\n";

// The records of a file with their lines, gathered from the stream.
async function readMeasurementsFile(path: string, options: ReadMeasurementsFileOptions = {}): Promise<{ line: number; value: unknown }[]> {
  const out: { line: number; value: unknown }[] = [];
  await forEachMeasurementRecord(path, (value, line) => out.push({ line, value }), options);
  return out;
}

const row = (value: string) => `m1,k,s,2026-03-02T10:00:00Z,${value}\n`;

describe("inputFormatOf", () => {
  it("matches extensions in any case", () => {
    expect(["a.CSV", "a.Ndjson", "a.JSONL", "a.Json", "a.csv"].map(inputFormatOf)).toEqual(["csv", "ndjson", "ndjson", "json", "csv"]);
  });

  it("knows no other extension", () => {
    expect(["a.txt", "a", "dir.csv/a", "a.csv.bak"].map(inputFormatOf)).toEqual([null, null, null, null]);
  });
});

describe("csvRecord", () => {
  it("matches the documented example", () => {
    // The empty source cell is an absent field; "1000" in at is epoch ms; "2.5" a number.
    expect(csvRecord(["id", "at", "value", "source"], ["m1", "1000", "2.5", ""], "m.csv", 2)).toEqual({ id: "m1", at: 1000, value: 2.5 });
  });
});

describe("readMeasurementsFile", () => {
  it("reads decimal numbers of the documented grammar", async () => {
    const cells = ["4", "-4", "+4", "4.", ".5", "4.25", "1e3", "1.5E-2", "0"];
    const path = file("ok.csv", HEAD + cells.map(row).join(""));
    const got = await readMeasurementsFile(path);
    // Each cell read by hand: 4, -4, 4, 4, 0.5, 4.25, 1000, 0.015, 0.
    expect(got.map((r) => (r.value as { value: number }).value)).toEqual([4, -4, 4, 4, 0.5, 4.25, 1000, 0.015, 0]);
    expect(got.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(["0x10", "0b11", "0o7", "Infinity", "-Infinity", "NaN", "1_000", " 1", "1 ", "1,5", "1.2.3", ".", "e5", "1e", "--1", "1e999"])(
    "refuses %j with the line and the column",
    async (cell) => {
      const path = file("bad.csv", HEAD + row("1") + `m2,k,s,2026-03-02T10:00:00Z,"${cell}"\n`);
      await expect(readMeasurementsFile(path)).rejects.toThrowError(
        expect.objectContaining({ code: "invalid_input", path: [3, "value"], message: expect.stringContaining("bad.csv:3: column value") }),
      );
    },
  );

  it("reads an empty cell as an absent field, never 0", async () => {
    const path = file("empty.csv", "id,kpiId,subjectId,at,value,numerator,denominator\nm1,k,s,2026-03-02T10:00:00Z,,3,4\n");
    const [first] = await readMeasurementsFile(path);
    expect(first?.value).toEqual({ id: "m1", kpiId: "k", subjectId: "s", at: "2026-03-02T10:00:00Z", numerator: 3, denominator: 4 });
  });

  it("reads a whole number in at or recordedAt as epoch ms and refuses 0x in them", async () => {
    const [first] = await readMeasurementsFile(file("ms.csv", "id,kpiId,subjectId,at,value\nm1,k,s,1772323200000,1\n"));
    expect((first?.value as { at: unknown }).at).toBe(1772323200000);
    // "0x10" is not a whole number: it stays text and the instant parser refuses it later.
    const [second] = await readMeasurementsFile(file("hex.csv", "id,kpiId,subjectId,at,value\nm1,k,s,0x10,1\n"));
    expect((second?.value as { at: unknown }).at).toBe("0x10");
  });

  it("refuses a header that names a column twice, naming both positions", async () => {
    await expect(readMeasurementsFile(file("dup.csv", "id,kpiId,value,subjectId,at,value\n"))).rejects.toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [1, "value"], message: expect.stringContaining("columns 3 and 6") }),
    );
  });

  it("refuses an unknown column", async () => {
    await expect(readMeasurementsFile(file("unknown.csv", "id,kpiId,subjectId,at,valeu\n"))).rejects.toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [1, "valeu"] }),
    );
  });

  it("reads .json and .ndjson files that start with a byte-order mark", async () => {
    const m = { id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 };
    expect(await readMeasurementsFile(file("bom.json", `\uFEFF${JSON.stringify([m])}`))).toEqual([{ line: 1, value: m }]);
    expect(await readMeasurementsFile(file("bom.ndjson", `\uFEFF${JSON.stringify(m)}\n`))).toEqual([{ line: 1, value: m }]);
  });

  it("reads upper-case extensions by their format, and any name with an explicit format", async () => {
    const m = { id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 };
    expect(await readMeasurementsFile(file("UP.JSONL", `${JSON.stringify(m)}\n`))).toEqual([{ line: 1, value: m }]);
    expect(await readMeasurementsFile(file("UP.CSV", `${HEAD}m1,k,s,0,1\n`))).toEqual([{ line: 2, value: m }]);
    expect(await readMeasurementsFile(file("data.txt", `${HEAD}m1,k,s,0,1\n`), { format: "csv" })).toEqual([{ line: 2, value: m }]);
  });

  it("refuses a name whose extension says no format", async () => {
    await expect(readMeasurementsFile(file("data.txt", "[]"))).rejects.toThrowError(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("findDuplicateJsonKey", () => {
  const check = (text: string) => findDuplicateJsonKey(text, JSON.parse(text));

  it("finds a key named twice in one object, with its line", () => {
    expect(check('{"a": 1,\n "b": {"c": 2},\n "a": 3}')).toEqual({ key: "a", line: 3 });
    expect(check('[{"x": 1}, {"y": [{"k": 1, "k": 2}]}]')).toEqual({ key: "k", line: 1 });
    // Escapes name the same key: "\u0061" is "a".
    expect(check('{"a": 1, "\\u0061": 2}')).toEqual({ key: "a", line: 1 });
  });

  it("finds none when every object names each key once, also with strings that look like keys", () => {
    expect(check('[{"a": 1}, {"a": 2}]')).toBeNull();
    expect(check('{"a": "x\\": 1", "b": ["\\"a\\":"]}')).toBeNull();
    expect(check('{"a": {"a": {"a": 1}}}')).toBeNull();
  });
});

describe("readMeasurementsFile with a key named twice", () => {
  it("refuses an NDJSON record and a JSON array element that name a field twice, with the line", async () => {
    await expect(readMeasurementsFile(file("dupkey.ndjson", '{"id":"m0","value":1}\n\n{"id":"m1","value":1,"value":100}\n'))).rejects.toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [3, "value"], message: expect.stringContaining("dupkey.ndjson:3") }),
    );
    await expect(readMeasurementsFile(file("dupkey.json", '[\n{"id":"m0","value":1},\n{"id":"m1",\n"value":1,\n"value":100}]'))).rejects.toThrowError(
      expect.objectContaining({ path: [5, "value"], message: expect.stringContaining("dupkey.json:5") }),
    );
  });
});

describe("readMeasurementsFile with text that is not JSON", () => {
  it("names the file, line and column, also on an NDJSON file's first line and in a JSON array", async () => {
    // Counted by hand: line 1 ends after the comma (column 12 is past it); on line 3 of the NDJSON file the brace
    // (column 20) stands where a value belongs, and so does the x on line 3 of the array (column 21).
    await expect(readMeasurementsFile(file("first.ndjson", '{"id":"m0",\n{"id":"m1","value":1}\n'))).rejects.toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [1], message: expect.stringMatching(/^.*first\.ndjson:1:12: not valid JSON/) }),
    );
    await expect(readMeasurementsFile(file("third.ndjson", '{"id":"m0","value":1}\n\n{"id":"m1","value":}\n'))).rejects.toThrowError(
      expect.objectContaining({ path: [3], message: expect.stringContaining("third.ndjson:3:20: not valid JSON") }),
    );
    await expect(readMeasurementsFile(file("arr.json", '[\n{"id":"m0","value":1},\n{"id":"m1","value": x}]'))).rejects.toThrowError(
      expect.objectContaining({ path: [3], message: expect.stringContaining("arr.json:3:21: not valid JSON") }),
    );
  });
});

describe("lineOfArrayElements", () => {
  it("gives the line each top-level element starts on, skipping strings and nested values", () => {
    // Elements: 1 on line 1; {…} on line 2 spanning 3; "x\n]" (an escaped newline, no real one) on line 4; [] on line 6.
    expect(lineOfArrayElements('[1,\n {"a": [1,\n 2], "b": "],"},\n "x\\n],",\n\n []]')).toEqual([1, 2, 4, 6]);
    expect(lineOfArrayElements("[]")).toEqual([]);
    expect(lineOfArrayElements("\n[\n\n{}\n]")).toEqual([4]);
  });
});

describe("forEachMeasurementRecord (NDJSON lines offered as bytes first)", () => {
  // Lines as readline splits them — LF, CRLF, a lone CR — with a byte-order mark, blank lines, escapes, non-ASCII
  // text, a record past a 64 KiB chunk: read with and without `tryLine`, the same records at the same lines.
  const plain = (i: number) => `{"id":"m${i}","kpiId":"k","subjectId":"s","at":${i},"value":${i}}`;
  const text =
    "\ufeff" +
    [plain(1), "", '{"id":"m\\u0032","kpiId":"k","subjectId":"s","at":2,"value":2}', '{"id":"ä3","kpiId":"k","subjectId":"s","at":3,"value":3}'].join("\n") +
    "\r\n" +
    plain(4) +
    "\r" +
    plain(5) +
    "\r\r\n" +
    "   \n" +
    Array.from({ length: 1200 }, (_, i) => plain(100 + i)).join("\n") +
    "\n" +
    plain(6);

  it("gives each record once, at the line readline would give it, whether a line is taken from its bytes or parsed", async () => {
    const path = file("bytes.ndjson", text);
    const parsed = await readMeasurementsFile(path);
    const mixed: { line: number; value: unknown }[] = [];
    const count = await forEachMeasurementRecord(path, (value, line) => mixed.push({ line, value }), {
      // Take every line whose text has "value":1… from its bytes (as a record of its own), leave the rest.
      tryLine: (bytes, start, end, line) => {
        const textOfLine = Buffer.from(bytes.subarray(start, end)).toString("utf8");
        if (bytes[start] !== 0x7b || !textOfLine.includes('"value":1')) return false;
        mixed.push({ line, value: JSON.parse(textOfLine) as unknown });
        return true;
      },
    });
    expect(count).toBe(parsed.length);
    expect(mixed.sort((a, b) => a.line - b.line)).toEqual(parsed);
    // readline's lines: 1 m1, 2 blank, 3 m2, 4 ä3, 5 m4 (CRLF before it), 6 m5 (lone CR before it), 7 blank, 8 blank
    expect(parsed.slice(0, 6).map((r) => r.line)).toEqual([1, 3, 4, 5, 6, 9]);
    expect(parsed.at(-1)).toEqual({ line: 1209, value: JSON.parse(plain(6)) });
  });
});

describe("forEachMeasurementRecord (CSV lines offered as bytes first)", () => {
  // Records as the RFC 4180 parser splits them — LF, CRLF, a lone CR, quoted commas and line breaks — with a
  // byte-order mark, blank lines, a record past a 64 KiB chunk and a last line without a line break: read with and
  // without `tryCsvLine`, the same records at the same lines.
  const plain = (i: number) => `m${i},k,s,${i},${i}`;
  const text =
    "\ufeffid,kpiId,subjectId,at,value\r\n" +
    [plain(1), "", '"m2","k","s","2","2"', 'm3,k,"s,\nt",3,3', "ä4,k,s,4,4"].join("\n") +
    "\r\n" +
    plain(5) +
    "\r" +
    plain(6) +
    "\r\r\n" +
    "   \n" +
    Array.from({ length: 3000 }, (_, i) => plain(100 + i)).join("\n") +
    "\n" +
    plain(7);

  it("gives each record once, at the line the parser gives it, whether a line is taken from its bytes or parsed", async () => {
    const path = file("bytes.csv", text);
    const parsed = await readMeasurementsFile(path);
    const mixed: { line: number; value: unknown }[] = [];
    const headers: (readonly string[])[] = [];
    const count = await forEachMeasurementRecord(path, (value, line) => mixed.push({ line, value }), {
      // Take every line that starts "m" and has no quote and no CR from its bytes (as a record of its own).
      tryCsvLine: (header) => {
        headers.push(header);
        return (bytes, start, end, line) => {
          const textOfLine = Buffer.from(bytes.subarray(start, end)).toString("utf8");
          if (!/^m[^"\r]*$/.test(textOfLine)) return false;
          mixed.push({ line, value: csvRecord(header, textOfLine.split(","), path, line) });
          return true;
        };
      },
    });
    expect(headers).toEqual([["id", "kpiId", "subjectId", "at", "value"]]);
    expect(count).toBe(parsed.length);
    expect(mixed.filter((r) => (r.value as { id: string }).id === "m100").length).toBe(1);
    expect(mixed.sort((a, b) => a.line - b.line)).toEqual(parsed);
    // The parser's records: 2 m1, 3 blank, 4 m2, 5 m3 (over two lines), 7 ä4, 8 m5 (CRLF before it), 9 m6 (lone CR
    // before it), 10 blank (the CR of CR-CRLF), 11 blank (spaces), then m100… from line 12.
    expect(parsed.slice(0, 7).map((r) => r.line)).toEqual([2, 4, 5, 7, 8, 9, 12]);
    expect(parsed.at(-1)).toEqual({ line: 3012, value: { id: "m7", kpiId: "k", subjectId: "s", at: 7, value: 7 } });
  });

  it("names the line of a bad record after lines taken from their bytes", async () => {
    const path = file("late.csv", `id,kpiId,subjectId,at,value\n${plain(1)}\nm2,"k,\n",s,2,2\n${plain(3)}\nm4,k,s,4,four\n`);
    await expect(
      forEachMeasurementRecord(path, () => undefined, { tryCsvLine: () => (bytes, start, end) => bytes[end - 1] !== 0x72 && bytes[start] === 0x6d && !bytes.subarray(start, end).includes(0x22) }),
    ).rejects.toThrowError(expect.objectContaining({ code: "invalid_input", path: [6, "value"], message: expect.stringContaining("late.csv:6: column value") }));
  });
});

// The reader reads the next chunk ahead while a record is handled: a caller that stops at a bad record in the first
// chunk leaves no file open (the read ahead still running is awaited before the file is closed), and no read fails
// unhandled afterwards.
it.skipIf(process.platform !== "linux")("closes the file when reading stops at a bad record, with a read ahead running", async () => {
  const good = '{"id":"m","kpiId":"k","subjectId":"s","at":0,"value":1}\n';
  const path = file("stops-early.ndjson", `${good}{"id":"bad",\n${good.repeat(Math.ceil((3 << 20) / good.length))}`);
  const { readdirSync, readlinkSync, realpathSync } = await import("node:fs");
  // The descriptors open on this file (not a count of all descriptors: the test runner opens others of its own).
  const open = () =>
    readdirSync("/proc/self/fd").filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === realpathSync(path);
      } catch {
        return false; // closed between the listing and the look
      }
    }).length;
  for (let k = 0; k < 5; k++) {
    await expect(readMeasurementsFile(path)).rejects.toThrowError(expect.objectContaining({ message: expect.stringContaining("stops-early.ndjson:2") }));
  }
  let seen = 0;
  let openWhileReading = 0;
  await expect(forEachMeasurementRecord(path, () => {
    openWhileReading = open(); // shows the look finds the file while it is open
    if (++seen === 1) throw new Error("the caller stops");
  })).rejects.toThrowError("the caller stops");
  expect(openWhileReading).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(open()).toBe(0);
});

describe("forEachLine", () => {
  it("matches the documented example", async () => {
    const lines: string[] = [];
    await forEachLine([Buffer.from("a\nb"), Buffer.from("c\nd")], (buf, start, end) => lines.push(buf.toString("utf8", start, end)));
    // "b" and "c" make one line across the chunks; "d" ends the stream without a line break.
    expect(lines).toEqual(["a", "bc", "d"]);
  });
});

// Any text cut into chunks anywhere (a line across three chunks, an LF first or last in a chunk, empty chunks, CR
// bytes, multi-byte characters cut in two) gives its lines as split at LF, each followed by its LF but the last.
test.prop([fc.string({ unit: fc.constantFrom("a", "\n", "\r", "é", "x", "😀") }), fc.array(fc.nat({ max: 40 }), { maxLength: 12 })], { numRuns: 500 })(
  "forEachLine gives the lines of any text cut into any chunks",
  async (text, cuts) => {
    const bytes = Buffer.from(text);
    const at = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
    const chunks = [0, ...at].map((from, k) => bytes.subarray(from, k < at.length ? at[k] : bytes.length));
    const got: { text: string; last: boolean }[] = [];
    await forEachLine(chunks, (buf, start, end, last) => {
      if (!last) expect(buf[end]).toBe(0x0a);
      got.push({ text: buf.toString("utf8", start, end), last });
    });
    const expected = text.split("\n");
    const ended = expected.at(-1) === "";
    if (ended) expected.pop();
    expect(got).toEqual(expected.map((t, i) => ({ text: t, last: !ended && i === expected.length - 1 })));
  },
);

// The file reader reads every chunk into the same buffer: a chunk's bytes are overwritten by the next chunk's. The
// lines are the same (a line across chunks is copied before the next chunk is read).
test.prop([fc.string({ unit: fc.constantFrom("a", "\n", "b", "é") }), fc.array(fc.nat({ max: 40 }), { maxLength: 12 })], { numRuns: 300 })(
  "forEachLine gives the same lines when every chunk is read into one buffer",
  async (text, cuts) => {
    const bytes = Buffer.from(text);
    const at = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
    const chunks = [0, ...at].map((from, k) => bytes.subarray(from, k < at.length ? at[k] : bytes.length));
    function* oneBuffer(): Generator<Buffer> {
      const shared = Buffer.alloc(bytes.length);
      for (const chunk of chunks) {
        // Whatever the last chunk left beyond this one's bytes is scribbled over too.
        shared.fill(0x7a);
        chunk.copy(shared);
        yield shared.subarray(0, chunk.length);
      }
    }
    const lines = async (input: Iterable<Buffer>): Promise<string[]> => {
      const got: string[] = [];
      await forEachLine(input, (buf, start, end) => got.push(buf.toString("utf8", start, end)));
      return got;
    };
    expect(await lines(oneBuffer())).toEqual(await lines(chunks));
  },
);

// A file read in two parts: up to a split (the main thread), then from it (the worker thread). Every split at a line
// start of an NDJSON file with blank lines, CRLFs and lone CRs, and of a CSV file with quoted fields over several
// lines: the two parts give the records one reading gives, at their lines (the second part's counted from 1 at the
// split, the line `stop` is told); `stop` is told whether a record starts there; and returning false reads on.
describe("forEachMeasurementRecord in two parts (split, part)", () => {
  const ndjsonText = ['{"id":"a","v":1}', "", '{"id":"b","v":2}\r', '{"id":"c"}\r{"id":"d"}', "  ", '{"id":"e"}', '{"id":"f"}'].join("\n") + "\n";
  const csvText = HEAD + 'm1,k,s,0,1\n"m2\nstill m2",k,s,0,2\n\nm3,"k\r\nk",s,0,3\r\nm4,k,s,0,4\n';
  for (const [format, text] of [["ndjson", ndjsonText], ["csv", csvText]] as const) {
    it(`gives the records one reading gives, from any split at a line start (${format})`, async () => {
      const path = file(`split.${format}`, text);
      const whole = await readMeasurementsFile(path);
      const bytes = Buffer.from(text);
      const header = format === "csv" ? ["id", "kpiId", "subjectId", "at", "value"] : undefined;
      for (let at = bytes.indexOf(0x0a) + 1; at > 0 && at < bytes.length; at = bytes.indexOf(0x0a, at) + 1) {
        const first: { line: number; value: unknown }[] = [];
        let told: [number, boolean] | null = null;
        await forEachMeasurementRecord(path, (value, line) => first.push({ line, value }), {
          split: {
            at,
            // Stops only where a record starts (as the CLI does: else it reads on).
            stop: (line, clean) => {
              told = [line, clean];
              return Promise.resolve(clean);
            },
          },
        });
        expect(told).not.toBeNull();
        const [line, clean] = told!;
        // A record starts at the split unless it is inside a quoted field: an even number of quotes before it.
        expect(clean).toBe(format === "ndjson" || (bytes.subarray(0, at).toString().split('"').length - 1) % 2 === 0);
        if (!clean) {
          expect(first).toEqual(whole);
          continue;
        }
        const second = await readMeasurementsFile(path, { part: { start: at, header } });
        expect([...first, ...second.map((r) => ({ line: r.line + line - 1, value: r.value }))]).toEqual(whole);
        // Told to read on, it reads the rest itself.
        const all = await readMeasurementsFile(path, { split: { at, stop: () => Promise.resolve(false) } });
        expect(all).toEqual(whole);
      }
    });
  }
});

describe("forEachMeasurementRecord's onRowError", () => {
  it("hands it a CSV row that is not a record and reads on; without it, the row's error is thrown", async () => {
    const path = file("rowerrors.csv", `${HEAD}m1,k,s,0,1\nm2,k,s,0,x\nm3,k,s,0,1,2\nm4,k,s,0,4\n`);
    const records: [unknown, number][] = [];
    const errors: [string, number][] = [];
    const count = await forEachMeasurementRecord(path, (value, line) => records.push([value, line]), { onRowError: (error, line) => errors.push([error.message, line]) });
    expect(records).toEqual([[{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 }, 2], [{ id: "m4", kpiId: "k", subjectId: "s", at: 0, value: 4 }, 5]]);
    expect(errors).toEqual([
      [`${path}:3: column value: "x" is not a decimal number (sign, digits, one '.', optional exponent)`, 3],
      [`${path}:4: malformed CSV line: 6 fields, the header has 5`, 4],
    ]);
    // Every row read counts, records or not.
    expect(count).toBe(4);
    await expect(forEachMeasurementRecord(path, () => undefined)).rejects.toThrowError(`${path}:3: column value: "x" is not a decimal number`);
  });
});

describe("checkHeader", () => {
  it("matches the documented example", () => {
    let path: unknown;
    try {
      checkHeader(["id", "kpiId", "id"], "m.csv", 1);
    } catch (error) {
      path = (error as { path: unknown }).path;
    }
    expect(path).toEqual([1, "id"]);
  });

  it("refuses a column that is not a measurement field, and takes a header of known fields", () => {
    expect(() => checkHeader(["id", "nope"], "m.csv", 3)).toThrow(/m\.csv:3: unknown CSV column "nope" \(column 2\)/);
    expect(() => checkHeader(["id", "nope"], "m.csv", 3)).toThrow(/\(column 2\)$/);
    // One "column" that is the whole header: a file written with semicolons (or tabs) between the fields.
    expect(() => checkHeader(["id;kpiId;subjectId;at;value"], "m.csv", 1)).toThrow(
      'm.csv:1: unknown CSV column "id;kpiId;subjectId;at;value" (column 1): the header seems to be separated by ";", and a CSV file\'s fields are separated by commas',
    );
    expect(() => checkHeader(["id\tkpiId"], "m.csv", 1)).toThrow(/separated by "\\t"/);
    expect(() => checkHeader(["a;b"], "m.csv", 1)).toThrow(/\(column 1\)$/);
    expect(() => checkHeader(["id", "kpiId", "subjectId", "at", "value"], "m.csv", 1)).not.toThrow();
  });

  it("refuses a header without a column for a field every measurement has, naming the first missing", () => {
    expect(kpiErrorOf(() => checkHeader(["id", "kpiId", "subjectId", "value"], "m.csv", 1))).toEqual({
      code: "invalid_input",
      path: [1, "at"],
      message: "m.csv:1: the header has no column at: every measurement has id, kpiId, subjectId, at",
    });
    expect(kpiErrorOf(() => checkHeader(["at", "value", "subjectId", "kpiId"], "m.csv", 1))?.path).toEqual([1, "id"]);
    // The order of the columns is free; the optional ones may be left out.
    expect(() => checkHeader(["at", "subjectId", "kpiId", "id"], "m.csv", 1)).not.toThrow();
  });
});
