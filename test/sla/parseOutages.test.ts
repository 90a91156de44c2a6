import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { parseOutages } from "../../src/index.js";

const workspace = { scopes: [{ id: "svc-portal" }, { id: "svc-permits" }] };

describe("parseOutages", () => {
  it("matches the documented example", () => {
    expect(parseOutages([{ id: "inc-7", start: "2026-03-04T10:00:00+02:00", end: "2026-03-04T10:30:00+02:00" }])[0]?.end).toBe(1772613000000);
  });

  it("reads ISO strings with an offset, epoch ms and Dates as the same instant", () => {
    // 2026-03-04T08:00:00Z = Date.UTC(2026, 2, 4, 8)
    const ms = Date.UTC(2026, 2, 4, 8);
    const [a, b, c] = parseOutages([
      { id: "a", start: "2026-03-04T10:00:00+02:00", end: "2026-03-04T10:00:00+02:00" },
      { id: "b", start: ms, end: ms },
      { id: "c", start: new Date(ms), end: new Date(ms) },
    ]);
    expect([a?.start, b?.start, c?.start]).toEqual([ms, ms, ms]);
  });

  it("keeps serviceId and accepts an outage without id", () => {
    expect(parseOutages([{ start: 0, end: 60_000, serviceId: "svc-portal" }], workspace)).toEqual([{ start: 0, end: 60_000, serviceId: "svc-portal" }]);
  });

  it("refuses an outage that ends before it starts, with its path", () => {
    expect(() => parseOutages([{ id: "a", start: 0, end: 1 }, { id: "b", start: 10, end: 5 }])).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: [1, "end"] }),
    );
  });

  it("refuses a serviceId that is not a scope node of the workspace, naming the id", () => {
    const run = () => parseOutages([{ id: "inc-1", start: 0, end: 1, serviceId: "svc-portal" }, { id: "inc-2", start: 0, end: 1, serviceId: "svc-nowhere" }], workspace);
    expect(run).toThrowError(expect.objectContaining({ code: "unknown_reference", path: [1, "serviceId"] }));
    expect(run).toThrowError(/inc-2/);
  });

  it("does not check serviceId without a workspace", () => {
    expect(parseOutages([{ start: 0, end: 1, serviceId: "svc-nowhere" }])).toHaveLength(1);
  });

  it("refuses a repeated outage id", () => {
    expect(() => parseOutages([{ id: "x", start: 0, end: 1 }, { id: "y", start: 0, end: 1 }, { id: "x", start: 2, end: 3 }])).toThrowError(
      expect.objectContaining({ code: "duplicate_id", path: [2, "id"] }),
    );
  });

  it("refuses a date that is not on the calendar, an instant without a zone, and an unknown field", () => {
    expect(() => parseOutages([{ start: "2026-02-30T00:00:00Z", end: 0 }])).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: [0, "start"], message: expect.stringContaining("2026-02-30 is not a calendar date") }),
    );
    expect(() => parseOutages([{ start: "2026-03-01T00:00:00", end: 0 }])).toThrowError(expect.objectContaining({ path: [0, "start"] }));
    expect(() => parseOutages([{ start: 0, end: 1, service: "svc-portal" }])).toThrowError(expect.objectContaining({ code: "invalid_input", path: [0, "service"] }));
  });

  it("refuses what is not an array", () => {
    expect(() => parseOutages({ start: 0, end: 1 })).toThrowError(expect.objectContaining({ code: "invalid_input", path: [] }));
  });
});

describe("parseOutages: wrong-shaped arguments", () => {
  it("throws invalid_argument for a workspace given but not an object with a scopes array of objects", () => {
    const error = (workspace: unknown) => kpiErrorOf(() => parseOutages([], workspace as never));
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["workspace"], message: "parseOutages: workspace must be an object, not null" });
    expect(error(5)).toEqual({ code: "invalid_argument", path: ["workspace"], message: "parseOutages: workspace must be an object, not number" });
    expect(error({})).toEqual({ code: "invalid_argument", path: ["workspace", "scopes"], message: "parseOutages: workspace.scopes must be an array, not undefined" });
    expect(error({ scopes: [{ id: "lv" }, null] })).toEqual({
      code: "invalid_argument",
      path: ["workspace", "scopes", 1],
      message: "parseOutages: workspace.scopes[1] must be an object, not null",
    });
    // The input itself is untrusted data, refused as before.
    expect(kpiErrorOf(() => parseOutages(undefined))).toEqual({ code: "invalid_input", path: [], message: "parseOutages: expected an array of outages" });
    expect(error(undefined)).toBeNull();
  });
});
