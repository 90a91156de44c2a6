import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { checkCorrections } from "../../src/internal/checkCorrections.js";
import { sortById } from "../../src/internal/sortById.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { measurementAt } from "../../src/model/measurementAt.js";
import { checkMeasurementBatch } from "../../src/model/_lib/checkMeasurementBatch.js";
import { compareRecords } from "../../src/quality/_lib/compareRecords.js";
import { effectiveRows } from "../../src/quality/_lib/effectiveRows.js";
import { effectiveMeasurements } from "../../src/quality/effectiveMeasurements.js";
import { record } from "./records.js";

describe("effectiveRows", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([
      { id: "b", kpiId: "k", subjectId: "s", at: 5, value: 1 },
      { id: "a", kpiId: "k", subjectId: "s", at: 5, value: 2 },
      { id: "c", kpiId: "k", subjectId: "s", at: 1, value: 3, supersedes: "b", recordedAt: 9 },
    ]);
    // b is corrected by c (at 1), so c then a (at 5).
    expect([...effectiveRows(batch, Int32Array.of(-1, -1, -1).fill(2, 0, 1), Uint32Array.of(1, 0, 2), undefined, Infinity)]).toEqual([2, 1]);
  });
});

describe("sortById", () => {
  it("matches the documented example", () => {
    expect([...sortById(["b", "a", "c"])]).toEqual([1, 0, 2]);
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

test.prop([chainsArb, fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }), fc.integer(), fc.integer({ min: 0, max: 45 })], { numRuns: 500 })(
  "effectiveRows returns the records of effectiveMeasurements(…).effective at or before `until`, in its order",
  (chains, knownDay, seed, untilDay) => {
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
    const until = Date.UTC(2026, 0, 1) + untilDay * DAY;
    const { correctedBy } = checkCorrections(records, "test");
    const batch = toMeasurementBatch(records);
    const rows = effectiveRows(batch, correctedBy, sortById(batch.id), asKnownAt, until);
    const expected = effectiveMeasurements(records, { asKnownAt }).effective.filter((m) => m.at <= until);
    expect([...rows].map((i) => measurementAt(batch, i))).toEqual(expected);
  },
);
