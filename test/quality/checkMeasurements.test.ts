import { describe, expect, it } from "vitest";
import { checkMeasurements } from "../../src/quality/_lib/checkMeasurements.js";

describe("checkMeasurements", () => {
  it("matches the documented example", () => {
    expect(checkMeasurements([{ id: "a", at: 0 }] as never, "f")).toBeUndefined();
  });
});
