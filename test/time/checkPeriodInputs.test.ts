import { describe, expect, it } from "vitest";
import { checkPeriodInputs } from "../../src/time/_lib/checkPeriodInputs.js";

describe("checkPeriodInputs", () => {
  it("matches the documented example", () => {
    expect(checkPeriodInputs("fiscal_year", { timeZone: "Europe/Riga", fiscalYearStartMonth: 4 }, "periodOf")).toBe(4);
  });

  it("does not read the fiscal month for other grains", () => {
    expect(checkPeriodInputs("month", { timeZone: "UTC", fiscalYearStartMonth: 0 }, "x")).toBe(1);
  });
});
