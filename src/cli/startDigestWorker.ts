/// <reference types="node" />
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { MeasurementBatch } from "../model/measurementBatch.js";
import { digestRequestOf, type DigestReply, type DigestRequest } from "./digestWorker.js";
import { DIGEST_WORKER_DATA } from "./digestWorkerData.js";
import type { FilePartReply, FilePartRequest } from "./readFilePart.js";
import { createDigestShare, helpDigest, type DigestShare } from "./digestShare.js";
import type { PrestartedWorker } from "./prestartWorker.js";
import type { IdStore } from "../internal/idStore.js";
import { planSharedIdSort, sortIdsShared } from "../internal/sharedIdSort.js";
import { keepSortedIds, sortById } from "../internal/sortById.js";

/** Measurement files from this size on have their digest computed on a second thread (when there is a second core). */
export const DIGEST_THREAD_MIN_BYTES = 32 * 1024 * 1024;

/**
 * The CLI's worker thread, as `kpi-kit validate` and `report` use it: it reads half of a large measurement file
 * (`readPart`) and computes a report's digest (`digest`, `help`).
 */
export interface DigestWorker {
  /**
   * The measurements digest of a batch with the record order by id, computed on the worker thread: the same as
   * `buildReport` gives. The batch's columns are read there without a copy when they live in shared memory.
   */
  digest(batch: MeasurementBatch, byId: Uint32Array): Promise<string>;
  /**
   * Helps the thread with the last digest asked for (`helpDigest`): the main thread writes some of its blocks, until
   * none is left or the digest has its answer; resolves with the number of blocks it wrote. For when the main thread
   * has nothing else to do.
   */
  help(): Promise<number>;
  /**
   * The indexes of a shared store's ids in id order, as `sortById` gives them (and kept with the store, so that
   * `sortById` of it returns them): sorted by both threads together when the thread is free and there are enough
   * ids (`sortIdsShared`), else on this thread.
   */
  sortIds(store: IdStore): Uint32Array;
  /** Reads a part of a measurement file into the main thread's columns (`readFilePart`); an error reply if the thread stops. */
  readPart(request: FilePartRequest): Promise<FilePartReply>;
  /** Stops the thread. */
  close(): Promise<void>;
}

/**
 * Whether `kpi-kit report` computes the digest on a second thread: for a measurement file of at least
 * {@link DIGEST_THREAD_MIN_BYTES}, on a machine with more than one core, unless `KPIKIT_DIGEST_THREAD` is `0`
 * (`1` asks for it whatever the file's size).
 *
 * @param fileBytes - The measurement file's size, or `null` when unknown.
 * @param env - The environment.
 * @param cores - The cores the process may use.
 * @returns Whether to use the thread.
 *
 * @example
 * ```ts
 * [wantsDigestThread(200e6, {}, 2), wantsDigestThread(200e6, {}, 1), wantsDigestThread(1e3, { KPIKIT_DIGEST_THREAD: "1" }, 2)];
 * //=> [true, false, true]
 * ```
 */
export function wantsDigestThread(fileBytes: number | null, env: Readonly<Record<string, string | undefined>>, cores = availableParallelism()): boolean {
  const setting = env["KPIKIT_DIGEST_THREAD"];
  if (setting === "0") return false;
  if (setting === "1") return true;
  return cores > 1 && fileBytes !== null && fileBytes >= DIGEST_THREAD_MIN_BYTES;
}

/**
 * Starts the CLI's worker thread: the executable's own script, run as a worker, answers requests to read part of a
 * file and to compute digests (`serveDigest`). Started before the file is read, the thread has loaded its code by
 * the time it is asked.
 *
 * @param script - The executable's script (its `import.meta.url`).
 * @param options - `slotBytes`: the size of the slots the main thread writes its blocks of a digest into
 * (`createDigestShare`; smaller only in tests). `prestarted`: the thread the executable started ahead
 * (`prestartWorker`), taken instead of a new one.
 * @returns The worker; call `close` when done with it (it keeps the process running until then).
 *
 * @example
 * ```ts
 * const worker = startDigestWorker(new URL("../../dist/cli/main.js", import.meta.url));
 * const hex = await worker.digest(batch, sortById(idStoreOf(batch) ?? batch.id));
 * await worker.close();
 * ```
 */
export function startDigestWorker(script: URL, options: { readonly slotBytes?: number; readonly prestarted?: PrestartedWorker | undefined } = {}): DigestWorker {
  // Kept referenced (the report awaits its answer, which alone would not keep the process running): close() ends it.
  const prestarted = options.prestarted;
  const worker = prestarted?.worker ?? new Worker(script, { workerData: DIGEST_WORKER_DATA });
  worker.ref();
  let failed: Error | null = null;
  const waiting: ((reply: DigestReply) => void)[] = [];
  const reading: ((reply: FilePartReply) => void)[] = [];
  const fail = (error: Error): void => {
    failed = error;
    for (const resolve of waiting.splice(0)) resolve({ error: error.message });
    for (const resolve of reading.splice(0)) resolve({ kind: "read", error: error.message });
  };
  worker.on("message", (reply: DigestReply | FilePartReply) => {
    if ("kind" in reply) reading.shift()?.(reply);
    else waiting.shift()?.(reply);
  });
  worker.on("error", fail);
  // The last digest asked for, for help(): its batch, order and share, and whether it has its answer.
  let last: { batch: MeasurementBatch; byId: Uint32Array; share: DigestShare; settled: boolean } | null = null;
  worker.on("exit", (code) => fail(new Error(`the digest's thread stopped (exit code ${code})`)));
  // A thread started ahead that has failed or stopped already.
  if (prestarted?.error != null) fail(prestarted.error);
  else if (prestarted?.exitCode != null) fail(new Error(`the digest's thread stopped (exit code ${prestarted.exitCode})`));
  return {
    digest(batch: MeasurementBatch, byId: Uint32Array): Promise<string> {
      if (failed !== null) return Promise.reject(failed);
      let request: DigestRequest;
      const share = createDigestShare(options.slotBytes);
      try {
        request = { ...digestRequestOf(batch, byId), share };
      } catch (error) {
        return Promise.reject(error as Error);
      }
      const current = { batch, byId, share, settled: false };
      last = current;
      return new Promise<string>((resolve, reject) => {
        waiting.push((reply) => {
          current.settled = true;
          if ("hex" in reply) resolve(reply.hex);
          else reject(new Error(reply.error));
        });
        worker.postMessage(request);
      });
    },
    async help(): Promise<number> {
      const current = last;
      if (current === null) return 0;
      return helpDigest(current.batch, current.byId, current.share, () => current.settled || failed !== null);
    },
    sortIds(store: IdStore): Uint32Array {
      const job = failed === null ? planSharedIdSort(store) : null;
      let order: Uint32Array | null = null;
      if (job !== null) {
        worker.postMessage({ kind: "sort", job });
        order = sortIdsShared(job, 0);
      }
      if (order === null) return sortById(store);
      keepSortedIds(store, order);
      return order;
    },
    readPart(request: FilePartRequest): Promise<FilePartReply> {
      if (failed !== null) return Promise.resolve({ kind: "read", error: failed.message });
      return new Promise<FilePartReply>((resolve) => {
        reading.push(resolve);
        worker.postMessage(request);
      });
    },
    async close(): Promise<void> {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}
