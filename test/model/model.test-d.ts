import { describe, expectTypeOf, it } from "vitest";
import type { CalendarInput, Calendar } from "../../src/model/calendar.js";
import type { KpiId, ScopeNodeId } from "../../src/model/ids.js";
import type { Measurement, MeasurementInput } from "../../src/model/measurement.js";
import { parseMeasurement } from "../../src/model/measurement.js";
import { parseWorkspace } from "../../src/model/workspace.js";

describe("model types", () => {
  it("makes defaulted fields optional on input and required on output", () => {
    expectTypeOf<CalendarInput["timeZone"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Calendar["timeZone"]>().toEqualTypeOf<string>();
    expectTypeOf<MeasurementInput["status"]>().toEqualTypeOf<"normal" | "provisional" | "estimated" | "revised" | undefined>();
    expectTypeOf<Measurement["status"]>().toEqualTypeOf<"normal" | "provisional" | "estimated" | "revised">();
  });

  it("brands ids so that they cannot be swapped", () => {
    expectTypeOf<KpiId>().not.toEqualTypeOf<ScopeNodeId>();
    expectTypeOf<string>().not.toMatchTypeOf<KpiId>();
    expectTypeOf(parseMeasurement({}).kpiId).toEqualTypeOf<KpiId>();
  });

  it("holds instants as epoch-ms numbers after parsing", () => {
    expectTypeOf<Measurement["at"]>().toEqualTypeOf<number>();
    expectTypeOf<MeasurementInput["at"]>().toEqualTypeOf<string | number | Date>();
  });

  it("lets value be null (with weight 0, 'reported, no responses') and absent (ratio records)", () => {
    expectTypeOf<Measurement["value"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<MeasurementInput["value"]>().toEqualTypeOf<number | null | undefined>();
  });

  it("returns readonly results", () => {
    const w = parseWorkspace({});
    expectTypeOf(w.kpis).toMatchTypeOf<readonly unknown[]>();
    // @ts-expect-error a parsed workspace is readonly
    w.kpis = [];
  });
});
