import type { LocalizedText } from "../model/localizedText.js";
import type { Measurement } from "../model/measurement.js";
import type { Workspace } from "../model/workspace.js";
import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { checkMeasurements } from "./_lib/checkMeasurements.js";

/**
 * What a workspace review found:
 * - `kpi_unknown_owner_role` — the KPI's owner role is not in the workspace's roles;
 * - `kpi_without_target` — no target names the KPI;
 * - `kpi_without_measurements` — no measurement names the KPI (only when measurements are given);
 * - `kpi_not_linked` — no goal names the KPI, and it has no driver link to or from another KPI;
 * - `service_without_lagging_kpi` / `service_without_leading_kpi` — no lagging (leading) KPI applies to the service;
 * - `duty_without_accountable` — no role of the workspace is accountable (`A`) for a duty.
 *
 * @category Quality
 */
export type WorkspaceFindingCode =
  | "kpi_unknown_owner_role"
  | "kpi_without_target"
  | "kpi_without_measurements"
  | "kpi_not_linked"
  | "service_without_lagging_kpi"
  | "service_without_leading_kpi"
  | "duty_without_accountable";

/**
 * One finding of {@link reviewWorkspace}.
 *
 * @category Quality
 */
export interface WorkspaceFinding {
  /** What was found. */
  readonly code: WorkspaceFindingCode;
  /** `warning` for a gap that makes a KPI or service meaningless to manage by; `info` for a weaker hint. */
  readonly severity: "warning" | "info";
  /** Where in the workspace: `["kpis", i]`, `["kpis", i, "ownerRoleId"]`, `["scopes", i]` or `["responsibilityMatrix", "duties", i]`. */
  readonly path: readonly (string | number)[];
  /** The KPI concerned (the `kpi_…` findings). */
  readonly kpiId?: string | undefined;
  /** The scope node concerned (the `service_…` findings). */
  readonly scopeId?: string | undefined;
  /** The duty concerned (`duty_without_accountable`). */
  readonly dutyId?: string | undefined;
  /** The roles concerned: the unknown owner role of `kpi_unknown_owner_role`; else empty. */
  readonly roleIds: readonly string[];
  /** A readable explanation in Latvian and English. */
  readonly message: LocalizedText;
}

/**
 * Options for {@link reviewWorkspace}.
 *
 * @category Quality
 */
export interface ReviewWorkspaceOptions {
  /**
   * Measurements, to check that each KPI is measured and to tie KPIs to the services they are measured for.
   * @defaultValue none: KPIs are not checked for measurements
   */
  readonly measurements?: readonly Measurement[] | undefined;
}

/** The parts of a {@link Workspace} that {@link reviewWorkspace} reads. @category Quality */
export type ReviewableWorkspace = Pick<Workspace, "roles" | "scopes" | "kpis" | "goals" | "targets" | "responsibilityMatrix">;

/**
 * Reviews a workspace for KPIs and services that cannot be managed by, and duties that nobody is accountable for.
 *
 * @remarks
 * A KPI is meaningful when someone owns it, it has a target, it is measured and it serves a goal. Findings for each
 * KPI: an owner role that is not in `roles` (warning); no target (warning); no measurement, when `options.measurements`
 * is given (warning); not named by any goal and without any driver link to or from another KPI (info).
 *
 * A service needs both a lagging KPI (the outcome) and a leading KPI (what drives it). A KPI **applies to a
 * service** when its `scopeKinds` include `service` and the workspace ties it to that service: a target for the
 * service, a measurement of it (when `options.measurements` is given), or a goal at the service that names the KPI. A service with no
 * applicable lagging KPI, or no applicable leading one, gets a warning.
 *
 * A duty of the responsibility matrix needs an accountable role; an `A` on a role that is not in `roles` does not
 * count (docs/concepts.md#roles-duties-and-the-responsibility-matrix). Findings come in order: KPIs, then services, then duties, each in workspace order.
 *
 * @param workspace - The workspace (or the parts listed in {@link ReviewableWorkspace}).
 * @param options - See {@link ReviewWorkspaceOptions}.
 * @returns The findings; empty when nothing is amiss.
 * @throws {@link KpiError} `invalid_argument` (path `["workspace"]`) when `workspace` is not an object, or (path `[]`
 * or `[i]`) for `options.measurements` that are not an array of records; `non_finite` (path `[i, "at"]`);
 * `invalid_argument` too for a workspace of the wrong shape — `roles`, `scopes`, `kpis`, `goals` or `targets` not an
 * array (path `["workspace", list]`), an element that is not an object (path `["workspace", list, i]`), a KPI's
 * `scopeKinds` or `drivers`, a goal's KPI id lists not arrays or a KPI's, scope's or duty's `name` not an object
 * (path `["workspace", list, i, field]`), a driver link that is not an object (path
 * `["workspace", "kpis", i, "drivers", j]`), `responsibilityMatrix` not an object with a `duties` array of objects
 * with `name` and `assignments` objects (path `["workspace", "responsibilityMatrix", …]`) — and for `options` given
 * but not an object (path `["options"]`).
 *
 * @example
 * ```ts
 * const workspace = {
 *   roles: [{ id: "service_owner" }],
 *   scopes: [{ id: "svc", kind: "service", name: { lv: "Atļaujas", en: "Permits" } }],
 *   kpis: [{ id: "csat", name: { lv: "Apmierinātība", en: "Satisfaction" }, indicator: "lagging",
 *     ownerRoleId: "service_owner", scopeKinds: ["service"], drivers: [] }],
 *   goals: [{ id: "g", scopeId: "svc", leadingKpiIds: [], laggingKpiIds: ["csat"] }],
 *   targets: [{ kpiId: "csat", scopeId: "svc" }],
 *   responsibilityMatrix: { duties: [] },
 * };
 * reviewWorkspace(workspace as never).map((f) => [f.code, f.path]);
 * //=> [["service_without_leading_kpi", ["scopes", 0]]]
 * ```
 *
 * @category Quality
 */
export function reviewWorkspace(
  workspace: ReviewableWorkspace,
  options: ReviewWorkspaceOptions = {},
): WorkspaceFinding[] {
  if (typeof workspace !== "object" || workspace === null) {
    throw new KpiError("invalid_argument", "reviewWorkspace: the workspace must be an object", { path: ["workspace"] });
  }
  checkWorkspaceShape(workspace);
  requireObject(options, "reviewWorkspace", "options", ["options"]);
  const measurements = options.measurements;
  if (measurements !== undefined) checkMeasurements(measurements, "reviewWorkspace");
  const roles = new Set<string>(workspace.roles.map((r) => r.id));
  const kpis = workspace.kpis;
  const findings: WorkspaceFinding[] = [];

  // What ties each KPI to the rest of the workspace.
  const targeted = new Set<string>();
  const tiedToScope = new Set<string>(); // `${kpiId}\u0000${scopeId}`
  const tie = (kpiId: string, scopeId: string) => tiedToScope.add(`${kpiId}\u0000${scopeId}`);
  for (const t of workspace.targets) {
    targeted.add(t.kpiId);
    tie(t.kpiId, t.scopeId);
  }
  const measured = new Set<string>();
  if (measurements !== undefined) {
    const seen = new Map<string, Set<string>>();
    for (const m of measurements) {
      let subjects = seen.get(m.kpiId);
      if (subjects === undefined) {
        seen.set(m.kpiId, (subjects = new Set()));
        measured.add(m.kpiId);
      }
      if (!subjects.has(m.subjectId)) {
        subjects.add(m.subjectId);
        tie(m.kpiId, m.subjectId);
      }
    }
  }
  const linked = new Set<string>();
  for (const g of workspace.goals) {
    for (const id of [...g.leadingKpiIds, ...g.laggingKpiIds]) {
      linked.add(id);
      tie(id, g.scopeId);
    }
  }
  for (const k of kpis) {
    if (k.drivers.length > 0) linked.add(k.id);
    for (const d of k.drivers) linked.add(d.laggingKpiId);
  }

  kpis.forEach((k, i) => {
    const name = k.name;
    if (!roles.has(k.ownerRoleId)) {
      findings.push({
        code: "kpi_unknown_owner_role",
        severity: "warning",
        path: ["kpis", i, "ownerRoleId"],
        kpiId: k.id,
        roleIds: [String(k.ownerRoleId)],
        message: {
          lv: `KPI "${name.lv}" īpašnieka loma "${k.ownerRoleId}" nav lomu sarakstā.`,
          en: `The owner role "${k.ownerRoleId}" of KPI "${name.en}" is not in the roles.`,
        },
      });
    }
    if (!targeted.has(k.id)) {
      findings.push({
        code: "kpi_without_target",
        severity: "warning",
        path: ["kpis", i],
        kpiId: k.id,
        roleIds: [],
        message: { lv: `KPI "${name.lv}" nav mērķvērtības.`, en: `KPI "${name.en}" has no target.` },
      });
    }
    if (measurements !== undefined && !measured.has(k.id)) {
      findings.push({
        code: "kpi_without_measurements",
        severity: "warning",
        path: ["kpis", i],
        kpiId: k.id,
        roleIds: [],
        message: { lv: `KPI "${name.lv}" nav neviena mērījuma.`, en: `KPI "${name.en}" has no measurements.` },
      });
    }
    if (!linked.has(k.id)) {
      findings.push({
        code: "kpi_not_linked",
        severity: "info",
        path: ["kpis", i],
        kpiId: k.id,
        roleIds: [],
        message: {
          lv: `KPI "${name.lv}" nav saistīts ne ar vienu mērķi vai citu KPI.`,
          en: `KPI "${name.en}" is linked to no goal and no other KPI.`,
        },
      });
    }
  });

  const serviceKpis = kpis.filter((k) => k.scopeKinds.includes("service"));
  workspace.scopes.forEach((s, i) => {
    if (s.kind !== "service") return;
    let lagging = false;
    let leading = false;
    for (const k of serviceKpis) {
      if (!tiedToScope.has(`${k.id}\u0000${s.id}`)) continue;
      if (k.indicator === "lagging") lagging = true;
      else leading = true;
    }
    if (!lagging) {
      findings.push({
        code: "service_without_lagging_kpi",
        severity: "warning",
        path: ["scopes", i],
        scopeId: s.id,
        roleIds: [],
        message: {
          lv: `Pakalpojumam "${s.name.lv}" nav neviena rezultāta (lagging) KPI.`,
          en: `Service "${s.name.en}" has no lagging (outcome) KPI.`,
        },
      });
    }
    if (!leading) {
      findings.push({
        code: "service_without_leading_kpi",
        severity: "warning",
        path: ["scopes", i],
        scopeId: s.id,
        roleIds: [],
        message: {
          lv: `Pakalpojumam "${s.name.lv}" nav neviena virzošā (leading) KPI.`,
          en: `Service "${s.name.en}" has no leading (driving) KPI.`,
        },
      });
    }
  });

  workspace.responsibilityMatrix.duties.forEach((d, i) => {
    const accountable = Object.entries(d.assignments).some(([roleId, r]) => r === "A" && roles.has(roleId));
    if (!accountable) {
      findings.push({
        code: "duty_without_accountable",
        severity: "warning",
        path: ["responsibilityMatrix", "duties", i],
        dutyId: d.id,
        roleIds: [],
        message: {
          lv: `Pienākumam "${d.name.lv}" nav atbildīgās (A) lomas.`,
          en: `Duty "${d.name.en}" has no accountable (A) role.`,
        },
      });
    }
  });
  return findings;
}

/** The lists of a workspace that {@link reviewWorkspace} reads: the list fields and the object fields of each element. */
const SHAPE: readonly (readonly [list: string, lists: readonly string[], objects: readonly string[]])[] = [
  ["roles", [], []],
  ["scopes", [], ["name"]],
  ["kpis", ["scopeKinds", "drivers"], ["name"]],
  ["goals", ["leadingKpiIds", "laggingKpiIds"], []],
  ["targets", [], []],
];

/**
 * Refuses, before anything is read, a workspace whose lists, elements or the fields read of each element have the
 * wrong shape (a call from JavaScript with a hand-built object); a parsed workspace always passes. O(size).
 */
function checkWorkspaceShape(workspace: object): void {
  const w = workspace as Record<string, unknown>;
  for (const [list, lists, objects] of SHAPE) {
    const items: unknown = w[list];
    requireArray(items, "reviewWorkspace", `workspace.${list}`, ["workspace", list]);
    for (let i = 0; i < items.length; i++) checkElement(items[i], ["workspace", list, i], lists, objects);
  }
  const kpis = w["kpis"] as readonly { readonly drivers: readonly unknown[] }[];
  kpis.forEach((k, i) => k.drivers.forEach((d, j) => checkElement(d, ["workspace", "kpis", i, "drivers", j], [], [])));
  const matrix: unknown = w["responsibilityMatrix"];
  requireObject(matrix, "reviewWorkspace", "workspace.responsibilityMatrix", ["workspace", "responsibilityMatrix"]);
  const duties: unknown = (matrix as { duties?: unknown }).duties;
  requireArray(duties, "reviewWorkspace", "workspace.responsibilityMatrix.duties", ["workspace", "responsibilityMatrix", "duties"]);
  for (let i = 0; i < duties.length; i++) checkElement(duties[i], ["workspace", "responsibilityMatrix", "duties", i], [], ["name", "assignments"]);
}

/** Refuses an element that is not an object, or whose named fields are not arrays (`lists`) or objects (`objects`). */
function checkElement(item: unknown, path: readonly (string | number)[], lists: readonly string[], objects: readonly string[]): void {
  const name = (field?: string) => `${pathText(path)}${field === undefined ? "" : `.${field}`}`;
  if (typeof item !== "object" || item === null) requireObject(item, "reviewWorkspace", name(), path);
  const fields = item as Record<string, unknown>;
  for (const field of lists) {
    if (!Array.isArray(fields[field])) requireArray(fields[field], "reviewWorkspace", name(field), [...path, field]);
  }
  for (const field of objects) {
    const value = fields[field];
    if (typeof value !== "object" || value === null) requireObject(value, "reviewWorkspace", name(field), [...path, field]);
  }
}

/** `["workspace", "kpis", 3, "drivers", 0]` as `workspace.kpis[3].drivers[0]`, for messages. */
function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
