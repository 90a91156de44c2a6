import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { printable } from "../../src/cli/printable.js";
import { runCliText as cli } from "../cliCommand.js";

describe("printable", () => {
  it("matches the documented example", () => {
    expect(printable('m.ndjson:2 (measurement "x\u001b[31m"): …')).toBe('m.ndjson:2 (measurement "x\\u001b[31m"): …');
  });

  it("escapes C0 but the line feed, DEL and C1, and leaves every other character", () => {
    expect(printable("a\u0000b\tc\rd\ne\u007ff\u0085g\u009fh")).toBe("a\\u0000b\\u0009c\\u000dd\ne\\u007ff\\u0085g\\u009fh");
    expect(printable("ā é ☃ 😀 \u00a0\u00a1")).toBe("ā é ☃ 😀 \u00a0\u00a1");
  });
});

describe("the CLI's messages about input", () => {
  it("write an id's control characters as escapes, so that no escape sequence reaches the terminal", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-kit-printable-"));
    const path = join(dir, "esc.ndjson");
    writeFileSync(path, `${JSON.stringify({ id: "x\u001b[31mRED", kpiId: "nope", subjectId: "svc-building-permits", at: "2026-03-02T10:00:00Z", value: 1 })}\n`);
    const r = await cli("validate", "examples/workspace.json", "--measurements", path);
    expect(r.code).toBe(1);
    expect(r.stderr.includes(String.fromCharCode(0x1b))).toBe(false);
    expect(r.stderr).toContain('"x\\u001b[31mRED"');
  });
});
