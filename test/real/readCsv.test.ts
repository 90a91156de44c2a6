import { describe, expect, it } from "vitest";
import { num, parseCsv } from "./readCsv.js";

// The tiny CSV reader the real-data tests use; expected values are read off the input by hand.
describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks when they are inside quotes", () => {
    const text = 'id,name,note\r\n1,"Smith, J","said ""hi""\nthen left"\r\n2,,plain\n';
    expect(parseCsv(text)).toEqual([
      { id: "1", name: "Smith, J", note: 'said "hi"\nthen left' },
      { id: "2", name: "", note: "plain" },
    ]);
  });

  it("reads a last record without a line end and skips a byte-order mark", () => {
    expect(parseCsv("\uFEFFa,b\n1,2")).toEqual([{ a: "1", b: "2" }]);
  });

  it("throws when a record has more fields than the header or a quote is not closed", () => {
    expect(() => parseCsv("a,b\n1,2,3\n")).toThrowError(/3 fields/);
    expect(() => parseCsv('a\n"open\n')).toThrowError(/not closed/);
  });
});

describe("num", () => {
  it("reads an empty cell as null and a number as a number", () => {
    expect([num(""), num("0.05"), num("954.42857143")]).toEqual([null, 0.05, 954.42857143]);
    expect(() => num("ND")).toThrowError(/ND/);
  });
});
