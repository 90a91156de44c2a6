import { describe, expect, it } from "vitest";
import { REPORT_PALETTE } from "../../src/report/charts/reportPalette.js";

// WCAG 2.x relative luminance and contrast ratio, written out independently of the palette.
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe("REPORT_PALETTE", () => {
  it("gives text a contrast of at least 4.5:1 on white and on every status tint", () => {
    expect(contrast(REPORT_PALETTE.text, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast(REPORT_PALETTE.mutedText, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    for (const s of Object.values(REPORT_PALETTE.status)) expect(contrast(REPORT_PALETTE.text, s.tint)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives status marks at least 3:1 against white and distinct luminance", () => {
    const { red, green, amber } = REPORT_PALETTE.status;
    for (const s of [red, green, amber]) expect(contrast(s.strong, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(luminance(red.strong)).toBeLessThan(luminance(green.strong));
    expect(luminance(green.strong)).toBeLessThan(luminance(amber.strong));
    expect(contrast(green.strong, red.strong)).toBeGreaterThan(1.5);
    expect(contrast(amber.strong, green.strong)).toBeGreaterThan(1.4);
  });

  it("gives every status its own shape and symbol", () => {
    const s = Object.values(REPORT_PALETTE.status);
    // green, amber, red, no data, no target
    expect(new Set(s.map((x) => x.shape)).size).toBe(5);
    expect(new Set(s.map((x) => x.symbol)).size).toBe(5);
  });
});
