import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/errors.js";
import type { LineIndex } from "../../src/cli/lineIndex.js";
import { placeRecordError } from "../../src/cli/recordSink.js";

// Record i on line i + 2 (a header, say).
const lines = { at: (i: number) => i + 2 } as LineIndex;
const placed = (message: string, path: (string | number)[], id: unknown = "m2") => {
  const error = new KpiError("invalid_input", message, { path });
  placeRecordError(error, "m.ndjson", lines, id);
  return error.message;
};

describe("placeRecordError", () => {
  it("matches the documented example", () => {
    const error = new KpiError("invalid_input", "parseMeasurements: [1].value: must be a number", { path: [1, "value"] });
    placeRecordError(error, "m.ndjson", { at: (i: number) => i + 2 } as LineIndex, "m2");
    expect(error.message).toBe('m.ndjson:3 (measurement "m2"): value: must be a number');
  });

  it("gives the library's place of the record way to the line, and names a field the message does not begin with", () => {
    // "[1] " (a space) and "[1]: " (the record as a whole) as well as "[1].".
    expect(placed("parseMeasurements: [1] at: is missing", [1, "at"])).toBe('m.ndjson:3 (measurement "m2"): at: is missing');
    expect(placed("parseMeasurements: [1]: must be an object, not an array", [1], null)).toBe("m.ndjson:3: must be an object, not an array");
    // A batch-level message without the index: the function's name goes, the field is named at the end.
    expect(placed('parseMeasurements: the id "m2" is used twice', [1, "id"])).toBe('m.ndjson:3 (measurement "m2"): the id "m2" is used twice (field id)');
    // Another record's index stays (it is not this line's).
    expect(placed("parseMeasurements: [4].supersedes: loops back", [1, "supersedes"])).toBe(
      'm.ndjson:3 (measurement "m2"): [4].supersedes: loops back (field supersedes)',
    );
  });

  it("leaves an error without a record's index at the file, and other errors alone", () => {
    expect(placed("readX: the file is empty", ["file"])).toBe("m.ndjson: readX: the file is empty");
    const plain = new Error("boom");
    placeRecordError(plain, "m.ndjson", lines, "m2");
    expect(plain.message).toBe("boom");
  });
});
