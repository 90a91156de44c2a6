import { describe, expect, it } from "vitest";
import { readCsvRecords } from "../../src/cli/readCsvRecords.js";

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
