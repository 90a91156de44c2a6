import { describe, expect, it } from "vitest";
import { IdStore } from "../../src/internal/idStore.js";
import { batchIdAt, batchIdReader, idStoreOf, withIdStore } from "../../src/model/_lib/batchIds.js";
import { createMeasurementBatchBuilder } from "../../src/model/createMeasurementBatchBuilder.js";
import { measurementAt } from "../../src/model/measurementAt.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";

describe("withIdStore", () => {
  it("matches the documented example", () => {
    const store = new IdStore(0);
    store.addText(0, "m1");
    const batch = withIdStore({ ...toMeasurementBatch([{ id: "x", kpiId: "k", subjectId: "s", at: 0, value: 1 }]) }, store);
    expect([idStoreOf(batch) === store, batch.id, idStoreOf(batch)]).toEqual([true, ["m1"], undefined]);
  });
});

describe("idStoreOf", () => {
  it("matches the documented example", () => {
    expect(idStoreOf(toMeasurementBatch([])) instanceof IdStore).toBe(true);
  });
});

describe("batchIdAt", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 }]);
    expect([batchIdAt(batch, 0), idStoreOf(batch) === undefined]).toEqual(["m1", false]);
  });

  it("reads an id from the store, and the list once it is made; undefined past the records", () => {
    const builder = createMeasurementBatchBuilder();
    for (const id of ["a", "ā", "c"]) builder.add({ id, kpiId: "k", subjectId: "s", at: 0, value: 1 });
    const batch = builder.finish();
    expect([batchIdAt(batch, 1), batchIdAt(batch, 3), batchIdAt(batch, -1), measurementAt(batch, 2).id]).toEqual(["ā", undefined, undefined, "c"]);
    // Reading an id record by record makes no list.
    expect(idStoreOf(batch)).toBeDefined();
    expect(batch.id).toEqual(["a", "ā", "c"]);
    // The list, once made, is the same list every time, and the store is let go.
    expect(batch.id).toBe(batch.id);
    expect(idStoreOf(batch)).toBeUndefined();
    expect(batchIdAt(batch, 1)).toBe("ā");
  });
});

describe("batchIdReader", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 }]);
    expect([batchIdReader(batch)(0), idStoreOf(batch) === undefined]).toEqual(["m1", false]);
  });

  it("reads each id from the store, and from the list once it is made", () => {
    const records = ["a", "ā", "c"].map((id) => ({ id, kpiId: "k", subjectId: "s", at: 0, value: 1 }));
    const batch = toMeasurementBatch(records);
    const fromStore = batchIdReader(batch);
    expect([0, 1, 2].map(fromStore)).toEqual(["a", "ā", "c"]);
    expect(batch.id).toEqual(["a", "ā", "c"]);
    expect([0, 1, 2].map(batchIdReader(batch))).toEqual(["a", "ā", "c"]);
  });
});
