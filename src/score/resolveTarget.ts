import type { Calendar } from "../model/calendar.js";
import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { assertTimeZone } from "../time/_lib/assertTimeZone.js";
import type { TargetValidity } from "./assertNoOverlappingTargets.js";
import { checkLocalDate } from "./_lib/checkLocalDate.js";
import { localDateOfInstant } from "./_lib/localDateOfInstant.js";

/** What {@link resolveTarget} looks for. @category Score */
export interface TargetQuery {
  /** The KPI. */
  readonly kpiId: string;
  /** The scope node whose target is wanted. */
  readonly scopeId: string;
  /** The period to score; only its `start` (epoch ms) is read. A `Period` fits. */
  readonly period: { readonly start: number };
}

/** Options for {@link resolveTarget}. @category Score */
export interface ResolveTargetOptions {
  /**
   * The scope tree, to inherit a target from the nearest ancestor that has one. Without it only the node's own
   * targets count.
   * @defaultValue `[]`
   */
  readonly scopeNodes?: readonly { readonly id: string; readonly parentId: string | null }[] | undefined;
  /**
   * The calendar whose time zone reads the targets' local dates.
   * @defaultValue `{ timeZone: "UTC" }`
   */
  readonly calendar?: Pick<Calendar, "timeZone"> | undefined;
}

/** The target in force, as found by {@link resolveTarget}. @category Score */
export interface ResolvedTarget<T> {
  /** The target. */
  readonly target: T;
  /** Its index in the `targets` array. */
  readonly index: number;
  /** `own` when set at the node itself, `inherited` when set at an ancestor. */
  readonly source: "own" | "inherited";
  /** The scope node the target is set at (the node itself when `own`). */
  readonly fromScopeId: string;
}

/**
 * Returns the target of a KPI in force for a period at a scope node, set at the node itself or inherited from its
 * nearest ancestor, and says where it came from.
 *
 * @remarks
 * A target is in force for a period when its validity `[validFrom, validTo)` — local dates read in the calendar's
 * time zone, from local midnight to local midnight — contains the period's **start** instant. So a target that
 * starts mid-month applies from the next month's period on, and one that ends mid-month still applies to the month
 * it ends in. When the node has no target of its own in force, the ancestors are searched, nearest first
 * (`source: "inherited"`). `null` when no node on the way to the root has one.
 *
 * Two targets of one node in force at the same instant are an error. Only the targets found on the way are checked;
 * run `assertNoOverlappingTargets` once over the whole list to check them all. Costs one time-zone look-up and one
 * pass over the targets.
 *
 * @param targets - The targets, e.g. a workspace's; any objects with {@link TargetValidity} fields.
 * @param query - See {@link TargetQuery}.
 * @param options - See {@link ResolveTargetOptions}.
 * @returns The target with its origin, or `null`.
 * @throws {@link KpiError} `overlapping_targets` (path `["targets", i]`, the later of two in force at once);
 * `non_finite` (path `["query", "period", "start"]`); `invalid_time_zone` (path `["timeZone"]`);
 * `unknown_reference` (path `["query", "scopeId"]`) when the scope tree is given and lacks the node, or (path
 * `["scopeNodes", i, "parentId"]`) for a parent that does not exist; `cycle` (path `["scopeNodes", i, "parentId"]`)
 * for a parent chain that loops; `invalid_argument` / `invalid_interval` (path `["targets", i, field]`) for a
 * malformed or inverted validity, or for missing or wrong-shaped arguments: `targets` not an array (path
 * `["targets"]`) or a target that is not an object (path `["targets", i]`), `query` (path `["query"]`) or
 * `query.period` (path `["query", "period"]`) not an object, `options` given but not an object (path `["options"]`),
 * `options.scopeNodes` given but not an array (path `["scopeNodes"]`) or a node that is not an object (path
 * `["scopeNodes", i]`).
 *
 * @example
 * ```ts
 * const targets = [{ id: "t1", kpiId: "csat", scopeId: "lv", validFrom: "2026-01-01", kind: "at_least", value: 85 }];
 * const scopeNodes = [{ id: "lv", parentId: null }, { id: "riga", parentId: "lv" }];
 * const march = { start: Date.parse("2026-02-28T22:00:00Z") }; // 2026-03 in Riga
 * const found = resolveTarget(targets, { kpiId: "csat", scopeId: "riga", period: march }, {
 *   scopeNodes,
 *   calendar: { timeZone: "Europe/Riga" },
 * });
 * [found?.target.id, found?.source, found?.fromScopeId];
 * //=> ["t1", "inherited", "lv"]
 * ```
 *
 * @category Score
 */
export function resolveTarget<T extends TargetValidity>(
  targets: readonly T[],
  query: TargetQuery,
  options: ResolveTargetOptions = {},
): ResolvedTarget<T> | null {
  const where = "resolveTarget";
  requireArray(targets, where, "targets", ["targets"]);
  requireObject(query, where, "query", ["query"]);
  requireObject(query.period, where, "query.period", ["query", "period"]);
  requireObject(options, where, "options", ["options"]);
  const scopeNodes = options.scopeNodes ?? [];
  requireArray(scopeNodes, where, "options.scopeNodes", ["scopeNodes"]);
  const timeZone = options.calendar?.timeZone ?? "UTC";
  const start = query.period.start;
  if (typeof start !== "number" || !Number.isFinite(start)) {
    throw new KpiError("non_finite", "resolveTarget: the period's start must be a finite instant", {
      path: ["query", "period", "start"],
    });
  }
  assertTimeZone(timeZone, "resolveTarget");
  const date = localDateOfInstant(start, timeZone);

  // The targets of this KPI in force on that date, by scope node, in input order.
  const inForce = new Map<string, number[]>();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as T;
    if (typeof t !== "object" || t === null) requireObject(t, where, `targets[${i}]`, ["targets", i]);
    if (t.kpiId !== query.kpiId) continue;
    checkLocalDate(t.validFrom, "resolveTarget", ["targets", i, "validFrom"]);
    if (t.validTo !== undefined) {
      checkLocalDate(t.validTo, "resolveTarget", ["targets", i, "validTo"]);
      if (t.validTo <= t.validFrom) {
        throw new KpiError("invalid_interval", "resolveTarget: validTo must be after validFrom", {
          path: ["targets", i, "validTo"],
        });
      }
    }
    if (t.validFrom > date || (t.validTo !== undefined && t.validTo <= date)) continue;
    const list = inForce.get(t.scopeId);
    if (list === undefined) inForce.set(t.scopeId, [i]);
    else list.push(i);
  }

  const found = (scopeId: string, source: "own" | "inherited"): ResolvedTarget<T> | null => {
    const list = inForce.get(scopeId);
    if (list === undefined) return null;
    if (list.length > 1) {
      throw new KpiError(
        "overlapping_targets",
        `resolveTarget: two targets for KPI "${query.kpiId}" at scope "${scopeId}" are in force on ${date}`,
        { path: ["targets", list[1] as number] },
      );
    }
    const index = list[0] as number;
    return { target: targets[index] as T, index, source, fromScopeId: scopeId };
  };

  const own = found(query.scopeId, "own");
  if (own !== null || scopeNodes.length === 0) return own;

  const indexById = new Map<string, number>();
  scopeNodes.forEach((n, i) => {
    if (typeof n !== "object" || n === null) requireObject(n, where, `options.scopeNodes[${i}]`, ["scopeNodes", i]);
    indexById.set(n.id, i);
  });
  let at = indexById.get(query.scopeId);
  if (at === undefined) {
    throw new KpiError("unknown_reference", `resolveTarget: scope node "${query.scopeId}" is not in the scope tree`, {
      path: ["query", "scopeId"],
    });
  }
  for (let steps = 0; steps < scopeNodes.length; steps++) {
    const parentId = (scopeNodes[at] as { readonly parentId: string | null }).parentId;
    if (parentId === null) return null;
    const parent = indexById.get(parentId);
    if (parent === undefined) {
      throw new KpiError("unknown_reference", `resolveTarget: parent "${parentId}" is not in the scope tree`, {
        path: ["scopeNodes", at, "parentId"],
      });
    }
    const inherited = found(parentId, "inherited");
    if (inherited !== null) return inherited;
    at = parent;
  }
  throw new KpiError("cycle", "resolveTarget: the scope tree's parent chain loops", {
    path: ["scopeNodes", at, "parentId"],
  });
}
