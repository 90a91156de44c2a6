import { describe, expect, it } from "vitest";
import { localDateOfInstant } from "../../src/score/_lib/localDateOfInstant.js";

describe("localDateOfInstant", () => {
  it("matches the documented example", () => {
    expect(localDateOfInstant(Date.UTC(2026, 1, 28, 22), "Europe/Riga")).toBe("2026-03-01");
  });

  it("keeps the previous date one millisecond before local midnight", () => {
    expect(localDateOfInstant(Date.UTC(2026, 1, 28, 22) - 1, "Europe/Riga")).toBe("2026-02-28");
  });
});
