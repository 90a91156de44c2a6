import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileSizeOf } from "../../src/cli/fileSizeOf.js";

describe("fileSizeOf", () => {
  it("matches the documented example", () => {
    expect([typeof fileSizeOf("package.json"), fileSizeOf("no/such/file")]).toEqual(["number", null]);
  });

  it("gives a file's size in bytes, 0 for an empty file", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-kit-size-"));
    writeFileSync(join(dir, "seven.txt"), "1234567");
    writeFileSync(join(dir, "empty.txt"), "");
    expect([fileSizeOf(join(dir, "seven.txt")), fileSizeOf(join(dir, "empty.txt"))]).toEqual([7, 0]);
  });
});
