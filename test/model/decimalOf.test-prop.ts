import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { DECIMAL, decimalOf } from "../../src/model/_lib/decimalOf.js";

describe("decimalOf", () => {
  it("matches the documented example", () => {
    expect([decimalOf(Buffer.from("-12.5"), 0, 5), decimalOf(Buffer.from("1e3"), 0, 3), decimalOf(Buffer.from("0x10"), 0, 4)]).toEqual([-12.5, 1000, NaN]);
  });
});

// Texts near numbers: every digit count around the 15 read without Number(), every sign and point placement, exponents
// and what is not a number. The bytes give the very double Number() gives the text, or NaN outside the grammar.
const textArb = fc.oneof(
  fc
    .tuple(fc.constantFrom("", "-", "+"), fc.stringMatching(/^[0-9]{0,18}$/), fc.constantFrom("", "."), fc.stringMatching(/^[0-9]{0,18}$/), fc.constantFrom("", "e5", "E-3", "e"))
    .map(([sign, a, dot, b, exp]) => `${sign}${a}${dot}${dot === "" ? "" : b}${exp}`),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom("0x10", "1_0", " 1", "1 ", ".", "-", "", "Infinity", "--1", "1.2.3"),
);

test.prop([textArb], { numRuns: 4000 })("reads bytes as Number() reads the text of the decimal grammar, else NaN", (text) => {
  const bytes = Buffer.from(`#${text}#`);
  const expected = DECIMAL.test(text) ? Number(text) : NaN;
  expect(Object.is(decimalOf(bytes, 1, bytes.length - 1), expected)).toBe(true);
});
