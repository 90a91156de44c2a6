import { describe, expect, it } from "vitest";
import { assessDriverLink } from "../../src/trend/assessDriverLink.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const pts = [1, 2, 3].map((value, index) => ({ index, value }));
const link = { sign: "positive", lagPeriods: 0, laggingDirection: "higher_is_better" } as const;

describe("assessDriverLink", () => {
  it("throws KpiError invalid_argument for missing or wrong-shaped arguments", () => {
    const cases: [() => unknown, unknown[], string][] = [
      [() => assessDriverLink(undefined as never, pts, link), ["leading"], "assessDriverLink: leading must be an array, not undefined"],
      [() => assessDriverLink({} as never, pts, link), ["leading"], "assessDriverLink: leading must be an array, not an object"],
      [() => assessDriverLink(pts, null as never, link), ["lagging"], "assessDriverLink: lagging must be an array, not null"],
      [() => assessDriverLink([null] as never, pts, link), ["leading", 0], "assessDriverLink: leading[0] must be an object, not null"],
      [() => assessDriverLink(pts, [pts[0], 5] as never, link), ["lagging", 1], "assessDriverLink: lagging[1] must be an object, not number"],
      [() => assessDriverLink(pts, pts, undefined as never), [], "assessDriverLink: link must be an object, not undefined"],
      [() => assessDriverLink(pts, pts, "positive" as never), [], "assessDriverLink: link must be an object, not string"],
      [() => assessDriverLink(pts, pts, link, null as never), [], "assessDriverLink: options must be an object, not null"],
    ];
    for (const [call, path, message] of cases) expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message });
  });
});
