import { describe, expect, it } from "vitest";
import { requireLocale } from "../../src/internal/requireLocale.js";
import { labelOf } from "../../src/model/labels.js";
import { buildReport } from "../../src/report/buildReport.js";
import { formatValue } from "../../src/report/formatValue.js";
import { planReport } from "../../src/report/planReport.js";
import { reportLabel } from "../../src/report/reportLabel.js";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { fixtureAsOf, fixtureWorkspace } from "../report/fixture.js";

describe("requireLocale", () => {
  it("matches the documented example", () => {
    expect(kpiErrorOf(() => requireLocale("de", "formatValue", ["locale"]))?.message).toBe('formatValue: locale must be "lv" or "en", not "de"');
  });

  it("takes lv and en, and names a string in quotes and anything else by its kind", () => {
    expect(() => requireLocale("lv", "f", ["locale"])).not.toThrow();
    expect(() => requireLocale("en", "f", ["locale"])).not.toThrow();
    expect(kpiErrorOf(() => requireLocale("EN", "f", ["options", "locale"]))).toEqual({
      code: "invalid_argument",
      path: ["options", "locale"],
      message: 'f: locale must be "lv" or "en", not "EN"',
    });
    expect(kpiErrorOf(() => requireLocale(undefined, "f", ["locale"]))?.message).toBe('f: locale must be "lv" or "en", not undefined');
    expect(kpiErrorOf(() => requireLocale(null, "f", ["locale"]))?.message).toBe('f: locale must be "lv" or "en", not null');
    expect(kpiErrorOf(() => requireLocale({ lv: 1 }, "f", ["locale"]))?.message).toBe('f: locale must be "lv" or "en", not an object');
  });

  it("is the one wording of every public function that takes a locale", () => {
    const options = { audience: "management", period: "2026-03", asOf: fixtureAsOf, locale: "de" } as never;
    const cases: [() => unknown, string, readonly PropertyKey[]][] = [
      [() => labelOf("indicator", "leading", "de" as never), "labelOf", ["locale"]],
      [() => reportLabel("chart_budget", "de" as never), "reportLabel", ["locale"]],
      [() => formatValue(1, { unit: "%", precision: 1 }, "de" as never), "formatValue", ["locale"]],
      [() => buildReport(fixtureWorkspace, [], options), "buildReport", ["options", "locale"]],
      [() => planReport(fixtureWorkspace, options), "planReport", ["options", "locale"]],
    ];
    for (const [call, where, path] of cases) {
      expect(kpiErrorOf(call)).toEqual({ code: "invalid_argument", path, message: `${where}: locale must be "lv" or "en", not "de"` });
    }
  });
});
