import { describe, expect, it } from "vitest";
import { assertTimeZone } from "../../src/time/_lib/assertTimeZone.js";

describe("assertTimeZone", () => {
  it("matches the documented example", () => {
    expect(assertTimeZone("Europe/Riga", "periodOf")).toBeUndefined();
  });

  it("accepts zones with digits that Intl knows", () => {
    expect(() => assertTimeZone("Etc/GMT+5", "x")).not.toThrow();
  });

  it("throws invalid_time_zone for anything else", () => {
    for (const zone of ["Bad/Zone", "", "+02:00", "Mars+05", undefined, 42]) {
      expect(() => assertTimeZone(zone, "x")).toThrowError(expect.objectContaining({ code: "invalid_time_zone", path: ["timeZone"] }));
    }
  });
});
