import { describe, expect, it } from "vitest";
import { emptyPartial } from "../../src/aggregate/emptyPartial.js";
import { mergePartials } from "../../src/aggregate/mergePartials.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("mergePartials", () => {
  it("throws invalid_argument for missing or wrong-shaped arguments, from JavaScript", () => {
    const empty = emptyPartial();
    const cases: [() => unknown, unknown[], string][] = [
      [() => mergePartials(undefined as never, empty), [], "mergePartials: a must be an object, not undefined"],
      [() => mergePartials(empty, undefined as never), [], "mergePartials: b must be an object, not undefined"],
      [() => mergePartials(empty, null as never), [], "mergePartials: b must be an object, not null"],
      [() => mergePartials(7 as never, empty), [], "mergePartials: a must be an object, not number"],
      [() => mergePartials({} as never, empty), ["statuses"], "mergePartials: a.statuses must be an object, not undefined"],
      [() => mergePartials(empty, [] as never), ["statuses"], "mergePartials: b.statuses must be an object, not undefined"],
      [() => mergePartials({ ...empty, sketch: undefined } as never, empty), ["sketch"], "mergePartials: a.sketch must be an object or null, not undefined"],
      [() => mergePartials(empty, { ...empty, survey: undefined } as never), ["survey"], "mergePartials: b.survey must be an object or null, not undefined"],
      [() => mergePartials(empty, { ...empty, ratios: undefined } as never), ["ratios"], "mergePartials: b.ratios must be an object or null, not undefined"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
