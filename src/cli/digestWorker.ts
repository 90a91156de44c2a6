/// <reference types="node" />
import { parentPort } from "node:worker_threads";
import { idStoreOf, withIdStore } from "../model/_lib/batchIds.js";
import type { MeasurementBatch } from "../model/measurementBatch.js";
import { IdStore, type IdStoreParts } from "../internal/idStore.js";
import { digestInOrder } from "../report/_lib/digestInOrder.js";
import { readFilePart, type FilePartRequest } from "./readFilePart.js";
import { digestShared, type DigestShare } from "./digestShare.js";
import { sortIdsShared, type SharedIdSort } from "../internal/sharedIdSort.js";

/** A sort of ids for the thread to help with (`sortIdsShared`): it answers through the shared memory, not a message. */
export interface SortRequest {
  readonly kind: "sort";
  readonly job: SharedIdSort;
}

/** A batch as a message to the digest's thread: its columns (shared, not copied, when they live in shared memory). */
export interface DigestRequest {
  readonly batch: Omit<MeasurementBatch, "id" | "supersedes"> & { readonly supersedes: readonly (readonly [number, string])[] };
  readonly ids: IdStoreParts;
  /** The record indexes sorted by id. */
  readonly byId: Uint32Array;
  /** Shared with the main thread, which then writes some of the blocks (see `digestShared`). */
  readonly share?: DigestShare | undefined;
}

/**
 * A batch as a {@link DigestRequest}, column by column: not a copy of the batch object, whose `id` list would be made
 * into strings. Its columns and id bytes go to the other thread without a copy when they live in shared memory.
 * Internal.
 *
 * @param batch - A batch that keeps its ids as bytes (every batch a builder makes).
 * @param byId - The record indexes sorted by id.
 * @returns The request.
 * @throws `Error` for a batch without id bytes (one built by hand).
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 }]);
 * const request = digestRequestOf(batch, new Uint32Array([0]));
 * [request.batch.length, request.ids.ends.length, "id" in request.batch];
 * //=> [1, 1, false]
 * ```
 */
export function digestRequestOf(batch: MeasurementBatch, byId: Uint32Array): DigestRequest {
  const store = idStoreOf(batch);
  if (store === undefined) throw new Error("digestRequestOf: the batch keeps no id bytes");
  return {
    batch: {
      format: batch.format, length: batch.length, kpiIds: batch.kpiIds, kpi: batch.kpi, subjectIds: batch.subjectIds,
      subject: batch.subject, at: batch.at, value: batch.value, nullValue: batch.nullValue, numerator: batch.numerator,
      denominator: batch.denominator, weight: batch.weight, sources: batch.sources, source: batch.source,
      collection: batch.collection, status: batch.status, recordedAt: batch.recordedAt, supersedes: [...batch.supersedes],
    },
    ids: store.parts(),
    byId,
  };
}

/** The digest's thread's answer: the digest, or why there is none. */
export type DigestReply = { readonly hex: string } | { readonly error: string };

/**
 * The measurements digest of a batch sent as a {@link DigestRequest}: the batch rebuilt around the columns it was
 * sent with, and digested as `buildReport` digests it. What the digest's thread runs for each message. Internal.
 *
 * @param request - The batch, its ids and their order.
 * @returns The digest.
 *
 * @example
 * ```ts
 * const batch = toMeasurementBatch([]);
 * digestOfRequest({ batch: { ...batch, supersedes: [] }, ids: new IdStore(0).parts(), byId: new Uint32Array(0) });
 * //=> "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
 * ```
 */
export function digestOfRequest(request: DigestRequest): string {
  const { batch, ids, byId, share } = request;
  const rebuilt = withIdStore<MeasurementBatch>({ ...batch, supersedes: new Map(batch.supersedes) }, IdStore.fromParts(ids));
  return share === undefined ? digestInOrder(rebuilt, null, byId) : digestShared(rebuilt, byId, share);
}

/**
 * Answers the requests that come to this worker thread (`startDigestWorker`): a part of a measurement file to read
 * (`readFilePart`) or a digest, one reply each; a sort of ids to help with (`sortIdsShared`), answered through shared
 * memory. Internal.
 *
 * @example
 * ```ts
 * // In the executable, when it runs as the digest's worker thread:
 * if (!isMainThread) serveDigest();
 * ```
 */
export function serveDigest(): void {
  const port = parentPort;
  if (port === null) throw new Error("serveDigest: not a worker thread");
  port.on("message", (request: DigestRequest | FilePartRequest | SortRequest) => {
    if ("kind" in request && request.kind === "sort") {
      sortIdsShared(request.job, 1);
      return;
    }
    if ("kind" in request) {
      void readFilePart(request).then((reply) => port.postMessage(reply));
      return;
    }
    let reply: DigestReply;
    try {
      reply = { hex: digestOfRequest(request) };
    } catch (error) {
      reply = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
