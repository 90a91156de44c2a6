// Every public function documents a runnable @example (STYLE G7), and every example is asserted by a test named
// "matches the documented example" inside `describe("<functionName>")`. This test keeps that promise checkable.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as core from "../src/index.js";
import * as report from "../src/report/index.js";

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
const functions = [...Object.entries(core), ...Object.entries(report)]
  .filter(([, value]) => typeof value === "function")
  .map(([name]) => name)
  .filter((name, i, all) => all.indexOf(name) === i && name !== "KpiError");

describe("documented examples", () => {
  it("finds the public functions", () => {
    expect(functions.length).toBeGreaterThan(100);
  });

  it.each(functions)("%s has a doc comment with an @example", (name) => {
    const documented = sourceText.some((text) => {
      const match = new RegExp(`export (?:async )?function ${name}[<(]`).exec(text);
      if (match === null) return false;
      const at = match.index;
      const before = text.slice(Math.max(0, at - 6000), at);
      const comment = before.slice(before.lastIndexOf("/**"));
      return comment.includes("@example") && !comment.includes("*/\n\n");
    });
    expect(documented).toBe(true);
  });

  it.each(functions)("%s has a test that asserts its documented example", (name) => {
    const tested = testText.some(
      (text) =>
        (text.includes(`describe("${name}"`) || text.includes(`describe('${name}'`)) && text.includes("matches the documented example"),
    );
    expect(tested).toBe(true);
  });
});
