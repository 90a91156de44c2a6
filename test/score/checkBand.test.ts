import { describe, expect, it } from "vitest";
import { checkBand } from "../../src/score/_lib/checkBand.js";

describe("checkBand", () => {
  it("matches the documented example", () => {
    expect(checkBand({ lo: 95, hi: 98, tolerance: 5 }, "scoreBand", "band")).toBeUndefined();
  });
});
