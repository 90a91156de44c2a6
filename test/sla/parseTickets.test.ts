import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { parseTickets, type KpiError } from "../../src/index.js";

const workspace = { scopes: [{ id: "svc-portal" }] };

describe("parseTickets", () => {
  it("matches the documented example", () => {
    let caught: unknown;
    try {
      parseTickets([{ id: "T-1", openedAt: "2026-03-02T09:00:00Z", resolvedAt: "2026-03-01T09:00:00Z" }]);
    } catch (error) {
      caught = error;
    }
    expect([(caught as KpiError).code, (caught as KpiError).path]).toEqual(["invalid_interval", [0, "resolvedAt"]]);
  });

  it("normalises instants to epoch ms", () => {
    // 09:00 at +02:00 is 07:00Z; 09:30 at +02:00 is 07:30Z.
    expect(parseTickets([{ id: "T-1", serviceId: "svc-portal", openedAt: "2026-03-02T09:00:00+02:00", respondedAt: "2026-03-02T07:30:00Z" }], workspace)).toEqual([
      { id: "T-1", serviceId: "svc-portal", openedAt: Date.UTC(2026, 2, 2, 7), respondedAt: Date.UTC(2026, 2, 2, 7, 30) },
    ]);
  });

  it("accepts a response and a resolution at the instant the ticket was opened", () => {
    expect(parseTickets([{ id: "T-1", openedAt: 5, respondedAt: 5, resolvedAt: 5 }])).toHaveLength(1);
  });

  it("refuses a response before the ticket was opened, naming the ticket", () => {
    const run = () => parseTickets([{ id: "T-1", openedAt: 0 }, { id: "T-2", openedAt: 10, respondedAt: 9 }]);
    expect(run).toThrowError(expect.objectContaining({ code: "invalid_interval", path: [1, "respondedAt"] }));
  });

  it("refuses a resolution before the response, at the resolution", () => {
    // Opened 0, responded 10, resolved 5: both after the opening, but resolved before responded to.
    const run = () => parseTickets([{ id: "T-1", openedAt: 0 }, { id: "T-2", openedAt: 0, respondedAt: 10, resolvedAt: 5 }]);
    expect(kpiErrorOf(run)).toMatchObject({ code: "invalid_interval", path: [1, "resolvedAt"] });
    expect(kpiErrorOf(run)?.message).toContain("resolved before it was responded to");
    // Resolved at the instant of the response, or with no response recorded: accepted.
    expect(parseTickets([{ id: "T-1", openedAt: 0, respondedAt: 10, resolvedAt: 10 }, { id: "T-2", openedAt: 0, resolvedAt: 5 }])).toHaveLength(2);
  });

  it("refuses a repeated ticket id", () => {
    expect(() => parseTickets([{ id: "T-1", openedAt: 0 }, { id: "T-1", openedAt: 1 }])).toThrowError(
      expect.objectContaining({ code: "duplicate_id", path: [1, "id"] }),
    );
  });

  it("refuses a serviceId that is not a scope node of the workspace", () => {
    const run = () => parseTickets([{ id: "T-9", serviceId: "svc-gone", openedAt: 0 }], workspace);
    expect(run).toThrowError(expect.objectContaining({ code: "unknown_reference", path: [0, "serviceId"] }));
    expect(run).toThrowError(/T-9/);
  });

  it("refuses a ticket without an id or opening instant, a date not on the calendar, and an unknown field", () => {
    expect(() => parseTickets([{ openedAt: 0 }])).toThrowError(expect.objectContaining({ code: "invalid_input", path: [0, "id"] }));
    expect(() => parseTickets([{ id: "T-1" }])).toThrowError(expect.objectContaining({ code: "invalid_input", path: [0, "openedAt"] }));
    expect(() => parseTickets([{ id: "T-1", openedAt: "2026-02-30T00:00:00Z" }])).toThrowError(expect.objectContaining({ path: [0, "openedAt"] }));
    expect(() => parseTickets([{ id: "T-1", openedAt: 0, closedAt: 1 }])).toThrowError(expect.objectContaining({ path: [0, "closedAt"] }));
  });
});

describe("parseTickets: wrong-shaped arguments", () => {
  it("throws invalid_argument for a workspace given but not an object with a scopes array of objects", () => {
    const error = (workspace: unknown) => kpiErrorOf(() => parseTickets([], workspace as never));
    expect(error(null)).toEqual({ code: "invalid_argument", path: ["workspace"], message: "parseTickets: workspace must be an object, not null" });
    expect(error(5)).toEqual({ code: "invalid_argument", path: ["workspace"], message: "parseTickets: workspace must be an object, not number" });
    expect(error({})).toEqual({ code: "invalid_argument", path: ["workspace", "scopes"], message: "parseTickets: workspace.scopes must be an array, not undefined" });
    expect(error({ scopes: [{ id: "lv" }, null] })).toEqual({
      code: "invalid_argument",
      path: ["workspace", "scopes", 1],
      message: "parseTickets: workspace.scopes[1] must be an object, not null",
    });
    // The input itself is untrusted data, refused as before.
    expect(kpiErrorOf(() => parseTickets(undefined))).toEqual({ code: "invalid_input", path: [], message: "parseTickets: expected an array of tickets" });
    expect(error(undefined)).toBeNull();
  });
});
