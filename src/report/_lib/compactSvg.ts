/**
 * Makes a chart's SVG (from `renderChartSvg`) smaller for embedding in an HTML page, without changing what is drawn
 * (internal).
 *
 * @remarks
 * The root `<svg role="img">` keeps its `aria-label` (its `<title>` copy and the white background the page already
 * has are dropped): inside an image, the ARIA roles and labels that
 * Vega puts on every mark and axis are not exposed to assistive technology, and the chart's data table carries the
 * same values. So these are dropped, with Vega's class names, groups without attributes, invisible background and
 * foreground paths (no fill, no stroke), attributes that repeat the SVG default (`opacity="1"`, `x2="0"`,
 * `translate(0,0)`, a line's `stroke-width="1"`), and the font family (set once by the page's CSS for `svg text`).
 * The most common text size, colour and anchor and line colour also move to CSS rules; a text or line with
 * another value carries it in a `style` attribute, which wins over the page's rule. A rotation between two
 * translations is folded into one translation. Coordinates keep one
 * decimal (a tenth of a pixel).
 *
 * @example
 * ```ts
 * compactSvg('<svg role="img" aria-label="A" class="marks"><g><line x2="5" y2="0" stroke="#595959" opacity="1"/></g></svg>', defaults);
 * //=> '<svg role="img" aria-label="A"><line x2="5"/></svg>'
 * ```
 *
 * @param svg - An SVG document as a string.
 * @param text - What the page's CSS gives `svg text` and `svg line`.
 * @returns The smaller SVG.
 */
export function compactSvg(svg: string, text: SvgTextDefaults): string {
  const open = /^<svg [^>]*>(<title>[^<]*<\/title>)?/.exec(svg)?.[0] ?? "";
  const body = svg
    .slice(open.length)
    .replace(/ (?:aria-label|aria-roledescription|role|class)="[^"]*"/g, "")
    .replace(/ aria-hidden="true"/g, "")
    .replace(/ pointer-events="none"/g, "")
    .replace(/ opacity="1"/g, "")
    .replace(/ transform="translate\(0,0\)"/g, "")
    .replace(/ (?:x1|y1|x2|y2)="0"/g, "")
    .replace(/(<line [^>]*?) stroke-width="1"/g, "$1")
    .replace(/<path d="M0,0h[\d.]+v[\d.]+h-[\d.]+Z"\/>/g, "")
    .replace(/<path d="M0,0h0v0h0Z"\/>/g, "")
    .replace(/<path d="" display="none"\/>/g, "")
    .replace(/(\d+\.\d)\d+/g, "$1")
    .replace(/ transform="translate\((-?[\d.]+),(-?[\d.]+)\) rotate\((-?[\d.]+)\) translate\((-?[\d.]+),(-?[\d.]+)\)"/g, foldRotation)
    .replace(/<text( [^>]*)?>/g, (_whole, attributes: string | undefined) => `<text${withDefaults(attributes ?? "", TEXT_DEFAULTS(text))}>`)
    .replace(/<line( [^>]*?)?\/>/g, (_whole, attributes: string | undefined) => `<line${withDefaults(attributes ?? "", { stroke: text.lineColor })}/>`);
  // Inline in HTML the SVG namespace is implied; the aria-label names the image, so the <title> (its copy) goes.
  const root = open
    .replace(/<title>[^<]*<\/title>$/, "")
    .replace(/ xmlns(?::xlink)?="[^"]*"/g, "")
    .replace(/ version="1\.1"/, "")
    .replace(/ class="marks"/, "");
  return root + unwrapBareGroups(body.replace(/^<rect width="[\d.]+" height="[\d.]+" fill="#ffffff"\/>/, "").replace(/ stroke-miterlimit="4"/g, ""));
}

/** What the page's CSS sets for every chart's texts and lines. */
export interface SvgTextDefaults {
  readonly font: string;
  readonly size: string;
  readonly color: string;
  readonly anchor: string;
  readonly lineColor: string;
}

const TEXT_DEFAULTS = (d: SvgTextDefaults): Readonly<Record<string, string>> => ({
  "font-family": d.font,
  "font-size": d.size,
  fill: d.color,
  "text-anchor": d.anchor,
});

/**
 * Drops the attributes that equal the page's CSS default and moves the others into a `style` attribute (a style
 * attribute wins over the page's rule; a presentation attribute would not).
 */
function withDefaults(attributes: string, defaults: Readonly<Record<string, string>>): string {
  const style: string[] = [];
  let rest = attributes;
  for (const [name, standard] of Object.entries(defaults)) {
    rest = rest.replace(new RegExp(` ?${name}="([^"]*)"`), (_whole, value: string) => {
      if (value !== standard) style.push(`${name}:${value}`);
      return "";
    });
  }
  // A property the element does not set takes the CSS default: keep SVG's own initial value where that differs.
  if (defaults["text-anchor"] !== undefined && !/text-anchor/.test(attributes) && defaults["text-anchor"] !== "start") style.push("text-anchor:start");
  if (defaults["stroke"] !== undefined && !/ stroke="/.test(attributes)) style.push("stroke:none");
  const parts = [rest.trim(), style.length === 0 ? "" : `style="${style.join(";")}"`].filter((p) => p !== "");
  return parts.length === 0 ? "" : ` ${parts.join(" ")}`;
}

/** `translate(x,y) rotate(a) translate(u,v)` as one translation and the rotation (the same transform). */
function foldRotation(_whole: string, x: string, y: string, angle: string, u: string, v: string): string {
  const a = (Number(angle) * Math.PI) / 180;
  const round = (n: number) => String(Math.round(n * 10) / 10 + 0);
  const tx = Number(x) + Number(u) * Math.cos(a) - Number(v) * Math.sin(a);
  const ty = Number(y) + Number(u) * Math.sin(a) + Number(v) * Math.cos(a);
  return ` transform="translate(${round(tx)},${round(ty)}) rotate(${angle})"`;
}

/** Removes `<g>` elements without attributes (they change nothing), keeping their content. */
function unwrapBareGroups(body: string): string {
  const bare: boolean[] = [];
  return body.replace(/<g( [^>]*)?>|<\/g>/g, (tag, attributes: string | undefined) => {
    if (tag === "</g>") return bare.pop() === true ? "" : tag;
    const isBare = attributes === undefined || attributes.trim() === "";
    bare.push(isBare);
    return isBare ? "" : tag;
  });
}
