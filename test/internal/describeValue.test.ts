import { describe, expect, it } from "vitest";
import { describeType, describeValue, showValue } from "../../src/internal/describeValue.js";

describe("describeValue", () => {
  it("matches the documented example", () => {
    expect([describeValue(null), describeValue(undefined), describeValue(3), describeValue({}), describeValue(new Uint8Array(1))]).toEqual([
      "null",
      "undefined",
      "number",
      "an object",
      "Uint8Array",
    ]);
  });

  it("calls an object without a prototype an object, and names functions and strings by their type", () => {
    expect([describeValue(Object.create(null)), describeValue(() => 1), describeValue("x"), describeValue(new Map())]).toEqual(["an object", "function", "string", "Map"]);
  });
});

describe("showValue", () => {
  it("matches the documented example", () => {
    expect([showValue("atleast"), showValue(3), showValue(["x"])]).toEqual(['"atleast"', "number", "an array"]);
  });

  it("cuts a long string to its first 40 characters", () => {
    expect(showValue("x".repeat(50))).toBe(`"${"x".repeat(40)}…"`);
  });
});

describe("describeType", () => {
  it("matches the documented example", () => {
    expect([describeType("5"), describeType(null), describeType([1]), describeType({})]).toEqual(["a string", "null", "an array", "an object"]);
  });
});
