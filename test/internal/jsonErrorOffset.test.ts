import { describe, expect, it } from "vitest";
import { jsonParses } from "./jsonParses.js";
import { jsonErrorOffset, jsonErrorPosition } from "../../src/internal/jsonErrorOffset.js";

describe("jsonErrorOffset", () => {
  it("matches the documented example", () => {
    expect(jsonErrorOffset('{"a": 1,\n "b": ,}')).toBe(15);
    expect(jsonErrorOffset("[1, 2]")).toBeNull();
  });

  // Offsets counted by hand: the first character no JSON text can have there, or the length when the text ends early.
  it.each([
    ["", 0], // nothing at all
    ["  ", 2],
    ["{", 1],
    ['{"a"', 4], // a key without its colon, at the end
    ['{"a" 1}', 5], // the 1 where the colon belongs
    ['{"a"=1}', 4],
    ['{"a": 1,}', 8], // a comma before the brace: a key expected
    ["[1,]", 3],
    ["[1 2]", 3],
    ["{'a': 1}", 1], // single quotes
    ['{"a": tru}', 9], // "tru" then "}" where "e" belongs
    ['{"a": nul', 9],
    ["01", 1], // a leading zero cannot go on
    ["-", 1],
    ["1.", 2],
    ["1.x", 2],
    ["1e+", 3],
    [".5", 0],
    ["+1", 0],
    ['"a\tb"', 2], // a raw tab inside a string
    ['"\\x"', 2], // no such escape
    ['"\\u12g4"', 5],
    ['"abc', 4], // an unterminated string
    ["[1] [2]", 4], // two values
    ["{}}", 2],
    ["[}", 1],
    ["NaN", 0],
  ])("%j stops at %i", (text, offset) => {
    expect(jsonParses(text)).toBe(false);
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it.each(['{"a": [1, -0.5e+3, true, false, null, "\\u00e9\\n\\"", {}], "b": {"c": []}}', " \r\n\t7 ", '"\ud800"', "[[[[[]]]]]", "-0", "1E5"])(
    "accepts the valid JSON %j",
    (text) => {
      expect(jsonParses(text)).toBe(true);
      expect(jsonErrorOffset(text)).toBeNull();
    },
  );

  it("does not recurse: a deeply nested array is fine, and its missing end is found", () => {
    const deep = "[".repeat(200_000) + "]".repeat(200_000);
    expect(jsonErrorOffset(deep)).toBeNull();
    expect(jsonErrorOffset(deep.slice(0, -1))).toBe(399_999);
  });
});

describe("jsonErrorPosition", () => {
  it("matches the documented example", () => {
    expect(jsonErrorPosition('{"a": 1,\n "b": ,}')).toEqual({ line: 2, column: 7 });
  });

  it("counts lines at LF (a CRLF is one line end) and columns from 1", () => {
    // Offsets by hand: "[1,\r\n2,\r\n]" stops at the "]" (offset 9): line 3, column 1.
    expect(jsonErrorPosition("[1,\r\n2,\r\n]")).toEqual({ line: 3, column: 1 });
    expect(jsonErrorPosition("x")).toEqual({ line: 1, column: 1 });
    expect(jsonErrorPosition("[]")).toBeNull();
  });
});
