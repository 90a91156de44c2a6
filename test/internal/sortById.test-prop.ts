import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { IdStore } from "../../src/internal/idStore.js";
import { sortById } from "../../src/internal/sortById.js";

// The plain way, independent of sortById's code: a stable sort of index numbers by `<`, which compares UTF-16 code
// units and puts a prefix first (Array.prototype.sort is stable, so equal ids keep index order).
function byComparison(ids: readonly string[]): number[] {
  return ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
}

describe("sortById", () => {
  it("keeps a shared store's order (sorting it again returns the same array), in shared memory", () => {
    // Enough ids for the radix sort (from 2 048 on), out of order, some repeated.
    const ids = Array.from({ length: 3000 }, (_, i) => `id-${(i * 7919) % 2500}`);
    const store = new IdStore(0, true);
    ids.forEach((id, i) => store.addText(i, id));
    const order = sortById(store);
    expect([...order]).toEqual(byComparison(ids));
    expect(order.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(sortById(store)).toBe(order);
    // A store that has grown since is sorted anew.
    store.addText(3000, "a-first");
    const grown = sortById(store);
    expect(grown).not.toBe(order);
    expect([...grown]).toEqual(byComparison([...ids, "a-first"]));
    // A plain store's order is in plain memory, and not kept.
    const plain = new IdStore(0);
    ids.forEach((id, i) => plain.addText(i, id));
    const once = sortById(plain);
    expect(once.buffer).toBeInstanceOf(ArrayBuffer);
    expect(sortById(plain)).not.toBe(once);
    expect([...sortById(plain)]).toEqual([...once]);
  });

  it("matches the documented example", () => {
    // "a" (index 1) < "b" (index 0) < "c" (index 2).
    expect([...sortById(["b", "a", "c"])]).toEqual([1, 0, 2]);
  });

  it("orders by code unit, a prefix first, ties by index, from 2 048 ids on (the radix sort)", () => {
    // 3 000 ids: "x", "xa", "xb", "a" and "B" repeated. By code unit "B" (66) < "a" (97) < "x" < "xa" < "xb".
    const words = ["xb", "x", "a", "xa", "B"];
    const ids = Array.from({ length: 3000 }, (_, i) => words[i % 5]!);
    const order = [...sortById(ids)];
    // The 600 "B" first (indexes 4, 9, …), then the 600 "a" (2, 7, …), then "x" (1, 6, …), "xa" (3, …), "xb" (0, …).
    const expected = [4, 2, 1, 3, 0].flatMap((k) => Array.from({ length: 600 }, (_, j) => k + 5 * j));
    expect(order).toEqual(expected);
  });

  it("keeps the index order when every id is empty, and when every id is the same (found hanging in CI)", () => {
    // 3 000 empty ids: one character value only ("past the end"), so no digit of the radix sort could be formed.
    const identity = Array.from({ length: 3000 }, (_, i) => i);
    expect([...sortById(new Array<string>(3000).fill(""))]).toEqual(identity);
    expect([...sortById(new Array<string>(3000).fill("x"))]).toEqual(identity);
  });

  it("sorts ids longer than the radix sort covers by comparison, in the same order", () => {
    const long = "p".repeat(300);
    const ids = Array.from({ length: 2500 }, (_, i) => (i % 2 === 0 ? `${long}${2500 - i}` : `q${i}`));
    expect([...sortById(ids)]).toEqual(byComparison(ids));
  });
});

// Many ids (the radix sort), built from a few drawn heads and tails so that a failure shrinks fast: ids share
// prefixes and repeat, from a small alphabet, with characters anywhere in UTF-16 (lone surrogates included) now and
// then, and empty ids.
const part = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom("a", "b", "/", "-", "0", "9", "#"), maxLength: 5 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant("") },
);
const manyIds = (head: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.array(head, { minLength: 1, maxLength: 40 }), fc.array(part, { minLength: 1, maxLength: 13 }), fc.integer({ min: 2048, max: 3000 }))
    .map(([heads, tails, n]) => Array.from({ length: n }, (_, i) => heads[i % heads.length]! + tails[(i * 7) % tails.length]!));
test.prop([manyIds(part)], { numRuns: 40, endOnFailure: true })("gives the order of a comparison sort", (ids) => {
  expect([...sortById(ids)]).toEqual(byComparison(ids));
});

// Few ids (the comparison sort), any characters.
test.prop([fc.array(fc.string({ unit: "binary", maxLength: 5 }), { maxLength: 50 })])("gives the order of a comparison sort for few ids", (ids) => {
  expect([...sortById(ids)]).toEqual(byComparison(ids));
});

// Many ids from the whole of UTF-16, with one of 300 letters (U+0400 …) in the middle of each: more than 255
// letters, too many for two to a digit (one character per pass).
const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
test.prop([manyIds(fc.string({ unit, maxLength: 4 }))], { numRuns: 10, endOnFailure: true })("gives the order of a comparison sort with a large alphabet", (ids) => {
  const salted = ids.map((x, i) => x.slice(0, 2) + String.fromCharCode(0x400 + (i % 300)) + x.slice(2));
  expect([...sortById(salted)]).toEqual(byComparison(salted));
});

// Ids kept as bytes (IdStore, as a batch keeps them while a file is read): the same order. Latin-1 ids are sorted as
// bytes; a store with a wider id is sorted as strings.
const storeOf = (ids: readonly string[]): IdStore => {
  const store = new IdStore(0);
  ids.forEach((id, i) => store.addText(i, id));
  return store;
};
const latin1Part = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom("a", "b", "/", "-", "0", "9", "#", "é", "ÿ"), maxLength: 5 }) },
  { weight: 1, arbitrary: fc.constant("") },
);
test.prop([manyIds(latin1Part)], { numRuns: 20, endOnFailure: true })("gives the same order from ids kept as bytes", (ids) => {
  expect([...sortById(storeOf(ids))]).toEqual(byComparison(ids));
});
test.prop([fc.array(fc.string({ unit: "binary", maxLength: 5 }), { maxLength: 50 })])("gives the same order from few ids kept as bytes or as strings", (ids) => {
  expect([...sortById(storeOf(ids))]).toEqual(byComparison(ids));
});
test.prop([manyIds(part)], { numRuns: 10, endOnFailure: true })("gives the same order from many ids kept as bytes, some wider than a byte", (ids) => {
  expect([...sortById(storeOf(ids))]).toEqual(byComparison(ids));
});
