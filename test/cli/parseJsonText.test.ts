import { describe, expect, it } from "vitest";
import { isKpiError } from "../../src/errors.js";
import { parseJsonText } from "../../src/cli/parseJsonText.js";

function refusal(run: () => unknown): { message: string; path: readonly PropertyKey[] } {
  try {
    run();
  } catch (error) {
    if (isKpiError(error)) return { message: error.message, path: error.path };
    throw error;
  }
  throw new Error("not refused");
}

describe("parseJsonText", () => {
  it("parses JSON, skipping a byte-order mark", () => {
    expect(parseJsonText('\uFEFF{"a": [1]}', "f.json")).toEqual({ a: [1] });
  });

  it("names the line and column where a whole file stops being JSON, on one line", () => {
    // Line 3, column 8: `  "b": ,` has the comma where a value belongs.
    const r = refusal(() => parseJsonText('{\n  "a": 1,\n  "b": ,\n  "c": 2\n}', "ws.json"));
    expect(r.message).toMatch(/^ws\.json:3:8: not valid JSON \(.+\)$/);
    expect(r.message).not.toContain("\n");
    expect(r.path).toEqual([3]);
  });

  it("names the file's own line for a line of NDJSON, also the first", () => {
    expect(refusal(() => parseJsonText('{"id": "a",', "m.ndjson", 1)).message).toMatch(/^m\.ndjson:1:12: not valid JSON/);
    expect(refusal(() => parseJsonText('{"id" "a"}', "m.ndjson", 7)).message).toMatch(/^m\.ndjson:7:7: not valid JSON/);
  });

  it("names the line of a key given twice", () => {
    const r = refusal(() => parseJsonText('{\n"a": 1,\n"a": 2}', "ws.json"));
    expect(r.message).toBe('ws.json:3: an object names the key "a" twice');
    expect(refusal(() => parseJsonText('{"a": 1, "a": 2}', "m.ndjson", 4)).message).toBe('m.ndjson:4: an object names the key "a" twice');
  });
});
