/**
 * Returns the 1-based line on which each element of the top-level array of valid JSON text starts, in one linear
 * pass (strings are skipped whole), so that an error in element `i` can name its line.
 *
 * @param text - Valid JSON whose top level is an array.
 */
export function lineOfArrayElements(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "\n") {
      line++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") continue;
    if (depth === 1 && expectValue && c !== "]") {
      lines.push(line);
      expectValue = false;
    }
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      i = j;
    } else if (c === "[" || c === "{") {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectValue = true;
  }
  return lines;
}
