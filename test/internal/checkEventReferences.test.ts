import { describe, expect, it } from "vitest";
import { checkEventWorkspace } from "../../src/internal/checkEventReferences.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("checkEventWorkspace", () => {
  it("matches the documented example", () => {
    expect(kpiErrorOf(() => checkEventWorkspace({ scopes: [null] }, "parseOutages"))).toEqual({
      code: "invalid_argument",
      path: ["workspace", "scopes", 0],
      message: "parseOutages: workspace.scopes[0] must be an object, not null",
    });
  });

  it("takes a workspace whose scopes are objects, and names a missing workspace or scopes list", () => {
    expect(kpiErrorOf(() => checkEventWorkspace({ scopes: [{ id: "a" }] }, "f"))).toBeNull();
    expect(kpiErrorOf(() => checkEventWorkspace(null, "f"))?.path).toEqual(["workspace"]);
    expect(kpiErrorOf(() => checkEventWorkspace({}, "f"))?.message).toBe("f: workspace.scopes must be an array, not undefined");
  });
});
