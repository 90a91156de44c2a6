import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { hashId } from "../../src/internal/hashId.js";
import { IdRoomFull, IdStore } from "../../src/internal/idStore.js";

describe("IdStore", () => {
  it("is rebuilt from its parts, with its bytes in shared memory when asked (for another thread)", () => {
    const store = new IdStore(2, true);
    const ids = ["m1", "ā-wide", "m3", "a-much-longer-id-than-the-first-guess-of-the-bytes-allows-for-two-records"];
    ids.forEach((id, i) => store.addText(i, id));
    const parts = store.parts();
    expect(parts.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(parts.ends.buffer).toBeInstanceOf(SharedArrayBuffer);
    const rebuilt = IdStore.fromParts(structuredClone(parts));
    expect([rebuilt.length, rebuilt.strings(4)]).toEqual([4, ids]);
    expect(ids.map((id, i) => rebuilt.hash(i) === hashId(id) && rebuilt.is(i, id))).toEqual([true, true, true, true]);
    expect(new IdStore(2).parts().bytes.buffer).toBeInstanceOf(ArrayBuffer);
  });

  it("keeps every id as its bytes grow past the first guess and past the records reserved", () => {
    // 1 000 records reserved: 24 000 bytes at first; ids of 40 characters outgrow them after 600, and the first
    // growth sizes the bytes for the 1 000 at that length. Then 500 more records than were reserved.
    const store = new IdStore(1000);
    const ids = Array.from({ length: 1500 }, (_, i) => `${"x".repeat(35)}${String(i).padStart(5, "0")}`);
    ids.forEach((id, i) => (i % 2 === 0 ? store.addText(i, id) : store.addBytes(i, Buffer.from(`"${id}"`), 1, 41)));
    expect(store.strings(1500)).toEqual(ids);
    expect(store.is(1499, ids[1499]!)).toBe(true);
  });

  it("matches the documented example", () => {
    const store = new IdStore(0);
    store.addBytes(0, Buffer.from("m1"), 0, 2);
    store.addText(1, "ā2");
    expect([store.at(0), store.at(1), store.is(0, "m1"), store.same(0, 1), store.hash(1) === hashId("ā2")]).toEqual(["m1", "ā2", true, false, true]);
  });
});

// Ids of any characters (Latin-1 ones kept as bytes, wider ones as strings, lone surrogates too), some repeated, added
// as text or as the Latin-1 bytes of a line: the store gives back each id, hashes it as hashId hashes the string,
// and compares ids with each other and with any text (equal, before, after) as the strings compare. A store grown from a small start.
test.prop(
  [
    fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 3 }), fc.constantFrom("a", "ab", "ÿ", "é1", "ā", "\ud800")), {
      maxLength: 40,
    }),
    fc.string({ maxLength: 3 }),
  ],
  { numRuns: 1000 },
)("keeps, hashes and compares ids as their strings", (ids, other) => {
  const store = new IdStore(0);
  ids.forEach((id, i) => {
    const latin1 = [...id].every((c) => c.length === 1 && c.charCodeAt(0) <= 0xff);
    if (latin1 && i % 2 === 0) {
      // As a reader adds an id: its bytes, within a longer line.
      const line = Buffer.from(`{"id":"${id}"}`, "latin1");
      store.addBytes(i, line, 7, 7 + id.length);
    } else store.addText(i, id);
  });
  expect(store.length).toBe(ids.length);
  expect(store.strings(ids.length)).toEqual(ids);
  ids.forEach((id, i) => {
    expect(store.at(i)).toBe(id);
    expect(store.hash(i)).toBe(hashId(id));
    expect(store.is(i, other)).toBe(id === other);
    expect(Math.sign(store.compare(i, other))).toBe(id < other ? -1 : id > other ? 1 : 0);
    expect(store.is(i, id)).toBe(true);
    ids.forEach((jd, j) => expect(store.same(i, j)).toBe(id === jd));
  });
});

// A file read in two parts: the second part's ids written by a store within the first store's room (from a record and
// a byte at or after its own, as the worker thread writes them) and taken in: every id as in one store.
test.prop(
  [
    fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("ā", "é1", "m-ÿ")), { maxLength: 40 }),
    fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("ā", "é1", "m-ÿ")), { maxLength: 40 }),
    fc.nat({ max: 5 }),
    fc.nat({ max: 40 }),
  ],
  { numRuns: 500 },
)("takes in the ids another store wrote within its room", (first, second, gap, byteGap) => {
  const byteLength = (ids: readonly string[]): number => ids.reduce((n, id) => n + id.length, 0);
  const from = first.length + gap;
  const byteFrom = byteLength(first) + byteGap;
  const store = new IdStore(from + second.length, true, byteFrom + byteLength(second));
  first.forEach((id, i) => store.addText(i, id));
  const room = store.room();
  const part = IdStore.within(room.bytes.subarray(byteFrom), room.ends.subarray(from));
  second.forEach((id, i) => part.addText(i, id));
  store.adopt(from, part.length, byteFrom, part.bytesUsed(), structuredClone(part.wideIds()));
  const all = [...first, ...second];
  expect(store.length).toBe(all.length);
  expect(store.strings(all.length)).toEqual(all);
  expect(all.every((id, i) => store.hash(i) === hashId(id) && store.is(i, id))).toBe(true);
  // And on another thread, from its parts.
  expect(IdStore.fromParts(structuredClone(store.parts())).strings(all.length)).toEqual(all);
  // Ids added after them follow on.
  store.addText(all.length, "next");
  expect(store.at(all.length)).toBe("next");
});

describe("IdStore.within", () => {
  it("refuses an id it has no room for instead of growing", () => {
    const part = IdStore.within(new Uint8Array(4), new Uint32Array(2));
    part.addText(0, "ab");
    expect(() => part.addText(1, "cde")).toThrow(IdRoomFull);
    part.addText(1, "cd");
    expect(() => part.addText(2, "")).toThrow(IdRoomFull);
  });

  it("refuses to take in ids that are not after its own", () => {
    const store = new IdStore(4, true, 16);
    store.addText(0, "abc");
    expect(() => store.adopt(0, 1, 3, 1, [])).toThrow(RangeError);
    expect(() => store.adopt(1, 1, 2, 1, [])).toThrow(RangeError);
    // Once: the ids taken in leave a gap in the bytes, and there is room for one gap.
    store.adopt(2, 0, 8, 0, []);
    new Uint32Array(store.room().ends.buffer)[2] = 1;
    store.room().bytes[8] = 0x7a;
    store.adopt(2, 1, 8, 1, []);
    expect([store.length, store.at(1)]).toEqual([2, "z"]);
    expect(() => store.adopt(3, 0, 9, 0, [])).not.toThrow();
    expect(() => store.adopt(3, 1, 9, 0, [])).toThrow(/before/);
  });
});
