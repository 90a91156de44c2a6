import { describe, expectTypeOf, it } from "vitest";
import type { InstantInput } from "../../src/index.js";
import { addBusinessDays, addBusinessTime, businessIntervals, businessTimeBetween, evaluateBurnAlerts, periodCoverage, periodOf, resolveSloWindow } from "../../src/index.js";

// One instant input type (issue 11): every exported function that takes an instant accepts the same InstantInput.
describe("InstantInput", () => {
  it("is epoch ms, an ISO string or a Date", () => {
    expectTypeOf<InstantInput>().toEqualTypeOf<number | string | Date>();
  });

  it("is what the functions that take an instant accept", () => {
    expectTypeOf(periodOf).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(addBusinessDays).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(addBusinessTime).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(businessTimeBetween).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(businessTimeBetween).parameter(1).toEqualTypeOf<InstantInput>();
    expectTypeOf(businessIntervals).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(periodCoverage).parameter(1).toEqualTypeOf<InstantInput>();
    expectTypeOf(resolveSloWindow).parameter(1).toEqualTypeOf<InstantInput>();
    expectTypeOf(evaluateBurnAlerts).parameter(1).toEqualTypeOf<InstantInput>();
  });
});
