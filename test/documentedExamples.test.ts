// Every public function documents a runnable @example (STYLE G7) whose results are shown on `//=>` lines, and every
// example is asserted by a test named "matches the documented example" inside `describe("<functionName>")`. This
// test keeps that promise checkable: it reads each exported function's doc comment from src/, takes the result of
// every `//=>` line, finds the function's "matches the documented example" tests (in any test file, directly inside
// a `describe("<functionName>", …)`, not inside a nested describe) and requires each result to be asserted there:
// the result, normalised (whitespace, quotes, digit separators, trailing commas, quoted keys), must appear as or
// inside the argument of an assertion (`.toBe(…)`, `.toEqual(…)`, `.toBeCloseTo(…)`, …) of such a test, at token
// boundaries. An array or object result may instead be asserted element by element. `null`, `undefined`, `true` and
// `false` may also be asserted with `.toBeNull()`, `.toBeUndefined()`, `.toBe(true)` / `.toBeTruthy()` and so on.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as core from "../src/index.js";
import * as report from "../src/report/index.js";
import * as interop from "../src/interop/index.js";
import * as sql from "../src/sql/index.js";

const root = join(import.meta.dirname, "..");

function files(dir: string, suffix: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, suffix) : suffix.test(name) ? [path] : [];
  });
}

const testText = files(join(root, "test"), /\.test\.ts$/).map((f) => readFileSync(f, "utf8"));
const sourceText = files(join(root, "src"), /\.ts$/).map((f) => readFileSync(f, "utf8"));

/** The exported functions of both entry points. */
const functions = [...Object.entries(core), ...Object.entries(report), ...Object.entries(interop), ...Object.entries(sql)]
  .filter(([, value]) => typeof value === "function")
  .map(([name]) => name)
  .filter((name, i, all) => all.indexOf(name) === i && name !== "KpiError");

// ---- reading TypeScript just enough -----------------------------------------------------------------------------

/** Skips a string, template, comment or regular expression that starts at `i`; returns the index after it, or `i`. */
function skipLiteral(text: string, i: number): number {
  const c = text[i];
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
    return j + 1;
  }
  if (c === "`") {
    let j = i + 1;
    while (j < text.length && text[j] !== "`") {
      if (text[j] === "\\") j += 2;
      else if (text[j] === "$" && text[j + 1] === "{") j = closing(text, j + 1) + 1;
      else j++;
    }
    return j + 1;
  }
  if (c === "/" && text[i + 1] === "/") {
    const end = text.indexOf("\n", i);
    return end < 0 ? text.length : end;
  }
  if (c === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (c === "/") {
    // A regular expression when the previous significant character cannot end an operand.
    let p = i - 1;
    while (p >= 0 && /\s/.test(text[p]!)) p--;
    if (p < 0 || "(,=:[!&|?{};+-*%<>~^".includes(text[p]!)) {
      let j = i + 1;
      let inClass = false;
      while (j < text.length && text[j] !== "\n") {
        if (text[j] === "\\") j++;
        else if (text[j] === "[") inClass = true;
        else if (text[j] === "]") inClass = false;
        else if (text[j] === "/" && !inClass) return j + 1;
        j++;
      }
    }
  }
  return i;
}

/** The index of the bracket that closes the one at `open` (`(`, `[` or `{`). */
function closing(text: string, open: number): number {
  const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  const stack: string[] = [];
  let i = open;
  while (i < text.length) {
    const next = skipLiteral(text, i);
    if (next !== i) {
      i = next;
      continue;
    }
    const c = text[i]!;
    if (c in pairs) stack.push(pairs[c]!);
    else if (c === ")" || c === "]" || c === "}") {
      stack.pop();
      if (stack.length === 0) return i;
    }
    i++;
  }
  return text.length;
}

/** The calls in `text` whose start matches `head` (up to their opening parenthesis): span, matched start, arguments. */
function calls(text: string, head: RegExp): { from: number; to: number; head: string; body: string }[] {
  const out: { from: number; to: number; head: string; body: string }[] = [];
  const re = new RegExp(head.source, "g");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const open = text.indexOf("(", m.index);
    const end = closing(text, open);
    out.push({ from: m.index, to: end + 1, head: m[0], body: text.slice(open + 1, end) });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The bodies of the "matches the documented example" tests directly inside `describe("<name>", …)`. */
function exampleTests(name: string, texts: readonly string[] = testText): string[] {
  const bodies: string[] = [];
  for (const text of texts) {
    if (!text.includes(name)) continue;
    for (const block of calls(text, new RegExp(`\\bdescribe\\((["'\`])${escape(name)}\\1\\s*,`))) {
      // Blank out nested describes, so that their tests do not count for this one.
      let body = block.body;
      for (const inner of calls(body, /\bdescribe(?:\.\w+)?\(/).reverse()) {
        body = body.slice(0, inner.from) + " ".repeat(inner.to - inner.from) + body.slice(inner.to);
      }
      for (const t of calls(body, /\b(?:it|test)\((["'`])matches the documented example\1/)) bodies.push(t.body);
    }
  }
  return bodies;
}

// ---- results and assertions ------------------------------------------------------------------------------------------

/** The results of the `//=>` lines of the doc comment of an exported function, or `null` without a doc comment. */
function documentedResults(name: string): string[] | null {
  for (const text of sourceText) {
    const match = new RegExp(`export (?:async )?function ${name}[<(]`).exec(text);
    if (match === null) continue;
    const before = text.slice(Math.max(0, match.index - 6000), match.index);
    const comment = before.slice(before.lastIndexOf("/**"));
    if (comment.includes("*/\n\n")) return null;
    return [...comment.matchAll(/^\s*\*\s*\/\/=>\s?(.*)$/gm)].map((m) => m[1]!.trim());
  }
  return null;
}

/** A comparable form of a literal: no whitespace or digit separators, double quotes, no trailing commas. */
function normalise(literal: string): string {
  let out = "";
  for (let i = 0; i < literal.length; ) {
    const c = literal[i]!;
    if (c === '"' || c === "'" || c === "`") {
      const end = skipLiteral(literal, i);
      const inner = literal.slice(i + 1, end - 1);
      out += JSON.stringify(c === '"' ? JSON.parse(`"${inner}"`) : inner.replace(/\\(['`])/g, "$1"));
      i = end;
    } else if (/\s/.test(c)) i++;
    else {
      out += c;
      i++;
    }
  }
  return out
    .replace(/(\d)_(?=\d)/g, "$1")
    .replace(/,([\]}])/g, "$1")
    .replace(/([{,])"([A-Za-z_$][\w$]*)":/g, "$1$2:");
}

/** The normalised arguments of every assertion (`.toBe(…)`, `.toEqual(…)`, …) in a test body. */
function assertions(body: string): string[] {
  return calls(body, /\.(?:resolves\.|rejects\.)?(to\w*)\(/).map((c) => `${/(to\w*)\($/.exec(c.head)![1]}:${normalise(c.body)}`);
}

/** The top-level elements (or property values) of an array or object literal, or `null` for anything else. */
function elements(literal: string): string[] | null {
  const open = literal[0];
  if ((open !== "[" && open !== "{") || closing(literal, 0) !== literal.length - 1) return null;
  const inner = literal.slice(1, -1);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; ) {
    const next = skipLiteral(inner, i);
    if (next !== i) {
      i = next;
      continue;
    }
    const c = inner[i]!;
    if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  parts.push(inner.slice(start));
  return parts
    .filter((p) => p.trim() !== "")
    .map((p) => (open === "{" ? p.replace(/^\s*(?:"[^"]*"|'[^']*'|[\w$]+)\s*:/, "") : p).trim());
}

const SPECIAL: Record<string, readonly string[]> = {
  null: ["toBeNull:"],
  undefined: ["toBeUndefined:"],
  true: ["toBeTruthy:"],
  false: ["toBeFalsy:"],
  NaN: ["toBeNaN:"],
};

/** A result without a trailing comment in parentheses: `undefined (no error)` → `undefined`. */
function withoutComment(result: string): string {
  const text = result.trim();
  if (!text.endsWith(")")) return text;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) {
      const head = text.slice(0, i);
      return /\s$/.test(head) && head.trim() !== "" ? head.trim() : text;
    }
  }
  return text;
}

/**
 * Tells whether a documented number (`14.666666666666666`, or the prefix `0.3081795474670…`) is asserted as the value
 * of a plain arithmetic expression (`toBeCloseTo(44 / 3, 12)`): equal for `toBe` / `toEqual`, within the matcher's
 * tolerance for `toBeCloseTo` (with at least 6 digits, or as many as the documented number has), and starting with
 * the digits shown for a prefix.
 */
function numberAsserted(want: string, args: readonly string[]): boolean {
  const truncated = want.endsWith("…");
  const text = truncated ? want.slice(0, -1) : want;
  if (!/^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/.test(text)) return false;
  const target = Number(text);
  const decimals = text.split(".")[1]?.length ?? 0;
  return args.some((a) => {
    const m = /^(toBe|toEqual|toStrictEqual|toBeCloseTo):([-+*/().\de]+)(?:,(\d+))?$/.exec(a);
    if (m === null) return false;
    let value: unknown;
    try {
      value = (Function(`"use strict"; return (${m[2]!});`) as () => unknown)();
    } catch {
      return false;
    }
    if (typeof value !== "number" || !Number.isFinite(value)) return false;
    if (truncated) return String(value).startsWith(text);
    if (m[1] !== "toBeCloseTo") return value === target;
    const digits = m[3] === undefined ? 2 : Number(m[3]);
    return digits >= Math.min(6, decimals) && Math.abs(value - target) < 10 ** -digits / 2;
  });
}

/** Tells whether a documented result is asserted by one of the assertions. */
function asserted(result: string, args: readonly string[]): boolean {
  const want = normalise(withoutComment(result));
  if (numberAsserted(want, args)) return true;
  const pattern = new RegExp(`(?<![\\w$.])${escape(want)}(?![\\w$])`);
  if (args.some((a) => pattern.test(a.slice(a.indexOf(":") + 1)))) return true;
  if ((SPECIAL[want] ?? []).some((s) => args.includes(s))) return true;
  const parts = elements(want);
  return parts !== null && parts.length > 0 && parts.every((p) => asserted(p, args));
}

describe("documented examples", () => {
  it("finds the public functions", () => {
    expect(functions.length).toBeGreaterThan(100);
  });

  it.each(functions)("%s has a doc comment with an @example that shows its result on //=> lines", (name) => {
    const documented = sourceText.some((text) => {
      const match = new RegExp(`export (?:async )?function ${name}[<(]`).exec(text);
      if (match === null) return false;
      const at = match.index;
      const before = text.slice(Math.max(0, at - 6000), at);
      const comment = before.slice(before.lastIndexOf("/**"));
      return comment.includes("@example") && !comment.includes("*/\n\n");
    });
    expect(documented).toBe(true);
    expect(documentedResults(name)?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(functions)("%s has a test that asserts its documented example", (name) => {
    const tests = exampleTests(name);
    expect(tests.length, `no it("matches the documented example") directly inside describe("${name}")`).toBeGreaterThan(0);
    const args = tests.flatMap(assertions);
    const missing = (documentedResults(name) ?? []).filter((result) => !asserted(result, args));
    expect(missing, `documented results of ${name} that its "matches the documented example" test does not assert`).toEqual([]);
  });
});

describe("the documented-example check itself", () => {
  it("normalises quotes, whitespace, digit separators, trailing commas and quoted keys", () => {
    expect(normalise(`[ 'a', 3_600_000, { "green": 1, amber: 0.9, }, ]`)).toBe(`["a",3600000,{green:1,amber:0.9}]`);
  });

  it("finds a result inside an assertion at token boundaries only", () => {
    const args = assertions(`expect(x).toEqual([10, "ab"]); expect(y).toBeCloseTo(9.55, 10);`);
    expect(asserted("10", args)).toBe(true);
    expect(asserted("9.55", args)).toBe(true);
    expect(asserted("1", args)).toBe(false);
    expect(asserted('"a"', args)).toBe(false);
  });

  it("reads a number from a plain arithmetic expression, a prefix ending in …, and drops a trailing comment", () => {
    const args = assertions(`expect(v).toBeCloseTo(44 / 3, 12); expect(p).toBeCloseTo(0.308179547467054, 14); expect(u).toBeUndefined();`);
    expect(asserted("14.666666666666666", args)).toBe(true);
    expect(asserted("14.666", args)).toBe(false);
    expect(asserted("0.3081795474670… (Z = 3/√(26/3))", args)).toBe(true);
    expect(asserted("0.3081795474671…", args)).toBe(false);
    expect(asserted("undefined (no error)", args)).toBe(true);
    expect(asserted("14.666666666666666", assertions(`expect(v).toBeCloseTo(44 / 3, 2);`))).toBe(false);
  });

  it("accepts an array result asserted element by element, and toBeNull for null", () => {
    const args = assertions(`expect(a).toBe("ticket"); expect(b).toEqual([false, false, true]); expect(c).toBeNull();`);
    expect(asserted(`["ticket", [false, false, true]]`, args)).toBe(true);
    expect(asserted(`["ticket", null]`, args)).toBe(true);
    expect(asserted(`["page", [false, false, true]]`, args)).toBe(false);
  });

  it("does not count a test of a nested describe, nor one with another name", () => {
    const text = `describe("f", () => { describe("g", () => { it("matches the documented example", () => { expect(1).toBe(7); }); }); it("other", () => { expect(1).toBe(8); }); });`;
    expect(exampleTests("f", [text])).toEqual([]);
    expect(exampleTests("g", [text])).toHaveLength(1);
  });
});
