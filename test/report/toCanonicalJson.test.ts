import { describe, expect, it } from "vitest";
import { toCanonicalJson } from "../../src/report/toCanonicalJson.js";

describe("toCanonicalJson", () => {
  it("matches the documented example", () => {
    expect(toCanonicalJson({ b: 1, a: [true, null], c: undefined })).toBe('{"a":[true,null],"b":1}');
  });

  it("gives the same text when keys come in another order", () => {
    expect(toCanonicalJson({ x: { b: 2, a: 1 }, y: "ē" })).toBe(toCanonicalJson({ y: "ē", x: { a: 1, b: 2 } }));
  });

  it("throws non_finite with the path when a number is NaN", () => {
    expect(() => toCanonicalJson({ a: [1, Number.NaN] })).toThrowError(expect.objectContaining({ code: "non_finite", path: ["a", 1] }));
  });

  it("throws invalid_argument when a value is a function", () => {
    expect(() => toCanonicalJson({ f: () => 1 })).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["f"] }));
  });
});
