import { describe, expect, it } from "vitest";
import { exportCpsv } from "../../../src/interop/cpsv/exportCpsv.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

describe("exportCpsv", () => {
  it("throws invalid_argument naming the field when the nodes or the options are missing or wrong-shaped", () => {
    const service = { id: "permits", kind: "service", name: { lv: "Atļaujas", en: "Permits" }, parentId: "org" };
    const cases: [() => unknown, unknown][] = [
      [() => exportCpsv(undefined as never), { code: "invalid_argument", path: ["nodes"], message: "exportCpsv: nodes must be an array, not undefined" }],
      [() => exportCpsv(1 as never), { code: "invalid_argument", path: ["nodes"], message: "exportCpsv: nodes must be an array, not number" }],
      [() => exportCpsv([null] as never), { code: "invalid_argument", path: ["nodes", 0], message: "exportCpsv: nodes[0] must be an object, not null" }],
      [() => exportCpsv([{ id: "org", kind: "institution", parentId: null }] as never), { code: "invalid_argument", path: ["nodes", 0, "name"], message: "exportCpsv: nodes[0].name must be an object, not undefined" }],
      [() => exportCpsv([{ ...service, lifeSituations: "moving" }] as never), { code: "invalid_argument", path: ["nodes", 0, "lifeSituations"], message: "exportCpsv: nodes[0].lifeSituations must be an array, not string" }],
      [() => exportCpsv([{ ...service, resourceIds: "web" }] as never), { code: "invalid_argument", path: ["nodes", 0, "resourceIds"], message: "exportCpsv: nodes[0].resourceIds must be an array, not string" }],
      [() => exportCpsv([], null as never), { code: "invalid_argument", path: ["options"], message: "exportCpsv: options must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
