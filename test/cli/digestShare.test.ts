import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { createDigestShare, DIGEST_BLOCK, digestShared, helpDigest } from "../../src/cli/digestShare.js";
import { digestRequestOf, type DigestReply } from "../../src/cli/digestWorker.js";
import { DIGEST_WORKER_DATA } from "../../src/cli/digestWorkerData.js";
import { sortById } from "../../src/internal/sortById.js";
import { idStoreOf } from "../../src/model/_lib/batchIds.js";
import { createBatchBuilder } from "../../src/model/_lib/createBatchBuilder.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { digestMeasurements } from "../../src/report/digestMeasurements.js";
import { CLI } from "../cliCommand.js";

// The example's records (15 blocks), with an id of a character above U+00FF, a null value and a correction, in
// shared columns as the CLI keeps them; the digest worked out independently by digestMeasurements on the records.
const lines = readFileSync("examples/measurements.ndjson", "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
const records = lines.concat([
  { ...lines[1]!, id: "ā-wide", value: null, weight: 0 },
  { ...lines[0]!, id: "corrects-0", supersedes: lines[0]!["id"], recordedAt: "2026-12-01T00:00:00Z" },
]);
const builder = createBatchBuilder({ shared: true });
for (const m of records) builder.add(m);
const batch = builder.finish();
const byId = sortById(idStoreOf(batch)!);
const want = digestMeasurements(records);

describe("digestShared", () => {
  it("matches the documented example", () => {
    expect(digestShared(toMeasurementBatch([]), new Uint32Array(0), createDigestShare())).toBe("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
  });

  it("writes every block itself without help: the digest of the records", () => {
    expect(Math.ceil(records.length / DIGEST_BLOCK)).toBe(15);
    expect(digestShared(batch, byId, createDigestShare())).toBe(want);
  });
});

describe("createDigestShare", () => {
  it("matches the documented example", () => {
    const share = createDigestShare();
    expect([share.control.buffer instanceof SharedArrayBuffer, share.slots.length]).toEqual([true, 33554432]);
  });
});

describe("helpDigest", { timeout: 60_000 }, () => {
  let worker: Worker | null = null;
  afterEach(async () => {
    await worker?.terminate();
    worker = null;
  });

  // The main thread takes the first blocks before the digest's thread (the CLI bundled from source) even has the
  // request: it fills every slot (4 blocks), then waits for one to be freed; the thread hashes them in order with
  // its own. With slots too small for a block, each block the main thread takes is left to the thread.
  for (const [slotBytes, helped] of [[8 << 20, true], [100, false]] as const) {
    it(`gives the digest of the records with the main thread's help (${helped ? "its blocks hashed from their slots" : "its blocks left to the thread"})`, async () => {
      const share = createDigestShare(slotBytes);
      worker = new Worker(pathToFileURL(CLI[0]!), { workerData: DIGEST_WORKER_DATA });
      let settled = false;
      const helping = helpDigest(batch, byId, share, () => settled);
      const reply = new Promise<DigestReply>((resolve) =>
        worker!.once("message", (r: DigestReply) => {
          settled = true;
          resolve(r);
        }),
      );
      worker.postMessage({ ...digestRequestOf(batch, byId), share });
      const written = await helping;
      expect(await reply).toEqual({ hex: want });
      if (helped) expect(written).toBeGreaterThanOrEqual(4);
      else expect(written).toBe(0);
    });
  }
});

describe("digestShared on its thread, a block of the main thread's still being written", { timeout: 60_000 }, () => {
  it("writes later blocks of its own meanwhile (four at most), then hashes every block in order", async () => {
    // The main thread's side done by hand (the share's cells: 0 the next block to take, 1 the changes, then per slot
    // its state, block and bytes; states 1 "writing", 3 "left to the thread"): block 0 taken into slot 0 and written.
    const share = createDigestShare();
    const { control } = share;
    Atomics.store(control, 2, 1);
    Atomics.store(control, 0, 1);
    const worker = new Worker(pathToFileURL(CLI[0]!), { workerData: DIGEST_WORKER_DATA });
    try {
      const reply = new Promise<DigestReply>((resolve) => worker.once("message", resolve));
      worker.postMessage({ ...digestRequestOf(batch, byId), share });
      // The thread takes blocks 1 to 4 while block 0 is not there, then waits.
      const until = Date.now() + 10_000;
      while (Atomics.load(control, 0) < 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 100));
      expect(Atomics.load(control, 0)).toBe(5);
      // Block 0 left to the thread: it writes it, then hashes its blocks kept ahead, then the rest.
      Atomics.store(control, 3, 0);
      Atomics.store(control, 2, 3);
      Atomics.add(control, 1, 1);
      Atomics.notify(control, 1);
      expect(await reply).toEqual({ hex: want });
    } finally {
      await worker.terminate();
    }
  });
});

describe("startDigestWorker with the main thread's help", { timeout: 60_000 }, () => {
  it("gives the digest of the records, and helps with nothing before a digest is asked for", async () => {
    const { startDigestWorker } = await import("../../src/cli/startDigestWorker.js");
    const worker = startDigestWorker(pathToFileURL(CLI[0]!));
    try {
      expect(await worker.help()).toBe(0);
      const hex = worker.digest(batch, byId);
      const written = await worker.help();
      expect(written).toBeGreaterThanOrEqual(0);
      expect(written).toBeLessThanOrEqual(15);
      expect(await hex).toBe(want);
    } finally {
      await worker.close();
    }
  });
});
