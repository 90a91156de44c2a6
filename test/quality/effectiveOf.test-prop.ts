import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { checkCorrections } from "../../src/internal/checkCorrections.js";
import { checkMeasurementBatch } from "../../src/model/_lib/checkMeasurementBatch.js";
import { compareRecords } from "../../src/quality/_lib/compareRecords.js";
import { effectiveOf } from "../../src/quality/_lib/effectiveOf.js";
import { effectiveMeasurements } from "../../src/quality/effectiveMeasurements.js";
import { record } from "./records.js";

describe("effectiveOf", () => {
  it("matches the documented example", () => {
    const a = { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 };
    const b = { id: "b", kpiId: "k", subjectId: "s", at: 0, value: 2, supersedes: "a" };
    expect(effectiveOf([a, b] as never, Int32Array.of(1, -1), undefined).map((m) => m.id)).toEqual(["b"]);
  });
});

describe("compareRecords", () => {
  it("matches the documented example", () => {
    expect(compareRecords({ id: "b", at: 0 } as never, { id: "a", at: 1 } as never)).toBe(-1);
  });
});

describe("checkMeasurementBatch", () => {
  it("matches the documented example", () => {
    expect(checkMeasurementBatch([], { kpis: [], scopes: [] }, "f").corrections).toBe(0);
  });
});

const DAY = 86_400_000;
// Correction chains of up to 4 records, each recorded no earlier than the record it corrects (the original sometimes
// without recordedAt), shuffled; the oracle is effectiveMeasurements, which builds every chain's history.
const chainsArb = fc.array(
  fc.record({
    key: fc.constantFrom("k1/s1", "k1/s2", "k2/s1"),
    steps: fc.array(
      fc.record({ at: fc.integer({ min: 0, max: 40 }), delay: fc.integer({ min: 0, max: 10 }), recorded: fc.boolean() }),
      { minLength: 1, maxLength: 4 },
    ),
  }),
  { maxLength: 10 },
);

test.prop([chainsArb, fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), fc.integer()], { numRuns: 500 })(
  "returns effectiveMeasurements(…).effective",
  (chains, knownDay, seed) => {
    const records: Measurement[] = chains.flatMap((chain, c) => {
      const [kpiId, subjectId] = chain.key.split("/") as [string, string];
      let day = 0;
      return chain.steps.map((step, s) => {
        day += step.delay;
        return record({
          id: `c${c}-${s}`,
          kpiId,
          subjectId,
          at: Date.UTC(2026, 0, 1) + step.at * DAY,
          value: s,
          ...(step.recorded || s > 0 ? { recordedAt: Date.UTC(2026, 1, 1) + day * DAY } : {}),
          ...(s === 0 ? {} : { supersedes: `c${c}-${s - 1}` }),
        });
      });
    });
    // a seeded shuffle
    let x = seed >>> 0;
    for (let i = records.length - 1; i > 0; i--) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      const j = x % (i + 1);
      [records[i], records[j]] = [records[j]!, records[i]!];
    }
    const asKnownAt = knownDay === undefined ? undefined : Date.UTC(2026, 1, 1) + knownDay * DAY;
    const { correctedBy } = checkCorrections(records, "test");
    expect(effectiveOf(records, correctedBy, asKnownAt)).toEqual(effectiveMeasurements(records, { asKnownAt }).effective);
  },
);
