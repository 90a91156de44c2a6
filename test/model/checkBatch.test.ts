import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { linkCorrections } from "../../src/internal/checkCorrections.js";
import { sortById } from "../../src/internal/sortById.js";
import { checkBatch } from "../../src/model/_lib/checkBatch.js";
import type { MeasurementBatch } from "../../src/model/measurementBatch.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { kpiErrorOf as errorOf } from "../kpiErrorOf.js";

const workspace = {
  kpis: [{ id: "k", measure: { kind: "value" }, scopeKinds: ["service"] }],
  scopes: [{ id: "s", kind: "service" }],
} as never;

describe("checkBatch", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([
      { id: "b", kpiId: "k", subjectId: "s", at: 0, value: 1 },
      { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 2 },
    ]);
    expect(checkBatch(batch, workspace, "f").corrections).toBe(0);
  });

  it("names the first record (in input order) whose id an earlier record has", () => {
    const batch = toMeasurementBatch(
      ["z", "y", "x", "y", "z"].map((id) => ({ id, kpiId: "k", subjectId: "s", at: 0, value: 1 })),
    );
    // "y" repeats at 3, "z" at 4: the record path meets index 3 first — by hash and in id order alike.
    for (const sortIds of [false, true]) {
      expect(errorOf(() => checkBatch(batch, workspace, "f", ["measurements"], sortIds))).toEqual({
        code: "duplicate_id",
        path: ["measurements", 3, "id"],
        message: 'f: the id "y" is used twice',
      });
    }
  });

  // Ids from a few letters (repeats likely), corrections of ids that may be missing, repeated or chained: finding
  // them in id order gives what finding them by hash gives — the same error, or the same links — and the order is
  // sortById's.
  test.prop(
    [
      fc.array(
        fc.record({
          id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"),
          supersedes: fc.option(fc.constantFrom("a", "b", "c", "x"), { nil: undefined }),
          recordedAt: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        }).filter((r) => r.supersedes !== r.id), // a record that supersedes itself is refused on its own
        { maxLength: 12 },
      ),
    ],
    { numRuns: 300 },
  )("finds repeated ids and corrected records in id order as it does by hash", (records) => {
    const batch = toMeasurementBatch(records.map((r) => ({ ...r, kpiId: "k", subjectId: "s", at: 0, value: 1 })));
    const outcome = (sortIds: boolean) => {
      const error = errorOf(() => checkBatch(batch, workspace, "f", [], sortIds));
      return error ?? { ...checkBatch(batch, workspace, "f", [], sortIds), byId: undefined };
    };
    expect(outcome(true)).toEqual(outcome(false));
    if (errorOf(() => checkBatch(batch, workspace, "f")) === null) {
      expect([...checkBatch(batch, workspace, "f", [], true).byId!]).toEqual([...sortById(batch.id)]);
      expect(checkBatch(batch, workspace, "f").byId).toBeNull();
    }
  });

  it("refuses a batch built by hand whose columns are not whole", () => {
    const good = toMeasurementBatch([{ id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 }]);
    const cases: [Partial<Record<keyof MeasurementBatch, unknown>>, string, unknown[]][] = [
      [{ format: "other" }, "invalid_argument", ["format"]],
      [{ at: new Float64Array(0) }, "invalid_argument", ["at"]],
      [{ kpi: Int32Array.of(1) }, "invalid_argument", [0, "kpiId"]],
      [{ subject: Int32Array.of(-1) }, "invalid_argument", [0, "subjectId"]],
      [{ at: Float64Array.of(Number.NaN) }, "non_finite", [0, "at"]],
      [{ recordedAt: Float64Array.of(Infinity) }, "non_finite", [0, "recordedAt"]],
      [{ status: Uint8Array.of(4) }, "invalid_argument", [0, "status"]],
      [{ id: [7] }, "invalid_argument", [0, "id"]],
      [{ supersedes: new Map([[5, "a"]]) }, "invalid_argument", ["supersedes"]],
      [{ value: Float64Array.of(Infinity) }, "non_finite", [0, "value"]],
    ];
    for (const [change, code, path] of cases) {
      const batch = { ...good, ...change } as MeasurementBatch;
      expect({ change, ...errorOf(() => checkBatch(batch, workspace, "f")) }).toMatchObject({ change, code, path });
    }
    // A batch whose ids are still bytes, its length changed by hand: the ids no longer fit.
    const held = toMeasurementBatch([{ id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 }]) as { length: number };
    held.length = 2;
    expect(errorOf(() => checkBatch(held as MeasurementBatch, workspace, "f"))).toMatchObject({ code: "invalid_argument", path: ["id"] });
  });
});

describe("linkCorrections", () => {
  it("matches the documented example", () => {
    const ids = ["a", "b"];
    const view = { n: 2, id: (i: number) => ids[i]!, supersedes: () => "a", sameSeries: () => true, knownFrom: () => 0 };
    const correctedBy = new Int32Array(2).fill(-1);
    linkCorrections(view, [1], [0], correctedBy, "f");
    expect([...correctedBy]).toEqual([1, -1]);
  });
});
