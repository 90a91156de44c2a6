import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import { isKpiError, type KpiError } from "../../src/errors.js";
import { checkBatch, checkBatchIds } from "../../src/model/_lib/checkBatch.js";
import { createRecordCheck } from "../../src/model/_lib/checkMeasurementBatch.js";
import { createScannedCheck } from "../../src/model/_lib/createScannedCheck.js";
import { RecordScreen } from "../../src/model/_lib/recordScreen.js";
import { createScannedRecord, type ScannedRecord } from "../../src/model/_lib/scanJsonRecord.js";
import { measurementAt } from "../../src/model/measurementAt.js";
import { parseWorkspace } from "../../src/model/workspace.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { KPI_OF_KIND, measureKindsWorkspace } from "./measureKinds.js";

const workspace = measureKindsWorkspace();
const kpiIds = [...Object.values(KPI_OF_KIND), "no-such-kpi"];
const subjectIds = ["permits", "admin", "ezer", "dms", "lv", "no-such-node"];

// A record of any KPI and subject with any mix of value fields: most of them wrong for their KPI.
const number = fc.oneof(
  fc.constant(NaN),
  fc.constantFrom(0, 1, 2, 3, 5, 6, 2.5, -1, 1e308, -1e308, Infinity, -Infinity, 1e15, 1e16),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
);
const record = fc.record({
  k: fc.nat({ max: kpiIds.length - 1 }),
  s: fc.nat({ max: subjectIds.length - 1 }),
  value: number,
  valueNull: fc.boolean(),
  numerator: number,
  denominator: number,
  weight: number,
});
type Drawn = typeof record extends fc.Arbitrary<infer T> ? T : never;

function scanned(d: Drawn): ScannedRecord {
  return Object.assign(createScannedRecord(), {
    id: "m",
    kpiId: kpiIds[d.k]!,
    subjectId: subjectIds[d.s]!,
    value: d.valueNull ? NaN : d.value,
    valueNull: d.valueNull,
    numerator: d.numerator,
    denominator: d.denominator,
    weight: d.weight,
  });
}

function fits(screen: RecordScreen, d: Drawn): boolean {
  const r = scanned(d);
  return screen.fits(d.k, d.s, r.kpiId, r.subjectId, r.value, r.valueNull, r.numerator, r.denominator, r.weight);
}

// The record check's answer for a record (its error, or null).
function recordError(r: ScannedRecord, i: number): KpiError | null {
  const m: Record<string, unknown> = { id: r.id, kpiId: r.kpiId, subjectId: r.subjectId, at: 0, status: "normal" };
  if (r.valueNull) m["value"] = null;
  else if (!Number.isNaN(r.value)) m["value"] = r.value;
  for (const key of ["numerator", "denominator", "weight"] as const) if (!Number.isNaN(r[key])) m[key] = r[key];
  try {
    createRecordCheck(workspace, "parseMeasurements")(m as never, i);
    return null;
  } catch (error) {
    if (isKpiError(error)) return error;
    throw error;
  }
}

describe("RecordScreen", () => {
  it("matches the documented example", () => {
    const screen = new RecordScreen({
      kpis: [{ id: "k", measure: { kind: "ratio", scale: 100 }, scopeKinds: ["service"] }],
      scopes: [{ id: "s", kind: "service" }],
    } as never);
    expect([screen.fits(0, 0, "k", "s", NaN, false, 1, 2, NaN), screen.fits(0, 0, "k", "s", 3, false, NaN, NaN, NaN)]).toEqual([true, false]);
  });

  // The screen may send a sound record on to the record check (which then passes it), but must never let a wrong
  // one through: a record it passes is one the record check passes.
  test.prop([fc.array(record, { minLength: 1, maxLength: 20 })], { numRuns: 400 })("passes only records the record check passes", (drawn) => {
    // One screen for the whole sequence, as for a file: its caches (the last pair, the kinds) must not leak answers.
    const screen = new RecordScreen(workspace);
    for (const d of drawn) {
      if (fits(screen, d)) expect(recordError(scanned(d), 0)).toBeNull();
    }
  });

  it("passes every record of the example municipality (the checks' quick path is the common one)", () => {
    const example = parseWorkspace(JSON.parse(readFileSync("examples/workspace.json", "utf8")));
    const records = readFileSync("examples/measurements.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line));
    const batch = toMeasurementBatch(records);
    const screen = new RecordScreen(example);
    let passed = 0;
    for (let i = 0; i < batch.length; i++) {
      const k = batch.kpi[i]!, s = batch.subject[i]!;
      if (screen.fits(k, s, batch.kpiIds[k]!, batch.subjectIds[s]!, batch.value[i]!, batch.nullValue[i] === 1, batch.numerator[i]!, batch.denominator[i]!, batch.weight[i]!)) passed++;
    }
    expect(batch.length).toBeGreaterThan(1000);
    expect(passed).toBe(batch.length);
  });

  it("tells records apart by KPI and subject code, not by the pair seen last", () => {
    const screen = new RecordScreen(workspace);
    // The ratio KPI applies to services and institutions; "dms" is a resource.
    expect(screen.fits(0, 0, KPI_OF_KIND.ratio, "permits", NaN, false, 1, 2, NaN)).toBe(true);
    expect(screen.fits(0, 1, KPI_OF_KIND.ratio, "dms", NaN, false, 1, 2, NaN)).toBe(false);
    expect(screen.fits(0, 0, KPI_OF_KIND.ratio, "permits", NaN, false, 1, 2, NaN)).toBe(true);
    expect(screen.fits(1, 0, "no-such-kpi", "permits", 1, false, NaN, NaN, NaN)).toBe(false);
  });
});

describe("createScannedCheck", () => {
  it("matches the documented example", () => {
    const check = createScannedCheck({ kpis: [], scopes: [] }, "parseMeasurements");
    const r = { ...createScannedRecord(), id: "m", kpiId: "k", subjectId: "s", value: 1 };
    expect(check(r, 7, 0, 0)?.path).toEqual([7, "kpiId"]);
  });

  // Word for word the error checkBatch gives the same record in a batch (where it is read back from the columns).
  test.prop([record, fc.nat({ max: 5 })], { numRuns: 400 })("gives the error checkBatch gives the same record", (d, i) => {
    const r = scanned(d);
    const check = createScannedCheck(workspace, "parseMeasurements");
    const got = check(r, i, d.k, d.s);
    // The same record at index i of a batch (records before it sound).
    const sound = { id: "", kpiId: KPI_OF_KIND.count, subjectId: "permits", at: 0, value: 1 };
    // Only records a reader can give: parseMeasurement refuses some (an infinite number, a negative weight) itself.
    let own;
    try {
      own = measurementAt(toMeasurementBatch([recordOf(r)]), 0);
    } catch {
      fc.pre(false);
      return;
    }
    const batch = toMeasurementBatch([...Array.from({ length: i }, (_, j) => ({ ...sound, id: `s${j}` })), own]);
    let want: KpiError | null = null;
    try {
      checkBatch(batch, workspace, "parseMeasurements");
    } catch (error) {
      if (!isKpiError(error)) throw error;
      want = error;
    }
    expect(got === null ? null : [got.code, got.path, got.message]).toEqual(want === null ? null : [want.code, want.path, want.message]);
  });
});

describe("checkBatchIds", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([
      { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 },
      { id: "b", kpiId: "k", subjectId: "s", at: 0, value: 2, supersedes: "a" },
    ]);
    expect([...checkBatchIds(batch, "f", [], false).correctedBy]).toEqual([1, -1]);
  });
});

// The scanned record as a measurement input (what toMeasurementBatch takes).
function recordOf(r: ScannedRecord): Record<string, unknown> {
  const m: Record<string, unknown> = { id: r.id, kpiId: r.kpiId, subjectId: r.subjectId, at: r.at };
  if (r.valueNull) m["value"] = null;
  else if (!Number.isNaN(r.value)) m["value"] = r.value;
  for (const key of ["numerator", "denominator", "weight"] as const) if (!Number.isNaN(r[key])) m[key] = r[key];
  return m;
}

// Subject codes far past the first row's room (16), seen in any order by one screen: each answer is a fresh screen's.
// Each record is tried with the value fields of each measure kind, so that one of them fits its KPI's measure and
// whether the KPI applies to the subject decides.
const FIELDS_OF_KINDS = [
  [NaN, false, 1, 2, NaN],
  [3, false, NaN, NaN, NaN],
  [3, false, NaN, NaN, 1],
  [NaN, true, NaN, NaN, 0],
] as const;
test.prop([fc.array(fc.record({ k: fc.nat({ max: kpiIds.length - 1 }), s: fc.nat({ max: 99 }) }), { maxLength: 200 })], { numRuns: 200 })(
  "answers for many subject codes in any order as a fresh screen does",
  (records) => {
    const screen = new RecordScreen(workspace);
    let passed = 0;
    for (const { k, s } of records) {
      for (const [value, isNull, num, den, weight] of FIELDS_OF_KINDS) {
        // Code s names subjectIds[s % 6]: codes are the batch's own, and several may name kinds alike.
        const args = [k, s, kpiIds[k]!, subjectIds[s % subjectIds.length]!, value, isNull, num, den, weight] as const;
        const want = new RecordScreen(workspace).fits(...args);
        expect(screen.fits(...args)).toBe(want);
        if (want) passed++;
      }
    }
    // Some records pass: the answers are not all "no".
    if (records.length >= 100) expect(passed).toBeGreaterThan(0);
  },
);
