import { describe, expect, it } from "vitest";
import { checkLocalDate } from "../../src/score/_lib/checkLocalDate.js";

describe("checkLocalDate", () => {
  it("matches the documented example", () => {
    expect(checkLocalDate("2026-03-01", "resolveTarget", ["targets", 0, "validFrom"])).toBeUndefined();
  });

  it("throws with the given path when the month is out of range", () => {
    expect(() => checkLocalDate("2026-13-01", "f", ["x"])).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["x"] }),
    );
  });
});
