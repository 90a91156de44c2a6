import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { hashId } from "../../src/internal/hashId.js";
import { createHashIdIndex, findId, firstRepeatedId } from "../../src/internal/hashIdIndex.js";
import { idsByMap } from "./idsByMap.js";

describe("createHashIdIndex", () => {
  it("matches the documented example", () => {
    const index = createHashIdIndex(["b", "a", "b"]);
    expect(findId(index, ["b", "a", "b"], "a")).toBe(1);
  });
});

describe("findId", () => {
  it("matches the documented example", () => {
    // "costarring" and "liquid" are a known FNV-1a (32-bit) collision.
    expect(hashId("costarring")).toBe(hashId("liquid"));
    const ids = ["costarring", "liquid"];
    expect(findId(createHashIdIndex(ids), ids, "liquid")).toBe(1);
    expect(findId(createHashIdIndex(ids), ids, "costarring")).toBe(0);
    expect(findId(createHashIdIndex(ids), ids, "declinate")).toBe(-1);
  });
});

describe("firstRepeatedId", () => {
  it("matches the documented example", () => {
    const ids = ["z", "y", "x", "y", "z"];
    // "y" repeats at 3 and "z" at 4: the record path meets index 3 first.
    expect(firstRepeatedId(createHashIdIndex(ids), ids)).toBe(3);
  });

  it("tells colliding ids apart", () => {
    const ids = ["declinate", "macallums", "altarage", "zinke", "costarring", "liquid"];
    expect(hashId("declinate")).toBe(hashId("macallums"));
    expect(firstRepeatedId(createHashIdIndex(ids), ids)).toBe(-1);
    expect(firstRepeatedId(createHashIdIndex([...ids, "zinke"]), [...ids, "zinke"])).toBe(6);
  });
});

// Against the plain way: a Map of the ids seen, in input order.
test.prop(
  [fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("costarring", "liquid", "declinate", "macallums")), { maxLength: 60 }), fc.string({ maxLength: 3 })],
  { numRuns: 2000 },
)("finds the first repeated id and any id exactly as a Map of the ids would", (ids, sought) => {
  const { repeated, seen } = idsByMap(ids);
  const index = createHashIdIndex(ids);
  expect(firstRepeatedId(index, ids)).toBe(repeated);
  for (const id of [sought, ...ids]) expect(findId(index, ids, id)).toBe(seen.get(id) ?? -1);
});
