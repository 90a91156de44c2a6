import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/cli/lineIndex.js";

describe("LineIndex", () => {
  it("matches the documented example", () => {
    const lines = new LineIndex();
    [2, 3, 4, 6, 7].forEach((line, i) => lines.note(i, line));
    expect([lines.at(0), lines.at(2), lines.at(3), lines.at(4), lines.at(5), lines.runs]).toEqual([2, 4, 6, 7, 0, 2]);
  });

  it("keeps a file of one record a line as one run", () => {
    const lines = new LineIndex();
    for (let i = 0; i < 100_000; i++) lines.note(i, i + 2); // a CSV header on line 1
    expect(lines.runs).toBe(1);
    expect([lines.at(0), lines.at(54_321), lines.at(99_999), lines.at(100_000), lines.at(-1)]).toEqual([2, 54_323, 100_001, 0, 0]);
  });

  it("refuses a record noted before the ones ahead of it", () => {
    const lines = new LineIndex();
    lines.note(0, 1);
    expect(() => lines.note(2, 3)).toThrow(RangeError);
  });
});

// Against a plain list: records on lines that mostly follow each other (gaps of blank lines or records over several
// lines) or never (spread), sometimes a record noted again; many runs switch it to one number a record, and it still
// answers the same.
test.prop(
  [
    fc.array(fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 9 }) }), { maxLength: 6000, size: "max" }),
    fc.array(fc.nat(), { maxLength: 3 }),
    fc.boolean(),
  ],
  { numRuns: 60, endOnFailure: true }, // long arrays: no shrinking
)("gives each record the line it was noted at", (steps, renotes, spread) => {
  const lines = new LineIndex();
  const expected: number[] = [];
  let line = 1;
  steps.forEach((step, i) => {
    // Spread: every record a few lines after the last (a JSON array written over several lines a record).
    line += spread ? step + 2 : step;
    lines.note(i, line);
    expected[i] = line;
  });
  // Noting record j again forgets those after it.
  for (const r of renotes) {
    if (expected.length === 0) break;
    const j = r % expected.length;
    lines.note(j, expected[j]! + 100);
    expected.length = j + 1;
    expected[j] = expected[j]! + 100;
  }
  for (let i = 0; i < expected.length; i++) expect(lines.at(i)).toBe(expected[i]);
  expect(lines.at(expected.length)).toBe(0);
});

// A file read in two parts: the second part's index (lines counted from 1 at its start) appended with the first
// part's lines before it gives each record the line an index noted in one go gives it, in runs or one number a record.
test.prop(
  [
    fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3000 }),
    fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3000 }),
    fc.boolean(),
    fc.boolean(),
  ],
  { numRuns: 60, endOnFailure: true },
)("appends another index's records after its own", (first, second, spreadFirst, spreadSecond) => {
  const whole = new LineIndex();
  const head = new LineIndex();
  const tail = new LineIndex();
  let line = 1;
  first.forEach((step, i) => {
    line += spreadFirst ? step + 2 : step;
    whole.note(i, line);
    head.note(i, line);
  });
  // The second part starts on the line after the first part's last (lines counted from 1 there).
  const offset = line;
  let local = 0;
  second.forEach((step, i) => {
    local += spreadSecond ? step + 2 : step;
    whole.note(first.length + i, offset + local);
    tail.note(i, local);
  });
  head.append(structuredClone(tail.parts()), offset);
  const n = first.length + second.length;
  for (let i = 0; i < n; i++) expect(head.at(i)).toBe(whole.at(i));
  expect(head.at(n)).toBe(0);
  // And it goes on noting records after them.
  head.note(n, offset + local + 1);
  expect(head.at(n)).toBe(offset + local + 1);
});
