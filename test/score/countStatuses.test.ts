import { describe, expect, it } from "vitest";
import { kpiErrorOf } from "../kpiErrorOf.js";
import { countStatuses } from "../../src/score/countStatuses.js";
import type { RagStatus } from "../../src/score/ragStatus.js";

describe("countStatuses", () => {
  it("matches the documented example", () => {
    const nodes = [
      { id: "lv", parentId: null },
      { id: "riga", parentId: "lv" },
      { id: "cesis", parentId: "lv" },
    ];
    const counts = countStatuses(nodes, { lv: ["green"], riga: ["green", "red"], cesis: ["amber", "no_data"] });
    expect([counts["riga"]?.own, counts["lv"]?.total]).toEqual([
      { green: 1, amber: 0, red: 1, no_data: 0 },
      { green: 2, amber: 1, red: 1, no_data: 1 },
    ]);
  });

  it("rolls up through several levels whatever the order of the nodes", () => {
    // clinic (deepest) listed first; lv total = 1 + 2 + 3 reds over three levels
    const nodes = [
      { id: "clinic", parentId: "hospital" },
      { id: "lv", parentId: null },
      { id: "hospital", parentId: "health" },
      { id: "health", parentId: "lv" },
    ];
    const counts = countStatuses(nodes, { lv: ["red"], health: ["red", "red"], clinic: ["red", "red", "red"] });
    expect(counts["clinic"]?.total.red).toBe(3);
    expect(counts["hospital"]?.own.red).toBe(0);
    expect(counts["hospital"]?.total.red).toBe(3);
    expect(counts["health"]?.total.red).toBe(5);
    expect(counts["lv"]?.total.red).toBe(6);
  });

  it("counts zeros for every node when there are no statuses", () => {
    const counts = countStatuses([{ id: "lv", parentId: null }], {});
    expect(counts).toEqual({ lv: { own: { green: 0, amber: 0, red: 0, no_data: 0 }, total: { green: 0, amber: 0, red: 0, no_data: 0 } } });
  });

  it("throws unknown_reference when statuses name a node not in the tree", () => {
    expect(() => countStatuses([{ id: "lv", parentId: null }], { riga: ["green"] })).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["statuses", "riga"] }),
    );
  });

  it("throws invalid_argument when a value is not a status", () => {
    const bad = { lv: ["green", "blue"] as unknown as RagStatus[] };
    expect(() => countStatuses([{ id: "lv", parentId: null }], bad)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["statuses", "lv", 1] }),
    );
    const proto = { lv: ["constructor"] as unknown as RagStatus[] };
    expect(() => countStatuses([{ id: "lv", parentId: null }], proto)).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["statuses", "lv", 0] }),
    );
  });

  it("throws on duplicate ids, missing parents and cycles", () => {
    expect(() =>
      countStatuses(
        [
          { id: "a", parentId: null },
          { id: "a", parentId: null },
        ],
        {},
      ),
    ).toThrowError(expect.objectContaining({ code: "duplicate_id", path: ["scopeNodes", 1, "id"] }));
    expect(() => countStatuses([{ id: "a", parentId: "ghost" }], {})).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: ["scopeNodes", 0, "parentId"] }),
    );
    expect(() =>
      countStatuses(
        [
          { id: "r", parentId: null },
          { id: "a", parentId: "b" },
          { id: "b", parentId: "a" },
        ],
        {},
      ),
    ).toThrowError(expect.objectContaining({ code: "cycle" }));
  });
});

describe("countStatuses: wrong-shaped arguments", () => {
  it("throws invalid_argument for scope nodes that are not an array of objects, or statuses that are not lists", () => {
    const error = (scopeNodes: unknown, statuses: unknown) => kpiErrorOf(() => countStatuses(scopeNodes as never, statuses as never));
    const lv = { id: "lv", parentId: null };
    expect(error(undefined, {})).toEqual({ code: "invalid_argument", path: ["scopeNodes"], message: "countStatuses: scopeNodes must be an array, not undefined" });
    expect(error({}, {})).toEqual({ code: "invalid_argument", path: ["scopeNodes"], message: "countStatuses: scopeNodes must be an array, not an object" });
    expect(error([lv], undefined)).toEqual({ code: "invalid_argument", path: ["statuses"], message: "countStatuses: statuses must be an object, not undefined" });
    expect(error([lv], null)).toEqual({ code: "invalid_argument", path: ["statuses"], message: "countStatuses: statuses must be an object, not null" });
    expect(error([lv, null], {})).toEqual({ code: "invalid_argument", path: ["scopeNodes", 1], message: "countStatuses: scopeNodes[1] must be an object, not null" });
    expect(error([lv], { lv: null })).toEqual({ code: "invalid_argument", path: ["statuses", "lv"], message: 'countStatuses: statuses["lv"] must be an array, not null' });
    expect(error([lv], { lv: "green" })).toEqual({ code: "invalid_argument", path: ["statuses", "lv"], message: 'countStatuses: statuses["lv"] must be an array, not string' });
  });
});
