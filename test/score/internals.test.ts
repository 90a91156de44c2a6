import { describe, expect, it } from "vitest";
import { checkBand } from "../../src/score/checkBand.js";
import { checkLocalDate } from "../../src/score/checkLocalDate.js";
import { localDateOfInstant } from "../../src/score/localDateOfInstant.js";

describe("checkBand", () => {
  it("matches the documented example", () => {
    expect(checkBand({ lo: 95, hi: 98, tolerance: 5 }, "scoreBand", "band")).toBeUndefined();
  });
});

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

describe("localDateOfInstant", () => {
  it("matches the documented example", () => {
    expect(localDateOfInstant(Date.UTC(2026, 1, 28, 22), "Europe/Riga")).toBe("2026-03-01");
  });

  it("keeps the previous date one millisecond before local midnight", () => {
    expect(localDateOfInstant(Date.UTC(2026, 1, 28, 22) - 1, "Europe/Riga")).toBe("2026-02-28");
  });
});
