import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { effectiveMeasurements } from "../../src/quality/effectiveMeasurements.js";
import { record } from "./records.js";

// A three-step correction chain: m1 recorded at t1, corrected by m2 at t2, corrected again by m3 at t3.
const t1 = Date.parse("2026-04-05T09:00:00Z");
const t2 = Date.parse("2026-04-12T09:00:00Z");
const t3 = Date.parse("2026-05-02T09:00:00Z");
const march = Date.parse("2026-03-31T12:00:00Z");
const m1 = record({ id: "m1", at: march, value: 71, recordedAt: t1, status: "provisional" });
const m2 = record({ id: "m2", at: march, value: 74, recordedAt: t2, status: "revised", supersedes: "m1" });
const m3 = record({ id: "m3", at: march, value: 0, recordedAt: t3, status: "revised", supersedes: "m2" });
const chain = Object.freeze([m3, m1, m2]);

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe("effectiveMeasurements", () => {
  it("matches the documented example", () => {
    const a = { id: "m1", kpiId: "csat", subjectId: "svc", at: 0, value: 80, status: "normal", recordedAt: 100 };
    const b = { id: "m2", kpiId: "csat", subjectId: "svc", at: 0, value: 0, status: "revised", recordedAt: 200, supersedes: "m1" };
    const all = effectiveMeasurements([b, a] as never);
    const asPublished = effectiveMeasurements([b, a] as never, { asKnownAt: 150 });
    expect([all.effective.map((m) => m.value), all.history[0]?.chain.map((m) => m.id), asPublished.effective.map((m) => m.value)]).toEqual([
      [0],
      ["m1", "m2"],
      [80],
    ]);
  });

  it("returns the last correction and keeps the whole chain oldest first when no asKnownAt is given", () => {
    const result = effectiveMeasurements(chain);
    expect(ids(result.effective)).toEqual(["m3"]);
    expect(result.history).toEqual([{ effectiveId: "m3", chain: [m1, m2, m3] }]);
    expect(result.recordedLater).toEqual([]);
  });

  it("knows nothing before the original was recorded", () => {
    const result = effectiveMeasurements(chain, { asKnownAt: t1 - 1 });
    expect(result.effective).toEqual([]);
    expect(result.history).toEqual([]);
    // Input order: m3, m1, m2.
    expect(ids(result.recordedLater)).toEqual(["m3", "m1", "m2"]);
  });

  it("reproduces each step of the chain as it was known then", () => {
    // [t1, t2): m1; [t2, t3): m2; ≥ t3: m3 (recordedAt ≤ asKnownAt counts, so each boundary belongs to the new step).
    const expected: [number, string, string[]][] = [
      [t1, "m1", ["m1"]],
      [t2 - 1, "m1", ["m1"]],
      [t2, "m2", ["m1", "m2"]],
      [t3 - 1, "m2", ["m1", "m2"]],
      [t3, "m3", ["m1", "m2", "m3"]],
      [t3 + 86_400_000, "m3", ["m1", "m2", "m3"]],
    ];
    for (const [asKnownAt, effectiveId, history] of expected) {
      const result = effectiveMeasurements(chain, { asKnownAt });
      expect(ids(result.effective)).toEqual([effectiveId]);
      expect(result.history.map((h) => [h.effectiveId, ids(h.chain)])).toEqual([[effectiveId, history]]);
      expect(ids(result.recordedLater)).toEqual(["m3", "m1", "m2"].filter((id) => !history.includes(id)));
    }
  });

  it("treats a correction to 0 as a value, not a deletion", () => {
    const [effective] = effectiveMeasurements(chain).effective;
    expect(effective?.value).toBe(0);
  });

  it("counts records without recordedAt as known from the beginning", () => {
    const legacy = record({ id: "old", at: 5 });
    const fix = record({ id: "fix", at: 5, value: 2, recordedAt: 1000, supersedes: "old" });
    expect(ids(effectiveMeasurements([legacy, fix], { asKnownAt: -1e15 }).effective)).toEqual(["old"]);
    expect(ids(effectiveMeasurements([legacy, fix], { asKnownAt: 1000 }).effective)).toEqual(["fix"]);
  });

  it("lets a correction move the instant of the record it corrects", () => {
    const wrong = record({ id: "w", at: Date.parse("2026-03-01T00:00:00Z") });
    const right = record({ id: "r", at: Date.parse("2026-02-28T00:00:00Z"), supersedes: "w" });
    expect(ids(effectiveMeasurements([wrong, right]).effective)).toEqual(["r"]);
  });

  it("orders the effective records by instant, then by id", () => {
    const result = effectiveMeasurements([
      record({ id: "b", at: 2 }),
      record({ id: "c", at: 1 }),
      record({ id: "a", at: 2 }),
      record({ id: "a2", at: 0, supersedes: "a" }),
    ]);
    expect(ids(result.effective)).toEqual(["a2", "c", "b"]);
    expect(result.history.map((h) => h.effectiveId)).toEqual(["a2", "c", "b"]);
  });

  it("returns empty lists for no records", () => {
    expect(effectiveMeasurements([])).toEqual({ effective: [], history: [], recordedLater: [] });
  });

  it("throws unknown_reference when a correction names no record", () => {
    const records = [record({ id: "a" }), record({ id: "b", supersedes: "zzz" })];
    expect(() => effectiveMeasurements(records)).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [1, "supersedes"] }),
    );
  });

  it("throws invalid_correction when a correction names a record of another KPI", () => {
    const records = [record({ id: "a", kpiId: "k1" }), record({ id: "b", kpiId: "k2", supersedes: "a" })];
    expect(() => effectiveMeasurements(records)).toThrowError(
      expect.objectContaining({ code: "invalid_correction", path: [1, "supersedes"] }),
    );
  });

  it("throws invalid_correction when a correction names a record of another subject", () => {
    const records = [record({ id: "b", subjectId: "s2", supersedes: "a" }), record({ id: "a", subjectId: "s1" })];
    expect(() => effectiveMeasurements(records)).toThrowError(
      expect.objectContaining({ code: "invalid_correction", path: [0, "supersedes"] }),
    );
  });

  it("throws invalid_correction at the second correction when two records correct the same record", () => {
    const records = [record({ id: "a" }), record({ id: "b", supersedes: "a" }), record({ id: "c", supersedes: "a" })];
    expect(() => effectiveMeasurements(records)).toThrowError(
      expect.objectContaining({ code: "invalid_correction", path: [2, "supersedes"] }),
    );
  });

  it("throws invalid_correction when a correction is recorded before the record it corrects", () => {
    const records = [record({ id: "a", recordedAt: 200 }), record({ id: "b", recordedAt: 100, supersedes: "a" })];
    expect(() => effectiveMeasurements(records)).toThrowError(
      expect.objectContaining({ code: "invalid_correction", path: [1, "recordedAt"] }),
    );
    const noTime = [record({ id: "a", recordedAt: 200 }), record({ id: "b", supersedes: "a" })];
    expect(() => effectiveMeasurements(noTime)).toThrowError(
      expect.objectContaining({ code: "invalid_correction", path: [1, "recordedAt"] }),
    );
  });

  it("throws cycle at the first looping record when corrections loop", () => {
    const records = [record({ id: "c" }), record({ id: "a", supersedes: "b" }), record({ id: "b", supersedes: "a" })];
    expect(() => effectiveMeasurements(records)).toThrowError(
      expect.objectContaining({ code: "cycle", path: [1, "supersedes"] }),
    );
  });

  it("names every id of the loop in the cycle message (issue 9)", () => {
    // p supersedes r, r supersedes q, q supersedes p: named from p, the first in input order.
    const records = [record({ id: "x" }), record({ id: "p", supersedes: "r" }), record({ id: "q", supersedes: "p" }), record({ id: "r", supersedes: "q" })];
    expect(() => effectiveMeasurements(records)).toThrowError(/"p" supersedes "r" supersedes "q" supersedes "p"/);
  });

  it("throws cycle, not invalid_correction, for a loop whose recordedAt order is also wrong (issue 9)", () => {
    // a corrects b and b corrects a: whichever is recorded later, the other is "recorded before what it corrects".
    const records = [record({ id: "a", supersedes: "b", recordedAt: 100 }), record({ id: "b", supersedes: "a", recordedAt: 200 })];
    expect(() => effectiveMeasurements(records)).toThrowError(expect.objectContaining({ code: "cycle", path: [0, "supersedes"] }));
  });

  it("refuses two corrections of one record with equal or missing recordedAt as a fork instead of picking one (issue 9)", () => {
    // resolveSupersedes (the aggregation's lenient path) keeps the later one in the input; the report path refuses.
    const equal = [record({ id: "o" }), record({ id: "c1", supersedes: "o", recordedAt: 10 }), record({ id: "c2", supersedes: "o", recordedAt: 10 })];
    expect(() => effectiveMeasurements(equal)).toThrowError(expect.objectContaining({ code: "invalid_correction", path: [2, "supersedes"] }));
    const missing = [record({ id: "c1", supersedes: "o" }), record({ id: "o" }), record({ id: "c2", supersedes: "o" })];
    expect(() => effectiveMeasurements(missing)).toThrowError(expect.objectContaining({ code: "invalid_correction", path: [2, "supersedes"] }));
  });

  it("throws cycle when a record supersedes itself", () => {
    expect(() => effectiveMeasurements([record({ id: "a", supersedes: "a" })])).toThrowError(
      expect.objectContaining({ code: "cycle", path: [0, "supersedes"] }),
    );
  });

  it("throws cycle when a chain of three loops", () => {
    const records = [
      record({ id: "x" }),
      record({ id: "y", supersedes: "x" }),
      record({ id: "p", supersedes: "r" }),
      record({ id: "q", supersedes: "p" }),
      record({ id: "r", supersedes: "q" }),
    ];
    expect(() => effectiveMeasurements(records)).toThrowError(
      expect.objectContaining({ code: "cycle", path: [2, "supersedes"] }),
    );
  });

  it("throws duplicate_id when an id is used twice", () => {
    expect(() => effectiveMeasurements([record({ id: "a" }), record({ id: "a", at: 1 })])).toThrowError(
      expect.objectContaining({ code: "duplicate_id", path: [1, "id"] }),
    );
  });

  it("throws non_finite for a non-finite instant, recordedAt or asKnownAt", () => {
    expect(() => effectiveMeasurements([record({ id: "a", at: Number.NaN })])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [0, "at"] }),
    );
    expect(() => effectiveMeasurements([record({ id: "a", recordedAt: Number.POSITIVE_INFINITY })])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [0, "recordedAt"] }),
    );
    expect(() => effectiveMeasurements([], { asKnownAt: Number.NaN })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["options", "asKnownAt"] }),
    );
  });

  it("throws invalid_argument when measurements is not an array of objects", () => {
    expect(() => effectiveMeasurements("x" as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: [] }),
    );
    expect(() => effectiveMeasurements([null] as never)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: [0] }),
    );
  });
});

describe("effectiveMeasurements' asKnownAt", () => {
  it("takes an instant in any form that asOf takes (epoch ms, ISO-8601 with an offset, a Date), and refuses one without a zone", () => {
    const a = { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1, status: "normal" };
    const b = { id: "b", kpiId: "k", subjectId: "s", at: 0, value: 2, status: "revised", supersedes: "a", recordedAt: Date.UTC(2026, 3, 5, 9) };
    // 12:00 in Riga (UTC+3) on 5 April is 09:00 UTC: b is known then, not at 11:59.
    for (const asKnownAt of [Date.UTC(2026, 3, 5, 9), "2026-04-05T12:00:00+03:00", new Date(Date.UTC(2026, 3, 5, 9))]) {
      expect(effectiveMeasurements([a, b] as never, { asKnownAt }).effective.map((m) => m.id)).toEqual(["b"]);
    }
    expect(effectiveMeasurements([a, b] as never, { asKnownAt: "2026-04-05T11:59:00+03:00" }).effective.map((m) => m.id)).toEqual(["a"]);
    expect(() => effectiveMeasurements([a, b] as never, { asKnownAt: "2026-04-05T12:00:00" })).toThrow(expect.objectContaining({ code: "invalid_input", path: ["options", "asKnownAt"] }));
  });
});

describe("effectiveMeasurements: wrong-shaped arguments", () => {
  it("throws invalid_argument for options given but not an object", () => {
    const error = (options: unknown) => kpiErrorOf(() => effectiveMeasurements([], options as never));
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["options"], message: "effectiveMeasurements: options must be an object, not null" });
    expect(error(150)).toEqual({ code: "invalid_argument", path: ["options"], message: "effectiveMeasurements: options must be an object, not number" });
    expect(kpiErrorOf(() => effectiveMeasurements(undefined as never))).toEqual({
      code: "invalid_argument",
      path: [],
      message: "effectiveMeasurements: measurements must be an array",
    });
  });
});
