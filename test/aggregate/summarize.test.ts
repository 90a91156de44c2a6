import { describe, expect, it } from "vitest";
import { summarize } from "../../src/aggregate/summarize.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("summarize", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => summarize(undefined as never), [], "summarize: values must be an array, not undefined"],
      [() => summarize(null as never), [], "summarize: values must be an array, not null"],
      [() => summarize({} as never), [], "summarize: values must be an array, not an object"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
