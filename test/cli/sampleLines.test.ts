import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expectedLines, sampleLines } from "../../src/cli/sampleLines.js";

describe("sampleLines", () => {
  it("matches the documented example", () => {
    writeFileSync("/tmp/s.ndjson", "a\nbb\nccc\n");
    const s = sampleLines("/tmp/s.ndjson");
    expect([s?.size, s?.breaks, s?.firstBreak]).toEqual([9, 3, 1]);
  });

  it("reads only the first MiB of a longer file, and nothing of a file that is not there", () => {
    const path = join(mkdtempSync(join(tmpdir(), "kpi-kit-sample-")), "long.ndjson");
    // 2 MiB of lines of 8 bytes: 131 072 line breaks in the first MiB.
    writeFileSync(path, "1234567\n".repeat(1 << 18));
    const s = sampleLines(path)!;
    expect([s.size, s.bytes.length, s.breaks, s.firstBreak]).toEqual([2 << 20, 1 << 20, 1 << 17, 7]);
    expect(sampleLines(join(tmpdir(), "no-such-file.ndjson"))).toBeNull();
  });
});

describe("expectedLines", () => {
  it("matches the documented example", () => {
    // The whole file is in the sample: its 3 line breaks and the (empty) line after the last.
    expect(expectedLines({ size: 9, bytes: Buffer.from("a\nbb\nccc\n"), breaks: 3, firstBreak: 1 })).toBe(4);
  });

  it("scales the sample's line breaks to the file's size, 5 % more; 0 without a sample or a line break", () => {
    // 131 072 breaks in 1 MiB of a 2 MiB file: 262 144 lines, and 5 % more is 275 251.2, rounded up.
    expect(expectedLines({ size: 2 << 20, bytes: Buffer.alloc(1 << 20), breaks: 1 << 17, firstBreak: 7 })).toBe(275_252);
    expect(expectedLines({ size: 2 << 20, bytes: Buffer.alloc(1 << 20), breaks: 0, firstBreak: -1 })).toBe(0);
    expect(expectedLines(null)).toBe(0);
  });
});
