import { describe, expect, it } from "vitest";
import { LABELS, labelOf } from "../../src/model/labels.js";
import { ScopeKindSchema } from "../../src/model/scopeKind.js";
import { CollectionSchema, ObservationStatusSchema } from "../../src/model/measurement.js";
import {
  DirectionSchema,
  FrequencySchema,
  IndicatorKindSchema,
  KpiCategorySchema,
  ManagementLevelSchema,
  RollUpRuleSchema,
  SurveyStatisticSchema,
  TimeAggregationSchema,
} from "../../src/model/kpiDefinition.js";
import { LifecyclePhaseSchema } from "../../src/model/scopeTree.js";

describe("labelOf", () => {
  it("matches the documented example", () => {
    expect(labelOf("indicator", "leading", "lv")).toBe("virzošais rādītājs");
  });

  it("falls back to the value itself for an unknown value", () => {
    expect(labelOf("indicator", "sideways", "en")).toBe("sideways");
    expect(labelOf("indicator", "toString", "en")).toBe("toString");
  });

  it("has a Latvian and an English label for every enum value of the model", () => {
    const vocabularies: [keyof typeof LABELS, readonly string[]][] = [
      ["scopeKind", ScopeKindSchema.options],
      ["indicator", IndicatorKindSchema.options],
      ["category", KpiCategorySchema.options],
      ["direction", DirectionSchema.options],
      ["level", ManagementLevelSchema.options],
      ["frequency", FrequencySchema.options],
      ["rollUp", RollUpRuleSchema.options],
      ["timeAggregation", TimeAggregationSchema.options],
      ["surveyStatistic", SurveyStatisticSchema.options],
      ["collection", CollectionSchema.options],
      ["status", ObservationStatusSchema.options],
      ["lifecyclePhase", LifecyclePhaseSchema.options],
    ];
    for (const [vocabulary, values] of vocabularies) {
      expect(Object.keys(LABELS[vocabulary]).sort()).toEqual([...values].sort());
      for (const v of values) {
        const lv = labelOf(vocabulary, v, "lv");
        const en = labelOf(vocabulary, v, "en");
        expect(lv.length).toBeGreaterThan(0);
        expect(en.length).toBeGreaterThan(0);
      }
    }
  });
});
