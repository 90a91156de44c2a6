/** A key that one JSON object names twice, with the 1-based line (within the text) of its second occurrence. */
export interface DuplicateJsonKey {
  readonly key: string;
  readonly line: number;
}

// How many times a quote is followed by a colon (whitespace between allowed): every key does once, and a string
// value can only add to the count — never hide a key — so an equal count to the parsed keys proves no key repeats.
function countQuoteColons(text: string): number {
  let n = 0;
  let i = text.indexOf('"');
  while (i >= 0) {
    let j = i + 1;
    let c = text.charCodeAt(j);
    while (c === 32 || c === 9 || c === 10 || c === 13) c = text.charCodeAt(++j);
    if (c === 58) n++;
    i = text.indexOf('"', j);
  }
  return n;
}

function countKeys(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v: unknown) => n + countKeys(v), 0);
  if (typeof value !== "object" || value === null) return 0;
  let n = 0;
  for (const v of Object.values(value)) n += 1 + countKeys(v);
  return n;
}

/**
 * Finds a key that an object of valid JSON text names twice (JSON.parse silently keeps the last one), or `null`.
 *
 * @remarks
 * Linear. A quick count first: every key is a string followed by `:`, so when the text holds as many `":` as the
 * parsed value holds keys, no key repeats; only otherwise (a repeat, or a string that contains `":`) is the text
 * scanned token by token.
 *
 * @param text - Valid JSON.
 * @param parsed - `JSON.parse(text)`.
 */
export function findDuplicateJsonKey(text: string, parsed: unknown): DuplicateJsonKey | null {
  const colons = countQuoteColons(text);
  if (colons === countKeys(parsed)) return null;
  // Frames: a Set of the keys seen for an object, null for an array.
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === "{") {
      stack.push(new Set());
      expectKey = true;
    } else if (c === "[") {
      stack.push(null);
      expectKey = false;
    } else if (c === "}" || c === "]") {
      stack.pop();
      expectKey = false;
    } else if (c === ",") expectKey = stack[stack.length - 1] instanceof Set;
    else if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const frame = stack[stack.length - 1];
      if (expectKey && frame instanceof Set) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (frame.has(key)) return { key, line };
        frame.add(key);
        expectKey = false;
      }
      i = j;
    }
  }
  return null;
}
