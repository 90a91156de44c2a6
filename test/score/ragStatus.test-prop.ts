import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { ragStatus } from "../../src/score/ragStatus.js";
import { ragStatus5 } from "../../src/score/ragStatus5.js";

const score = fc.double({ min: -10, max: 10, noNaN: true });
const RANK = { red: 0, amber: 1, green: 2, no_data: -1 } as const;
const RANK5 = { far_below: 0, below: 1, near: 2, met: 3, exceeded: 4, no_data: -1 } as const;

describe("ragStatus", () => {
  test.prop([score, score])("never gets worse as the score rises", (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(RANK[ragStatus(hi)]).toBeGreaterThanOrEqual(RANK[ragStatus(lo)]);
  });

  test.prop([score])("agrees with the five-level status on green and red under the defaults", (s) => {
    const five = ragStatus5(s);
    const three = ragStatus(s);
    expect(three === "green").toBe(five === "met" || five === "exceeded");
    expect(three === "amber").toBe(five === "near");
  });
});

describe("ragStatus5", () => {
  test.prop([score, score])("never gets worse as the score rises", (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(RANK5[ragStatus5(hi)]).toBeGreaterThanOrEqual(RANK5[ragStatus5(lo)]);
  });
});
