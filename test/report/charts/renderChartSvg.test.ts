import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../src/report/charts/renderChartSvg.js";
import { sparklineSpec } from "../../../src/report/charts/sparklineSpec.js";
import { controlChartSpec } from "../../../src/report/charts/controlChartSpec.js";
import { scopeHeatMapSpec } from "../../../src/report/charts/scopeHeatMapSpec.js";

describe("renderChartSvg", () => {
  it("matches the documented example", async () => {
    const svg = await renderChartSvg(sparklineSpec([{ period: "2026-01", value: 1 }, { period: "2026-02", value: 2 }]));
    expect(svg.startsWith("<svg")).toBe(true);
  });

  it("gives byte-identical output when the same specification is rendered twice", async () => {
    const spec = controlChartSpec({
      points: [{ period: "a", value: 1 }, { period: "b", value: 5 }, { period: "c", value: 2 }],
      cl: 2.6, ucl: 8, lcl: -3, signals: [{ period: "b", rule: 2 }],
    });
    const [first, second] = await Promise.all([renderChartSvg(spec), renderChartSvg(spec)]);
    expect(first).toBe(second);
    const heat = scopeHeatMapSpec([{ label: "x", status: "green", depth: 0 }]);
    expect(await renderChartSvg(heat)).toBe(await renderChartSvg(heat));
  });

  it("names the image with the escaped description when rendered", async () => {
    const svg = await renderChartSvg(sparklineSpec([{ period: "a", value: 1 }], { description: 'A "quoted" <chart> & co' }));
    expect(svg).toMatch(/^<svg role="img" aria-label="A &quot;quoted&quot; &lt;chart&gt; &amp; co" /);
    expect(svg).toContain("<title>A &quot;quoted&quot; &lt;chart&gt; &amp; co</title>");
  });

  it("throws invalid_argument when Vega-Lite rejects the specification", async () => {
    await expect(renderChartSvg({ $schema: "x", description: "bad", mark: "no-such-mark" })).rejects.toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["spec"] }),
    );
  });
});
