import { describe, expect, it } from "vitest";
import { compactSvg } from "../../src/report/_lib/compactSvg.js";

const defaults = { font: "Arial", size: "11px", color: "#1a1a1a", anchor: "end", lineColor: "#595959" };

describe("compactSvg", () => {
  it("matches the documented example", () => {
    expect(compactSvg('<svg role="img" aria-label="A" class="marks"><g><line x2="5" y2="0" stroke="#595959" opacity="1"/></g></svg>', defaults)).toBe(
      '<svg role="img" aria-label="A"><line x2="5"/></svg>',
    );
  });

  it("keeps a text's size and anchor that differ from the page's in a style attribute", () => {
    const svg = '<svg role="img" aria-label="A"><text text-anchor="middle" font-family="Arial" font-size="12px" fill="#1a1a1a">x</text></svg>';
    expect(compactSvg(svg, defaults)).toBe('<svg role="img" aria-label="A"><text style="font-size:12px;text-anchor:middle">x</text></svg>');
  });

  it("gives a text without an anchor SVG's own start anchor, which the page's CSS would otherwise change", () => {
    expect(compactSvg('<svg role="img" aria-label="A"><text>x</text></svg>', defaults)).toBe('<svg role="img" aria-label="A"><text style="text-anchor:start">x</text></svg>');
  });

  it("folds a rotation between two translations into one translation", () => {
    // rotate(270) maps (0, 3) to (3·cos 270° − ... ) = (3, 0): translate(20,7) rotate(270) translate(0,3) = translate(23,7) rotate(270).
    const svg = '<svg role="img" aria-label="A"><text transform="translate(20,7) rotate(270) translate(0,3)">x</text></svg>';
    expect(compactSvg(svg, defaults)).toContain('transform="translate(23,7) rotate(270)"');
  });

  it("keeps groups that carry attributes and drops the bare ones around them", () => {
    const svg = '<svg role="img" aria-label="A"><g><g transform="translate(1,2)"><g><path d="M0,0L1,1" stroke="#000"/></g></g></g></svg>';
    expect(compactSvg(svg, defaults)).toBe('<svg role="img" aria-label="A"><g transform="translate(1,2)"><path d="M0,0L1,1" stroke="#000"/></g></svg>');
  });
});
