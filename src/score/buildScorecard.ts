import { targetKindOfDirection } from "./targetKindOfDirection.js";
import type { Calendar } from "../model/calendar.js";
import type { Direction, TimeAggregation } from "../model/kpiDefinition.js";
import type { RagThresholds, Trajectory } from "../model/target.js";
import { KpiError, isKpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { describeValue } from "../internal/describeValue.js";
import { requireOneOf } from "../internal/requireOneOf.js";
import type { TargetValidity } from "./assertNoOverlappingTargets.js";
import type { StatusCounts } from "./countStatuses.js";
import { expectedToDate, type ExpectedToDate } from "./expectedToDate.js";
import { checkPeriod } from "./_lib/checkPeriod.js";
import { plannedValue } from "./plannedValue.js";
import { ragStatus, type RagStatus } from "./ragStatus.js";
import { resolveTarget } from "./resolveTarget.js";
import { scoreAttainment } from "./scoreAttainment.js";
import { scoreComposite, type CompositeItem, type CompositeScore } from "./scoreComposite.js";
import type { InstantInput } from "../time/instantInput.js";
import { scoreProgress, type ProgressScore } from "./scoreProgress.js";

const DIRECTIONS = ["higher_is_better", "lower_is_better", "target_band"] as const;

/**
 * The fields of a target that {@link buildScorecard} reads; any model `Target` fits.
 *
 * @category Score
 */
export type ScorecardTarget = TargetValidity & {
  /** The thresholds of the RAG status (default 1 and 0.9). */
  readonly rag?: RagThresholds | undefined;
  /** Where the KPI started, for the progress score. */
  readonly baseline?: number | undefined;
} & (
    | {
        readonly kind: "at_least" | "at_most";
        readonly value: number;
        readonly trajectory?: Pick<Trajectory, "interpolation" | "milestones"> | undefined;
      }
    | { readonly kind: "between"; readonly lo: number; readonly hi: number; readonly tolerance: number }
  );

/** A KPI as {@link buildScorecard} reads it; any model `KpiDefinition` fits. @category Score */
export interface ScorecardKpi {
  /** The KPI's id. */
  readonly id: string;
  /** Which way is good; must agree with the kind of its targets. */
  readonly direction: Direction;
  /** How its values combine over time (`sum` makes it cumulative for pro-rating). */
  readonly aggregation: TimeAggregation;
}

/** What a scorecard is about: which node, which period, which KPIs and targets. @category Score */
export interface ScorecardContext<T extends ScorecardTarget = ScorecardTarget> {
  /** The scope node the scorecard is for. */
  readonly scopeId: string;
  /** The period scored; `start` and `end` in epoch ms (a `Period` fits). */
  readonly period: { readonly start: number; readonly end: number };
  /** The node's KPIs, one row each, in this order. */
  readonly kpis: readonly ScorecardKpi[];
  /** All targets; the one in force is found per KPI (see `resolveTarget`). */
  readonly targets: readonly T[];
}

/** Options for {@link buildScorecard}. @category Score */
export interface BuildScorecardOptions {
  /**
   * The scope tree, so that a node without a target of its own inherits its nearest ancestor's.
   * @defaultValue `[]` (no inheritance)
   */
  readonly scopeNodes?: readonly { readonly id: string; readonly parentId: string | null }[] | undefined;
  /**
   * The calendar whose time zone reads targets' local dates and trajectories.
   * @defaultValue `{ timeZone: "UTC" }`
   */
  readonly calendar?: Pick<Calendar, "timeZone"> | undefined;
  /**
   * "Now". When given and the period is not complete, cumulative KPIs (time aggregation `sum`) are scored against
   * their target pro-rated to the elapsed time (see `expectedToDate`).
   * @defaultValue `undefined` (score against the full-period target)
   */
  readonly asOf?: InstantInput | undefined;
  /**
   * The weight of each KPI in the composite, by KPI id.
   * @defaultValue 1 for every KPI
   */
  readonly weights?: Readonly<Record<string, number>> | undefined;
}

/** Why a scorecard row has no score. @category Score */
export type ScorecardGap = "no_data" | "no_target" | "undefined_score";

/** One KPI's line on a scorecard. @category Score */
export interface ScorecardRow<T extends ScorecardTarget = ScorecardTarget> {
  /** The KPI. */
  readonly kpiId: string;
  /** Its value for the period, or `null` without data. */
  readonly value: number | null;
  /** The target in force, or `null`. */
  readonly target: T | null;
  /** `own` or `inherited`, or `null` without a target. */
  readonly targetSource: "own" | "inherited" | null;
  /** The scope node the target is set at, or `null`. */
  readonly targetScopeId: string | null;
  /**
   * The value scored against (`at_least` / `at_most`): the trajectory's value at the period's last instant, or the
   * target value; pro-rated when `expected.prorated`. `null` for a band or without a target.
   */
  readonly scoredAgainst: number | null;
  /** The expected-to-date computation when `asOf` was given (`at_least` / `at_most` only), else `null`. */
  readonly expected: ExpectedToDate | null;
  /** The attainment or band score, or `null`. */
  readonly attainment: number | null;
  /** Progress from the target's baseline, when it has one, else `null`. */
  readonly progress: ProgressScore | null;
  /** The RAG status by the target's thresholds (`no_data` without a score). */
  readonly status: RagStatus;
  /** Why there is no score, or `null` when there is one. */
  readonly gap: ScorecardGap | null;
}

/** A scope node's scorecard for one period, as returned by {@link buildScorecard}. @category Score */
export interface Scorecard<T extends ScorecardTarget = ScorecardTarget> {
  /** The scope node. */
  readonly scopeId: string;
  /** One row per KPI, in the order of `context.kpis`. */
  readonly rows: readonly ScorecardRow<T>[];
  /** The weighted composite of the rows' scores, with its breakdown. */
  readonly composite: CompositeScore;
  /** How many rows have each status. */
  readonly counts: StatusCounts;
}

/**
 * Returns a scope node's scorecard for a period: for each KPI its value, target, attainment and RAG status, with the
 * composite score and the status counts.
 *
 * @remarks
 * For each KPI the target in force is found with `resolveTarget` (own, else inherited from the nearest ancestor,
 * in force at the period's start). The KPI's direction must agree with the target's kind (`higher_is_better` with
 * `at_least`, `lower_is_better` with `at_most`, `target_band` with `between`). An `at_least` / `at_most` target is
 * scored against its planned value at the period's last instant, `period.end − 1` (the target value without a
 * trajectory); with `asOf` in an incomplete period a cumulative KPI is scored against that value pro-rated by
 * elapsed real time, and so is its baseline for the progress score. A `between` target gets the band score and is
 * never pro-rated. The status uses the target's own `rag` thresholds (default 1 and 0.9).
 *
 * A row without a score has status `no_data` and a `gap`: `no_target` first, then `no_data` (no value), then
 * `undefined_score` (e.g. an `at_least` target of 0). The composite weighs every KPI by `options.weights` (1 by
 * default) and excludes rows without a score, as `scoreComposite` does.
 *
 * @param values - The period's value of each KPI, keyed by KPI id, as computed by the caller; a missing key or `null`
 * is no data.
 * @param context - See {@link ScorecardContext}.
 * @param options - See {@link BuildScorecardOptions}.
 * @returns See {@link Scorecard}.
 * @throws {@link KpiError} `non_finite` (path `["values", kpiId]`) for a `NaN` or infinite value, or (path
 * `["period", "start" | "end"]`) for a period end that is not a finite number of epoch ms; `invalid_interval` (path
 * `["period", "end"]`) for a period that ends before it starts; `invalid_weight` (path `["weights", kpiId]`);
 * `invalid_argument` (path `["targets", i, "kind"]`) when a target's kind does not match its KPI's direction;
 * `duplicate_id` (path `["kpis", i, "id"]`) for a KPI listed twice; `unknown_reference` (path `["values", id]`) for a
 * value whose key is not the id of a KPI in `context.kpis` (e.g. a misspelt id), or (path `["scopeId"]`) when
 * `options.scopeNodes` is given and lacks `context.scopeId`. The errors of the functions it calls — `resolveTarget`
 * (e.g. `overlapping_targets`, path `["targets", i]`), `plannedValue`, `expectedToDate`, `scoreAttainment`,
 * `ragStatus` — are told as buildScorecard's, on the paths of its own arguments (a target's fields under
 * `["targets", i]`, `asOf` at `["asOf"]`). `invalid_argument` for missing or wrong-shaped arguments: `values` (path
 * `["values"]`) or `context` (path `["context"]`) not an object, `context.scopeId` not a string (path
 * `["scopeId"]`), `context.period` not an object (path `["period"]`), `context.kpis` or `context.targets` not an array
 * (path `["kpis"]`, `["targets"]`), a KPI that is not an object (path `["kpis", i]`) or whose `direction` is not one
 * of the three (path `["kpis", i, "direction"]`), `options` given but not an object (path `["options"]`),
 * `options.scopeNodes` given but not an array (path `["scopeNodes"]`).
 *
 * @example
 * ```ts
 * const kpis = [
 *   { id: "csat", direction: "higher_is_better", aggregation: "survey" },
 *   { id: "lead_time", direction: "lower_is_better", aggregation: "median" },
 * ] as const;
 * const targets = [
 *   { id: "t1", kpiId: "csat", scopeId: "lv", validFrom: "2026-01-01", kind: "at_least", value: 80 },
 *   { id: "t2", kpiId: "lead_time", scopeId: "riga", validFrom: "2026-01-01", kind: "at_most", value: 5 },
 * ] as const;
 * const card = buildScorecard({ csat: 76, lead_time: 4 }, {
 *   scopeId: "riga", period: { start: Date.UTC(2026, 2, 1), end: Date.UTC(2026, 3, 1) }, kpis, targets,
 * }, { scopeNodes: [{ id: "lv", parentId: null }, { id: "riga", parentId: "lv" }] });
 * card.rows.map((r) => [r.kpiId, r.attainment, r.status, r.targetSource]);
 * //=> [["csat", 0.95, "amber", "inherited"], ["lead_time", 1.25, "green", "own"]]
 * ```
 *
 * @category Score
 */
export function buildScorecard<T extends ScorecardTarget>(
  values: Readonly<Record<string, number | null | undefined>>,
  context: ScorecardContext<T>,
  options: BuildScorecardOptions = {},
): Scorecard<T> {
  checkArguments(values, context, options);
  const calendar = options.calendar ?? { timeZone: "UTC" };
  const scopeNodes = options.scopeNodes ?? [];
  // Checked here, not only when a KPI inherits its target, so that a misspelt scopeId never passes unseen.
  const isNode = (n: unknown) => typeof n === "object" && n !== null && (n as { id?: unknown }).id === context.scopeId;
  if (scopeNodes.length > 0 && !scopeNodes.some(isNode)) {
    const message = `buildScorecard: context.scopeId "${context.scopeId}" is not a node of options.scopeNodes`;
    throw new KpiError("unknown_reference", message, { path: ["scopeId"] });
  }
  const weights = options.weights ?? {};
  const { period, targets } = context;
  const seen = new Set<string>();
  const rows: ScorecardRow<T>[] = [];
  const items: CompositeItem[] = [];
  const counts = { green: 0, amber: 0, red: 0, no_data: 0 };

  for (let k = 0; k < context.kpis.length; k++) {
    const kpi = context.kpis[k] as ScorecardKpi;
    if (typeof kpi !== "object" || kpi === null) requireObject(kpi, "buildScorecard", `context.kpis[${k}]`, ["kpis", k]);
    if (seen.has(kpi.id)) {
      throw new KpiError("duplicate_id", `buildScorecard: KPI "${kpi.id}" is listed twice`, { path: ["kpis", k, "id"] });
    }
    seen.add(kpi.id);
    requireOneOf(kpi.direction, DIRECTIONS, "buildScorecard", `context.kpis[${k}].direction`, ["kpis", k, "direction"]);
    const raw = Object.hasOwn(values, kpi.id) ? values[kpi.id] : undefined;
    const value = raw ?? null;
    if (value !== null && (typeof value !== "number" || !Number.isFinite(value))) {
      throw new KpiError("non_finite", `buildScorecard: the value of "${kpi.id}" must be a finite number or null`, {
        path: ["values", kpi.id],
      });
    }
    const weight = Object.hasOwn(weights, kpi.id) ? (weights[kpi.id] as number) : 1;
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new KpiError("invalid_weight", `buildScorecard: the weight of "${kpi.id}" must be a finite number of 0 or more`, {
        path: ["weights", kpi.id],
      });
    }

    // The inner functions' errors are told as buildScorecard's, on the paths of its own arguments.
    const found = asBuildScorecard(
      () => resolveTarget(targets, { kpiId: kpi.id, scopeId: context.scopeId, period }, { scopeNodes, calendar }),
      (path) => (path[0] === "query" ? path.slice(1) : path),
    );
    let row: ScorecardRow<T>;
    if (found === null) {
      row = {
        kpiId: kpi.id, value, target: null, targetSource: null, targetScopeId: null, scoredAgainst: null,
        expected: null, attainment: null, progress: null, status: "no_data", gap: "no_target",
      };
    } else {
      const target: T = found.target;
      const at: PropertyKey[] = ["targets", found.index];
      // Paths of the scoring functions' arguments: the target's fields, the value scored, the value scored against.
      const scoring = (path: readonly PropertyKey[]): readonly PropertyKey[] => {
        const [head, ...rest] = path;
        if (head === "target" && rest.length > 0) return [...at, ...rest];
        if (head === "actual") return ["values", kpi.id];
        if (head === "baseline") return [...at, "baseline"];
        if (head === "target" || head === "targetValue" || (head === "options" && rest[0] === "plannedValue")) {
          return [...at, "value"];
        }
        if (head === "instant") return ["period", "end"];
        if (head === "options" && (rest[0] === "green" || rest[0] === "amber")) return [...at, "rag", ...rest];
        return path;
      };
      checkDirection(kpi.direction, target.kind, found.index);
      let scoredAgainst: number | null = null;
      let expected: ExpectedToDate | null = null;
      let attainment: number | null;
      let progress: ProgressScore | null = null;
      if (target.kind === "between") {
        attainment = asBuildScorecard(() => scoreAttainment(value, target), scoring);
      } else {
        const planned =
          target.trajectory === undefined
            ? target.value
            : asBuildScorecard(() => plannedValue(target, period.end - 1, calendar), scoring);
        let baseline = target.baseline;
        scoredAgainst = planned;
        if (options.asOf !== undefined) {
          const asOf = options.asOf;
          expected = asBuildScorecard(() => expectedToDate(planned, period, { asOf, kpi }), scoring);
          scoredAgainst = expected.value;
          if (expected.prorated && baseline !== undefined) baseline *= expected.fraction;
        }
        const against = scoredAgainst;
        attainment = asBuildScorecard(() => scoreAttainment(value, target, { plannedValue: against }), scoring);
        if (baseline !== undefined) {
          const from = baseline;
          progress = asBuildScorecard(() => scoreProgress(value, from, against), scoring);
        }
      }
      const score = attainment;
      const status = asBuildScorecard(() => ragStatus(score, target.rag ?? { green: 1, amber: 0.9 }), scoring);
      row = {
        kpiId: kpi.id, value, target, targetSource: found.source, targetScopeId: found.fromScopeId, scoredAgainst,
        expected, attainment, progress, status,
        gap: attainment !== null ? null : value === null ? "no_data" : "undefined_score",
      };
    }
    rows.push(row);
    counts[row.status]++;
    const missing = row.gap === "no_target" || row.gap === "no_data" ? row.gap : undefined;
    items.push({ kpiId: kpi.id, score: row.attainment, weight, missing });
  }
  // A value for a KPI the context does not list (e.g. a misspelt id) would otherwise be dropped without a word.
  for (const id of Object.keys(values)) {
    if (!seen.has(id)) {
      const message = `buildScorecard: values has a value for "${id}", which is not the id of a KPI in context.kpis`;
      throw new KpiError("unknown_reference", message, { path: ["values", id] });
    }
  }
  return { scopeId: context.scopeId, rows, composite: scoreComposite(items), counts };
}

/** Refuses, before anything is read, arguments of the wrong shape (a call from JavaScript). */
function checkArguments(values: unknown, context: unknown, options: unknown): void {
  const where = "buildScorecard";
  requireObject(values, where, "values", ["values"]);
  requireObject(context, where, "context", ["context"]);
  const { scopeId, period, kpis, targets } = context as { scopeId?: unknown; period?: unknown; kpis?: unknown; targets?: unknown };
  requireObject(period, where, "context.period", ["period"]);
  checkPeriod(period, where, ["period"]);
  requireArray(kpis, where, "context.kpis", ["kpis"]);
  requireArray(targets, where, "context.targets", ["targets"]);
  if (typeof scopeId !== "string") {
    throw new KpiError("invalid_argument", `${where}: context.scopeId must be a string, not ${describeValue(scopeId)}`, {
      path: ["scopeId"],
    });
  }
  requireObject(options, where, "options", ["options"]);
  requireArray((options as { scopeNodes?: unknown }).scopeNodes ?? [], where, "options.scopeNodes", ["scopeNodes"]);
}

function checkDirection(direction: Direction, kind: ScorecardTarget["kind"], index: number): void {
  const expected = targetKindOfDirection(direction);
  if (kind !== expected) {
    throw new KpiError("invalid_argument", `buildScorecard: a ${direction} KPI needs a target of kind ${expected}, not ${kind}`, {
      path: ["targets", index, "kind"],
    });
  }
}

// Runs an inner function (resolveTarget, plannedValue…) and tells its errors as buildScorecard's: the inner name leaves
// the message, and `toPath` moves the path onto buildScorecard's arguments (whose context and options fields its
// paths name without a prefix, like ["period"], ["targets", i] and ["scopeNodes"]).
function asBuildScorecard<R>(run: () => R, toPath: (path: readonly PropertyKey[]) => readonly PropertyKey[]): R {
  try {
    return run();
  } catch (cause) {
    if (!isKpiError(cause)) throw cause;
    const message = `buildScorecard: ${cause.message.replace(/^\w+: /, "")}`;
    throw new KpiError(cause.code, message, { path: toPath(cause.path), cause, issues: cause.issues });
  }
}
