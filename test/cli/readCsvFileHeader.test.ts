import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsvFileHeader } from "../../src/cli/readCsvFileHeader.js";

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-header-"));
function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("readCsvFileHeader", () => {
  it("matches the documented example", () => {
    const path = file("semicolons.csv", "id;kpiId;subjectId;at;value\nm1;k;s;2026-03-02T10:00:00Z;4\n");
    expect(() => readCsvFileHeader(path)).toThrow(/semicolons\.csv:1: unknown CSV column "id;kpiId;subjectId;at;value" \(column 1\): the header seems to be separated by ";"/);
  });

  it("gives the header's trimmed names and its line, after a byte-order mark and blank lines", () => {
    expect(readCsvFileHeader(file("plain.csv", "id,kpiId,subjectId,at,value\nm1,k,s,x,4\n"))).toEqual({ names: ["id", "kpiId", "subjectId", "at", "value"], line: 1 });
    expect(readCsvFileHeader(file("blank.csv", "\uFEFF\r\n  \r\n id , kpiId,subjectId,at\r\n"))).toEqual({ names: ["id", "kpiId", "subjectId", "at"], line: 3 });
  });

  it("reads no further than the header: a broken record after it is left to the reader", () => {
    expect(readCsvFileHeader(file("broken.csv", 'id,kpiId,subjectId,at\n"never closed\n'))?.line).toBe(1);
  });

  it("reads a header that two reads of the file split (64 KiB each), also inside a character", () => {
    // 65 535 line breaks: the header starts at byte 65 535, the last of the first read.
    const blanks = "\n".repeat(65_535);
    expect(readCsvFileHeader(file("far.csv", `${blanks}id,kpiId,subjectId,at\n`))).toEqual({ names: ["id", "kpiId", "subjectId", "at"], line: 65_536 });
    // "š" is two bytes, the first in each read.
    expect(() => readCsvFileHeader(file("split.csv", `${blanks}š,id\n`))).toThrow('split.csv:65536: unknown CSV column "š" (column 1)');
  });

  it("gives null for a file without a header, and refuses one validate refuses", () => {
    expect(readCsvFileHeader(file("empty.csv", ""))).toBeNull();
    expect(readCsvFileHeader(file("blanks.csv", "\n\n"))).toBeNull();
    expect(() => readCsvFileHeader(file("twice.csv", "\nid,value,value\n"))).toThrow(/twice\.csv:2: columns 2 and 3 are both named "value"/);
    expect(() => readCsvFileHeader(file("quote.csv", 'id,"kpiId\n'))).toThrow(/quote\.csv:1: malformed CSV line/);
  });
});
