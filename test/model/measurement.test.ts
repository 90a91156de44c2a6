import { describe, expect, it } from "vitest";
import { parseMeasurement } from "../../src/model/measurement.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const base = { id: "m1", kpiId: "csat", subjectId: "svc-permits", at: "2026-03-01T00:00:00Z" };

describe("parseMeasurement", () => {
  it("matches the documented example", () => {
    // 2026-03-01T02:00:00+02:00 = 2026-03-01T00:00:00Z = Date.UTC(2026, 2, 1) = 1 772 323 200 000 ms.
    expect(
      parseMeasurement({ id: "m1", kpiId: "csat", subjectId: "svc-permits", at: "2026-03-01T02:00:00+02:00", value: 4 }).at,
    ).toBe(1772323200000);
  });

  it("defaults the status to normal and keeps a correction to 0 as a value", () => {
    const m = parseMeasurement({ ...base, value: 0, supersedes: "m0", status: "revised", recordedAt: "2026-04-05T10:00:00+03:00" });
    expect(m.value).toBe(0);
    expect(m.status).toBe("revised");
    expect(m.recordedAt).toBe(Date.UTC(2026, 3, 5, 7));
    expect(parseMeasurement({ ...base, value: 1 }).status).toBe("normal");
  });

  it("rejects a missing value", () => {
    expect(() => parseMeasurement(base)).toThrowError(expect.objectContaining({ code: "invalid_input", path: ["value"] }));
  });

  it("rejects a number larger in magnitude than 1e100 with overflow, and accepts one at the limit", () => {
    expect(() => parseMeasurement({ ...base, value: -1.0000001e100 })).toThrowError(expect.objectContaining({ code: "overflow", path: ["value"] }));
    expect(() => parseMeasurement({ ...base, numerator: 1, denominator: 1e308 })).toThrowError(
      expect.objectContaining({ code: "overflow", path: ["denominator"] }),
    );
    expect(parseMeasurement({ ...base, value: 1e100 }).value).toBe(1e100);
  });

  it("rejects NaN and Infinity with non_finite", () => {
    expect(() => parseMeasurement({ ...base, value: Number.NaN })).toThrowError(expect.objectContaining({ code: "non_finite", path: ["value"] }));
    expect(() => parseMeasurement({ ...base, numerator: 1, denominator: Number.POSITIVE_INFINITY })).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["denominator"] }),
    );
  });

  it("rejects a negative denominator and a numerator alone", () => {
    expect(() => parseMeasurement({ ...base, numerator: 1, denominator: -2 })).toThrowError(
      expect.objectContaining({ code: "invalid_denominator", path: ["denominator"] }),
    );
    expect(() => parseMeasurement({ ...base, numerator: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_denominator", path: ["denominator"] }),
    );
  });

  it("rejects a negative weight", () => {
    expect(() => parseMeasurement({ ...base, value: 3, weight: -1 })).toThrowError(
      expect.objectContaining({ code: "invalid_weight", path: ["weight"] }),
    );
  });

  it("rejects a record that supersedes itself", () => {
    expect(() => parseMeasurement({ ...base, value: 3, supersedes: "m1" })).toThrowError(
      expect.objectContaining({ code: "cycle", path: ["supersedes"] }),
    );
  });

  it("rejects an instant without a zone and an unknown key", () => {
    expect(() => parseMeasurement({ ...base, at: "2026-03-01T00:00:00", value: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: ["at"] }),
    );
    expect(() => parseMeasurement({ ...base, value: 1, vlaue: 2 })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: ["vlaue"] }),
    );
  });

  it("says a required field is missing, whatever its schema (text, or an instant's union of forms)", () => {
    const { at: _at, ...noAt } = base;
    const { id: _id, ...noId } = base;
    expect(kpiErrorOf(() => parseMeasurement({ ...noAt, value: 1 }))).toEqual({ code: "invalid_input", path: ["at"], message: "parseMeasurement: at: is missing (a required field)" });
    expect(kpiErrorOf(() => parseMeasurement({ ...noId, value: 1 }))).toEqual({ code: "invalid_input", path: ["id"], message: "parseMeasurement: id: is missing (a required field)" });
    // A field that is there but of the wrong kind is not "missing".
    expect(kpiErrorOf(() => parseMeasurement({ ...base, id: null, value: 1 }))?.message).not.toContain("missing");
  });

  it("says what an instant must be when a field holds a value of another type, not zod's bare Invalid input", () => {
    const forms = "must be an ISO-8601 instant with Z or an offset, epoch ms or a Date";
    expect(kpiErrorOf(() => parseMeasurement({ ...base, value: 1, recordedAt: null }))).toEqual({
      code: "invalid_input",
      path: ["recordedAt"],
      message: `parseMeasurement: recordedAt: ${forms}, not null`,
    });
    expect(kpiErrorOf(() => parseMeasurement({ ...base, value: 1, at: true }))?.message).toBe(`parseMeasurement: at: ${forms}, not a boolean`);
    expect(kpiErrorOf(() => parseMeasurement({ ...base, value: 1, at: [] }))?.message).toBe(`parseMeasurement: at: ${forms}, not an array`);
    // A number that is not finite is still non_finite.
    expect(kpiErrorOf(() => parseMeasurement({ ...base, value: 1, at: NaN }))?.code).toBe("non_finite");
  });
});
