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
    // FNV-1a gives both 0x69ef5d42 (found by a birthday search over "svc-<n>" in Python).
    const cache = createTextCache();
    const [a, b] = ["svc-1439599", "svc-1622382"];
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
