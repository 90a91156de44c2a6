import { describe, expect, it } from "vitest";
import { localDayOf } from "../../src/time/_lib/localDayOf.js";

describe("localDayOf", () => {
  it("matches the documented example", () => {
    expect(localDayOf(Date.UTC(2026, 2, 28, 22), "Europe/Riga")).toBe(20541);
  });

  it("keeps the instant before local midnight on the previous day", () => {
    expect(localDayOf(Date.UTC(2026, 2, 28, 22) - 1, "Europe/Riga")).toBe(20540);
  });
});
