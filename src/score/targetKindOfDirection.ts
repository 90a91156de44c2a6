import type { Direction } from "../model/kpiDefinition.js";
import { KpiError } from "../errors.js";

/** A target's kind: `at_least`, `at_most` or `between`. @category Score */
export type TargetKind = "at_least" | "at_most" | "between";

const KIND_OF_DIRECTION: Readonly<Record<Direction, TargetKind>> = {
  higher_is_better: "at_least",
  lower_is_better: "at_most",
  target_band: "between",
};

/**
 * Returns the kind of target a KPI's direction calls for: `higher_is_better` → `at_least`, `lower_is_better` →
 * `at_most`, `target_band` → `between`.
 *
 * @remarks
 * The one mapping between a KPI's `direction` and its targets' `kind` (docs/conventions.md#scoring): `parseWorkspace`
 * refuses a target of another kind, and `buildScorecard` a scoring target that disagrees. Use it to build a target
 * for a KPI, or to check one made elsewhere.
 *
 * @param direction - The KPI's direction.
 * @returns The target kind.
 * @throws {@link KpiError} `invalid_argument` (path `["direction"]`) for an unknown direction.
 *
 * @example
 * ```ts
 * ["higher_is_better", "lower_is_better", "target_band"].map((d) => targetKindOfDirection(d as never));
 * //=> ["at_least", "at_most", "between"]
 * ```
 *
 * @category Score
 */
export function targetKindOfDirection(direction: Direction): TargetKind {
  const kind = Object.hasOwn(KIND_OF_DIRECTION, direction) ? KIND_OF_DIRECTION[direction] : undefined;
  if (kind === undefined) {
    throw new KpiError("invalid_argument", `targetKindOfDirection: unknown direction ${JSON.stringify(direction)}`, { path: ["direction"] });
  }
  return kind;
}
