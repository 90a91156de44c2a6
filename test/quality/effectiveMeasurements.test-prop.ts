import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { effectiveMeasurements } from "../../src/quality/effectiveMeasurements.js";
import { record } from "./records.js";

const DAY = 86_400_000;

/** One correction chain: its key and, per step, an instant, a value and a recording delay. */
const chainArb = fc.record({
  kpiId: fc.constantFrom("k1", "k2"),
  subjectId: fc.constantFrom("s1", "s2"),
  steps: fc.array(
    fc.record({
      at: fc.integer({ min: 0, max: 60 }).map((d) => Date.UTC(2026, 0, 1) + d * DAY),
      value: fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 100 })),
      delayMs: fc.integer({ min: 0, max: 10 * DAY }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  originalHasRecordedAt: fc.boolean(),
});

type ChainSpec = typeof chainArb extends fc.Arbitrary<infer T> ? T : never;

/** Builds the records of the chains: chain c, step s has id `c{c}-{s}` and supersedes step s − 1. */
function build(chains: readonly ChainSpec[]): Measurement[][] {
  return chains.map((chain, c) => {
    let recordedAt = Date.UTC(2026, 2, 1);
    return chain.steps.map((step, s) => {
      recordedAt += step.delayMs;
      return record({
        id: `c${c}-${s}`,
        kpiId: chain.kpiId,
        subjectId: chain.subjectId,
        at: step.at,
        value: step.value,
        ...(s === 0 && !chain.originalHasRecordedAt ? {} : { recordedAt }),
        ...(s === 0 ? {} : { supersedes: `c${c}-${s - 1}`, status: "revised" as const }),
      });
    });
  });
}

const chainsArb = fc.array(chainArb, { minLength: 0, maxLength: 8 });
/** Chains, their records and the same records in a random order. */
const shuffledArb = chainsArb.chain((chains) => {
  const records = build(chains).flat();
  return fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length }));
});
const asKnownAtArb = fc.option(fc.integer({ min: Date.UTC(2026, 1, 25), max: Date.UTC(2026, 5, 1) }), { nil: undefined });

describe("effectiveMeasurements", () => {
  test.prop([shuffledArb, asKnownAtArb])(
    "puts every input record in exactly one history chain or in recordedLater",
    ([records, shuffled], asKnownAt) => {
      const result = effectiveMeasurements(shuffled, { asKnownAt });
      const seen = [...result.history.flatMap((h) => h.chain), ...result.recordedLater].map((m) => m.id).sort();
      expect(seen).toEqual(records.map((m) => m.id).sort());
      if (asKnownAt === undefined) expect(result.recordedLater).toEqual([]);
    },
  );

  test.prop([chainsArb])("returns exactly one effective record per chain, the last of it", (chains) => {
    const built = build(chains);
    const result = effectiveMeasurements(built.flat());
    expect(result.effective).toHaveLength(built.length);
    const lasts = new Set(built.map((c) => c[c.length - 1]!.id));
    for (const m of result.effective) expect(lasts.has(m.id)).toBe(true);
    result.history.forEach((h, i) => {
      expect(h.effectiveId).toBe(result.effective[i]!.id);
      expect(h.chain[h.chain.length - 1]).toBe(result.effective[i]);
    });
  });

  test.prop([shuffledArb, asKnownAtArb])("returns the same effective set whatever the input order", ([records, shuffled], asKnownAt) => {
    const a = effectiveMeasurements(records, { asKnownAt });
    const b = effectiveMeasurements(shuffled, { asKnownAt });
    expect(b.effective).toEqual(a.effective);
    expect(b.history).toEqual(a.history);
  });

  test.prop([chainsArb.filter((c) => c.length > 0), fc.nat(), fc.integer({ min: 1, max: DAY })])(
    "returns the original effective set when read as known before a new correction",
    (chains, pick, gapMs) => {
      const built = build(chains);
      const records = built.flat();
      const latest = Math.max(...records.map((m) => m.recordedAt ?? 0));
      const head = built[pick % built.length]!.at(-1)!;
      const correctedAt = latest + gapMs;
      const correction = record({
        id: "fix",
        kpiId: head.kpiId,
        subjectId: head.subjectId,
        at: head.at,
        value: 0,
        recordedAt: correctedAt,
        supersedes: head.id,
      });
      const before = effectiveMeasurements([...records, correction], { asKnownAt: correctedAt - 1 });
      expect(before.effective).toEqual(effectiveMeasurements(records).effective);
      const after = effectiveMeasurements([...records, correction], { asKnownAt: correctedAt });
      expect(after.effective.map((m) => m.id)).toContain("fix");
      expect(after.effective.map((m) => m.id)).not.toContain(head.id);
    },
  );
});
