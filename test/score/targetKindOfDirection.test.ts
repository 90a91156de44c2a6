import { describe, expect, it } from "vitest";
import { targetKindOfDirection } from "../../src/score/targetKindOfDirection.js";
import { parseWorkspace } from "../../src/model/workspace.js";
import { workspaceInput } from "../fixtures.js";

describe("targetKindOfDirection", () => {
  it("matches the documented example", () => {
    expect(["higher_is_better", "lower_is_better", "target_band"].map((d) => targetKindOfDirection(d as never))).toEqual(["at_least", "at_most", "between"]);
  });

  it("refuses an unknown direction, including inherited object keys", () => {
    for (const d of ["upwards", "toString", "__proto__"]) {
      expect(() => targetKindOfDirection(d as never)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["direction"] }));
    }
  });

  it("is the rule parseWorkspace applies to targets", () => {
    const input = workspaceInput() as unknown as { kpis: { id: string; direction: string }[]; targets: { kpiId: string; kind: string }[] };
    const target = input.targets[0]!;
    const kpi = input.kpis.find((k) => k.id === target.kpiId)!;
    expect(target.kind).toBe(targetKindOfDirection(kpi.direction as never));
    const wrong = (["at_least", "at_most", "between"] as const).find((k) => k !== target.kind)!;
    target.kind = wrong;
    expect(() => parseWorkspace(input)).toThrowError(expect.objectContaining({ path: ["targets", 0, "kind"] }));
  });
});
