import { describe, expect, it } from "vitest";
import { importOpenSlo } from "../../../src/interop/openslo/importOpenSlo.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

describe("importOpenSlo", () => {
  it("throws invalid_argument naming the argument when the sources are missing or wrong-shaped", () => {
    const cases: [() => unknown, unknown][] = [
      [() => importOpenSlo(undefined as never), { code: "invalid_argument", path: ["sources"], message: "importOpenSlo: sources must be an array, not undefined" }],
      [() => importOpenSlo({} as never), { code: "invalid_argument", path: ["sources"], message: "importOpenSlo: sources must be an array, not an object" }],
      [() => importOpenSlo([null] as never), { code: "invalid_argument", path: ["sources", 0], message: "importOpenSlo: sources[0] must be an object, not null" }],
      [() => importOpenSlo([{ file: "a.yaml", text: 1 }] as never), { code: "invalid_argument", path: ["sources", 0, "text"], message: "importOpenSlo: sources[0].text must be a string" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
