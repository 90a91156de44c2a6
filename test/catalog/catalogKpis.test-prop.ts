import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { catalogKpis } from "../../src/catalog/catalogKpis.js";
import { IndicatorKindSchema, KpiCategorySchema, ManagementLevelSchema } from "../../src/model/kpiDefinition.js";
import { ScopeKindSchema } from "../../src/model/scopeKind.js";

const all = catalogKpis();
const allIds = all.map((kpi) => kpi.id as string);
const maybe = <T>(values: readonly T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });

describe("catalogKpis", () => {
  test.prop(
    [
      maybe(ScopeKindSchema.options),
      maybe(IndicatorKindSchema.options),
      maybe(KpiCategorySchema.options),
      maybe(ManagementLevelSchema.options),
    ],
    { numRuns: 60 },
  )("returns exactly the catalogue entries that match every filter, in order", (scopeKind, indicator, category, level) => {
    const got = catalogKpis({ scopeKind, indicator, category, level }).map((kpi) => kpi.id as string);
    const expected = all
      .filter(
        (kpi) =>
          (scopeKind === undefined || kpi.scopeKinds.includes(scopeKind)) &&
          (indicator === undefined || kpi.indicator === indicator) &&
          (category === undefined || kpi.category === category) &&
          (level === undefined || kpi.level === level),
      )
      .map((kpi) => kpi.id as string);
    expect(got).toEqual(expected);
    // The result is a subsequence of the catalogue order.
    let at = -1;
    for (const id of got) {
      const next = allIds.indexOf(id);
      expect(next).toBeGreaterThan(at);
      at = next;
    }
  });
});
