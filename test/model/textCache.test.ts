import { describe, expect, it } from "vitest";
import { TEXT_CACHE_LIMIT, cachedNumber, cachedText, createTextCache, textEntry } from "../../src/model/_lib/textCache.js";

describe("createTextCache", () => {
  it("matches the documented example", () => {
    expect(createTextCache().size).toBe(0);
  });
});

describe("textEntry", () => {
  it("matches the documented example", () => {
    const cache = createTextCache();
    const bytes = Buffer.from("svc,svc,kpi");
    // "svc" twice is one entry (0); "kpi" the next (1).
    expect([textEntry(cache, bytes, 0, 3), textEntry(cache, bytes, 4, 7), textEntry(cache, bytes, 8, 11)]).toEqual([0, 0, 1]);
  });

  it("finds an empty text again (its hash is the starting value, with no step)", () => {
    // An empty source ("source": "") in every record once added an entry per record until the cache was full.
    const cache = createTextCache();
    const bytes = Buffer.from(",,a");
    expect([textEntry(cache, bytes, 0, 0), textEntry(cache, bytes, 1, 1), textEntry(cache, bytes, 2, 3), textEntry(cache, bytes, 2, 2)]).toEqual([0, 0, 1, 0]);
    expect(cache.texts).toEqual(["", "a"]);
  });

  it("keeps its own copy of the bytes: the buffer they were read from may be overwritten", () => {
    // A file is read chunk after chunk into one buffer: an entry that shared the buffer's memory would change with it.
    const cache = createTextCache();
    const chunk = Buffer.from("abc");
    expect(textEntry(cache, chunk, 0, 3)).toBe(0);
    chunk.write("xyz");
    expect([textEntry(cache, Buffer.from("abc"), 0, 3), textEntry(cache, chunk, 0, 3)]).toEqual([0, 1]);
    expect(cache.texts).toEqual(["abc", "xyz"]);
  });

  it("keeps every text apart as the table grows, and gives each the same entry again", () => {
    const cache = createTextCache();
    // 5 000 texts: the entries grow from 256 and the table from 1 024 slots several times. Texts of one length that
    // differ in one character, and prefixes of each other, must not be taken for one another.
    const texts = Array.from({ length: 5000 }, (_, i) => (i % 2 === 0 ? `svc-${i}` : `svc-${i}`.slice(0, 3 + (i % 5))));
    const distinct = [...new Set(texts)];
    const entries = distinct.map((t) => textEntry(cache, Buffer.from(t), 0, t.length));
    expect(entries).toEqual(distinct.map((_, i) => i));
    expect(distinct.map((t) => textEntry(cache, Buffer.from(`#${t}#`), 1, t.length + 1))).toEqual(entries);
    expect(distinct.every((t, i) => cache.texts[i] === t)).toBe(true);
    expect(cache.size).toBe(distinct.length);
  });

  it("tells apart two texts whose hashes are equal", () => {
    // The cache's hash (four bytes at a time, multiplied and rotated, then mixed) gives both 0x55aaa256: found by a
    // birthday search over "svc-<n>" with seven digits, written again in Python from the description.
    const cache = createTextCache();
    const [a, b] = ["svc-2911715", "svc-3083800"];
    expect([textEntry(cache, Buffer.from(a), 0, a.length), textEntry(cache, Buffer.from(b), 0, b.length)]).toEqual([0, 1]);
    expect([cachedText(cache, Buffer.from(a), 0, a.length), cachedText(cache, Buffer.from(b), 0, b.length)]).toEqual([a, b]);
    expect(cache.hashes[0]).toBe(cache.hashes[1]);
  });

  it("adds nothing past its limit, and still finds the texts it has", () => {
    const cache = createTextCache();
    for (let i = 0; i < TEXT_CACHE_LIMIT; i++) textEntry(cache, Buffer.from(`t${i}`), 0, `t${i}`.length);
    expect(cache.size).toBe(TEXT_CACHE_LIMIT);
    expect(textEntry(cache, Buffer.from("new"), 0, 3)).toBe(-1);
    expect(textEntry(cache, Buffer.from("t7"), 0, 2)).toBe(7);
    // A text the full cache cannot keep is still made.
    expect(cachedText(cache, Buffer.from("new"), 0, 3)).toBe("new");
    expect(cache.size).toBe(TEXT_CACHE_LIMIT);
  });
});

describe("cachedText", () => {
  it("matches the documented example", () => {
    const cache = createTextCache();
    const bytes = Buffer.from("svc,svc");
    expect(cachedText(cache, bytes, 0, 3) === cachedText(cache, bytes, 4, 7) && cache.size).toBe(1);
  });
});

describe("cachedText with hints", () => {
  it("tries the column's last entry first, and keeps each column's entry in its own slot", () => {
    const cache = createTextCache();
    const hints = new Int32Array(2).fill(-1);
    // "abc" and "abd": the same length, so a hint to the other is compared through its last byte and refused.
    const bytes = Buffer.from("abc,abd,abc,abd,xy");
    expect(cachedText(cache, bytes, 0, 3, hints, 0)).toBe("abc");
    expect([...hints]).toEqual([0, -1]);
    expect(cachedText(cache, bytes, 4, 7, hints, 0)).toBe("abd");
    expect([...hints]).toEqual([1, -1]);
    // Slot 1 has no hint yet; slot 0's hint ("abd") does not match "abc".
    expect(cachedText(cache, bytes, 8, 11, hints, 1)).toBe("abc");
    expect(cachedText(cache, bytes, 8, 11, hints, 0)).toBe("abc");
    expect([...hints]).toEqual([0, 0]);
    // A hint that matches is kept; a text of another length is looked up.
    expect(cachedText(cache, bytes, 8, 11, hints, 0)).toBe("abc");
    expect(cachedText(cache, bytes, 16, 18, hints, 0)).toBe("xy");
    expect([...hints]).toEqual([2, 0]);
    expect(cache.size).toBe(3);
  });

  it("gives the same texts and numbers with hints as without, for texts that repeat in any order", () => {
    const words = ["2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z", "svc-a", "svc-b", "k", "2026-03-01T00:00:00Z"];
    const bytes = Buffer.from(Array.from({ length: 40 }, (_, i) => words[(i * 7) % words.length]).join(","));
    const plain = createTextCache();
    const hinted = createTextCache();
    const hints = new Int32Array(1).fill(-1);
    let start = 0;
    for (let k = 0; k <= bytes.length; k++) {
      if (k < bytes.length && bytes[k] !== 0x2c) continue;
      expect(cachedText(hinted, bytes, start, k, hints, 0)).toBe(cachedText(plain, bytes, start, k));
      expect(cachedNumber(hinted, bytes, start, k, (t) => t.length, hints, 0)).toBe(k - start);
      start = k + 1;
    }
    expect(hinted.size).toBe(plain.size);
  });
});

describe("cachedNumber", () => {
  it("matches the documented example", () => {
    expect(cachedNumber(createTextCache(), Buffer.from("12"), 0, 2, Number)).toBe(12);
  });

  it("computes each text's number once, NaN included", () => {
    const cache = createTextCache();
    const calls: string[] = [];
    const of = (text: string) => (calls.push(text), text === "x" ? NaN : text.length);
    const bytes = Buffer.from("ab,x,ab,x");
    expect([cachedNumber(cache, bytes, 0, 2, of), cachedNumber(cache, bytes, 3, 4, of), cachedNumber(cache, bytes, 5, 7, of), cachedNumber(cache, bytes, 8, 9, of)]).toEqual([
      2,
      NaN,
      2,
      NaN,
    ]);
    expect(calls).toEqual(["ab", "x"]);
  });
});
