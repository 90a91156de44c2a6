/**
 * Counts the items of one mark group of a Vega SVG: the elements between `<g class="mark-<type> role-mark
 * layer_<n>_marks" …>` and its closing tag (Vega writes one element per item, with no nested groups).
 */
export function countMarks(svg: string, type: "line" | "symbol" | "rect" | "rule" | "text", layer: number): number {
  const open = new RegExp(`<g class="mark-${type} role-mark layer_${layer}_marks"[^>]*>`).exec(svg);
  if (open === null) return 0;
  const from = open.index + open[0].length;
  const body = svg.slice(from, svg.indexOf("</g>", from));
  const element = type === "rule" ? "<line" : type === "text" ? "<text" : "<path";
  return body.split(element).length - 1;
}
