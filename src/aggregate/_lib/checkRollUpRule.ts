import { KpiError } from "../../errors.js";
import { showValue } from "../../internal/describeValue.js";
import { ROLL_UP_RULES } from "../../model/_lib/rollUpRules.js";

const RULES: ReadonlySet<unknown> = new Set(ROLL_UP_RULES);

/**
 * Refuses a KPI's `rollUp` that is not a roll-up rule, naming the field and listing the rules: both forms of
 * `rollUpScopes` check it so. Internal.
 *
 * @param rule - The KPI's `rollUp`.
 * @param where - The public function's name.
 * @param name - The field as the message writes it (`kpi.rollUp`, `kpis[2].rollUp`).
 * @param path - The field's path.
 * @throws {@link KpiError} `invalid_argument` at `path`.
 *
 * @example
 * ```ts
 * try { checkRollUpRule("average", "rollUpScopes", "kpi.rollUp", ["kpi", "rollUp"]); } catch (e) { (e as KpiError).path; }
 * //=> ["kpi", "rollUp"]
 * ```
 */
export function checkRollUpRule(rule: unknown, where: string, name: string, path: readonly PropertyKey[]): void {
  if (!RULES.has(rule)) {
    throw new KpiError("invalid_argument", `${where}: ${name} must be one of ${ROLL_UP_RULES.join(", ")}, not ${showValue(rule)}`, { path: [...path] });
  }
}
