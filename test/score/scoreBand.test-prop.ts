import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { scoreBand } from "../../src/score/scoreBand.js";

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const width = fc.double({ min: 0, max: 1e4, noNaN: true });
const tolerance = fc.double({ min: 1e-3, max: 1e4, noNaN: true });

describe("scoreBand", () => {
  test.prop([value, value, width, tolerance])("stays within [0, 1]", (actual, lo, w, t) => {
    const s = scoreBand(actual, { lo, hi: lo + w, tolerance: t }) as number;
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
  });

  test.prop([value, value, value, width, tolerance])(
    "does not rise as the actual moves away from the band",
    (a, b, lo, w, t) => {
      const band = { lo, hi: lo + w, tolerance: t };
      // two points on the same side above the band: the farther one scores no more
      const near = band.hi + Math.min(Math.abs(a), Math.abs(b));
      const far = band.hi + Math.max(Math.abs(a), Math.abs(b));
      expect(scoreBand(far, band) as number).toBeLessThanOrEqual(scoreBand(near, band) as number);
      const nearBelow = band.lo - Math.min(Math.abs(a), Math.abs(b));
      const farBelow = band.lo - Math.max(Math.abs(a), Math.abs(b));
      expect(scoreBand(farBelow, band) as number).toBeLessThanOrEqual(scoreBand(nearBelow, band) as number);
    },
  );

  test.prop([value, width, tolerance])("scores exactly 1 on either bound", (lo, w, t) => {
    const band = { lo, hi: lo + w, tolerance: t };
    expect(scoreBand(band.lo, band)).toBe(1);
    expect(scoreBand(band.hi, band)).toBe(1);
  });
});
