import type { IdStore } from "./idStore.js";

// The most passes the radix sort of ids makes; longer ids are compared.
const MAX_PASSES = 32;
/** The most digit values of one pass: its counts fit in the caches. */
export const MAX_DIGITS = 1 << 16;

/** How `sortById`'s radix sort reads ids: each character's rank, and the digits it makes of them. */
export interface RadixPlan {
  /** Per character code, its rank among the characters used (from 1; 0 stands for "past the id's end"). */
  readonly rank: Uint32Array;
  /** The characters used, plus one. */
  readonly base: number;
  /** Characters per digit: as many as give at most 65 536 digit values. */
  readonly perPass: number;
  /** Passes (digits) for the longest id. */
  readonly passes: number;
  /** Digit values: `base ** perPass`. */
  readonly values: number;
}

/**
 * The plan of a radix sort of ids from the characters they use and the longest id's length: each character ranked
 * among those used, as many per digit as give at most 65 536 digit values, a pass per digit. `null` when the longest
 * id needs more than 32 passes (such ids are sorted by comparison). Internal to `sortById` and `sortIdsShared`.
 *
 * @param used - Per character code, 1 if some id uses it.
 * @param longest - The longest id's length (at least 1).
 * @returns The plan, or `null`.
 *
 * @example
 * ```ts
 * const used = new Uint8Array(256);
 * for (const c of "abc") used[c.charCodeAt(0)] = 1;
 * const plan = radixPlan(used, 7)!;
 * [plan.rank[98], plan.base, plan.perPass, plan.passes, plan.values];
 * //=> [2, 4, 8, 1, 65536]
 * ```
 */
export function radixPlan(used: Uint8Array, longest: number): RadixPlan | null {
  const rank = new Uint32Array(used.length);
  let letters = 0;
  for (let c = 0; c < used.length; c++) if (used[c] === 1) rank[c] = ++letters;
  const base = letters + 1;
  let perPass = 1;
  while (base ** (perPass + 1) <= MAX_DIGITS) perPass++;
  const passes = Math.ceil(longest / perPass);
  if (passes > MAX_PASSES) return null;
  return { rank, base, perPass, passes, values: base ** perPass };
}

/**
 * One pass's digit of each of the ids `lo` to `hi − 1` of a store that holds them all as bytes: the ranks of the
 * characters `first` to `last − 1` of each (0 past its end), as one number in base `plan.base`, written to
 * `digit[i]`. The ids are read one after another, as they lie in memory. Internal to `sortById` and
 * `sortIdsShared`.
 *
 * @param store - The ids (none held as a string).
 * @param lo - The first id.
 * @param hi - The id after the last.
 * @param first - The pass's first character.
 * @param plan - The sort's plan ({@link radixPlan}); `first + plan.perPass` is the character after the pass's last.
 * @param digit - Receives the digits, by id.
 *
 * @example
 * ```ts
 * const store = new IdStore(0);
 * store.addText(0, "ab");
 * store.addText(1, "b");
 * const used = new Uint8Array(256);
 * used[97] = used[98] = 1;
 * const plan = { ...radixPlan(used, 2)!, perPass: 2, values: 9 };
 * const digit = new Uint16Array(2);
 * storeDigits(store, 0, 2, 0, plan, digit);
 * // "ab": a 1, b 2 → 1·3 + 2; "b": b 2, past the end 0 → 2·3 + 0.
 * [...digit];
 * //=> [5, 6]
 * ```
 */
export function storeDigits(store: IdStore, lo: number, hi: number, first: number, plan: RadixPlan, digit: Uint16Array | Uint32Array): void {
  const { rank, base, perPass } = plan;
  const bytes = store.bytesOf();
  const last = first + perPass;
  for (let i = lo; i < hi; i++) {
    const s = store.start(i);
    const length = store.endOf(i) - s;
    let d = 0;
    for (let j = first; j < last; j++) d = d * base + (j < length ? rank[bytes[s + j]!]! : 0);
    digit[i] = d;
  }
}
