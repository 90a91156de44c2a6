import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { findDuplicates } from "../../src/quality/findDuplicates.js";
import { record } from "./records.js";

const recordsArb = fc
  .array(fc.tuple(fc.constantFrom("k1", "k2"), fc.constantFrom("s1", "s2"), fc.integer({ min: 0, max: 6 })), { maxLength: 40 })
  .map((rows) => rows.map(([kpiId, subjectId, at], i) => record({ id: `r${i}`, kpiId, subjectId, at })));

describe("findDuplicates", () => {
  test.prop([recordsArb])("groups exactly the records whose key occurs more than once", (records) => {
    // Second method: count string keys.
    const counts = new Map<string, number>();
    for (const r of records) counts.set(`${r.kpiId}|${r.subjectId}|${r.at}`, (counts.get(`${r.kpiId}|${r.subjectId}|${r.at}`) ?? 0) + 1);
    const expected = records.filter((r) => counts.get(`${r.kpiId}|${r.subjectId}|${r.at}`)! > 1).map((r) => r.id).sort();
    expect(findDuplicates(records).flatMap((g) => g.ids).sort()).toEqual(expected);
  });

  test.prop([recordsArb.chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length })))])(
    "finds the same groups whatever the input order",
    ([records, shuffled]) => {
      const canonical = (gs: ReturnType<typeof findDuplicates>) => gs.map((g) => [...g.ids].sort().join(",")).sort();
      expect(canonical(findDuplicates(shuffled))).toEqual(canonical(findDuplicates(records)));
    },
  );
});
