import type { Grain } from "./grain.js";

const SHAPES: readonly (readonly [Grain, RegExp])[] = [
  ["day", /^\d{4}-\d{2}-\d{2}$/],
  ["week", /^\d{4}-W\d{2}$/],
  ["month", /^\d{4}-\d{2}$/],
  ["quarter", /^\d{4}-Q\d$/],
  ["year", /^\d{4}$/],
  ["fiscal_year", /^FY\d{4}-\d{2}$/],
];

/**
 * Returns the grain whose label shape a string has, or `null` when it has none.
 *
 * @remarks
 * Looks at the shape only (`2026-13` has the shape of a month); `parsePeriod` then checks that the label names a
 * real period. Shapes: day `YYYY-MM-DD`, week `GGGG-Www`, month `YYYY-MM`, quarter `YYYY-Qn`, year `YYYY`,
 * fiscal year `FYyyyy-YY`.
 *
 * @param label - A candidate period label.
 * @returns The grain, or `null`.
 *
 * @example
 * ```ts
 * grainOfLabel("2026-W53");
 * //=> "week"
 * ```
 *
 * @category Time
 */
export function grainOfLabel(label: string): Grain | null {
  for (const [grain, shape] of SHAPES) if (shape.test(label)) return grain;
  return null;
}
