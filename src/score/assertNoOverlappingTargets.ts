import { KpiError } from "../errors.js";
import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { checkLocalDate } from "./_lib/checkLocalDate.js";

/**
 * The fields of a target that say where and when it is in force; any model `Target` fits.
 *
 * @category Score
 */
export interface TargetValidity {
  /** The KPI the target is for. */
  readonly kpiId: string;
  /** The scope node it is set at. */
  readonly scopeId: string;
  /** The first local date it is in force (inclusive), `YYYY-MM-DD`. */
  readonly validFrom: string;
  /** The first local date it is no longer in force (exclusive); open-ended when absent. */
  readonly validTo?: string | undefined;
}

/**
 * Checks that no two targets for the same KPI and scope node are in force at the same time, and throws otherwise.
 *
 * @remarks
 * Validity is the half-open range of local dates `[validFrom, validTo)`, open-ended without `validTo`; so a target
 * ending on `2026-07-01` and one starting on `2026-07-01` do not overlap. Local dates compare as dates whatever the
 * calendar's zone, so no zone is needed. The error names the first target, in input order, that overlaps an earlier
 * one. Runs in `O(n log n)` time plus `O(k)` per insert for `k` targets of one KPI and node.
 *
 * @param targets - The targets, e.g. a workspace's.
 * @throws {@link KpiError} `overlapping_targets` (path `["targets", i]`, `i` the later of the two); `invalid_interval`
 * (path `["targets", i, "validTo"]`) when `validTo` is not after `validFrom`; `invalid_argument` (path
 * `["targets", i, field]`) for a malformed local date, or for missing or wrong-shaped arguments: `targets` not an
 * array (path `["targets"]`), a target that is not an object (path `["targets", i]`).
 *
 * @example
 * ```ts
 * assertNoOverlappingTargets([
 *   { kpiId: "csat", scopeId: "riga", validFrom: "2026-01-01", validTo: "2026-07-01" },
 *   { kpiId: "csat", scopeId: "riga", validFrom: "2026-07-01" },
 * ]);
 * //=> undefined (no error)
 * ```
 *
 * @category Score
 */
export function assertNoOverlappingTargets(targets: readonly TargetValidity[]): void {
  // Per KPI and node, the ranges seen so far, sorted by start; they never overlap one another.
  requireArray(targets, "assertNoOverlappingTargets", "targets", ["targets"]);
  const seen = new Map<string, { from: string; to: string | null }[]>();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] as TargetValidity;
    if (typeof t !== "object" || t === null) requireObject(t, "assertNoOverlappingTargets", `targets[${i}]`, ["targets", i]);
    checkLocalDate(t.validFrom, "assertNoOverlappingTargets", ["targets", i, "validFrom"]);
    const to = t.validTo ?? null;
    if (to !== null) {
      checkLocalDate(to, "assertNoOverlappingTargets", ["targets", i, "validTo"]);
      if (to <= t.validFrom) {
        throw new KpiError("invalid_interval", "assertNoOverlappingTargets: validTo must be after validFrom", {
          path: ["targets", i, "validTo"],
        });
      }
    }
    const key = JSON.stringify([t.kpiId, t.scopeId]);
    let ranges = seen.get(key);
    if (ranges === undefined) {
      ranges = [];
      seen.set(key, ranges);
    }
    // First range starting at or after this one's start.
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ranges[mid] as { from: string }).from < t.validFrom) lo = mid + 1;
      else hi = mid;
    }
    const before = ranges[lo - 1];
    const after = ranges[lo];
    const overlapsBefore = before !== undefined && (before.to === null || before.to > t.validFrom);
    const overlapsAfter = after !== undefined && (to === null || after.from < to);
    if (overlapsBefore || overlapsAfter) {
      throw new KpiError(
        "overlapping_targets",
        `assertNoOverlappingTargets: two targets for KPI "${t.kpiId}" at scope "${t.scopeId}" are in force at the same time`,
        { path: ["targets", i] },
      );
    }
    ranges.splice(lo, 0, { from: t.validFrom, to });
  }
}
