// The documented examples of the sla folder's internal helpers (not exported from the package), one describe each.
import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/errors.js";
import { attributeDowntime } from "../../src/sla/_lib/attributeDowntime.js";
import { checkInterval } from "../../src/sla/_lib/checkInterval.js";
import { checkIntervals } from "../../src/sla/_lib/checkIntervals.js";
import { compareRationals } from "../../src/sla/_lib/compareRationals.js";
import { countTimeslices } from "../../src/sla/_lib/countTimeslices.js";
import { createContains } from "../../src/sla/_lib/createContains.js";
import { createMeasureBefore } from "../../src/sla/_lib/createMeasureBefore.js";
import { decimalToRational } from "../../src/sla/_lib/decimalToRational.js";
import { doubleToRational } from "../../src/sla/_lib/doubleToRational.js";
import { eligibleTime } from "../../src/sla/_lib/eligibleTime.js";
import { eligibleTimeOfOptions } from "../../src/sla/_lib/eligibleTimeOfOptions.js";
import { indexEvents } from "../../src/sla/_lib/indexEvents.js";
import { intersectNormalized } from "../../src/sla/_lib/intersectNormalized.js";
import { normalizeIntervals } from "../../src/sla/_lib/normalizeIntervals.js";
import { rethrowWithPath } from "../../src/sla/_lib/rethrowWithPath.js";
import { subtractNormalized } from "../../src/sla/_lib/subtractNormalized.js";
import { summarizeBudget } from "../../src/sla/_lib/summarizeBudget.js";
import { toSloFraction } from "../../src/sla/_lib/toSloFraction.js";
import { totalLength } from "../../src/sla/_lib/totalLength.js";
import { windowBurnRate } from "../../src/sla/_lib/windowBurnRate.js";

describe("decimalToRational", () => {
  it("matches the documented example", () => {
    expect(decimalToRational("99.9")).toEqual({ numerator: 999n, denominator: 10n });
  });
  it("reads a number through its shortest decimal and accepts exponents", () => {
    expect(decimalToRational(14.4)).toEqual({ numerator: 144n, denominator: 10n });
    expect(decimalToRational("1e-3")).toEqual({ numerator: 1n, denominator: 1000n });
    expect(decimalToRational(-1)).toBeNull();
    expect(decimalToRational(Number.NaN)).toBeNull();
  });
});
describe("doubleToRational", () => {
  it("matches the documented example", () => {
    expect(doubleToRational(0.375)).toEqual({ numerator: 3n, denominator: 8n });
  });
  it("gives the exact binary value of 0.1", () => {
    // 0.1 = 3602879701896397 / 2^55 exactly.
    expect(doubleToRational(0.1)).toEqual({ numerator: 3602879701896397n, denominator: 2n ** 55n });
  });
});
describe("compareRationals", () => {
  it("matches the documented example", () => {
    expect(compareRationals({ numerator: 999n, denominator: 1000n }, { numerator: 999n, denominator: 1000n })).toBe(0);
  });
  it("orders unequal fractions", () => {
    expect(compareRationals({ numerator: 1n, denominator: 3n }, { numerator: 333n, denominator: 1000n })).toBe(1);
  });
});
describe("toSloFraction", () => {
  it("matches the documented example", () => {
    expect(toSloFraction("99.9", "measureErrorBudget", ["slo"])).toEqual({ numerator: 999n, denominator: 1000n });
  });
  it("throws invalid_slo at the given path when the SLO is 0", () => {
    expect(() => toSloFraction(0, "f", ["x"])).toThrowError(expect.objectContaining({ code: "invalid_slo", path: ["x"] }));
  });
});
describe("normalizeIntervals", () => {
  it("matches the documented example", () => {
    expect(normalizeIntervals([{ start: 5, end: 9 }, { start: 0, end: 5 }])).toEqual([{ start: 0, end: 9 }]);
  });
});
describe("intersectNormalized", () => {
  it("matches the documented example", () => {
    expect(intersectNormalized([{ start: 0, end: 10 }], [{ start: 5, end: 20 }])).toEqual([{ start: 5, end: 10 }]);
  });
});
describe("subtractNormalized", () => {
  it("matches the documented example", () => {
    expect(subtractNormalized([{ start: 0, end: 10 }], [{ start: 3, end: 5 }])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 10 },
    ]);
  });
});
describe("totalLength", () => {
  it("matches the documented example", () => {
    expect(totalLength([{ start: 0, end: 3 }, { start: 5, end: 10 }])).toBe(8);
  });
});
describe("checkInterval", () => {
  it("matches the documented example", () => {
    expect(checkInterval({ start: 0, end: 10 }, "measureAvailability", ["period"])).toBeUndefined();
  });
});
describe("checkIntervals", () => {
  it("matches the documented example", () => {
    expect(checkIntervals([{ start: 0, end: 10 }], "unionIntervals", [])).toBeUndefined();
  });
});
describe("summarizeBudget", () => {
  it("matches the documented example", () => {
    expect(summarizeBudget(999, 1000, { numerator: 999n, denominator: 1000n }, "events")).toEqual({
      unit: "events", eligible: 1000, good: 999, attainment: 0.999, met: true, errorRatio: 0.001, budget: 1, spent: 1, remaining: 0, consumedFraction: 1,
    });
  });
});
describe("indexEvents", () => {
  it("matches the documented example", () => {
    expect(indexEvents([{ at: 60_000, good: 9, total: 10 }, { at: 0, good: 5, total: 5 }], "measureBurnRate").total).toEqual(
      new Float64Array([0, 5, 15]),
    );
  });
});
describe("windowBurnRate", () => {
  it("matches the documented example", () => {
    const index = indexEvents([{ at: 0, good: 999, total: 1000 }], "x");
    expect(windowBurnRate(index, 60_000, 60_000, { numerator: 999n, denominator: 1000n }).value).toBe(1);
  });
});
describe("createMeasureBefore", () => {
  it("matches the documented example", () => {
    expect(createMeasureBefore([{ start: 0, end: 10 }, { start: 20, end: 30 }])(25)).toBe(15);
  });
});
describe("createContains", () => {
  it("matches the documented example", () => {
    expect(createContains([{ start: 0, end: 10 }])(10)).toBe(false);
  });
});
describe("attributeDowntime", () => {
  it("matches the documented example", () => {
    // Union [0, 50) ∩ [10, 100) = [10, 50) = 40; the first outage gets [10, 30), the second [30, 50).
    expect(attributeDowntime([{ start: 0, end: 30 }, { start: 20, end: 50 }], [{ start: 10, end: 100 }])).toEqual({
      downtimeMs: 40,
      spentMs: new Float64Array([20, 20]),
    });
  });
});
describe("countTimeslices", () => {
  it("matches the documented example", () => {
    // Slices [0,10) [10,20) [20,30) [30,40); the outage [5,12) touches the first two; [30,40) is not eligible.
    expect(countTimeslices([{ start: 5, end: 12 }], { start: 0, end: 40 }, 10, [{ start: 0, end: 30 }]).badSlices).toBe(2);
  });
});
describe("eligibleTimeOfOptions", () => {
  it("matches the documented example", () => {
    // [0, 100) minus the one-off window [10, 20) leaves [0, 10) and [20, 100).
    expect(
      eligibleTimeOfOptions({ start: 0, end: 100 }, { maintenance: [{ kind: "one_off", start: 10, end: 20 }], timeZone: "UTC" }, "f"),
    ).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 100 },
    ]);
  });

  it("points errors of weekly windows without a zone at options.timeZone", () => {
    expect(() =>
      eligibleTimeOfOptions({ start: 0, end: 100 }, { maintenance: [{ kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 60 }] }, "f"),
    ).toThrowError(expect.objectContaining({ code: "invalid_time_zone", path: ["options", "timeZone"] }));
  });
});

describe("eligibleTime", () => {
  it("matches the documented example", () => {
    expect(
      eligibleTime({ start: 0, end: 100 }, { maintenance: [{ kind: "one_off", start: 10, end: 20 }], timeZone: "UTC",
        serviceHours: undefined, maintenancePath: ["maintenance"], serviceHoursPath: [], timeZonePath: [] }, "f"),
    ).toEqual([{ start: 0, end: 10 }, { start: 20, end: 100 }]);
  });
});
describe("rethrowWithPath", () => {
  it("matches the documented example", () => {
    let path: readonly PropertyKey[] = [];
    try {
      rethrowWithPath(new KpiError("empty_calendar", "x", { path: ["businessHours"] }), "f", (p) => ["serviceHours", ...p]);
    } catch (e) {
      path = (e as KpiError).path;
    }
    expect(path).toEqual(["serviceHours", "businessHours"]);
  });

  it("names the caller only: the inner function's name gives way to the caller's", () => {
    const messageOf = (message: string) => {
      try {
        rethrowWithPath(new KpiError("invalid_interval", message, { path: [0, "end"] }), "measureAvailability", (p) => ["outages", ...p]);
      } catch (e) {
        return (e as KpiError).message;
      }
      return null;
    };
    expect(messageOf("expandMaintenance: window 0 ends before it starts")).toBe("measureAvailability: window 0 ends before it starts");
    // A message without a function's name keeps its words.
    expect(messageOf("Window 0 ends before it starts")).toBe("measureAvailability: Window 0 ends before it starts");
  });
});
