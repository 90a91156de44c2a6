import { describe, expect, it } from "vitest";
import { radixPlan } from "../../src/internal/radixPlan.js";

describe("radixPlan", () => {
  it("matches the documented example", () => {
    const used = new Uint8Array(256);
    for (const c of "abc") used[c.charCodeAt(0)] = 1;
    const plan = radixPlan(used, 7)!;
    // "a" 1, "b" 2, "c" 3, and 0 past the end: base 4; 4^8 = 65 536 values, so 8 characters a digit, one pass.
    expect([plan.rank[98], plan.base, plan.perPass, plan.passes, plan.values]).toEqual([2, 4, 8, 1, 65536]);
  });

  it("makes as few characters a digit as keep to 65 536 values, and gives up past 32 passes", () => {
    const used = new Uint8Array(65536);
    // 40 characters used: base 41; 41^2 = 1 681, 41^3 = 68 921 > 65 536, so 2 characters a digit.
    for (let c = 48; c < 88; c++) used[c] = 1;
    const plan = radixPlan(used, 64)!;
    expect([plan.rank[48], plan.rank[87], plan.rank[88], plan.base, plan.perPass, plan.passes, plan.values]).toEqual([1, 40, 0, 41, 2, 32, 1681]);
    // 65 characters need 33 passes of 2.
    expect(radixPlan(used, 65)).toBeNull();
  });
});
