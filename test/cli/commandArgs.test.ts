import { describe, expect, it } from "vitest";
import { asksHelpOrEngine, measurementsFile } from "../../src/cli/commandArgs.js";

describe("asksHelpOrEngine", () => {
  it("matches the documented example", () => {
    expect([asksHelpOrEngine(["report", "--help"]), asksHelpOrEngine(["report", "--engine=duckdb"]), asksHelpOrEngine(["report", "w.json"])]).toEqual([true, true, false]);
  });

  it("knows -h and --engine followed by its value, and nothing else", () => {
    expect(asksHelpOrEngine(["validate", "-h"])).toBe(true);
    expect(asksHelpOrEngine(["report", "w.json", "--engine", "postgres"])).toBe(true);
    expect(asksHelpOrEngine(["report", "w.json", "--measurements", "m.csv", "--engines", "--helpful"])).toBe(false);
  });
});

describe("measurementsFile", () => {
  it("matches the documented example", () => {
    expect([
      measurementsFile(["report", "w.json", "--measurements", "m.csv"]),
      measurementsFile(["report", "--measurements=m.csv"]),
      measurementsFile(["report", "--", "--measurements", "m.csv"]),
    ]).toEqual(["m.csv", "m.csv", null]);
  });
});
