import { describe, expect, it } from "vitest";
import { formatValue } from "../../src/report/formatValue.js";

describe("formatValue", () => {
  it("matches the documented example", () => {
    expect([formatValue(99.456, { unit: "%", precision: 1 }, "lv"), formatValue(null, { unit: "%", precision: 1 }, "en")]).toEqual(["99,5%", "—"]);
  });

  it("localises units Intl knows and appends the others when formatting", () => {
    expect(formatValue(12.5, { unit: "days", precision: 1 }, "lv")).toBe("12,5 dienas");
    expect(formatValue(18543.5, { unit: "EUR", precision: 2 }, "en")).toBe("€18,543.50");
    expect(formatValue(3, { unit: "incidents", precision: 0 }, "en")).toBe("3 incidents");
    expect(formatValue(null, { unit: "%", precision: 1 }, "lv")).toBe("nav datu");
    expect(formatValue(-0, { unit: "x", precision: 0 }, "en")).toBe("0 x");
  });

  it("throws non_finite when the value is NaN", () => {
    expect(() => formatValue(Number.NaN, { unit: "%", precision: 1 }, "en")).toThrowError(expect.objectContaining({ code: "non_finite", path: ["value"] }));
  });

  it("throws invalid_argument when the precision is fractional", () => {
    expect(() => formatValue(1, { unit: "%", precision: 1.5 }, "en")).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["kpi", "precision"] }),
    );
  });
});
