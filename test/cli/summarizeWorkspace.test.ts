import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { summarizeWorkspace } from "../../src/cli/summarizeWorkspace.js";
import { parseWorkspace } from "../../src/model/workspace.js";

const workspace = parseWorkspace(JSON.parse(readFileSync("examples/workspace.json", "utf8")));
const lineOf = (text: string, start: string) => text.split("\n").find((l) => l.startsWith(start));

describe("summarizeWorkspace", () => {
  it("counts the measurements by status, in the order statuses first appear, and the corrections", () => {
    // Status codes index BATCH_STATUSES: 0 normal, 1 provisional, 2 estimated, 3 revised. Counted by hand: provisional
    // first seen, then normal; 2 provisional, 3 normal, 1 revised; 2 records supersede others.
    const batch = { length: 6, status: Uint8Array.of(1, 0, 0, 3, 1, 0), supersedes: new Map([[3, "m0"], [4, "m1"]]) };
    expect(lineOf(summarizeWorkspace(workspace, batch, "en"), "Measurements")).toBe("Measurements 6 (provisional 2, normal 3, revised 1; corrections 2)");
    expect(lineOf(summarizeWorkspace(workspace, batch, "lv"), "Mērījumi")).toBe("Mērījumi 6 (provizorisks 2, parasts 3, labots 1; labojumi 2)");
  });

  it("says only 0 for an empty measurements file, with no empty list of statuses", () => {
    const none = { length: 0, status: new Uint8Array(0), supersedes: new Map<number, string>() };
    expect(lineOf(summarizeWorkspace(workspace, none, "en"), "Measurements")).toBe("Measurements 0");
    expect(lineOf(summarizeWorkspace(workspace, none, "lv"), "Mērījumi")).toBe("Mērījumi 0");
  });

  it("has no measurements line without measurements", () => {
    expect(lineOf(summarizeWorkspace(workspace, undefined, "en"), "Measurements")).toBeUndefined();
  });
});
