import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { jsonParses } from "./jsonParses.js";
import { jsonErrorOffset } from "../../src/internal/jsonErrorOffset.js";

describe("jsonErrorOffset", () => {
  it("finds a fault exactly when JSON.parse refuses the text (valid JSON, and JSON with one character changed)", () => {
    const edited = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("insert", "delete", "replace"), fc.constantFrom(..."{}[]:,\"'\\ 0123456789.eE+-tfnrul\n\tx"))
      .map(([text, at, how, c]) => {
        const i = at % (text.length + 1);
        if (how === "insert") return text.slice(0, i) + c + text.slice(i);
        if (how === "delete") return text.slice(0, i) + text.slice(i + 1);
        return text.slice(0, i) + c + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), edited), (text) => {
        const offset = jsonErrorOffset(text);
        expect(offset === null).toBe(jsonParses(text));
        if (offset !== null) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });
});
