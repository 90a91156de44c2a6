import { IdStore } from "./idStore.js";
import { MAX_DIGITS, radixPlan, storeDigits } from "./radixPlan.js";

// sortById's radix sort, made by two threads over shared memory: the same digits, passes and order.

// Below this many ids the second thread's set-up and the barriers cost more than half the sort.
const SHARED_MIN = 1 << 16;

// The control cells: the state, the barrier's arrivals and its generation, each thread's longest id.
const STATE = 0;
const ARRIVED = 1;
const GENERATION = 2;
const LONGEST = 3;
/** The states of a shared sort: waiting for the second thread, made by both, made by the first alone, given up. */
const State = { Waiting: 0, Joined: 1, Alone: 2, Abandoned: 3 } as const;

/**
 * A sort of a shared {@link IdStore}'s ids by two threads: the ids' bytes, the working arrays and the control cells,
 * all in shared memory, for a message to the other thread. Internal.
 */
export interface SharedIdSort {
  readonly n: number;
  readonly bytes: Uint8Array;
  readonly ends: Uint32Array;
  /** The record whose id starts after a gap in the bytes, and where it starts (`IdStore.parts`), or `null`. */
  readonly gap: readonly [number, number] | null;
  /** The two order arrays the passes write in turn (the answer is one of them). */
  readonly orders: readonly [Uint32Array, Uint32Array];
  /** Each record's digit of the current pass. */
  readonly digit: Uint16Array;
  /** Each thread's digit counts ({@link MAX_DIGITS} entries each). */
  readonly counts: readonly [Uint32Array, Uint32Array];
  /** Each thread's characters used (256 entries each). */
  readonly used: readonly [Uint8Array, Uint8Array];
  readonly control: Int32Array;
}

/**
 * The shared sort of a store's ids, or `null` when it would not pay or cannot be made: fewer than 65 536 ids, ids
 * not in shared memory, or an id kept as a string (a character above U+00FF). Internal.
 *
 * @param store - The ids.
 * @returns The sort, for {@link sortIdsShared} on both threads.
 *
 * @example
 * ```ts
 * const store = new IdStore(0, true);
 * store.addText(0, "b");
 * planSharedIdSort(store);
 * //=> null
 * ```
 */
export function planSharedIdSort(store: IdStore): SharedIdSort | null {
  const n = store.length;
  if (n < SHARED_MIN || !store.shared || !store.allBytes()) return null;
  const parts = store.parts();
  const shared = (bytes: number): SharedArrayBuffer => new SharedArrayBuffer(bytes);
  return {
    n,
    bytes: parts.bytes,
    ends: parts.ends,
    gap: parts.gap,
    orders: [store.indexArray(n), store.indexArray(n)],
    digit: new Uint16Array(shared(2 * n)),
    counts: [new Uint32Array(shared(4 * MAX_DIGITS)), new Uint32Array(shared(4 * MAX_DIGITS))],
    used: [new Uint8Array(shared(256)), new Uint8Array(shared(256))],
    control: new Int32Array(shared(4 * (LONGEST + 2))),
  };
}

/** Given up: the other thread did not come, or stopped answering. */
class Abandoned extends Error {}

/**
 * One thread's part of a shared sort: thread 1 (the worker) joins it if thread 0 is still waiting; thread 0 waits up
 * to `joinMs` for it. The two then make each pass together: each the digits of half the records, each the counts and
 * the moves of half the positions (thread 1's positions after thread 0's, for each digit: the passes stay stable),
 * meeting at a barrier between steps. Thread 0 gets the indexes in id order, as `sortById` gives them; `null` when the
 * sort was not made together (thread 1 did not come in time, or stopped answering for `stallMs`) or the ids are too
 * long for the radix sort's passes (then sort with `sortById`, which compares them), and thread 1 always gets
 * `null`. A thread that finds the sort given up leaves it. Internal.
 *
 * @param job - The sort (the same on both threads).
 * @param thread - 0 for the thread that wants the order, 1 for the helper.
 * @param joinMs - Thread 0: how long to wait for thread 1 to join.
 * @param stallMs - How long to wait at a barrier before giving the sort up.
 * @returns The order (thread 0), or `null`.
 *
 * @example
 * ```ts
 * const store = new IdStore(0, true);
 * for (let i = 0; i < 70_000; i++) store.addText(i, `m${70_000 - i}`);
 * const job = planSharedIdSort(store)!;
 * // Posted to a worker thread that runs sortIdsShared(job, 1), the job is sorted by both; here no thread comes in
 * // the 10 ms given, and the caller sorts alone (sortById).
 * sortIdsShared(job, 0, 10);
 * //=> null
 * ```
 */
export function sortIdsShared(job: SharedIdSort, thread: 0 | 1, joinMs = 200, stallMs = 10_000): Uint32Array | null {
  const { control } = job;
  if (thread === 1) {
    if (Atomics.compareExchange(control, STATE, State.Waiting, State.Joined) !== State.Waiting) return null;
    Atomics.notify(control, STATE);
  } else {
    Atomics.wait(control, STATE, State.Waiting, joinMs);
    if (Atomics.compareExchange(control, STATE, State.Waiting, State.Alone) === State.Waiting) return null;
  }
  try {
    const order = sortPart(job, thread, stallMs);
    return thread === 0 ? order : null;
  } catch (error) {
    if (error instanceof Abandoned) {
      Atomics.store(control, STATE, State.Abandoned);
      Atomics.notify(control, GENERATION);
      return null;
    }
    throw error;
  }
}

function sortPart(job: SharedIdSort, thread: 0 | 1, stallMs: number): Uint32Array | null {
  const { n, bytes, control, digit } = job;
  // The ids as a store of this thread's, over the shared bytes (no copy).
  const store = IdStore.fromParts({ bytes, ends: job.ends, wide: [], gap: job.gap });
  // The barrier: the second thread to arrive starts the next generation; the first waits for it.
  let generation = 0;
  const barrier = (): void => {
    if (Atomics.add(control, ARRIVED, 1) % 2 === 1) {
      Atomics.store(control, GENERATION, generation + 1);
      Atomics.notify(control, GENERATION);
    } else {
      const until = performance.now() + stallMs;
      while (Atomics.load(control, GENERATION) === generation) {
        if (Atomics.load(control, STATE) === State.Abandoned || performance.now() > until) throw new Abandoned();
        Atomics.wait(control, GENERATION, generation, 50);
      }
    }
    generation++;
    if (Atomics.load(control, STATE) === State.Abandoned) throw new Abandoned();
  };
  // This thread's records (digits, characters) and positions (counts, moves).
  const lo = thread === 0 ? 0 : n >> 1;
  const hi = thread === 0 ? n >> 1 : n;
  const usedHere = job.used[thread];
  let longest = 0;
  let from = job.orders[0];
  let to = job.orders[1];
  for (let i = lo; i < hi; i++) {
    from[i] = i;
    const s = store.start(i);
    const length = store.endOf(i) - s;
    if (length > longest) longest = length;
    for (let j = 0; j < length; j++) usedHere[bytes[s + j]!] = 1;
  }
  Atomics.store(control, LONGEST + thread, longest);
  barrier();
  longest = Math.max(Atomics.load(control, LONGEST), Atomics.load(control, LONGEST + 1));
  // Every id empty: all equal, in index order.
  if (longest === 0) return from;
  // As sortById: each character's rank among those used by either thread's ids, as many per digit as fit.
  const used = new Uint8Array(256);
  for (let c = 0; c < 256; c++) used[c] = job.used[0][c]! | job.used[1][c]!;
  const plan = radixPlan(used, longest);
  // Ids too long for the passes: both threads see it, and thread 0 sorts them by comparison (sortById).
  if (plan === null) return null;
  const { perPass, passes, values } = plan;
  const mine = job.counts[thread];
  const [counts0, counts1] = job.counts;
  const position = new Uint32Array(values);
  for (let pass = passes - 1; pass >= 0; pass--) {
    storeDigits(store, lo, hi, pass * perPass, plan, digit);
    barrier();
    mine.fill(0, 0, values);
    for (let k = lo; k < hi; k++) mine[digit[from[k]!]!]!++;
    barrier();
    // A pass in which every id has the same digit moves nothing (both threads see the same counts).
    let same = false;
    let start = 0;
    for (let d = 0; d < values; d++) {
      const a = counts0[d]!;
      const b = counts1[d]!;
      if (a + b === n) same = true;
      position[d] = thread === 0 ? start : start + a;
      start += a + b;
    }
    if (same) continue;
    for (let k = lo; k < hi; k++) {
      const p = from[k]!;
      to[position[digit[p]!]!++] = p;
    }
    barrier();
    const done = to;
    to = from;
    from = done;
  }
  return from;
}
