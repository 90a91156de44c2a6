import { describe, expect, it } from "vitest";
import type { KpiError } from "../../src/errors.js";
import { createMeasurementBatchBuilder } from "../../src/model/createMeasurementBatchBuilder.js";
import { createBatchColumns } from "../../src/model/_lib/createBatchColumns.js";
import { createBatchBuilder } from "../../src/model/_lib/createBatchBuilder.js";
import { clearScanned, createScanCaches, createScannedRecord } from "../../src/model/_lib/scanJsonRecord.js";
import { isMeasurementBatch } from "../../src/model/_lib/isMeasurementBatch.js";
import { createRecordCheck } from "../../src/model/_lib/checkMeasurementBatch.js";
import { parseMeasurement } from "../../src/model/measurement.js";
import { measurementAt } from "../../src/model/measurementAt.js";
import { BATCH_COLLECTIONS, BATCH_STATUSES } from "../../src/model/measurementBatch.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { kpiErrorOf as errorOf } from "../kpiErrorOf.js";


describe("createMeasurementBatchBuilder", () => {
  it("matches the documented example", () => {
    const builder = createMeasurementBatchBuilder();
    builder.add({ id: "m1", kpiId: "csat", subjectId: "svc", at: "2026-03-01T00:00:00Z", value: 4 });
    builder.add({ id: "m2", kpiId: "csat", subjectId: "svc", at: "2026-03-02T00:00:00Z", value: null, weight: 0 });
    const batch = builder.finish();
    expect([batch.length, batch.kpiIds, [...batch.kpi], batch.value[0], batch.nullValue[1]]).toEqual([2, ["csat"], [0, 0], 4, 1]);
  });

  it("holds records across many chunks, each field in its column", () => {
    const builder = createMeasurementBatchBuilder();
    const n = 150_000; // across chunks of every size: 256 rows doubling to 65 536, then 65 536 again
    for (let i = 0; i < n; i++) {
      builder.add({ id: `m${i}`, kpiId: `k${i % 3}`, subjectId: "s", at: i * 1000, numerator: i, denominator: i + 1, ...(i % 5 === 0 ? { source: `src${i % 7}` } : {}) });
    }
    expect(builder.length).toBe(n);
    const batch = builder.finish();
    expect([batch.length, batch.id.length, batch.at.length, batch.kpiIds]).toEqual([n, n, n, ["k0", "k1", "k2"]]);
    for (const i of [0, 65_535, 65_536, 131_071, 131_072, n - 1]) {
      expect(measurementAt(batch, i)).toEqual(parseMeasurement({ id: `m${i}`, kpiId: `k${i % 3}`, subjectId: "s", at: i * 1000, numerator: i, denominator: i + 1, ...(i % 5 === 0 ? { source: `src${i % 7}` } : {}) }));
    }
    expect(Number.isNaN(batch.value[n - 1])).toBe(true);
  });

  it("refuses a bad record with parseMeasurements' error (code, path [i, field], message), and keeps the records before it", () => {
    const good = { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 };
    const bad = { id: "b", kpiId: "k", subjectId: "s", at: "2026-03-01", value: 1 };
    const builder = createMeasurementBatchBuilder();
    builder.add(good);
    const error = errorOf(() => builder.add(bad));
    expect(error).toEqual(errorOf(() => parseMeasurements([good, bad], { kpis: [], scopes: [] })));
    expect(error?.path).toEqual([1, "at"]);
    expect(builder.length).toBe(1);
  });

  it("refuses records past the limit, a second finish, an add after finish, and a bad limit", () => {
    const builder = createMeasurementBatchBuilder({ maxRecords: 1 });
    builder.add({ id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 });
    expect(errorOf(() => builder.add({ id: "b", kpiId: "k", subjectId: "s", at: 0, value: 1 }))?.code).toBe("input_too_large");
    builder.finish();
    expect(errorOf(() => builder.finish())?.code).toBe("invalid_argument");
    expect(errorOf(() => builder.add({ id: "c", kpiId: "k", subjectId: "s", at: 0, value: 1 }))?.code).toBe("invalid_argument");
    expect(errorOf(() => createMeasurementBatchBuilder({ maxRecords: 2.5 }))).toMatchObject({ code: "invalid_argument", path: ["maxRecords"] });
    expect(errorOf(() => createMeasurementBatchBuilder({ maxRecords: 10_000_001 }))?.code).toBe("invalid_argument");
  });

  it("gives the same batch whatever the records expected: exactly, a few more, far fewer or far more", () => {
    const record = (i: number) => ({ id: `m${i}`, kpiId: `k${i % 3}`, subjectId: "s", at: i * 1000, value: i % 11, ...(i % 5 === 0 ? { weight: 2 } : {}) });
    const n = 5000;
    const build = (expectedRecords?: number) => {
      const builder = createMeasurementBatchBuilder(expectedRecords === undefined ? {} : { expectedRecords });
      for (let i = 0; i < n; i++) builder.add(record(i));
      return builder.finish();
    };
    const plain = build();
    // Exactly and a few percent more: the reserved rows are handed over; far fewer: the rest in chunks, joined; far
    // more: joined into a column of the right length.
    for (const expected of [n, n + 200, 1000, 5 * n]) {
      const batch = build(expected);
      expect({ expected, length: batch.at.length, ids: batch.id.length }).toEqual({ expected, length: n, ids: n });
      expect(batch.id.every((id, i) => id === `m${i}`)).toBe(true);
      expect(batch).toEqual(plain);
    }
    expect(measurementAt(build(n), n - 1)).toEqual(parseMeasurement(record(n - 1)));
  });

  it("refuses an expected count that is not a whole number of 0 or more", () => {
    for (const expectedRecords of [-1, 2.5, "10", Number.NaN]) {
      expect(errorOf(() => createMeasurementBatchBuilder({ expectedRecords } as never))).toMatchObject({ code: "invalid_argument", path: ["expectedRecords"] });
    }
  });
});

describe("toMeasurementBatch", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([
      { id: "m1", kpiId: "k", subjectId: "a", at: "2026-03-01T00:00:00Z", value: 5 },
      { id: "m2", kpiId: "k", subjectId: "b", at: "2026-03-01T00:00:00Z", value: 7, source: "registry" },
    ]);
    expect([batch.length, batch.subjectIds, [...batch.value], [...batch.source]]).toEqual([2, ["a", "b"], [5, 7], [-1, 0]]);
  });

  it("refuses what is not an array", () => {
    expect(errorOf(() => toMeasurementBatch({} as never))).toMatchObject({ code: "invalid_input", path: [] });
  });
});

describe("measurementAt", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([
      { id: "m1", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z", numerator: 3, denominator: 4, status: "provisional" },
    ]);
    // 2026-03-01T00:00:00Z = 20 513 days × 86 400 000 ms after the epoch.
    expect(measurementAt(batch, 0)).toEqual({ id: "m1", kpiId: "k", subjectId: "s", at: 1772323200000, numerator: 3, denominator: 4, status: "provisional" });
  });

  it("refuses an index outside the batch", () => {
    const batch = toMeasurementBatch([]);
    for (const i of [0, -1, 0.5, Number.NaN]) expect(errorOf(() => measurementAt(batch, i))).toMatchObject({ code: "invalid_argument", path: ["i"] });
  });
});

describe("BATCH_STATUSES", () => {
  it("matches the documented example", () => {
    expect(BATCH_STATUSES[1]).toBe("provisional");
  });
});

describe("BATCH_COLLECTIONS", () => {
  it("matches the documented example", () => {
    expect(BATCH_COLLECTIONS[2]).toBe("manual");
  });
});

describe("createBatchColumns", () => {
  it("matches the documented example", () => {
    const columns = createBatchColumns();
    columns.append({ id: "m", kpiId: "k", subjectId: "s", at: 1, value: 2, status: "normal" } as never);
    expect(columns.finish().value[0]).toBe(2);
  });

  it("keeps lean columns equal to a whole batch's, and hands each record to the hook with its codes", () => {
    // More records than one chunk (256 rows first), KPIs and subjects interleaved, some corrections and instants.
    const records = Array.from({ length: 700 }, (_, i) => ({
      id: `m${i}`,
      kpiId: `k${i % 3}`,
      subjectId: `s${(i >> 2) % 5}`,
      at: i,
      value: i,
      status: BATCH_STATUSES[i % 4]!,
      ...(i % 7 === 0 ? { recordedAt: 1000 + i } : {}),
      ...(i % 50 === 49 ? { supersedes: `m${i - 1}` } : {}),
    }));
    const whole = createBatchColumns();
    const seen: [string, number, string, string][] = [];
    const lean = createBatchColumns(0, (r, i, k, s) => seen.push([r.id, i, `k${i % 3}` === r.kpiId ? `code ${k}` : "?", `code ${s}`]));
    for (const m of records) {
      whole.append(m as never);
      lean.append(m as never);
    }
    const a = whole.finish();
    const b = lean.finishLean();
    expect(b.length).toBe(700);
    for (const key of ["kpiIds", "kpi", "subjectIds", "subject", "status", "recordedAt", "supersedes", "id"] as const) expect(b[key]).toEqual(a[key]);
    // The hook's codes are the batch's: record i's KPI code is i % 3 (first seen in that order), its subject (i >> 2) % 5.
    expect(seen).toEqual(records.map((m, i) => [m.id, i, `code ${i % 3}`, `code ${(i >> 2) % 5}`]));
    expect(() => lean.finish()).toThrow(/lean columns have no values/);
    expect(() => whole.finishLean()).toThrow(/needs lean columns/);
  });
});

describe("isMeasurementBatch", () => {
  it("matches the documented example", () => {
    expect([isMeasurementBatch([]), isMeasurementBatch(toMeasurementBatch([]))]).toEqual([false, true]);
  });
});

describe("createRecordCheck", () => {
  it("matches the documented example", () => {
    const check = createRecordCheck({ kpis: [], scopes: [] }, "f");
    let path: unknown;
    try {
      check({ id: "m", kpiId: "k", subjectId: "s", at: 0, value: 1, status: "normal" } as never, 3);
    } catch (e) {
      path = (e as KpiError).path;
    }
    expect(path).toEqual([3, "kpiId"]);
  });
});


describe("createBatchBuilder", () => {
  it("matches the documented example", () => {
    const builder = createBatchBuilder();
    builder.add({ id: "m", kpiId: "k", subjectId: "s", at: 0, value: 1 });
    expect(builder.finish().length).toBe(1);
  });
});

describe("createScannedRecord", () => {
  it("matches the documented example", () => {
    expect(createScannedRecord().status).toBe(0);
  });
});

describe("createScanCaches", () => {
  it("matches the documented example", () => {
    expect(createScanCaches().instants.size).toBe(0);
  });
});

describe("clearScanned", () => {
  it("matches the documented example", () => {
    expect(clearScanned({ ...createScannedRecord(), id: "m", value: 3 }).value).toBeNaN();
  });

  it("gives every field the value of a fresh record", () => {
    const used = { ...createScannedRecord(), id: "m", kpiId: "k", subjectId: "s", at: 5, value: 1, valueNull: true, numerator: 1, denominator: 2, weight: 0, source: "x", collection: 2, status: 3, recordedAt: 9, supersedes: "n" };
    expect(clearScanned(used)).toEqual(createScannedRecord());
  });
});

describe("createMeasurementBatchBuilder: wrong-shaped arguments", () => {
  it("throws invalid_argument for options that are not an object, and takes no options as before", () => {
    const error = (options: unknown) => errorOf(() => createMeasurementBatchBuilder(options as never));
    expect(error(null)).toEqual({ code: "invalid_argument", path: [], message: "createMeasurementBatchBuilder: options must be an object, not null" });
    expect(error(5)).toEqual({ code: "invalid_argument", path: [], message: "createMeasurementBatchBuilder: options must be an object, not number" });
    expect(error("x")).toEqual({ code: "invalid_argument", path: [], message: "createMeasurementBatchBuilder: options must be an object, not string" });
    expect(error(undefined)).toBeNull();
  });
});
