import { describe, expect, it } from "vitest";
import { bulletChartSpec } from "../../../src/report/charts/bulletChartSpec.js";
import { renderChartSvg } from "../../../src/report/charts/renderChartSvg.js";
import { countMarks } from "../svgMarks.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

const bands = [
  { status: "red", from: 0, to: 85.5 },
  { status: "amber", from: 85.5, to: 95 },
  { status: "green", from: 95, to: 100 },
] as const;

describe("bulletChartSpec", () => {
  it("matches the documented example", () => {
    const spec = bulletChartSpec({ actual: 92, target: 95, unit: "%", bands });
    expect(spec.description).toBe("Bullet chart: actual 92.00 against target 95.00 (%), with red, amber and green bands.");
  });

  it("renders three bands, one bar and one target tick", async () => {
    const svg = await renderChartSvg(bulletChartSpec({ actual: 92, target: 95, unit: "%", bands }));
    expect(countMarks(svg, "rect", 0)).toBe(3);
    expect(countMarks(svg, "rect", 1)).toBe(1);
    expect(countMarks(svg, "rect", 2)).toBe(1);
  });

  it("draws no bar when the actual value is null", async () => {
    const svg = await renderChartSvg(bulletChartSpec({ actual: null, target: 95, unit: "%", bands }, { locale: "lv" }));
    expect(countMarks(svg, "rect", 0)).toBe(3);
    // The tick is now the second layer.
    expect(countMarks(svg, "rect", 1)).toBe(1);
    expect(countMarks(svg, "rect", 2)).toBe(0);
    expect(svg).toContain("nav datu");
  });

  it("names the bands by their status in the legend", () => {
    const spec = bulletChartSpec({ actual: 1, target: 2, unit: "x", bands });
    expect(JSON.stringify(spec)).toContain("green — on target");
  });

  it("throws invalid_interval when a band ends before it starts", () => {
    expect(() => bulletChartSpec({ actual: 1, target: 2, unit: "x", bands: [{ status: "red", from: 2, to: 1 }] })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["input", "bands", 0, "to"] }),
    );
  });

  it("throws non_finite when the target is infinite", () => {
    expect(() => bulletChartSpec({ actual: 1, target: Infinity, unit: "x", bands: [] })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["input", "target"] }),
    );
  });

  it("throws invalid_argument naming the argument when the input, its bands or the options are missing or wrong-shaped", () => {
    const input = { actual: 1, target: 2, unit: "%" };
    const cases: [() => unknown, unknown][] = [
      [() => bulletChartSpec(undefined as never), { code: "invalid_argument", path: ["input"], message: "bulletChartSpec: input must be an object, not undefined" }],
      [() => bulletChartSpec(1 as never), { code: "invalid_argument", path: ["input"], message: "bulletChartSpec: input must be an object, not number" }],
      [() => bulletChartSpec(input as never), { code: "invalid_argument", path: ["input", "bands"], message: "bulletChartSpec: input.bands must be an array, not undefined" }],
      [() => bulletChartSpec({ ...input, bands: [null] } as never), { code: "invalid_argument", path: ["input", "bands", 0], message: "bulletChartSpec: input.bands[0] must be an object, not null" }],
      [() => bulletChartSpec({ ...input, bands: [] }, null as never), { code: "invalid_argument", path: ["options"], message: "bulletChartSpec: options must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
