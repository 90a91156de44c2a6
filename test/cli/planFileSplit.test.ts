import { describe, expect, it } from "vitest";
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planFileSplit, READ_THREAD_MIN_BYTES, wantsReadThread } from "../../src/cli/planFileSplit.js";

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-split-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("planFileSplit", () => {
  it("matches the documented example", () => {
    // a\nbb\nccc\n: 9 bytes, 3 line breaks. Half of 9 is 4.5, so the split is after the first line break at or after
    // byte 4 (the one ending "bb"): byte 5. Room at 3 lines in 9 bytes, 10 % more, and 1 024 spare: ceil(5/3 * 1.1) =
    // 2, + 1 024 = 1 026 rows before the worker's; ceil(4/3 * 1.1) = 2, + 1 024 more after.
    writeFileSync("/tmp/m.ndjson", "a\nbb\nccc\n");
    expect(planFileSplit("/tmp/m.ndjson", "ndjson", 0.5, 0)).toEqual({ size: 9, at: 5, header: null, from: 1026, capacity: 2052 });
  });

  it("splits a CSV file after its header, and reads the header as the reader does", () => {
    const path = file("m.csv", "\uFEFFid, kpiId ,subjectId,at,value\r\nm1,k,s,0,1\r\nm2,k,s,0,1\r\n");
    const plan = planFileSplit(path, "csv", 0.1, 0)!;
    // 10 % of 58 bytes is byte 5, inside the header (34 bytes: a 3-byte BOM, 29 characters, CRLF): the split is
    // after the first line break at or after the header's end, the one ending the first record (12 bytes).
    expect(plan.header).toEqual(["id", "kpiId", "subjectId", "at", "value"]);
    expect(plan.at).toBe(34 + 12);
  });

  it("plans nothing for a small file, a file without line breaks near the split, or a CSV file without a plain header", () => {
    const lines = "a\nb\nc\n";
    expect(planFileSplit(file("small.ndjson", lines), "ndjson")).toBeNull();
    expect(READ_THREAD_MIN_BYTES).toBe(48 * 1024 * 1024);
    expect(planFileSplit(file("one-line.ndjson", "a\nb" + "x".repeat(3 << 20)), "ndjson", 0.5, 0)).toBeNull();
    expect(planFileSplit(file("last.ndjson", "a\nb\n" + "x".repeat(100)), "ndjson", 0.5, 0)).toBeNull();
    expect(planFileSplit(file("quoted.csv", '"id",kpiId\nm,k\nm,k\n'), "csv", 0.5, 0)).toBeNull();
    expect(planFileSplit(file("blank.csv", "\nid,kpiId\nm,k\n"), "csv", 0.5, 0)).toBeNull();
    expect(planFileSplit(file("unknown.csv", "id,nope\nm,k\nm,k\n"), "csv", 0.5, 0)).toBeNull();
    expect(planFileSplit(join(dir, "missing.csv"), "csv", 0.5, 0)).toBeNull();
    // Above 4 GiB (a sparse file: no disk space), whose ids' bytes could not be counted in 32 bits.
    // It has line breaks at the start and at the middle, so that only its size stands in the way.
    const huge = file("huge.ndjson", "a\nb\n");
    truncateSync(huge, 2 ** 32 + 10);
    const fd = openSync(huge, "r+");
    writeSync(fd, "x\n", 2 ** 31 + 5);
    closeSync(fd);
    expect(planFileSplit(huge, "ndjson", 0.5, 0)).toBeNull();
    truncateSync(huge, 2 ** 32 - 2 ** 20);
    expect(planFileSplit(huge, "ndjson", 0.5, 0)?.at).toBe(2 ** 31 + 7);
    rmSync(huge);
  });
});

describe("wantsReadThread", () => {
  it("matches the documented example", () => {
    expect([wantsReadThread(200e6, {}, 2), wantsReadThread(200e6, {}, 1), wantsReadThread(1e3, { KPIKIT_READ_THREAD: "1" }, 2)]).toEqual([true, false, true]);
  });

  it("reads on one thread when KPIKIT_READ_THREAD is 0, or the file is below the threshold or of unknown size", () => {
    expect(wantsReadThread(200e6, { KPIKIT_READ_THREAD: "0" }, 8)).toBe(false);
    expect(wantsReadThread(READ_THREAD_MIN_BYTES - 1, {}, 8)).toBe(false);
    expect(wantsReadThread(READ_THREAD_MIN_BYTES, {}, 8)).toBe(true);
    expect(wantsReadThread(null, {}, 8)).toBe(false);
  });
});
