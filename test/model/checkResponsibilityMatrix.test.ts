import { describe, expect, it } from "vitest";
import { checkResponsibilityMatrix } from "../../src/model/checkResponsibilityMatrix.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const role = { id: "service_owner", name: { lv: "Pakalpojuma saimnieks", en: "Service owner" }, scopeKinds: ["service"] };
const duty = { id: "measure", name: { lv: "Mērīt", en: "Measure" }, scopeKind: "service", assignments: { service_owner: "A" } };

describe("checkResponsibilityMatrix", () => {
  it("throws invalid_argument, naming the argument, for a matrix or roles of the wrong shape", () => {
    const error = (matrix: unknown, roles: unknown) => kpiErrorOf(() => checkResponsibilityMatrix(matrix as never, roles as never));
    const bad = (path: unknown[], what: string) => ({ code: "invalid_argument", path, message: `checkResponsibilityMatrix: ${what}` });
    expect(error(undefined, [role])).toEqual(bad([], "matrix must be an object, not undefined"));
    expect(error(null, [role])).toEqual(bad([], "matrix must be an object, not null"));
    expect(error([], [role])).toEqual(bad(["duties"], "matrix.duties must be an array, not undefined"));
    expect(error({ duties: {} }, [role])).toEqual(bad(["duties"], "matrix.duties must be an array, not an object"));
    expect(error({ duties: [null] }, [role])).toEqual(bad(["duties", 0], "matrix.duties[0] must be an object, not null"));
    expect(error({ duties: [duty, { ...duty, assignments: undefined }] }, [role])).toEqual(
      bad(["duties", 1, "assignments"], "matrix.duties[1].assignments must be an object, not undefined"),
    );
    expect(error({ duties: [{ ...duty, name: "Measure" }] }, [role])).toEqual(bad(["duties", 0, "name"], "matrix.duties[0].name must be an object, not string"));
    expect(error({ duties: [duty] }, undefined)).toEqual(bad(["roles"], "roles must be an array, not undefined"));
    expect(error({ duties: [duty] }, {})).toEqual(bad(["roles"], "roles must be an array, not an object"));
    expect(error({ duties: [duty] }, [role, 1])).toEqual(bad(["roles", 1], "roles[1] must be an object, not number"));
    expect(error({ duties: [duty] }, [{ id: "service_owner" }])).toEqual(bad(["roles", 0, "name"], "roles[0].name must be an object, not undefined"));
    // A sound matrix still gives its findings: none here.
    expect(checkResponsibilityMatrix({ duties: [duty] } as never, [role] as never)).toEqual([]);
  });
});
