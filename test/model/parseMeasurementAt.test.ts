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

  it("writes the record's field after its index as the workspace checks do, and says wrong types and unknown keys plainly", () => {
    const base = { id: "m1", kpiId: "k", subjectId: "s", at: 0 };
    const messageOf = (input: unknown) => {
      try {
        parseMeasurementAt(input, 3);
      } catch (error) {
        return (error as Error).message;
      }
      return null;
    };
    expect(messageOf({ ...base, value: "5" })).toBe("parseMeasurements: [3].value: must be a number");
    expect(messageOf({ ...base, value: 5, weight: -1 })).toBe("parseMeasurements: [3].weight: must not be negative");
    expect(messageOf({ ...base, value: 5, wieght: 1 })).toBe("parseMeasurements: [3].wieght: is not a known field");
    expect(messageOf({ ...base, kpiId: 7, value: 5 })).toBe("parseMeasurements: [3].kpiId: must be a string, not a number");
    // About the record as a whole: no field.
    expect(messageOf([1, 2])).toBe("parseMeasurements: [3]: must be an object, not an array");
    expect(messageOf(null)).toBe("parseMeasurements: [3]: must be an object, not null");
  });
});
