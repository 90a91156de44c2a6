import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createBatchColumns } from "../../src/model/_lib/createBatchColumns.js";
import type { Measurement } from "../../src/model/measurement.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { parseWorkspace } from "../../src/model/workspace.js";

// The example's records, with a wide id, a null value and a correction: every kind of field the columns keep.
const records: Measurement[] = parseMeasurements(
  readFileSync("examples/measurements.ndjson", "utf8").split("\n").filter((l) => l.trim() !== "").slice(0, 400).map((l) => JSON.parse(l) as unknown),
  parseWorkspace(readFileSync("examples/workspace.json", "utf8")),
);
records[3] = { ...records[3]!, id: "ā-wide" as Measurement["id"] };
records[5] = { ...records[5]!, value: null };
records[7] = { ...records[7]!, id: "corrects-0" as Measurement["id"], supersedes: records[0]!.id, recordedAt: records[0]!.at + 1 };

const plain = (x: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(x).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v instanceof Map ? [...v] : v]));

// A file read in two parts: the first part's records into the columns, the second's written by columns placed in
// their region (from a record and a byte after the first part's, as the worker thread writes them; the second part's
// KPIs, subjects and sources first seen in another order, so with other codes) and taken in. The batch is the batch of
// all the records appended in one go: every column, the texts and their codes, the ids, the corrections.
test.prop(
  [fc.shuffledSubarray(records, { minLength: 0 }), fc.nat(), fc.nat({ max: 50 }), fc.nat({ max: 200 }), fc.boolean()],
  { numRuns: 100 },
)("take in a part written into their region as if appended", (batch, cut, gap, byteGap, lean) => {
  const k = batch.length === 0 ? 0 : cut % (batch.length + 1);
  const leanSeen: [number, number, number][] = [];
  const hook = lean ? (_r: unknown, i: number, kpi: number, subject: number) => void leanSeen.push([i, kpi, subject]) : null;
  const one = createBatchColumns(0, hook === null ? null : () => undefined);
  batch.forEach((m) => one.append(m));
  const idBytes = batch.reduce((n, m) => n + m.id.length, 0) + byteGap;
  const two = createBatchColumns(batch.length + gap, hook, true, null, idBytes + 1);
  batch.slice(0, k).forEach((m) => two.append(m));
  const firstBytes = batch.slice(0, k).reduce((n, m) => n + m.id.length, 0);
  const region = two.region();
  const placed = createBatchColumns(0, hook, true, { region, from: k + gap, byteFrom: firstBytes + byteGap });
  batch.slice(k).forEach((m) => placed.append(m));
  two.adopt(structuredClone(placed.part()));
  const want = lean ? one.finishLean() : one.finish();
  const got = lean ? two.finishLean() : two.finish();
  expect(plain(got)).toEqual(plain(want));
  expect(got.id).toEqual(batch.map((m) => m.id));
});

describe("createBatchColumns", () => {
  it("matches the documented example", () => {
    const columns = createBatchColumns();
    columns.append({ id: "m", kpiId: "k", subjectId: "s", at: 1, value: 2, status: "normal" } as never);
    expect(columns.finish().value[0]).toBe(2);
  });

  it("refuses a part that overruns its region, and a region of columns that are not shared", () => {
    const owner = createBatchColumns(4, null, true, null, 64);
    const placed = createBatchColumns(0, null, true, { region: owner.region(), from: 2, byteFrom: 0 });
    placed.append(records[0]!);
    placed.append(records[1]!);
    expect(() => placed.append(records[2]!)).toThrow(/full/);
    expect(() => createBatchColumns(4).region()).toThrow(/shared/);
  });
});
