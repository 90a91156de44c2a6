import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { DIGEST_WORKER_DATA } from "../../src/cli/digestWorkerData.js";
import { startDigestWorker } from "../../src/cli/startDigestWorker.js";
import { IdStore } from "../../src/internal/idStore.js";
import { planSharedIdSort, sortIdsShared, type SharedIdSort } from "../../src/internal/sharedIdSort.js";
import { keepSortedIds, sortById } from "../../src/internal/sortById.js";
import { mulberry32 } from "../../bench/data.js";
import { CLI } from "../cliCommand.js";

// The plain way, independent of the radix sorts: a stable sort of index numbers by `<` (UTF-16 code units, a prefix
// first, ties by index: Array.prototype.sort is stable).
function byComparison(ids: readonly string[]): number[] {
  return ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
}

// Where two orders first differ, or -1 (a failing comparison of 70 000 numbers by toEqual takes a minute to print).
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let k = 0; k < Math.max(a.length, b.length); k++) if (a[k] !== b[k]) return k;
  return -1;
}

// 70 000 ids (more than the 65 536 a shared sort needs), as a file's ids look: long shared prefixes, a copy number at
// the end, lengths from 1 to 40, some repeated (ties), printable ASCII and a few Latin-1 characters.
function sampleIds(n: number, seed: number): string[] {
  const rand = mulberry32(seed);
  const prefixes = ["csat/csc/2026-03-20/", "cost/declaration/2025-01", "avail/portal/", "x", "ÿé/", "a#"];
  return Array.from({ length: n }, () => {
    const r = rand();
    if (r < 0.05) return "repeat-me";
    if (r < 0.07) return String.fromCharCode(33 + Math.floor(rand() * 94));
    return `${prefixes[Math.floor(rand() * prefixes.length)]!}${Math.floor(rand() * 100)}#${Math.floor(rand() * 67)}`;
  });
}

// A shared store of the ids, as the CLI's reader makes it: the second part written after a gap in the bytes by a
// store within the first's room (a file read on two threads), when `gap`.
function sharedStore(ids: readonly string[], gap: boolean): IdStore {
  const store = new IdStore(ids.length, true, 64 * ids.length);
  const half = gap ? ids.length >> 1 : ids.length;
  ids.slice(0, half).forEach((id, i) => store.addText(i, id));
  if (gap) {
    const room = store.room();
    const byteFrom = store.bytesUsed() + 1000;
    const part = IdStore.within(room.bytes.subarray(byteFrom), room.ends.subarray(half));
    ids.slice(half).forEach((id, i) => part.addText(i, id));
    store.adopt(half, part.length, byteFrom, part.bytesUsed(), part.wideIds());
  }
  return store;
}

describe("planSharedIdSort", () => {
  it("matches the documented example", () => {
    const store = new IdStore(0, true);
    store.addText(0, "b");
    expect(planSharedIdSort(store)).toBeNull();
  });

  it("plans a sort only of 65 536 ids or more, in shared memory, every one held as bytes", () => {
    const ids = sampleIds(70_000, 1);
    expect(planSharedIdSort(sharedStore(ids, false))?.n).toBe(70_000);
    expect(planSharedIdSort(sharedStore(ids.slice(0, 65_535), false))).toBeNull();
    const plain = new IdStore(0);
    ids.forEach((id, i) => plain.addText(i, id));
    expect(planSharedIdSort(plain)).toBeNull();
    // An id with a character above U+00FF is held as a string.
    const wide = sharedStore(ids, false);
    wide.addText(70_000, "ā");
    expect(planSharedIdSort(wide)).toBeNull();
  });
});

describe("sortIdsShared", { timeout: 60_000 }, () => {
  it("matches the documented example", () => {
    const store = new IdStore(0, true);
    for (let i = 0; i < 70_000; i++) store.addText(i, `m${70_000 - i}`);
    const job = planSharedIdSort(store)!;
    expect(sortIdsShared(job, 0, 10)).toBeNull();
  });

  // The second thread: the CLI bundled from source, which helps with a sort it is sent (serveDigest).
  let worker: Worker;
  beforeAll(() => {
    worker = new Worker(pathToFileURL(CLI[0]!), { workerData: DIGEST_WORKER_DATA });
  });
  afterAll(async () => {
    await worker.terminate();
  });
  const together = (job: SharedIdSort): Uint32Array | null => {
    worker.postMessage({ kind: "sort", job });
    return sortIdsShared(job, 0, 30_000);
  };

  for (const gap of [false, true]) {
    it(`gives the order of the ids made by two threads${gap ? ", ids read in two parts with a gap between" : ""}`, () => {
      const ids = sampleIds(70_000, gap ? 2 : 3);
      const store = sharedStore(ids, gap);
      const order = together(planSharedIdSort(store)!);
      expect(order).not.toBeNull();
      expect(firstDifference(order!, byComparison(ids))).toBe(-1);
      expect(order!.buffer).toBeInstanceOf(SharedArrayBuffer);
    });
  }

  it("keeps the index order when every id is the same (no pass moves anything)", () => {
    const order = together(planSharedIdSort(sharedStore(new Array<string>(70_000).fill("same"), false))!);
    expect(firstDifference(order!, Array.from({ length: 70_000 }, (_, i) => i))).toBe(-1);
  });

  it("gives null to both threads for ids too long for the passes (sortById compares them)", () => {
    // 91 letters and "past the end" give 2 characters a digit: 150-character ids need 75 passes, more than 32.
    const letters = Array.from({ length: 91 }, (_, k) => String.fromCharCode(33 + k)).join("");
    const ids = Array.from({ length: 70_000 }, (_, i) => `${letters}${"z".repeat(50)}${i % 1000}`);
    expect(together(planSharedIdSort(sharedStore(ids, false))!)).toBeNull();
  });

  it("gives null when the second thread does not come in time, and the second thread coming late leaves it", () => {
    const job = planSharedIdSort(sharedStore(sampleIds(70_000, 4), false))!;
    expect(sortIdsShared(job, 0, 10)).toBeNull();
    expect(sortIdsShared(job, 1)).toBeNull();
  });

  it("gives null when the second thread joined but stops answering, and marks the sort given up", () => {
    const job = planSharedIdSort(sharedStore(sampleIds(70_000, 5), false))!;
    // The state cell (0) set to 1, "joined", as a thread that joined and then stopped would leave it.
    Atomics.store(job.control, 0, 1);
    expect(sortIdsShared(job, 0, 10, 100)).toBeNull();
    // 3: given up. A thread still at work stops at its next barrier.
    expect(Atomics.load(job.control, 0)).toBe(3);
  });
});

describe("keepSortedIds", () => {
  it("matches the documented example", () => {
    const store = new IdStore(0, true);
    store.addText(0, "b");
    store.addText(1, "a");
    const order = Uint32Array.of(1, 0);
    keepSortedIds(store, order);
    expect(sortById(store)).toBe(order);
  });

  it("keeps no order for a store not in shared memory, or of another length", () => {
    const plain = new IdStore(0);
    plain.addText(0, "b");
    plain.addText(1, "a");
    const order = Uint32Array.of(1, 0);
    keepSortedIds(plain, order);
    expect(sortById(plain)).not.toBe(order);
    const shared = new IdStore(0, true);
    shared.addText(0, "b");
    keepSortedIds(shared, order);
    expect([...sortById(shared)]).toEqual([0]);
  });
});

describe("DigestWorker.sortIds", { timeout: 60_000 }, () => {
  it("sorts a shared store's ids with the thread, and keeps the order for sortById", async () => {
    const dw = startDigestWorker(pathToFileURL(CLI[0]!));
    try {
      const ids = sampleIds(70_000, 6);
      const store = sharedStore(ids, true);
      const order = dw.sortIds(store);
      expect(firstDifference(order, byComparison(ids))).toBe(-1);
      expect(sortById(store)).toBe(order);
      // Few ids: sorted on this thread.
      const few = sharedStore(ids.slice(0, 100), false);
      expect([...dw.sortIds(few)]).toEqual(byComparison(ids.slice(0, 100)));
    } finally {
      await dw.close();
    }
  });
});
