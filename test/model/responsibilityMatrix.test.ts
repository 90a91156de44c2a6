import { describe, expect, it } from "vitest";
import { parseResponsibilityMatrix } from "../../src/model/responsibilityMatrix.js";
import { checkResponsibilityMatrix } from "../../src/model/checkResponsibilityMatrix.js";
import { PU2_23_RESPONSIBILITY_MATRIX } from "../../src/model/pu223ResponsibilityMatrix.js";
import { STANDARD_ROLES } from "../../src/model/role.js";

describe("parseResponsibilityMatrix", () => {
  it("matches the documented example", () => {
    expect(
      parseResponsibilityMatrix({ duties: [{ id: "d1", name: { lv: "Mērīt", en: "Measure" }, scopeKind: "service", assignments: { service_owner: "A" } }] })
        .duties.length,
    ).toBe(1);
  });

  it("refuses a value other than A or L and duplicate duty ids", () => {
    const duty = { id: "d1", name: { lv: "M", en: "M" }, scopeKind: "service", assignments: { service_owner: "R" } };
    expect(() => parseResponsibilityMatrix({ duties: [duty] })).toThrowError(
      expect.objectContaining({ path: ["duties", 0, "assignments", "service_owner"] }),
    );
    const ok = { ...duty, assignments: { service_owner: "A" } };
    expect(() => parseResponsibilityMatrix({ duties: [ok, ok] })).toThrowError(
      expect.objectContaining({ code: "duplicate_id", path: ["duties", 1, "id"] }),
    );
  });
});

describe("checkResponsibilityMatrix", () => {
  it("matches the documented example", () => {
    const roles = [{ id: "service_owner", name: { lv: "Pakalpojuma saimnieks", en: "Service owner" }, scopeKinds: ["service"] }];
    const matrix = { duties: [{ id: "measure", name: { lv: "Mērīt", en: "Measure" }, scopeKind: "service", assignments: { Service_Owner: "A" } }] };
    // Role ids match exactly: "Service_Owner" is unknown, so the duty has no A and "service_owner" no duty.
    expect(checkResponsibilityMatrix(matrix as never, roles as never).map((f) => [f.code, f.roleIds])).toEqual([
      ["unknown_role", ["Service_Owner"]],
      ["duty_without_accountable", []],
      ["role_without_duty", ["service_owner"]],
    ]);
  });

  it("lists the ids of a duty's several accountable roles as data", () => {
    const roles = ["a", "b", "c"].map((id) => ({ id, name: { lv: id, en: id }, scopeKinds: ["service"] }));
    const matrix = { duties: [{ id: "report", name: { lv: "Ziņot", en: "Report" }, scopeKind: "service", assignments: { c: "A", a: "L", b: "A" } }] };
    const [finding] = checkResponsibilityMatrix(matrix as never, roles as never);
    expect([finding?.code, finding?.dutyId, finding?.roleIds]).toEqual(["duty_with_several_accountable", "report", ["c", "b"]]);
  });

  it("finds the PU2-23 preset sound for its four owner roles; the other six roles carry no duty", () => {
    const findings = checkResponsibilityMatrix(PU2_23_RESPONSIBILITY_MATRIX, STANDARD_ROLES);
    // The card's matrix names only the four owner roles; the other six standard roles have no duty in it.
    expect(findings.map((f) => f.code)).toEqual(Array(6).fill("role_without_duty"));
    expect(findings.map((f) => f.roleId).sort()).toEqual(
      ["municipal_lead", "national_lead", "resource_user", "sector_lead", "service_provider", "service_recipient"],
    );
  });

  it("reports a duty with several accountable roles, and an L alone as no A", () => {
    const matrix = parseResponsibilityMatrix({
      duties: [
        { id: "d1", name: { lv: "A", en: "A" }, scopeKind: "service", assignments: { service_owner: "A", service_provider: "A" } },
        { id: "d2", name: { lv: "B", en: "B" }, scopeKind: "service", assignments: { service_owner: "L" } },
      ],
    });
    const findings = checkResponsibilityMatrix(matrix, STANDARD_ROLES).filter((f) => f.code !== "role_without_duty");
    expect(findings).toEqual([
      expect.objectContaining({ code: "duty_with_several_accountable", path: ["duties", 0], dutyId: "d1" }),
      expect.objectContaining({ code: "duty_without_accountable", path: ["duties", 1], dutyId: "d2" }),
    ]);
  });

  it("does not count an A on an unknown role", () => {
    const matrix = parseResponsibilityMatrix({
      duties: [{ id: "d1", name: { lv: "A", en: "A" }, scopeKind: "service", assignments: { "service owner": "A", service_owner: "L" } }],
    });
    const codes = checkResponsibilityMatrix(matrix, STANDARD_ROLES).filter((f) => f.code !== "role_without_duty").map((f) => f.code);
    expect(codes).toEqual(["unknown_role", "duty_without_accountable"]);
  });
});
