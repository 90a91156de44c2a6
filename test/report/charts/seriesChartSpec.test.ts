import { describe, expect, it } from "vitest";
import { seriesChartSpec } from "../../../src/report/charts/seriesChartSpec.js";
import { renderChartSvg } from "../../../src/report/charts/renderChartSvg.js";
import { countMarks } from "../svgMarks.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

describe("seriesChartSpec", () => {
  it("matches the documented example", () => {
    const spec = seriesChartSpec([
      { period: "2026-01", value: 90, target: 95 },
      { period: "2026-02", value: 96, target: 95 },
    ]);
    expect(spec.description).toBe("Series of 2 periods from 2026-01 to 2026-02 with the target line; last value 96.00, target 95.00.");
  });

  it("renders a value line, a dashed target line and a dot per value", async () => {
    const svg = await renderChartSvg(
      seriesChartSpec([
        { period: "a", value: 1, target: 2 },
        { period: "b", value: 3, target: 2 },
        { period: "c", value: 2, target: 2.5 },
      ]),
    );
    // One line per series (values, target), each in its own group.
    expect(svg.match(/class="mark-line role-mark layer_0_marks"/g)?.length).toBe(2);
    expect(countMarks(svg, "symbol", 1)).toBe(3);
    expect(svg).toContain('stroke-dasharray="6,4"');
  });

  it("throws non_finite when a target is NaN", () => {
    expect(() => seriesChartSpec([{ period: "a", value: 1, target: Number.NaN }])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["points", 0, "target"] }),
    );
  });

  it("writes the axis numbers the Latvian way when the locale is lv", async () => {
    // Values 99.5 and 1234.5: the y axis runs 0 … 1 200 in steps of 200; Latvian groups thousands with a no-break space.
    const points = [{ period: "2026-01", value: 99.5, target: 99.2 }, { period: "2026-02", value: 1234.5, target: 99.2 }];
    const lv = await renderChartSvg(seriesChartSpec(points, { locale: "lv" }));
    const en = await renderChartSvg(seriesChartSpec(points, { locale: "en" }));
    expect(lv).toContain(">1\u00a0000<");
    expect(en).toContain(">1,000<");
  });

  it("throws invalid_argument naming the argument when the points or the options are missing or wrong-shaped", () => {
    const cases: [() => unknown, unknown][] = [
      [() => seriesChartSpec(undefined as never), { code: "invalid_argument", path: ["points"], message: "seriesChartSpec: points must be an array, not undefined" }],
      [() => seriesChartSpec("x" as never), { code: "invalid_argument", path: ["points"], message: "seriesChartSpec: points must be an array, not string" }],
      [() => seriesChartSpec([null] as never), { code: "invalid_argument", path: ["points", 0], message: "seriesChartSpec: points[0] must be an object, not null" }],
      [() => seriesChartSpec([], null as never), { code: "invalid_argument", path: ["options"], message: "seriesChartSpec: options must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
