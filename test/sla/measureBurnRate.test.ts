import { describe, expect, it } from "vitest";
import { measureBurnRate } from "../../src/sla/measureBurnRate.js";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { MINUTE, at } from "./slaFixtures.js";

const t = at("2026-05-04T12:00:00Z");
const window = { asOf: t, windowMinutes: 60 };

describe("measureBurnRate: events whose fields are not numbers", () => {
  it("says that an event's at is epoch ms and how to convert ISO-8601 text", () => {
    const events = [{ at: "2026-05-04T11:30:00Z", good: 616, total: 625 }];
    expect(kpiErrorOf(() => measureBurnRate(events as never, window, { slo: "99.9" }))).toEqual({
      code: "non_finite",
      path: ["events", 0, "at"],
      message:
        'measureBurnRate: event 0 has an at that is not a finite number of epoch ms, but the string "2026-05-04T11:30:00Z": ' +
        "convert each ISO-8601 instant with toEpochMs, e.g. events.map((e) => ({ ...e, at: toEpochMs(e.at) }))",
    });
  });

  it("says how to convert a Date, and names what a count was given as", () => {
    const date = [{ at: new Date(t - 30 * MINUTE), good: 1, total: 1 }];
    expect(kpiErrorOf(() => measureBurnRate(date as never, window, { slo: "99.9" }))).toEqual({
      code: "non_finite",
      path: ["events", 0, "at"],
      message: "measureBurnRate: event 0 has an at that is not a finite number of epoch ms, but a Date: convert it with getTime()",
    });
    const count = [{ at: t - 30 * MINUTE, good: "1", total: 1 }];
    expect(kpiErrorOf(() => measureBurnRate(count as never, window, { slo: "99.9" }))).toEqual({
      code: "non_finite",
      path: ["events", 0, "good"],
      message: "measureBurnRate: event 0 has a good that is not a finite number, but a string",
    });
  });
});
