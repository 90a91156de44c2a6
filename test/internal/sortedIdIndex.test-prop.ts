import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { IdStore } from "../../src/internal/idStore.js";
import { findIdInOrder, firstRepeatedIdInOrder } from "../../src/internal/sortedIdIndex.js";
import { idsByMap } from "./idsByMap.js";

// The id order by a comparison sort (UTF-16 code units, ties by index): independent of sortById.
const inOrder = (ids: readonly string[]) => ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));

describe("firstRepeatedIdInOrder", () => {
  it("matches the documented example", () => {
    expect(firstRepeatedIdInOrder(["b", "a", "b", "a"], [1, 3, 0, 2])).toBe(2);
  });

  it("names the first repeat in input order, not in id order", () => {
    const ids = ["a", "z", "z", "a"];
    // "a" repeats at 3 and comes first in id order; "z" repeats at 2, first in input order.
    expect(firstRepeatedIdInOrder(ids, inOrder(ids))).toBe(2);
    // A run of three: its second record is the repeat.
    const three = ["q", "b", "q", "q"];
    expect(firstRepeatedIdInOrder(three, inOrder(three))).toBe(2);
    expect(firstRepeatedIdInOrder([], [])).toBe(-1);
  });
});

describe("findIdInOrder", () => {
  it("matches the documented example", () => {
    expect(findIdInOrder(["b", "a", "c"], [1, 0, 2], "c")).toBe(2);
  });

  it("gives -1 for an id before, between and after the ids", () => {
    const ids = ["b", "d"];
    expect(["a", "c", "e", "b", "d"].map((id) => findIdInOrder(ids, inOrder(ids), id))).toEqual([-1, -1, -1, 0, 1]);
  });
});

// Against the plain way: a Map of the ids seen, in input order (the first record of an id is the one found).
test.prop([fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), fc.string({ maxLength: 3 })], { numRuns: 2000 })(
  "finds the first repeated id and any id exactly as a Map of the ids would",
  (ids, sought) => {
    const { repeated, seen } = idsByMap(ids);
    const order = inOrder(ids);
    expect(firstRepeatedIdInOrder(ids, order)).toBe(repeated);
    for (const id of [sought, ...ids]) expect(findIdInOrder(ids, order, id)).toBe(seen.get(id) ?? -1);
  },
);

// The same answers from ids kept as bytes (any characters: Latin-1 ones as bytes, wider ones as strings).
test.prop([fc.array(fc.string({ unit: "binary", maxLength: 3 }), { maxLength: 60 }), fc.string({ unit: "binary", maxLength: 3 })], { numRuns: 1000 })(
  "finds the first repeated id and any id from ids kept as bytes as from the strings",
  (ids, sought) => {
    const store = new IdStore(0);
    ids.forEach((id, i) => store.addText(i, id));
    const { repeated, seen } = idsByMap(ids);
    const order = inOrder(ids);
    expect(firstRepeatedIdInOrder(store, order)).toBe(repeated);
    for (const id of [sought, ...ids]) expect(findIdInOrder(store, order, id)).toBe(seen.get(id) ?? -1);
  },
);
