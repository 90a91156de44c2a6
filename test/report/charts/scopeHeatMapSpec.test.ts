import { describe, expect, it } from "vitest";
import { scopeHeatMapSpec } from "../../../src/report/charts/scopeHeatMapSpec.js";
import { renderChartSvg } from "../../../src/report/charts/renderChartSvg.js";
import { countMarks } from "../svgMarks.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

const nodes = [
  { label: "Riga", status: "amber", depth: 0 },
  { label: "Permits", status: "green", depth: 1 },
  { label: "Portal", status: "red", depth: 1 },
  { label: "Library", status: "no_data", depth: 1 },
] as const;

describe("scopeHeatMapSpec", () => {
  it("matches the documented example", () => {
    const spec = scopeHeatMapSpec([
      { label: "Riga", status: "amber", depth: 0 },
      { label: "Permits", status: "green", depth: 1 },
    ]);
    expect(spec.description).toBe("Scope-tree status map of 2 nodes: green 1, amber 1, red 0, no data 0, no target 0.");
  });

  it("renders a cell, a status symbol and a text per node", async () => {
    const svg = await renderChartSvg(scopeHeatMapSpec(nodes));
    expect(countMarks(svg, "rect", 0)).toBe(4);
    expect(countMarks(svg, "symbol", 1)).toBe(4);
    expect(countMarks(svg, "text", 2)).toBe(4);
  });

  it("writes each status in words next to the name when the locale is lv", async () => {
    const svg = await renderChartSvg(scopeHeatMapSpec(nodes, { locale: "lv" }));
    expect(svg).toContain("Portal — sarkans — mērķis nav sasniegts");
    expect(svg).toContain("Library — nav datu");
  });

  it("throws invalid_argument when a depth is negative", () => {
    expect(() => scopeHeatMapSpec([{ label: "x", status: "red", depth: -1 }])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["nodes", 0, "depth"] }),
    );
  });

  it("throws invalid_argument naming the argument when the nodes or the options are missing or wrong-shaped", () => {
    const cases: [() => unknown, unknown][] = [
      [() => scopeHeatMapSpec(undefined as never), { code: "invalid_argument", path: ["nodes"], message: "scopeHeatMapSpec: nodes must be an array, not undefined" }],
      [() => scopeHeatMapSpec({} as never), { code: "invalid_argument", path: ["nodes"], message: "scopeHeatMapSpec: nodes must be an array, not an object" }],
      [() => scopeHeatMapSpec([null] as never), { code: "invalid_argument", path: ["nodes", 0], message: "scopeHeatMapSpec: nodes[0] must be an object, not null" }],
      [() => scopeHeatMapSpec([], null as never), { code: "invalid_argument", path: ["options"], message: "scopeHeatMapSpec: options must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
