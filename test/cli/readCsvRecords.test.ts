import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { createCsvParser, readCsvRecords } from "../../src/cli/readCsvRecords.js";

async function records(...chunks: string[]): Promise<{ line: number; cells: string[] }[]> {
  const out: { line: number; cells: string[] }[] = [];
  async function* source(): AsyncGenerator<string> {
    yield* chunks;
  }
  for await (const r of readCsvRecords(source(), "f.csv")) out.push({ line: r.line, cells: r.cells });
  return out;
}

describe("readCsvRecords", () => {
  it("splits fields and records and numbers each record by the line it starts on", async () => {
    expect(await records("a,b\n1,2\n")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks, and counts the lines they span", async () => {
    // Record 2 starts on line 2 and spans lines 2-3; record 3 starts on line 4.
    expect(await records('a,b\n"x,""y""","p\nq"\nlast,1')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ['x,"y"', "p\nq"] },
      { line: 4, cells: ["last", "1"] },
    ]);
  });

  it("reads CRLF and lone CR line ends, also when CR and LF fall in different chunks", async () => {
    expect(await records("a,b\r", "\n1,2\r\n", "3,4\r5,6")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
      { line: 3, cells: ["3", "4"] },
      { line: 4, cells: ["5", "6"] },
    ]);
  });

  it("skips a byte-order mark and keeps empty fields", async () => {
    expect(await records("\uFEFFa,b,c\n,,\n")).toEqual([
      { line: 1, cells: ["a", "b", "c"] },
      { line: 2, cells: ["", "", ""] },
    ]);
  });

  it("refuses a quote that is never closed, naming the line it opens on, after 10 000 more lines", async () => {
    const rest = Array.from({ length: 10_000 }, (_, k) => `m${k},kpi,svc,2026-03-02T10:00:00Z,4`).join("\n");
    await expect(records(`id,kpiId,subjectId,at,value\nm1,"kpi,svc,x,4\n${rest}\n`)).rejects.toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [2], message: expect.stringMatching(/^f\.csv:2: .*opened on line 2 is never closed/) }),
    );
  });

  it("names the line where a quote was left open when a later quote closes it", async () => {
    await expect(records('a,b\nx,"open\ny,"z"\n')).rejects.toThrowError(
      expect.objectContaining({ path: [2], message: expect.stringContaining("opened on line 2 closes on line 3") }),
    );
  });

  it("refuses a quote inside an unquoted field and a character after a closing quote", async () => {
    await expect(records('a,b\nx,ab"c\n')).rejects.toThrowError(expect.objectContaining({ path: [2] }));
    await expect(records('a,b\nx,"ab"c\n')).rejects.toThrowError(expect.objectContaining({ path: [2] }));
  });
});

// An independent reference: the whole text at once, character by character (RFC 4180 with CR, LF or CRLF line ends),
// records numbered by the line they start on.
function referenceCsv(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = "";
  let line = 1;
  let start = 1;
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      i++;
      for (;;) {
        const d = text[i]!;
        if (d === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
        if (d === '"') { i++; break; }
        if (d === "\r" && text[i + 1] === "\n") { field += "\r\n"; i += 2; line++; continue; }
        if (d === "\n" || d === "\r") line++;
        field += d;
        i++;
      }
      atFieldStart = false;
      continue;
    }
    if (c === ",") { cells.push(field); field = ""; atFieldStart = true; i++; continue; }
    if (c === "\n" || c === "\r") {
      cells.push(field);
      out.push({ line: start, cells });
      cells = [];
      field = "";
      atFieldStart = true;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      start = line;
      continue;
    }
    field += c;
    atFieldStart = false;
    i++;
  }
  if (!atFieldStart || cells.length > 0 || field !== "") { cells.push(field); out.push({ line: start, cells }); }
  return out;
}

const cellArb = fc.oneof(
  fc.stringMatching(/^[a-z0-9 .:+-]{0,6}$/),
  fc.stringMatching(/^[a-z,"\r\n]{0,5}$/).map((x) => `"${x.replaceAll('"', '""')}"`),
);
const csvArb = fc
  .array(fc.tuple(fc.array(cellArb, { minLength: 1, maxLength: 4 }), fc.constantFrom("\n", "\r\n", "\r")), { maxLength: 12 })
  .map((rows) => rows.map(([cells, end]) => cells.join(",") + end).join(""));

test.prop([csvArb, fc.array(fc.nat(), { maxLength: 5 })], { numRuns: 400 })(
  "gives the records of the reference reader, however the text is cut into chunks",
  async (text, cuts) => {
    const at = [...new Set(cuts.map((c) => (text.length === 0 ? 0 : c % text.length)))].sort((a, b) => a - b);
    const chunks: string[] = [];
    let from = 0;
    for (const c of at) { chunks.push(text.slice(from, c)); from = c; }
    chunks.push(text.slice(from));
    async function* source(): AsyncGenerator<string> { for (const c of chunks) yield c; }
    const got: { line: number; cells: string[] }[] = [];
    for await (const r of readCsvRecords(source(), "t.csv")) got.push({ line: r.line, cells: r.cells });
    expect(got).toEqual(referenceCsv(text));
  },
);

describe("createCsvParser", () => {
  it("matches the documented example", () => {
    const out: string[] = [];
    const parser = createCsvParser("f.csv", (cells, line) => out.push(`${line}: ${cells.join("|")}`));
    parser.push('a,"b\n');
    parser.push('c"\nd,e');
    parser.finish();
    // Record 1 spans lines 1–2 (a quoted line break); record 2 starts on line 3 and ends without a line break.
    expect(out).toEqual(["1: a|b\nc", "3: d|e"]);
  });

  it("counts lines read elsewhere, and is at a record's start only between records", () => {
    const out: string[] = [];
    const parser = createCsvParser("f.csv", (cells, line) => out.push(`${line}: ${cells.join("|")}`));
    parser.push("a,b\n");
    expect(parser.atRecordStart()).toBe(true);
    parser.skipLine();
    parser.skipLine();
    parser.push('"x\n');
    expect(parser.atRecordStart()).toBe(false);
    parser.push('y",z\r');
    // A CR may be the first half of a CRLF: not yet at a record's start.
    expect(parser.atRecordStart()).toBe(false);
    parser.push("\n");
    expect([parser.atRecordStart(), parser.line()]).toEqual([true, 6]);
    parser.finish();
    expect(out).toEqual(["1: a|b", "4: x\ny|z"]);
  });
});
