import { describe, expect, it } from "vitest";
import { parseMeasurementAt } from "../../src/model/_lib/parseMeasurementAt.js";

describe("parseMeasurementAt", () => {
  it("matches the documented example", () => {
    expect(parseMeasurementAt({ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 5 }, 3).status).toBe("normal");
  });

  it("places an error at the record's position in the batch", () => {
    expect(() => parseMeasurementAt({ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: "5" }, 3)).toThrowError(
      expect.objectContaining({ path: [3, "value"], message: expect.stringMatching(/^parseMeasurements: \[3\]/) }),
    );
  });
});
