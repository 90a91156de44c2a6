import { targetKindOfDirection } from "../../score/targetKindOfDirection.js";
import { inapplicableText } from "./inapplicableText.js";
import type { z } from "zod";
import type { Calendar } from "../calendar.js";
import type { ScopeNode } from "../scopeTree.js";
import type { Role, RoleAssignment } from "../role.js";
import type { KpiDefinition } from "../kpiDefinition.js";
import type { Goal } from "../goal.js";
import type { Annotation } from "../annotation.js";
import type { Target } from "../target.js";
import type { SlaTerms } from "../slaTerms.js";

/** The parts of a workspace whose references are checked. */
interface WorkspaceParts {
  readonly calendars: readonly Calendar[];
  readonly defaultCalendarId?: string | undefined;
  readonly scopes: readonly ScopeNode[];
  readonly roles: readonly Role[];
  readonly roleAssignments: readonly RoleAssignment[];
  readonly kpis: readonly KpiDefinition[];
  readonly goals: readonly Goal[];
  readonly annotations: readonly Annotation[];
  readonly targets: readonly Target[];
  readonly slaTerms: readonly SlaTerms[];
}

function indexById<T extends { readonly id: string }>(
  items: readonly T[],
  field: string,
  what: string,
  ctx: z.RefinementCtx,
): Map<string, T> {
  const map = new Map<string, T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) {
      ctx.addIssue({ code: "custom", message: `${what} id "${item.id}" is used twice`, path: [field, i, "id"], params: { code: "duplicate_id" } });
    } else map.set(item.id, item);
  });
  return map;
}

/** Local dates compare as strings; `undefined` as the end means open-ended. */
function overlaps(aFrom: string, aTo: string | undefined, bFrom: string, bTo: string | undefined): boolean {
  return (aTo === undefined || bFrom < aTo) && (bTo === undefined || aFrom < bTo);
}

/**
 * Checks every cross-reference of a workspace and reports problems as zod issues with their paths and error codes.
 * Runs in O(n log n) over the workspace's size.
 */
export function checkWorkspaceReferences(w: WorkspaceParts, ctx: z.RefinementCtx): void {
  const unknown = (path: (string | number)[], message: string): void =>
    ctx.addIssue({ code: "custom", message, path, params: { code: "unknown_reference" } });

  const calendars = indexById(w.calendars, "calendars", "calendar", ctx);
  if (w.defaultCalendarId !== undefined && !calendars.has(w.defaultCalendarId)) {
    unknown(["defaultCalendarId"], `calendar "${w.defaultCalendarId}" does not exist`);
  }
  const scopes = new Map(w.scopes.map((s) => [s.id as string, s]));
  const roles = indexById(w.roles, "roles", "role", ctx);
  const kpis = indexById(w.kpis, "kpis", "KPI", ctx);
  indexById(w.goals, "goals", "goal", ctx);
  indexById(w.annotations, "annotations", "annotation", ctx);
  indexById(w.targets, "targets", "target", ctx);
  indexById(w.slaTerms, "slaTerms", "SLA terms", ctx);

  w.roleAssignments.forEach((a, i) => {
    const role = roles.get(a.roleId);
    const scope = scopes.get(a.scopeId);
    if (role === undefined) unknown(["roleAssignments", i, "roleId"], `role "${a.roleId}" does not exist`);
    if (scope === undefined) unknown(["roleAssignments", i, "scopeId"], `scope node "${a.scopeId}" does not exist`);
    if (role !== undefined && scope !== undefined && !role.scopeKinds.includes(scope.kind)) {
      ctx.addIssue({
        code: "custom",
        message: `role "${role.id}" is held at ${role.scopeKinds.join(", ")} scope, not at a ${scope.kind}`,
        path: ["roleAssignments", i, "scopeId"],
      });
    }
  });

  // KPIs: owner roles, driver links (to known lagging KPIs, no cycles).
  w.kpis.forEach((k, i) => {
    if (!roles.has(k.ownerRoleId)) unknown(["kpis", i, "ownerRoleId"], `role "${k.ownerRoleId}" does not exist`);
    k.drivers.forEach((d, j) => {
      const lagging = kpis.get(d.laggingKpiId);
      if (lagging === undefined) {
        unknown(["kpis", i, "drivers", j, "laggingKpiId"], `KPI "${d.laggingKpiId}" does not exist`);
      } else if (lagging.indicator !== "lagging") {
        ctx.addIssue({
          code: "custom",
          message: `a driver link goes from a leading to a lagging KPI; "${d.laggingKpiId}" is leading`,
          path: ["kpis", i, "drivers", j, "laggingKpiId"],
        });
      }
    });
  });
  // Cycle check over all driver links (defensive: leading → lagging links alone cannot loop).
  const colour = new Map<string, 1 | 2>();
  const visit = (id: string, path: (string | number)[]): boolean => {
    const state = colour.get(id);
    if (state === 2) return false;
    if (state === 1) {
      ctx.addIssue({ code: "custom", message: `driver links form a cycle through "${id}"`, path, params: { code: "cycle" } });
      return true;
    }
    colour.set(id, 1);
    const kpi = kpis.get(id);
    const index = kpi === undefined ? -1 : w.kpis.indexOf(kpi);
    for (const [j, d] of (kpi?.drivers ?? []).entries()) {
      if (kpis.has(d.laggingKpiId) && visit(d.laggingKpiId, ["kpis", index, "drivers", j, "laggingKpiId"])) return true;
    }
    colour.set(id, 2);
    return false;
  };
  for (const k of w.kpis) if (visit(k.id, ["kpis"])) break;

  w.goals.forEach((g, i) => {
    if (!scopes.has(g.scopeId)) unknown(["goals", i, "scopeId"], `scope node "${g.scopeId}" does not exist`);
    const check = (ids: readonly string[], field: "leadingKpiIds" | "laggingKpiIds", want: "leading" | "lagging"): void =>
      ids.forEach((id, j) => {
        const kpi = kpis.get(id);
        if (kpi === undefined) unknown(["goals", i, field, j], `KPI "${id}" does not exist`);
        else if (kpi.indicator !== want) {
          ctx.addIssue({ code: "custom", message: `KPI "${id}" is ${kpi.indicator}, listed as ${want}`, path: ["goals", i, field, j] });
        }
      });
    check(g.leadingKpiIds, "leadingKpiIds", "leading");
    check(g.laggingKpiIds, "laggingKpiIds", "lagging");
  });

  w.annotations.forEach((a, i) => {
    if (a.scopeId !== undefined && !scopes.has(a.scopeId)) unknown(["annotations", i, "scopeId"], `scope node "${a.scopeId}" does not exist`);
    if (a.kpiId !== undefined && !kpis.has(a.kpiId)) unknown(["annotations", i, "kpiId"], `KPI "${a.kpiId}" does not exist`);
  });

  // Targets: references, applicability, kind vs direction, overlaps per (KPI, node).
  const groups = new Map<string, number[]>();
  w.targets.forEach((t, i) => {
    const kpi = kpis.get(t.kpiId);
    const scope = scopes.get(t.scopeId);
    if (kpi === undefined) unknown(["targets", i, "kpiId"], `KPI "${t.kpiId}" does not exist`);
    if (scope === undefined) unknown(["targets", i, "scopeId"], `scope node "${t.scopeId}" does not exist`);
    if (kpi !== undefined && scope !== undefined && !kpi.scopeKinds.includes(scope.kind)) {
      ctx.addIssue({
        code: "custom",
        message: inapplicableText(kpi.id, kpi.scopeKinds, scope.id, scope.kind),
        path: ["targets", i, "scopeId"],
        params: { code: "inapplicable_kpi" },
      });
    }
    if (kpi !== undefined) {
      const expected = targetKindOfDirection(kpi.direction);
      if (t.kind !== expected) {
        ctx.addIssue({
          code: "custom",
          message: `KPI "${kpi.id}" is ${kpi.direction}: its targets are ${expected}, not ${t.kind}`,
          path: ["targets", i, "kind"],
        });
      }
    }
    const key = `${t.kpiId}\u0000${t.scopeId}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [i]);
    else list.push(i);
  });
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => ((w.targets[a]?.validFrom ?? "") < (w.targets[b]?.validFrom ?? "") ? -1 : 1));
    for (let k = 1; k < sorted.length; k++) {
      const prev = w.targets[sorted[k - 1] ?? 0];
      const cur = w.targets[sorted[k] ?? 0];
      if (prev !== undefined && cur !== undefined && overlaps(prev.validFrom, prev.validTo, cur.validFrom, cur.validTo)) {
        ctx.addIssue({
          code: "custom",
          message: `target "${cur.id}" overlaps target "${prev.id}" for KPI "${cur.kpiId}" at "${cur.scopeId}"`,
          path: ["targets", sorted[k] ?? 0, "validFrom"],
          params: { code: "overlapping_targets" },
        });
        break;
      }
    }
  }

  w.slaTerms.forEach((s, i) => {
    const scope = scopes.get(s.serviceId);
    if (scope === undefined) unknown(["slaTerms", i, "serviceId"], `scope node "${s.serviceId}" does not exist`);
    else if (scope.kind !== "service") {
      ctx.addIssue({ code: "custom", message: `SLA terms belong to a service, not a ${scope.kind}`, path: ["slaTerms", i, "serviceId"] });
    }
    if (s.calendarId !== undefined && !calendars.has(s.calendarId)) unknown(["slaTerms", i, "calendarId"], `calendar "${s.calendarId}" does not exist`);
    s.objectives.forEach((o, j) => {
      if (o.kpiId === undefined) return;
      const kpi = kpis.get(o.kpiId);
      if (kpi === undefined) unknown(["slaTerms", i, "objectives", j, "kpiId"], `KPI "${o.kpiId}" does not exist`);
      else if (!kpi.scopeKinds.includes("service")) {
        // SLA terms belong to a service: a KPI with no records at a service would leave the objective without data.
        ctx.addIssue({
          code: "custom",
          message: `KPI "${kpi.id}" applies to ${kpi.scopeKinds.join(", ")}, not to a service, so an SLA objective cannot use it`,
          path: ["slaTerms", i, "objectives", j, "kpiId"],
          params: { code: "inapplicable_kpi" },
        });
      }
    });
  });
}
