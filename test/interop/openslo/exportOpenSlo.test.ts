import { describe, expect, it } from "vitest";
import { exportOpenSlo } from "../../../src/interop/openslo/exportOpenSlo.js";
import { parseSlaTerms } from "../../../src/model/slaTerms.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

describe("exportOpenSlo", () => {
  it("throws invalid_argument naming the field when the terms or the options are missing or wrong-shaped", () => {
    const terms = parseSlaTerms({
      id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" },
      objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability", slo: "99.5", window: { kind: "rolling", days: 28 } }],
    });
    const objective = terms.objectives[0]!;
    const cases: [() => unknown, unknown][] = [
      [() => exportOpenSlo(undefined as never), { code: "invalid_argument", path: ["terms"], message: "exportOpenSlo: terms must be an array, not undefined" }],
      [() => exportOpenSlo({} as never), { code: "invalid_argument", path: ["terms"], message: "exportOpenSlo: terms must be an array, not an object" }],
      [() => exportOpenSlo([null] as never), { code: "invalid_argument", path: ["terms", 0], message: "exportOpenSlo: terms[0] must be an object, not null" }],
      [() => exportOpenSlo([{ ...terms, name: undefined }] as never), { code: "invalid_argument", path: ["terms", 0, "name"], message: "exportOpenSlo: terms[0].name must be an object, not undefined" }],
      [() => exportOpenSlo([{ ...terms, objectives: undefined }] as never), { code: "invalid_argument", path: ["terms", 0, "objectives"], message: "exportOpenSlo: terms[0].objectives must be an array, not undefined" }],
      [() => exportOpenSlo([{ ...terms, objectives: [null] }] as never), { code: "invalid_argument", path: ["terms", 0, "objectives", 0], message: "exportOpenSlo: terms[0].objectives[0] must be an object, not null" }],
      [
        () => exportOpenSlo([{ ...terms, objectives: [{ ...objective, window: undefined }] }] as never),
        { code: "invalid_argument", path: ["terms", 0, "objectives", 0, "window"], message: "exportOpenSlo: terms[0].objectives[0].window must be an object, not undefined" },
      ],
      [() => exportOpenSlo([terms], null as never), { code: "invalid_argument", path: ["options"], message: "exportOpenSlo: options must be an object, not null" }],
      [() => exportOpenSlo([terms], { burnAlerts: {} } as never), { code: "invalid_argument", path: ["options", "burnAlerts"], message: "exportOpenSlo: options.burnAlerts must be an array, not an object" }],
      [() => exportOpenSlo([terms], { burnAlerts: [null] } as never), { code: "invalid_argument", path: ["options", "burnAlerts", 0], message: "exportOpenSlo: options.burnAlerts[0] must be an object, not null" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});
