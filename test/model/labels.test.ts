import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
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

describe("labelOf: wrong-shaped arguments", () => {
  it("throws invalid_argument for a vocabulary that is not one of LABELS or a locale other than lv and en", () => {
    const error = (vocabulary: unknown, locale: unknown) => kpiErrorOf(() => labelOf(vocabulary as never, "leading", locale as never));
    const badVocabulary = (what: string) => ({
      code: "invalid_argument",
      path: ["vocabulary"],
      message: `labelOf: vocabulary must be a key of LABELS (e.g. "indicator"), not ${what}`,
    });
    expect(error(undefined, "lv")).toEqual(badVocabulary("undefined"));
    expect(error(null, "lv")).toEqual(badVocabulary("null"));
    expect(error({}, "lv")).toEqual(badVocabulary("object"));
    expect(error("indicators", "lv")).toEqual(badVocabulary('"indicators"'));
    // Not an own key: the prototype's members are no vocabularies.
    expect(error("toString", "lv")).toEqual(badVocabulary('"toString"'));
    expect(error("indicator", undefined)).toEqual({ code: "invalid_argument", path: ["locale"], message: 'labelOf: locale must be "lv" or "en", not undefined' });
    expect(error("indicator", "de")).toEqual({ code: "invalid_argument", path: ["locale"], message: 'labelOf: locale must be "lv" or "en", not "de"' });
    expect(labelOf("indicator", "leading", "en")).toBe("leading (driving) indicator");
  });

  it("throws invalid_argument for a value that is not a string (it was given back as it was)", () => {
    expect(kpiErrorOf(() => labelOf("indicator", 5 as never, "en"))).toEqual({ code: "invalid_argument", path: ["value"], message: "labelOf: value must be a string, not number" });
    expect(kpiErrorOf(() => labelOf("indicator", undefined as never, "lv"))?.message).toBe("labelOf: value must be a string, not undefined");
    // A string outside the vocabulary is still given back as it is.
    expect(labelOf("indicator", "sideways", "en")).toBe("sideways");
  });
});
