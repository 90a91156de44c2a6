import type { Calendar } from "../model/calendar.js";
import type { Milestone, Trajectory } from "../model/target.js";
import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { requireOneOf } from "../internal/requireOneOf.js";
import { assertNever } from "../internal/assertNever.js";
import { assertTimeZone } from "../time/_lib/assertTimeZone.js";
import { daysFromCivil } from "../time/_lib/daysFromCivil.js";
import { instantOfLocalTime } from "../time/_lib/instantOfLocalTime.js";
import { checkLocalDate } from "./_lib/checkLocalDate.js";
import { localDateOfInstant } from "./_lib/localDateOfInstant.js";

/**
 * The fields of a target that {@link plannedValue} reads; any model `Target` fits.
 *
 * @category Score
 */
export interface PlannedTarget {
  /** Only `at_least` and `at_most` targets have a planned value. */
  readonly kind: "at_least" | "at_most" | "between";
  /** The target value (for `at_least` / `at_most`). */
  readonly value?: number | undefined;
  /** The first local date the target is in force. */
  readonly validFrom: string;
  /** Where the KPI started, planned for `validFrom`. */
  readonly baseline?: number | undefined;
  /** The planned path, if any. */
  readonly trajectory?: Pick<Trajectory, "interpolation" | "milestones"> | undefined;
}

/**
 * Returns the value a target plans for an instant: its trajectory's value then, or the target value without one.
 *
 * @remarks
 * Each milestone's value holds from the local midnight (in the calendar's zone) that starts its date. When the target
 * has a `baseline` and `validFrom` is before the first milestone, the baseline acts as a milestone on `validFrom`.
 * Between two milestones, `step` holds the earlier value until the later date; `linear` interpolates by the real
 * time elapsed between the two local midnights (so a 23-hour day is a shorter step than a 25-hour one). Before the
 * first milestone (or the baseline) the first value holds; after the last milestone the last value holds — the
 * trajectory does not run on to `value` by itself, so make `value` the last milestone when it should. Without a
 * trajectory the target's `value` is planned throughout.
 *
 * To score a period, scorers use the planned value at the period's last instant (`period.end − 1`): the value the
 * plan reaches by the end of the period.
 *
 * @param target - An `at_least` or `at_most` target; see {@link PlannedTarget}.
 * @param instant - The instant, in epoch milliseconds.
 * @param calendar - Its `timeZone` reads the milestones' local dates.
 * @returns The planned value.
 * @throws {@link KpiError} `invalid_argument` (path `["target", "kind"]`) for a `between` target or an unknown kind, (path
 * `["target", "trajectory", "interpolation"]`) for an interpolation other than `step` or `linear`, or (path
 * `["target", "trajectory", ...]`) for a trajectory without milestones or with a malformed date; `invalid_interval`
 * (path `["target", "trajectory", "milestones", i, "date"]`) for milestones not in strictly increasing date order;
 * `non_finite` for a `NaN` or infinite `instant` (path `["instant"]`), value or milestone value;
 * `invalid_time_zone` (path `["timeZone"]`); `invalid_argument` for missing or wrong-shaped arguments: `target`
 * (path `["target"]`) or `calendar` (path `["calendar"]`) not an object, a trajectory that is not an object (path
 * `["target", "trajectory"]`), its `milestones` not an array (path `["target", "trajectory", "milestones"]`) or a
 * milestone that is not an object (path `["target", "trajectory", "milestones", i]`).
 *
 * @example
 * ```ts
 * const target = {
 *   kind: "at_least" as const, value: 80, validFrom: "2026-01-01",
 *   trajectory: {
 *     interpolation: "step" as const,
 *     milestones: [{ date: "2026-01-01", value: 60 }, { date: "2026-07-01", value: 80 }],
 *   },
 * };
 * [
 *   plannedValue(target, Date.parse("2026-06-30T12:00:00Z"), { timeZone: "UTC" }),
 *   plannedValue(target, Date.parse("2026-07-01T00:00:00Z"), { timeZone: "UTC" }),
 * ];
 * //=> [60, 80]
 * ```
 *
 * @category Score
 */
export function plannedValue(target: PlannedTarget, instant: number, calendar: Pick<Calendar, "timeZone">): number {
  requireObject(target, "plannedValue", "target", ["target"]);
  requireObject(calendar, "plannedValue", "calendar", ["calendar"]);
  requireOneOf(target.kind, ["at_least", "at_most", "between"], "plannedValue", "target.kind", ["target", "kind"]);
  switch (target.kind) {
    case "at_least":
    case "at_most":
      break;
    case "between":
      throw new KpiError("invalid_argument", "plannedValue: a between target plans a band, not a value", {
        path: ["target", "kind"],
      });
    default:
      return assertNever(target.kind, "plannedValue");
  }
  if (typeof instant !== "number" || !Number.isFinite(instant)) {
    throw new KpiError("non_finite", "plannedValue: the instant must be a finite number of epoch ms", { path: ["instant"] });
  }
  const trajectory = target.trajectory;
  if (trajectory === undefined) {
    if (target.value === undefined || !Number.isFinite(target.value)) {
      throw new KpiError("non_finite", "plannedValue: the target value must be a finite number", {
        path: ["target", "value"],
      });
    }
    return target.value;
  }
  requireObject(trajectory, "plannedValue", "target.trajectory", ["target", "trajectory"]);
  requireOneOf(trajectory.interpolation, ["step", "linear"], "plannedValue", "target.trajectory.interpolation", [
    "target",
    "trajectory",
    "interpolation",
  ]);
  requireArray(trajectory.milestones, "plannedValue", "target.trajectory.milestones", ["target", "trajectory", "milestones"]);
  assertTimeZone(calendar.timeZone, "plannedValue");
  const milestones = trajectory.milestones;
  if (milestones.length === 0) {
    throw new KpiError("invalid_argument", "plannedValue: a trajectory needs at least one milestone", {
      path: ["target", "trajectory", "milestones"],
    });
  }
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i] as Milestone;
    if (typeof m !== "object" || m === null) {
      requireObject(m, "plannedValue", `target.trajectory.milestones[${i}]`, ["target", "trajectory", "milestones", i]);
    }
    checkLocalDate(m.date, "plannedValue", ["target", "trajectory", "milestones", i, "date"]);
    if (!Number.isFinite(m.value)) {
      throw new KpiError("non_finite", "plannedValue: a milestone value must be finite", {
        path: ["target", "trajectory", "milestones", i, "value"],
      });
    }
    if (i > 0 && m.date <= (milestones[i - 1] as Milestone).date) {
      throw new KpiError("invalid_interval", "plannedValue: milestones must be in strictly increasing date order", {
        path: ["target", "trajectory", "milestones", i, "date"],
      });
    }
  }
  const points: readonly { readonly date: string; readonly value: number }[] =
    target.baseline !== undefined && target.validFrom < (milestones[0] as Milestone).date
      ? [{ date: target.validFrom, value: target.baseline }, ...milestones]
      : milestones;
  if (points !== milestones) {
    checkLocalDate(target.validFrom, "plannedValue", ["target", "validFrom"]);
    if (!Number.isFinite(target.baseline)) {
      throw new KpiError("non_finite", "plannedValue: the baseline must be finite", { path: ["target", "baseline"] });
    }
  }

  const date = localDateOfInstant(instant, calendar.timeZone);
  // The last point whose date has begun by the instant.
  let k = -1;
  while (k + 1 < points.length && (points[k + 1] as Milestone).date <= date) k++;
  if (k < 0) return (points[0] as Milestone).value;
  const current = points[k] as Milestone;
  const next = points[k + 1];
  if (next === undefined) return current.value;
  switch (trajectory.interpolation) {
    case "step":
      return current.value;
    case "linear": {
      const from = midnightOf(current.date, calendar.timeZone);
      const to = midnightOf(next.date, calendar.timeZone);
      const fraction = Math.min(1, Math.max(0, (instant - from) / (to - from)));
      const value = current.value + (next.value - current.value) * fraction;
      return Number.isFinite(value) ? value : current.value * (1 - fraction) + next.value * fraction;
    }
    default:
      return assertNever(trajectory.interpolation, "plannedValue");
  }
}

function midnightOf(date: string, timeZone: string): number {
  const day = daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
  return instantOfLocalTime(day, 0, timeZone);
}
