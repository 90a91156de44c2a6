import { describe, expect, it } from "vitest";
import { formatOpenSloIssue, validateOpenSlo, type OpenSloIssue } from "../../../src/interop/openslo/validateOpenSlo.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

describe("validateOpenSlo", () => {
  it("throws invalid_argument naming the argument when the sources or the options are missing or wrong-shaped", () => {
    const cases: [() => unknown, unknown][] = [
      [() => validateOpenSlo(undefined as never), { code: "invalid_argument", path: ["sources"], message: "validateOpenSlo: sources must be an array, not undefined" }],
      [() => validateOpenSlo("x" as never), { code: "invalid_argument", path: ["sources"], message: "validateOpenSlo: sources must be an array, not string" }],
      [() => validateOpenSlo([null] as never), { code: "invalid_argument", path: ["sources", 0], message: "validateOpenSlo: sources[0] must be an object, not null" }],
      [() => validateOpenSlo([{ text: "" }] as never), { code: "invalid_argument", path: ["sources", 0, "file"], message: "validateOpenSlo: sources[0].file must be a string" }],
      [() => validateOpenSlo([{ file: "a.yaml" }] as never), { code: "invalid_argument", path: ["sources", 0, "text"], message: "validateOpenSlo: sources[0].text must be a string" }],
      [() => validateOpenSlo([], null as never), { code: "invalid_argument", path: ["options"], message: "validateOpenSlo: options must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});

describe("formatOpenSloIssue", () => {
  it("throws invalid_argument when the issue or its path is missing or wrong-shaped", () => {
    const issue: OpenSloIssue = { severity: "error", code: "invalid_input", file: "a.yaml", documentIndex: "1", kind: "SLO", name: "x", path: ["spec"], message: "bad" };
    const cases: [() => unknown, unknown][] = [
      [() => formatOpenSloIssue(undefined as never), { code: "invalid_argument", path: [], message: "formatOpenSloIssue: issue must be an object, not undefined" }],
      [() => formatOpenSloIssue([] as never), { code: "invalid_argument", path: ["path"], message: "formatOpenSloIssue: issue.path must be an array, not undefined" }],
      [() => formatOpenSloIssue({ ...issue, path: "spec" } as never), { code: "invalid_argument", path: ["path"], message: "formatOpenSloIssue: issue.path must be an array, not string" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
