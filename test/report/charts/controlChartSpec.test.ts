import { describe, expect, it } from "vitest";
import { controlChartSpec } from "../../../src/report/charts/controlChartSpec.js";
import { renderChartSvg } from "../../../src/report/charts/renderChartSvg.js";
import { countMarks } from "../svgMarks.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

const points = [
  { period: "2026-01", value: 10 },
  { period: "2026-02", value: 12 },
  { period: "2026-03", value: 30 },
  { period: "2026-04", value: null },
  { period: "2026-05", value: 11 },
];

describe("controlChartSpec", () => {
  it("matches the documented example", () => {
    const spec = controlChartSpec({
      points: points.slice(0, 3), cl: 12, ucl: 25, lcl: -1, signals: [{ period: "2026-03", rule: 1 }],
    });
    expect(spec.description).toBe(
      "Control chart: 3 points, centre line 12.00, control limits -1.00 and 25.00; signals marked with a diamond: 1.",
    );
  });

  it("renders three limit lines, the series and one symbol per observed point", async () => {
    const svg = await renderChartSvg(controlChartSpec({ points, cl: 12, ucl: 25, lcl: -1, signals: [{ period: "2026-03", rule: 1 }] }));
    expect(countMarks(svg, "rule", 0)).toBe(3);
    expect(countMarks(svg, "line", 1)).toBe(1);
    expect(countMarks(svg, "symbol", 2)).toBe(4);
  });

  it("gives a signalling point a diamond shape, not only a colour", async () => {
    const svg = await renderChartSvg(controlChartSpec({ points, cl: 12, ucl: 25, lcl: -1, signals: [{ period: "2026-03", rule: 1 }, { period: "2026-03", rule: 5 }] }));
    const spec = controlChartSpec({ points, cl: 12, ucl: 25, lcl: -1, signals: [{ period: "2026-03", rule: 5 }, { period: "2026-03", rule: 1 }] });
    expect((spec.data as { values: { kind: string; rules: string }[] }).values[2]).toMatchObject({ kind: "Signal", rules: "1, 5" });
    // Vega draws a diamond as a four-point path; circles are arcs.
    const symbols = svg.slice(svg.indexOf("layer_2_marks"));
    expect(symbols).toMatch(/aria-label="[^"]*Signal/);
  });

  it("throws unknown_reference when a signal's period has no point", () => {
    expect(() => controlChartSpec({ points, cl: 1, ucl: 2, lcl: 0, signals: [{ period: "1999-01", rule: 1 }] })).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["input", "signals", 0, "period"] }),
    );
  });

  it("throws non_finite when a limit is NaN", () => {
    expect(() => controlChartSpec({ points, cl: 1, ucl: Number.NaN, lcl: 0, signals: [] })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["input", "ucl"] }),
    );
  });

  it("throws invalid_argument naming the argument when the input, its lists or the options are missing or wrong-shaped", () => {
    const limits = { cl: 1, ucl: 2, lcl: 0 };
    const cases: [() => unknown, unknown][] = [
      [() => controlChartSpec(undefined as never), { code: "invalid_argument", path: ["input"], message: "controlChartSpec: input must be an object, not undefined" }],
      [() => controlChartSpec({ ...limits, signals: [] } as never), { code: "invalid_argument", path: ["input", "points"], message: "controlChartSpec: input.points must be an array, not undefined" }],
      [() => controlChartSpec({ ...limits, points: [] } as never), { code: "invalid_argument", path: ["input", "signals"], message: "controlChartSpec: input.signals must be an array, not undefined" }],
      [() => controlChartSpec({ ...limits, points: [1], signals: [] } as never), { code: "invalid_argument", path: ["input", "points", 0], message: "controlChartSpec: input.points[0] must be an object, not number" }],
      [() => controlChartSpec({ ...limits, points: [], signals: [null] } as never), { code: "invalid_argument", path: ["input", "signals", 0], message: "controlChartSpec: input.signals[0] must be an object, not null" }],
      [() => controlChartSpec({ ...limits, points: [], signals: [] }, null as never), { code: "invalid_argument", path: ["options"], message: "controlChartSpec: options must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
