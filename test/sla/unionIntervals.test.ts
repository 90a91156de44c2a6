import { describe, expect, it } from "vitest";
import { clipIntervals } from "../../src/sla/clipIntervals.js";
import { intersectIntervals } from "../../src/sla/intersectIntervals.js";
import { subtractIntervals } from "../../src/sla/subtractIntervals.js";
import { unionIntervals } from "../../src/sla/unionIntervals.js";

describe("unionIntervals", () => {
  it("matches the documented example", () => {
    expect(
      unionIntervals([{ start: 20, end: 30 }, { start: 0, end: 10 }, { start: 5, end: 12 }, { start: 12, end: 15 }]),
    ).toEqual([{ start: 0, end: 15 }, { start: 20, end: 30 }]);
  });
  it("drops empty intervals and keeps a gap of 1 ms when intervals do not touch", () => {
    expect(unionIntervals([{ start: 5, end: 5 }, { start: 0, end: 4 }, { start: 5, end: 6 }])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 6 },
    ]);
  });
  it("does not mutate a frozen input", () => {
    const input = Object.freeze([Object.freeze({ start: 3, end: 4 }), Object.freeze({ start: 0, end: 1 })]);
    expect(unionIntervals(input)).toHaveLength(2);
  });
  it("throws invalid_interval with the index when an interval ends before it starts", () => {
    expect(() => unionIntervals([{ start: 0, end: 1 }, { start: 5, end: 4 }])).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: [1, "end"] }),
    );
  });
  it("throws non_finite when an end is NaN", () => {
    expect(() => unionIntervals([{ start: Number.NaN, end: 4 }])).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [0, "start"] }),
    );
  });
});

describe("intersectIntervals", () => {
  it("matches the documented example", () => {
    expect(intersectIntervals([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 5, end: 25 }])).toEqual([
      { start: 5, end: 10 },
      { start: 20, end: 25 },
    ]);
  });
  it("returns nothing when the sets only touch", () => {
    expect(intersectIntervals([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([]);
  });
  it("throws with the side in the path when the second set is bad", () => {
    expect(() => intersectIntervals([], [{ start: 2, end: 1 }])).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["b", 0, "end"] }),
    );
  });
});

describe("subtractIntervals", () => {
  it("matches the documented example", () => {
    expect(subtractIntervals([{ start: 0, end: 100 }], [{ start: 10, end: 20 }, { start: 90, end: 120 }])).toEqual([
      { start: 0, end: 10 },
      { start: 20, end: 90 },
    ]);
  });
  it("removes one cut from several pieces when the cut spans a gap", () => {
    // [0,10) ∪ [20,30) minus [5,25) leaves [0,5) and [25,30).
    expect(subtractIntervals([{ start: 20, end: 30 }, { start: 0, end: 10 }], [{ start: 5, end: 25 }])).toEqual([
      { start: 0, end: 5 },
      { start: 25, end: 30 },
    ]);
  });
  it("returns nothing when the cut covers everything", () => {
    expect(subtractIntervals([{ start: 0, end: 10 }], [{ start: -5, end: 3 }, { start: 3, end: 10 }])).toEqual([]);
  });
});

describe("clipIntervals", () => {
  it("matches the documented example", () => {
    expect(
      clipIntervals([{ id: "o1", start: 50, end: 150 }, { id: "o2", start: 200, end: 300 }], { start: 100, end: 200 }),
    ).toEqual([{ id: "o1", start: 100, end: 150 }]);
  });
  it("throws with path range.end when the range ends before it starts", () => {
    expect(() => clipIntervals([], { start: 2, end: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["range", "end"] }),
    );
  });
});
