// What the scanner expects next.
const VALUE = 0, KEY = 1, AFTER = 2;
// Open containers.
const OBJECT = 0, ARRAY = 1;

/**
 * Where JSON text stops being JSON: the offset (in UTF-16 code units) of the first character that no JSON text can
 * have there, the text's length when it ends too early, or `null` for valid JSON (RFC 8259, as `JSON.parse` reads it).
 *
 * @remarks
 * For error messages: `JSON.parse` does not say where it stopped for every error (Node 20 gives a snippet, not a
 * position, for an unexpected token). Linear, with no recursion, so nesting depth does not matter.
 *
 * @example
 * ```ts
 * jsonErrorOffset('{"a": 1,\n "b": ,}');
 * //=> 15
 * jsonErrorOffset('[1, 2]');
 * //=> null
 * ```
 */
export function jsonErrorOffset(text: string): number | null {
  const n = text.length;
  const stack: number[] = [];
  let state = VALUE;
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    if (state === AFTER) {
      if (stack.length === 0) return i === n ? null : i;
      const c = text[i];
      const open = stack[stack.length - 1];
      if (c === ",") {
        i++;
        state = open === OBJECT ? KEY : VALUE;
      } else if ((c === "}" && open === OBJECT) || (c === "]" && open === ARRAY)) {
        i++;
        stack.pop();
      } else return i;
    } else if (state === KEY) {
      if (text[i] !== '"') return i;
      i = stringEnd(text, i);
      if (i < 0) return ~i;
      i = skipSpace(text, i);
      if (text[i] !== ":") return i;
      i++;
      state = VALUE;
    } else {
      const c = text[i];
      if (c === "{" || c === "[") {
        i = skipSpace(text, i + 1);
        if (text[i] === (c === "{" ? "}" : "]")) {
          i++;
          state = AFTER;
        } else {
          stack.push(c === "{" ? OBJECT : ARRAY);
          state = c === "{" ? KEY : VALUE;
        }
        continue;
      }
      const end = c === '"' ? stringEnd(text, i) : scalarEnd(text, i);
      if (end < 0) return ~end;
      i = end;
      state = AFTER;
    }
  }
}

/** The first position from `i` that is not JSON whitespace (space, tab, line feed, carriage return). */
function skipSpace(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++j));
  return j;
}

/** The end of the string that starts at `text[i]` (a quote), or `~offset` of its first fault. */
function stringEnd(text: string, i: number): number {
  const n = text.length;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 0x20) return ~j;
    if (c === 92) {
      const e = text[j + 1];
      if (e === "u") {
        for (let h = j + 2; h < j + 6; h++) if (!/^[0-9a-fA-F]$/.test(text[h] ?? "")) return ~Math.min(h, n);
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return ~Math.min(j + 1, n);
    }
  }
  return ~n;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

/** The end of the number or literal that starts at `text[i]`, or `~offset` of its first fault. */
function scalarEnd(text: string, i: number): number {
  for (const word of ["true", "false", "null"]) {
    if (text[i] !== word[0]) continue;
    for (let k = 1; k < word.length; k++) if (text[i + k] !== word[k]) return ~Math.min(i + k, text.length);
    return i + word.length;
  }
  let j = i;
  if (text[j] === "-") j++;
  if (text[j] === "0") j++;
  else if (isDigit(text[j])) while (isDigit(text[j])) j++;
  else return ~Math.min(j, text.length);
  if (text[j] === ".") {
    j++;
    if (!isDigit(text[j])) return ~Math.min(j, text.length);
    while (isDigit(text[j])) j++;
  }
  if (text[j] === "e" || text[j] === "E") {
    j++;
    if (text[j] === "+" || text[j] === "-") j++;
    if (!isDigit(text[j])) return ~Math.min(j, text.length);
    while (isDigit(text[j])) j++;
  }
  return j;
}

/**
 * The 1-based line and column of {@link jsonErrorOffset} (columns in UTF-16 code units; lines end at LF), or `null`
 * for valid JSON.
 *
 * @example
 * ```ts
 * jsonErrorPosition('{"a": 1,\n "b": ,}');
 * //=> { line: 2, column: 7 }
 * ```
 */
export function jsonErrorPosition(text: string): { readonly line: number; readonly column: number } | null {
  const offset = jsonErrorOffset(text);
  if (offset === null) return null;
  // Line breaks counted in place: a large file's text is neither copied nor split.
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
