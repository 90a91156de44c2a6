import { describe, expect, it } from "vitest";
import { isKpiError } from "../src/errors.js";
import * as main from "../src/index.js";
import * as report from "../src/report/index.js";
import * as interop from "../src/interop/index.js";
import * as sql from "../src/sql/index.js";
import * as catalog from "../src/catalog/index.js";
import * as lv from "../src/lv/index.js";

// Every public function, called from JavaScript with missing or wrong-shaped arguments, throws a KpiError (or returns,
// or rejects with one) — never a TypeError from inside. Classes (capitalised names) are left out.
const ARGUMENT_SETS: readonly (readonly unknown[])[] = [
  [], [undefined], [null], [{}], [[]], [[null]], [[{}]], [{}, {}], [[], {}], [[], [], {}], [[{}], [{}], {}], [1], ["x"],
  [{}, null], [[], null], [{}, {}, null],
];
const ENTRY_POINTS = { "kpi-kit": main, "kpi-kit/report": report, "kpi-kit/interop": interop, "kpi-kit/sql": sql, "kpi-kit/catalog": catalog, "kpi-kit/lv": lv };

async function nonKpiErrors(f: (...args: unknown[]) => unknown): Promise<string[]> {
  const found: string[] = [];
  const note = (error: unknown, args: readonly unknown[]) => {
    if (!isKpiError(error)) found.push(`${JSON.stringify(args)} → ${(error as Error)?.name}: ${(error as Error)?.message}`);
  };
  for (const args of ARGUMENT_SETS) {
    try {
      const result = f(...args);
      if (result instanceof Promise) await result.catch((error: unknown) => note(error, args));
    } catch (error) {
      note(error, args);
    }
  }
  return found;
}

describe("every public function refuses bad arguments with a KpiError", () => {
  for (const [entry, mod] of Object.entries(ENTRY_POINTS)) {
    const functions = Object.entries(mod).filter(([name, f]) => typeof f === "function" && !/^[A-Z]/.test(name));
    it(`${entry}: ${functions.length} functions`, async () => {
      const failures: string[] = [];
      for (const [name, f] of functions) for (const line of await nonKpiErrors(f as (...args: unknown[]) => unknown)) failures.push(`${name}: ${line}`);
      expect(failures).toEqual([]);
    });
  }

  it("finds the functions it is meant to call", () => {
    // A guard on the test itself: the main entry point has dozens of functions (an empty list would pass vacuously).
    expect(Object.values(main).filter((f) => typeof f === "function").length).toBeGreaterThan(60);
    expect(Object.values(report).filter((f) => typeof f === "function").length).toBeGreaterThan(5);
  });
});
