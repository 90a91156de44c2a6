import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import type { ResponsibilityMatrix } from "./responsibilityMatrix.js";
import type { Role } from "./role.js";
import type { LocalizedText } from "./localizedText.js";

/**
 * A problem found in a responsibility matrix.
 *
 * @remarks
 * - `duty_without_accountable` — no known role is A for the duty;
 * - `duty_with_several_accountable` — more than one known role is A;
 * - `unknown_role` — the matrix names a role that is not in the roles list (names match exactly; an A on an unknown
 *   role does not count as the duty's A);
 * - `role_without_duty` — a known role has neither A nor L on any duty.
 *
 * @category Model
 */
export interface ResponsibilityFinding {
  /** What kind of problem. */
  readonly code: "duty_without_accountable" | "duty_with_several_accountable" | "unknown_role" | "role_without_duty";
  /** Where: `["duties", i]`, `["duties", i, "assignments", roleId]`, or `["roles", j]`. */
  readonly path: readonly (string | number)[];
  /** The duty concerned, if any. */
  readonly dutyId?: string | undefined;
  /** The role concerned, if any. */
  readonly roleId?: string | undefined;
  /**
   * The ids of the roles the finding is about: the accountable roles of `duty_with_several_accountable` (in matrix
   * order), the one role of `unknown_role` and `role_without_duty`, none for `duty_without_accountable`.
   */
  readonly roleIds: readonly string[];
  /** A readable explanation in Latvian and English. */
  readonly message: LocalizedText;
}

/**
 * Lists the gaps and conflicts of a responsibility matrix against the known roles.
 *
 * @remarks
 * Every duty needs exactly one accountable (A) role; every role named must exist; every role should carry a duty.
 * Findings come in matrix order: per duty its unknown roles, then its A problems; then roles without a duty.
 *
 * @param matrix - The duties × roles matrix.
 * @param roles - The roles that exist (e.g. `STANDARD_ROLES` from `kpi-kit/lv`).
 * @returns The findings; empty when the matrix is sound.
 * @throws {@link KpiError} `invalid_argument` for missing or wrong-shaped arguments: `matrix` not an object (path
 * `[]`), its `duties` not an array (path `["duties"]`), a duty that is not an object or lacks its `name` or
 * `assignments` objects (path `["duties", i]`, `["duties", i, field]`), `roles` not an array (path `["roles"]`) or a
 * role that is not an object or lacks its `name` object (path `["roles", j]`, `["roles", j, "name"]`).
 *
 * @example
 * ```ts
 * const roles = [{ id: "service_owner", name: { lv: "Pakalpojuma saimnieks", en: "Service owner" }, scopeKinds: ["service"] }];
 * const matrix = { duties: [{ id: "measure", name: { lv: "Mērīt", en: "Measure" }, scopeKind: "service",
 *   assignments: { Service_Owner: "A" } }] };
 * checkResponsibilityMatrix(matrix as never, roles as never).map((f) => [f.code, f.roleIds]);
 * //=> [["unknown_role", ["Service_Owner"]], ["duty_without_accountable", []], ["role_without_duty", ["service_owner"]]]
 * ```
 *
 * @category Model
 */
export function checkResponsibilityMatrix(
  matrix: ResponsibilityMatrix,
  roles: readonly Role[],
): ResponsibilityFinding[] {
  checkArguments(matrix, roles);
  const known = new Set<string>(roles.map((r) => r.id));
  const used = new Set<string>();
  const findings: ResponsibilityFinding[] = [];
  matrix.duties.forEach((duty, i) => {
    const accountable: string[] = [];
    for (const [roleId, responsibility] of Object.entries(duty.assignments)) {
      if (!known.has(roleId)) {
        findings.push({
          code: "unknown_role",
          path: ["duties", i, "assignments", roleId],
          dutyId: duty.id,
          roleId,
          roleIds: [roleId],
          message: {
            lv: `Pienākumā "${duty.name.lv}" minēta nezināma loma "${roleId}".`,
            en: `Duty "${duty.name.en}" names an unknown role "${roleId}".`,
          },
        });
        continue;
      }
      used.add(roleId);
      if (responsibility === "A") accountable.push(roleId);
    }
    if (accountable.length === 0) {
      findings.push({
        code: "duty_without_accountable",
        path: ["duties", i],
        dutyId: duty.id,
        roleIds: [],
        message: { lv: `Pienākumam "${duty.name.lv}" nav atbildīgās (A) lomas.`, en: `Duty "${duty.name.en}" has no accountable (A) role.` },
      });
    } else if (accountable.length > 1) {
      findings.push({
        code: "duty_with_several_accountable",
        path: ["duties", i],
        dutyId: duty.id,
        roleIds: accountable,
        message: {
          lv: `Pienākumam "${duty.name.lv}" ir vairākas atbildīgās (A) lomas: ${accountable.join(", ")}.`,
          en: `Duty "${duty.name.en}" has several accountable (A) roles: ${accountable.join(", ")}.`,
        },
      });
    }
  });
  roles.forEach((role, j) => {
    if (!used.has(role.id)) {
      findings.push({
        code: "role_without_duty",
        path: ["roles", j],
        roleId: role.id,
        roleIds: [role.id],
        message: { lv: `Lomai "${role.name.lv}" nav neviena pienākuma.`, en: `Role "${role.name.en}" has no duty.` },
      });
    }
  });
  return findings;
}

/** Refuses, before anything is read, a matrix or roles list of the wrong shape (a call from JavaScript). */
function checkArguments(matrix: unknown, roles: unknown): void {
  const where = "checkResponsibilityMatrix";
  requireObject(matrix, where, "matrix");
  const duties: unknown = (matrix as { duties?: unknown }).duties;
  requireArray(duties, where, "matrix.duties", ["duties"]);
  for (let i = 0; i < duties.length; i++) {
    const duty: unknown = duties[i];
    requireObject(duty, where, `matrix.duties[${i}]`, ["duties", i]);
    for (const field of ["name", "assignments"] as const) {
      requireObject((duty as Record<string, unknown>)[field], where, `matrix.duties[${i}].${field}`, ["duties", i, field]);
    }
  }
  requireArray(roles, where, "roles", ["roles"]);
  for (let j = 0; j < roles.length; j++) {
    const role: unknown = roles[j];
    requireObject(role, where, `roles[${j}]`, ["roles", j]);
    requireObject((role as { name?: unknown }).name, where, `roles[${j}].name`, ["roles", j, "name"]);
  }
}
