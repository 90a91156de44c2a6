import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { sortRowsByKey } from "../../src/internal/sortRowsByKey.js";

// The plain way, independent of sortRowsByKey's code: Array.prototype.sort (stable) by the difference of the keys.
function byComparison(rows: readonly number[], key: readonly number[]): number[] {
  return [...rows].sort((a, b) => key[a]! - key[b]!);
}

describe("sortRowsByKey", () => {
  it("matches the documented example", () => {
    // Keys 5, -1, 5, 2: row 1 (-1), row 3 (2), then rows 0 and 2 (5 both) in their order.
    expect([...sortRowsByKey(Int32Array.of(0, 1, 2, 3), [5, -1, 5, 2])]).toEqual([1, 3, 0, 2]);
  });

  it("orders negative, fractional and huge keys and both zeros from 2 048 rows on (the radix sort)", () => {
    // 3 000 rows over 6 keys, rows listed backwards: -1e300 < -2.5 < -0 = 0 < 1e-300 < 1.7e12.
    const six = [1.7e12, 0, -2.5, 1e-300, -0, -1e300];
    const key = Array.from({ length: 3000 }, (_, i) => six[i % 6]!);
    const rows = Int32Array.from({ length: 3000 }, (_, i) => 2999 - i);
    // Key k's rows are i ≡ k (mod 6), in the order given (descending): -1e300 (5), -2.5 (2), then 0 and -0 (1 and
    // 4) together in the given order, 1e-300 (3), 1.7e12 (0).
    const descending = (k: number) => Array.from({ length: 500 }, (_, j) => 2994 + k - 6 * j);
    const zeros = Array.from({ length: 3000 }, (_, i) => 2999 - i).filter((i) => i % 6 === 1 || i % 6 === 4);
    expect([...sortRowsByKey(rows, key)]).toEqual([...descending(5), ...descending(2), ...zeros, ...descending(3), ...descending(0)]);
  });
});

// Many rows (the radix sort), keys drawn from a small pool so that they repeat (ties keep the given order): instants
// of an era (epoch ms), negatives, fractions, both zeros, the extremes of a double. The rows are a shuffled subset of
// the keys' indexes, as a report's rows in effect are. Built from a few drawn values so that a failure shrinks fast.
const keyValue = fc.oneof(
  fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, -Number.MIN_VALUE, 1, -1),
);
test.prop(
  [fc.array(keyValue, { minLength: 1, maxLength: 30 }), fc.integer({ min: 2048, max: 4000 }), fc.integer({ min: 1, max: 2 ** 31 - 1 })],
  { numRuns: 60, endOnFailure: true },
)("gives the order of a stable comparison sort", (pool, n, seed) => {
  let s = seed;
  const next = () => (s = (Math.imul(s, 48271) % 2147483647) + 0) & 0x7fffffff;
  const key = Array.from({ length: n + 100 }, () => pool[next() % pool.length]!);
  const rows = Array.from({ length: n + 100 }, (_, i) => i).filter(() => next() % 50 !== 0);
  for (let i = rows.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  expect([...sortRowsByKey(Int32Array.from(rows), key)]).toEqual(byComparison(rows, key));
});

// Few rows (the comparison sort).
test.prop([fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 60 })])("gives the order of a stable comparison sort for few rows", (key) => {
  const rows = key.map((_, i) => key.length - 1 - i);
  expect([...sortRowsByKey(Int32Array.from(rows), key)]).toEqual(byComparison(rows, key));
});
