/// <reference types="node" />
import type { MeasurementBatch } from "../model/measurementBatch.js";
import { createBatchJsonWriter } from "../report/_lib/createBatchJson.js";
import { createTextDigest } from "../report/_lib/createTextDigest.js";

/** Records per block of a digest written by two threads. */
export const DIGEST_BLOCK = 1024;
/** Blocks the main thread may have written ahead of the digest's thread. */
const SLOTS = 4;
/** Blocks the digest's thread may write before their turn, while it waits for one the main thread is writing. */
const MAX_AHEAD = 4;
/**
 * Bytes per slot: room for 1 024 records of the longest canonical JSON there can be (about 7.5 KB: six texts of 200
 * characters, each written as `\uXXXX` escapes); a block that does not fit is left to the digest's thread.
 */
const SLOT_BYTES = 8 << 20;

// The control cells: the next block to take, a count bumped at every change of a slot (what a waiting thread waits
// on), then per slot its state, its block and its bytes.
const NEXT = 0;
const CHANGES = 1;
const cell = (slot: number, field: 0 | 1 | 2): number => 2 + slot * 3 + field;
/** A slot's states: free; being written by the main thread; ready (its bytes are the block's text); left to the thread. */
const Slot = { Free: 0, Writing: 1, Ready: 2, Left: 3 } as const;

// Atomics.waitAsync (Node.js ≥ 16; not in TypeScript's ES2022 library): resolves when the cell is no longer `value`,
// or after `timeoutMs`, without blocking the event loop.
const waitAsync = (array: Int32Array, index: number, value: number, timeoutMs: number): Promise<unknown> | unknown =>
  (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number, t: number): { value: unknown } }).waitAsync(array, index, value, timeoutMs).value;

// Block b's part of the digest's text: each record's canonical JSON, after a comma but for the array's first.
function writeBlock(json: ReturnType<typeof createBatchJsonWriter>, byId: Uint32Array, b: number, piece: (text: string) => void): void {
  const r0 = b * DIGEST_BLOCK;
  json(byId.subarray(r0, Math.min(byId.length, r0 + DIGEST_BLOCK)), piece, r0 === 0 ? 1 : 0);
}

/**
 * What two threads share to write one measurements digest: the blocks are taken in order from a shared count, by the
 * digest's thread (which writes and hashes its blocks) and by the main thread once it has nothing else to do (which
 * writes its blocks' text as UTF-8 into a slot); the digest's thread hashes every block in order, the main thread's
 * from their slots. Rather than wait for a block the main thread is still writing, the digest's thread takes later
 * blocks and keeps their text (four at most) until their turn. Internal to the CLI.
 */
export interface DigestShare {
  readonly control: Int32Array;
  readonly slots: Uint8Array;
  readonly slotBytes: number;
}

/**
 * A new share, in shared memory: no block taken, every slot free.
 *
 * @param slotBytes - Bytes per slot (smaller only in tests: a block that does not fit is left to the digest's thread).
 * @returns The share.
 *
 * @example
 * ```ts
 * const share = createDigestShare();
 * [share.control.buffer instanceof SharedArrayBuffer, share.slots.length];
 * //=> [true, 33554432]
 * ```
 */
export function createDigestShare(slotBytes = SLOT_BYTES): DigestShare {
  return {
    control: new Int32Array(new SharedArrayBuffer(4 * (2 + SLOTS * 3))),
    slots: new Uint8Array(new SharedArrayBuffer(SLOTS * slotBytes)),
    slotBytes,
  };
}

/**
 * The measurements digest of a batch in the order `byId`, as `digestInOrder` gives it, written block by block with
 * the main thread's help ({@link helpDigest}): what the digest's thread runs. Without help it writes every block
 * itself. Internal to the CLI.
 *
 * @param batch - The records.
 * @param byId - The record indexes sorted by id.
 * @param share - What the threads share.
 * @returns The SHA-256, as 64 lowercase hexadecimal digits.
 *
 * @example
 * ```ts
 * digestShared(toMeasurementBatch([]), new Uint32Array(0), createDigestShare());
 * //=> "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"
 * ```
 */
export function digestShared(batch: MeasurementBatch, byId: Uint32Array, share: DigestShare): string {
  const { control, slots, slotBytes } = share;
  const blocks = Math.ceil(byId.length / DIGEST_BLOCK);
  const hash = createTextDigest();
  hash.add("[");
  const json = createBatchJsonWriter(batch);
  const own = (b: number): void => writeBlock(json, byId, b, (piece) => hash.add(piece));
  // A block the main thread took, if its slot is ready: hashed from there (or written here if it was left to this
  // thread), and the slot freed. Whether it was.
  const fromMain = (b: number): boolean => {
    for (let s = 0; s < SLOTS; s++) {
      const state = Atomics.load(control, cell(s, 0));
      if ((state !== Slot.Ready && state !== Slot.Left) || Atomics.load(control, cell(s, 1)) !== b) continue;
      if (state === Slot.Ready) hash.addBytes(slots.subarray(s * slotBytes, s * slotBytes + Atomics.load(control, cell(s, 2))));
      else own(b);
      Atomics.store(control, cell(s, 0), Slot.Free);
      Atomics.add(control, CHANGES, 1);
      Atomics.notify(control, CHANGES);
      return true;
    }
    return false;
  };
  // This thread's blocks written before their turn (while the main thread still wrote an earlier one), by block.
  const ahead = new Map<number, string>();
  let hashed = 0;
  while (hashed < blocks) {
    const seen = Atomics.load(control, CHANGES);
    // Every block taken (by either thread) is hashed in order, as far as it can be without waiting.
    const taken = Math.min(Atomics.load(control, NEXT), blocks);
    let moved = false;
    for (; hashed < taken; hashed++, moved = true) {
      const text = ahead.get(hashed);
      if (text !== undefined) {
        hash.add(text);
        ahead.delete(hashed);
      } else if (!fromMain(hashed)) break;
    }
    if (hashed === blocks) break;
    // Then another block, rather than wait for the main thread's: hashed at once when its turn has come, else kept.
    if (ahead.size < MAX_AHEAD) {
      const b = Atomics.add(control, NEXT, 1);
      if (b < blocks) {
        if (b === hashed) {
          own(b);
          hashed++;
        } else {
          const pieces: string[] = [];
          writeBlock(json, byId, b, (piece) => pieces.push(piece));
          ahead.set(b, pieces.join(""));
        }
        continue;
      }
    }
    // Nothing to do but wait for the main thread's next block.
    if (!moved) Atomics.wait(control, CHANGES, seen, 1000);
  }
  hash.add("]");
  return hash.hex();
}

/**
 * The main thread's help with a digest the digest's thread is writing ({@link digestShared}): it takes blocks in
 * turn, writes their text as UTF-8 into a free slot, and stops when no block is left or `stop` says so (the digest
 * has its answer, or the thread has failed). It waits for a free slot without blocking the event loop. Internal to
 * the CLI.
 *
 * @param batch - The records (the same as the digest's thread's).
 * @param byId - The record indexes sorted by id (the same).
 * @param share - What the threads share.
 * @param stop - Whether to stop.
 * @returns The number of blocks whose text the main thread wrote, when it has no more to do.
 *
 * @example
 * ```ts
 * // After buildReport, with the digest's thread at work on the same share:
 * const blocksWritten = await helpDigest(batch, byId, share, () => settled);
 * ```
 */
export async function helpDigest(batch: MeasurementBatch, byId: Uint32Array, share: DigestShare, stop: () => boolean): Promise<number> {
  const { control, slots, slotBytes } = share;
  const blocks = Math.ceil(byId.length / DIGEST_BLOCK);
  const encoder = new TextEncoder();
  const json = createBatchJsonWriter(batch);
  let written = 0;
  for (;;) {
    // A free slot first, so that a block taken always gets one (ready, or left to the thread).
    let slot = -1;
    while (slot < 0) {
      if (stop() || Atomics.load(control, NEXT) >= blocks) return written;
      const seen = Atomics.load(control, CHANGES);
      for (let s = 0; s < SLOTS && slot < 0; s++) {
        if (Atomics.compareExchange(control, cell(s, 0), Slot.Free, Slot.Writing) === Slot.Free) slot = s;
      }
      if (slot < 0) await waitAsync(control, CHANGES, seen, 100);
    }
    const b = Atomics.add(control, NEXT, 1);
    if (b >= blocks) {
      Atomics.store(control, cell(slot, 0), Slot.Free);
      return written;
    }
    let state: number = Slot.Left;
    try {
      const texts: string[] = [];
      writeBlock(json, byId, b, (piece) => texts.push(piece));
      const text = texts.join("");
      const encoded = encoder.encodeInto(text, slots.subarray(slot * slotBytes, (slot + 1) * slotBytes));
      if (encoded.read === text.length) {
        Atomics.store(control, cell(slot, 2), encoded.written);
        state = Slot.Ready;
        written++;
      }
    } finally {
      Atomics.store(control, cell(slot, 1), b);
      Atomics.store(control, cell(slot, 0), state);
      Atomics.add(control, CHANGES, 1);
      Atomics.notify(control, CHANGES);
    }
  }
}
