import { describe, expect, it } from "vitest";
import { toEpochMs } from "../../src/model/toEpochMs.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("toEpochMs", () => {
  it("throws invalid_argument for a text that is not a string, and still returns null for a string that is no instant", () => {
    const error = (text: unknown) => kpiErrorOf(() => toEpochMs(text as never));
    expect(error(undefined)).toEqual({ code: "invalid_argument", path: [], message: "toEpochMs: text must be a string, not undefined" });
    expect(error(null)).toEqual({ code: "invalid_argument", path: [], message: "toEpochMs: text must be a string, not null" });
    expect(error(0)).toEqual({ code: "invalid_argument", path: [], message: "toEpochMs: text must be a string, not number" });
    expect(error(new Date(0))).toEqual({ code: "invalid_argument", path: [], message: "toEpochMs: text must be a string, not Date" });
    expect(toEpochMs("")).toBeNull();
    expect(toEpochMs("1970-01-01T00:00:00Z")).toBe(0);
  });
});
