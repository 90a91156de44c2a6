import { describe, expect, it } from "vitest";
import { formatValue } from "../../src/report/formatValue.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("formatValue", () => {
  it("matches the documented example", () => {
    const incidents = { lv: { one: "incidents", other: "incidenti", zero: "incidentu" }, en: { one: "incident", other: "incidents" } };
    expect([
      formatValue(99.456, { unit: "%", precision: 1 }, "lv"),
      formatValue(null, { unit: "%", precision: 1 }, "en"),
      formatValue(1, { unit: incidents, precision: 0 }, "lv"),
      formatValue(7, { unit: incidents, precision: 0 }, "lv"),
      formatValue(10, { unit: incidents, precision: 0 }, "lv"),
      formatValue(1, { unit: incidents, precision: 0 }, "en"),
    ]).toEqual(["99,5%", "—", "1 incidents", "7 incidenti", "10 incidentu", "1 incident"]);
  });

  it("picks the Latvian plural form by the number's last digits when the unit has plural forms", () => {
    // Latvian grammar (CLDR): "one" for numbers ending in 1 but not 11 (1, 21, 101); "zero" for 0, numbers ending
    // in 0 and 11–19 (10, 11, 19, 110); "other" for the rest (2–9, 22).
    const u = { lv: { one: "pieteikums", other: "pieteikumi", zero: "pieteikumu" }, en: { one: "ticket", other: "tickets" } };
    const lv = (n: number) => formatValue(n, { unit: u, precision: 0 }, "lv");
    expect([0, 1, 2, 9, 10, 11, 19, 21, 22, 101, 110].map(lv)).toEqual([
      "0 pieteikumu", "1 pieteikums", "2 pieteikumi", "9 pieteikumi", "10 pieteikumu", "11 pieteikumu", "19 pieteikumu",
      "21 pieteikums", "22 pieteikumi", "101 pieteikums", "110 pieteikumu",
    ]);
    expect([0, 1, 2].map((n) => formatValue(n, { unit: u, precision: 0 }, "en"))).toEqual(["0 tickets", "1 ticket", "2 tickets"]);
  });

  it("uses the other form when a unit has no zero form, and one word for every number when the unit gives one", () => {
    const u = { lv: { one: "punkts", other: "punkti" }, en: "pts" };
    expect(formatValue(10, { unit: u, precision: 0 }, "lv")).toBe("10 punkti");
    expect(formatValue(1, { unit: u, precision: 0 }, "en")).toBe("1 pts");
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

  it("throws invalid_argument naming the argument when the KPI, its unit or the locale are missing or wrong-shaped", () => {
    const cases: [() => unknown, unknown][] = [
      [() => formatValue(1, undefined as never, "en"), { code: "invalid_argument", path: ["kpi"], message: "formatValue: kpi must be an object, not undefined" }],
      [() => formatValue(null, null as never, "en"), { code: "invalid_argument", path: ["kpi"], message: "formatValue: kpi must be an object, not null" }],
      [() => formatValue(1, { precision: 0 } as never, "en"), { code: "invalid_argument", path: ["kpi", "unit"], message: "formatValue: kpi.unit must be a string or an object ({ lv, en })" }],
      [() => formatValue(1, { unit: { lv: "x" }, precision: 0 } as never, "en"), { code: "invalid_argument", path: ["kpi", "unit", "en"], message: "formatValue: kpi.unit.en must be a string or plural forms ({ one, other })" }],
      [() => formatValue(1, { unit: "%", precision: 1 }, undefined as never), { code: "invalid_argument", path: ["locale"], message: 'formatValue: locale must be "lv" or "en", not undefined' }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});

describe("formatValue and formatNumber of a value that rounds to zero", () => {
  it("show 0, never -0", async () => {
    const { formatNumber } = await import("../../src/report/_lib/formatNumber.js");
    // -0.3 at no decimals and -0.004 at two round to zero: no sign (the report had shown "-0 applications").
    expect(formatValue(-0.3, { unit: { lv: { one: "iesniegums", other: "iesniegumi", zero: "iesniegumu" }, en: { one: "application", other: "applications" } }, precision: 0 }, "en")).toBe("0 applications");
    expect([formatNumber(-0.004, "en"), formatNumber(-0.004, "lv"), formatNumber(-1.5, "en", 1)]).toEqual(["0.00", "0,00", "-1.5"]);
  });
});
