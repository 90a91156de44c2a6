import { describe, expect, it } from "vitest";
import { resolveSupersedes } from "../../src/aggregate/resolveSupersedes.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("resolveSupersedes", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => resolveSupersedes(undefined as never), [], "resolveSupersedes: records must be an array, not undefined"],
      [() => resolveSupersedes(null as never), [], "resolveSupersedes: records must be an array, not null"],
      [() => resolveSupersedes("x" as never), [], "resolveSupersedes: records must be an array, not string"],
      [() => resolveSupersedes([{ kpiId: "k", subjectId: "s" }, null] as never), [1], "resolveSupersedes: records[1] must be an object, not null"],
      [() => resolveSupersedes([1] as never), [0], "resolveSupersedes: records[0] must be an object, not number"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
