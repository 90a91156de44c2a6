import { expect } from "vitest";
import type { Report } from "../../src/report/reportModel.js";

/**
 * Compares two reports: equal but for the provenance fields that name the input (engine, digest), with numbers equal
 * within 1e-12 relative (the engine adds floats in its own order: docs/at-scale.md#what-stays-exact).
 */
export function expectSameReport(got: Report, want: Report): void {
  const strip = (r: Report) => {
    const { engine, measurementsDigest, ...provenance } = r.provenance;
    void engine;
    void measurementsDigest;
    return { ...r, provenance };
  };
  const diffs: string[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (diffs.length > 5) return;
    if (typeof a === "number" && typeof b === "number") {
      if (a !== b && !(Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b)))) diffs.push(`${path}: ${a} vs ${b}`);
      return;
    }
    if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) {
      if (a !== b) diffs.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      return;
    }
    if (Array.isArray(a) !== Array.isArray(b)) {
      diffs.push(`${path}: array vs object`);
      return;
    }
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
  };
  walk(JSON.parse(JSON.stringify(strip(got))), JSON.parse(JSON.stringify(strip(want))), "report");
  expect(diffs).toEqual([]);
}

