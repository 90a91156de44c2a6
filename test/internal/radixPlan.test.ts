import { describe, expect, it } from "vitest";
import { IdStore } from "../../src/internal/idStore.js";
import { radixPlan, storeDigits } from "../../src/internal/radixPlan.js";

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

describe("storeDigits", () => {
  it("matches the documented example", () => {
    const store = new IdStore(0);
    store.addText(0, "ab");
    store.addText(1, "b");
    const used = new Uint8Array(256);
    used[97] = used[98] = 1;
    const plan = { ...radixPlan(used, 2)!, perPass: 2, values: 9 };
    const digit = new Uint16Array(2);
    storeDigits(store, 0, 2, 0, plan, digit);
    // "ab": a 1, b 2 → 1·3 + 2; "b": b 2, past the end 0 → 2·3 + 0.
    expect([...digit]).toEqual([5, 6]);
  });

  it("writes only the ids from lo to hi, from the pass's first character", () => {
    const store = new IdStore(0);
    for (const id of ["xab", "yb", "z"]) store.addText(store.length, id);
    const used = new Uint8Array(256);
    for (const c of "abxyz") used[c.charCodeAt(0)] = 1;
    // Ranks a 1, b 2, x 3, y 4, z 5; base 6; characters 1 and 2 of ids 1 and 2 only.
    const plan = { ...radixPlan(used, 3)!, perPass: 2, values: 36 };
    const digit = Uint16Array.of(99, 99, 99);
    storeDigits(store, 1, 3, 1, plan, digit);
    // "yb": b 2, past the end 0 → 12; "z": past the end twice → 0.
    expect([...digit]).toEqual([99, 12, 0]);
  });
});
