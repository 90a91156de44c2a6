import { describe, expectTypeOf, it } from "vitest";
import type { InstantInput } from "../../src/index.js";
import { buildReport } from "../../src/report/index.js";
import type { BuildReportOptions } from "../../src/report/index.js";
import { assessDataQuality, assessFreshness, buildScorecard, evaluateSla, expectedToDate, findStaleSeries, measureAvailabilityByPeriod } from "../../src/index.js";
import type { AssessDataQualityOptions, AssessFreshnessOptions, BuildScorecardOptions, EvaluateSlaOptions, ExpectedToDateOptions, FindStaleSeriesOptions, PeriodRange } from "../../src/index.js";
import { addBusinessDays, addBusinessTime, businessIntervals, businessTimeBetween, evaluateBurnAlerts, periodCoverage, periodOf, resolveSloWindow } from "../../src/index.js";

// One instant input type (issue 11): every exported function that takes an instant accepts the same InstantInput.
describe("InstantInput", () => {
  it("is epoch ms, an ISO string or a Date", () => {
    expectTypeOf<InstantInput>().toEqualTypeOf<number | string | Date>();
  });

  it("is what the functions that take an instant accept", () => {
    expectTypeOf(periodOf).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(addBusinessDays).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(addBusinessTime).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(businessTimeBetween).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(businessTimeBetween).parameter(1).toEqualTypeOf<InstantInput>();
    expectTypeOf(businessIntervals).parameter(0).toEqualTypeOf<InstantInput>();
    expectTypeOf(periodCoverage).parameter(1).toEqualTypeOf<InstantInput>();
    expectTypeOf(resolveSloWindow).parameter(1).toEqualTypeOf<InstantInput>();
    expectTypeOf(evaluateBurnAlerts).parameter(1).toEqualTypeOf<InstantInput>();
  });

  it("is what every option or range field holding an instant accepts", () => {
    expectTypeOf<AssessDataQualityOptions["start"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<AssessDataQualityOptions["end"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<AssessDataQualityOptions["asOf"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<FindStaleSeriesOptions["asOf"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<AssessFreshnessOptions["asOf"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<BuildReportOptions["asOf"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<ExpectedToDateOptions["asOf"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<NonNullable<BuildScorecardOptions["asOf"]>>().toEqualTypeOf<InstantInput>();
    expectTypeOf<NonNullable<EvaluateSlaOptions["asOf"]>>().toEqualTypeOf<InstantInput>();
    expectTypeOf<PeriodRange["start"]>().toEqualTypeOf<InstantInput>();
    expectTypeOf<PeriodRange["end"]>().toEqualTypeOf<InstantInput>();
    // the functions that read them
    expectTypeOf(assessDataQuality).parameter(2).toEqualTypeOf<AssessDataQualityOptions>();
    expectTypeOf(findStaleSeries).parameter(2).toEqualTypeOf<FindStaleSeriesOptions>();
    expectTypeOf(assessFreshness).parameter(2).toEqualTypeOf<AssessFreshnessOptions>();
    expectTypeOf(buildReport).parameter(2).toEqualTypeOf<BuildReportOptions>();
    expectTypeOf(expectedToDate).parameter(2).toEqualTypeOf<ExpectedToDateOptions>();
    expectTypeOf(buildScorecard).parameter(2).toEqualTypeOf<BuildScorecardOptions | undefined>();
    expectTypeOf(evaluateSla).parameter(3).toEqualTypeOf<EvaluateSlaOptions | undefined>();
    expectTypeOf(measureAvailabilityByPeriod).parameter(1).toEqualTypeOf<PeriodRange>();
  });
});
