import { describe, expect, it } from "vitest";
import { indexKpis } from "../../src/quality/_lib/indexKpis.js";

describe("indexKpis", () => {
  it("matches the documented example", () => {
    expect(indexKpis([{ id: "csat" }] as never, "f").has("csat")).toBe(true);
  });

  it("throws invalid_argument when kpis is not an array", () => {
    expect(() => indexKpis(null as never, "f")).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["kpis"] }));
  });
});
