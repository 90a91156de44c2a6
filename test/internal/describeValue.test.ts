import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/internal/describeValue.js";

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
