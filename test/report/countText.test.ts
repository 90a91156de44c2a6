import { describe, expect, it } from "vitest";
import { countText } from "../../src/report/_lib/countText.js";

describe("countText", () => {
  it("matches the documented example", () => {
    // Latvian: a number ending in 1 (not 11) takes the singular; ending in 0 or 11–19 the genitive plural.
    expect([countText(12, "periods", "lv"), countText(21, "points", "lv"), countText(1, "signals", "en"), countText(0, "signals", "lv")]).toEqual([
      "12 periodu",
      "21 punkts",
      "1 signal",
      "0 signālu",
    ]);
  });

  it("takes the nominative plural otherwise, and the English plural for anything but one", () => {
    expect([countText(3, "nodes", "lv"), countText(22, "points", "lv"), countText(0, "nodes", "en"), countText(2, "signals", "en")]).toEqual([
      "3 mezgli",
      "22 punkti",
      "0 nodes",
      "2 signals",
    ]);
  });
});
