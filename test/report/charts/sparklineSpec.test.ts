import { describe, expect, it } from "vitest";
import * as vl from "vega-lite";
import { sparklineSpec } from "../../../src/report/charts/sparklineSpec.js";
import { renderChartSvg } from "../../../src/report/charts/renderChartSvg.js";
import { countMarks } from "../svgMarks.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

describe("sparklineSpec", () => {
  it("matches the documented example", () => {
    const spec = sparklineSpec([{ period: "2026-01", value: 3 }, { period: "2026-02", value: 5 }]);
    expect(spec.description).toBe("Sparkline of 2 periods from 2026-01 to 2026-02; last value 5.00.");
  });

  it("compiles with Vega-Lite and carries the data in order when values are missing", () => {
    const spec = sparklineSpec([
      { period: "2026-01", value: 3 },
      { period: "2026-02", value: null },
      { period: "2026-03", value: 4 },
    ]);
    expect(() => vl.compile(spec as unknown as vl.TopLevelSpec)).not.toThrow();
    expect(spec.data).toEqual({
      values: [
        { period: "2026-01", value: 3, last: false },
        { period: "2026-02", value: null, last: false },
        { period: "2026-03", value: 4, last: true },
      ],
    });
  });

  it("renders one line and one dot for the last value when rendered to SVG", async () => {
    const svg = await renderChartSvg(
      sparklineSpec([{ period: "a", value: 1 }, { period: "b", value: 3 }, { period: "c", value: 2 }, { period: "d", value: null }]),
    );
    expect(countMarks(svg, "line", 0)).toBe(1);
    expect(countMarks(svg, "symbol", 1)).toBe(1);
  });

  it("describes the series in Latvian when the locale is lv", () => {
    const spec = sparklineSpec([{ period: "2026-01", value: 1234.5 }], { locale: "lv" });
    expect(spec.description).toBe("Līknes diagramma: 1 periods no 2026-01 līdz 2026-01; pēdējā vērtība 1234,50.");
  });

  it("throws non_finite when a value is NaN", () => {
    expect(() => sparklineSpec([{ period: "a", value: Number.NaN }])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["points", 0, "value"] }),
    );
  });

  it("throws invalid_argument when the width is not positive", () => {
    expect(() => sparklineSpec([], { width: 0 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "width"] }),
    );
  });

  it("throws invalid_argument naming the argument when the points or the options are missing or wrong-shaped", () => {
    const cases: [() => unknown, unknown][] = [
      [() => sparklineSpec(undefined as never), { code: "invalid_argument", path: ["points"], message: "sparklineSpec: points must be an array, not undefined" }],
      [() => sparklineSpec({} as never), { code: "invalid_argument", path: ["points"], message: "sparklineSpec: points must be an array, not an object" }],
      [() => sparklineSpec([null] as never), { code: "invalid_argument", path: ["points", 0], message: "sparklineSpec: points[0] must be an object, not null" }],
      [() => sparklineSpec([], null as never), { code: "invalid_argument", path: ["options"], message: "sparklineSpec: options must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
