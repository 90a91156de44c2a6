import { IdStore } from "../../internal/idStore.js";
import type { MeasurementBatch } from "../measurementBatch.js";

/** A batch's ids as the functions here read them: a full batch, or the lean one that `validate` keeps. */
export type BatchOfIds = Pick<MeasurementBatch, "length" | "id">;

// The stores of batches whose `id` list has not been asked for yet.
const stores = new WeakMap<BatchOfIds, IdStore>();

/**
 * Gives a batch an `id` list made from its store when first read (and kept), and remembers the store for
 * {@link idStoreOf} until then. Internal.
 *
 * @param batch - The batch, without its `id` list.
 * @param store - Its ids.
 * @returns The batch.
 *
 * @example
 * ```ts
 * const store = new IdStore(0);
 * store.addText(0, "m1");
 * const batch = withIdStore({ ...toMeasurementBatch([{ id: "x", kpiId: "k", subjectId: "s", at: 0, value: 1 }]) }, store);
 * [idStoreOf(batch) === store, batch.id, idStoreOf(batch)];
 * //=> [true, ["m1"], undefined]
 * ```
 */
export function withIdStore<B extends BatchOfIds>(batch: Omit<B, "id">, store: IdStore): B {
  let ids: string[] | null = null;
  // Let go once the strings are made: the batch then holds them instead of the bytes.
  let bytes: IdStore | null = store;
  const out = Object.defineProperty(batch, "id", {
    enumerable: true,
    get(): readonly string[] {
      if (ids === null) {
        ids = bytes!.strings(batch.length);
        bytes = null;
        stores.delete(out);
      }
      return ids;
    },
  }) as B;
  stores.set(out, store);
  return out;
}

/**
 * The id store of a batch whose `id` list has not been made yet, or `undefined` (read `batch.id`). Internal.
 *
 * @param batch - The batch.
 * @returns Its store, or `undefined`.
 *
 * @example
 * ```ts
 * idStoreOf(toMeasurementBatch([])) instanceof IdStore;
 * //=> true
 * ```
 */
export function idStoreOf(batch: BatchOfIds): IdStore | undefined {
  return stores.get(batch);
}

/**
 * Record `i`'s id, from the store while there is one (no list made). Internal.
 *
 * @param batch - The batch.
 * @param i - The record.
 * @returns Its id.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 }]);
 * [batchIdAt(batch, 0), idStoreOf(batch) === undefined];
 * //=> ["m1", false]
 * ```
 */
export function batchIdAt(batch: BatchOfIds, i: number): string | undefined {
  const store = stores.get(batch);
  return store === undefined ? batch.id[i] : i >= 0 && i < batch.length ? store.at(i) : undefined;
}

/**
 * A reader of the batch's ids by record, for many reads: from the store while there is one (each id a string made
 * for the moment), else from the `id` list; the store is looked up once, not at every read as {@link batchIdAt} does.
 * Internal.
 *
 * @param batch - The batch.
 * @returns Record `i`'s id, for `i` from 0 to `batch.length − 1`.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 }]);
 * [batchIdReader(batch)(0), idStoreOf(batch) === undefined];
 * //=> ["m1", false]
 * ```
 */
export function batchIdReader(batch: BatchOfIds): (i: number) => string {
  const store = stores.get(batch);
  if (store !== undefined) return (i) => store.at(i);
  const ids = batch.id;
  return (i) => ids[i]!;
}
