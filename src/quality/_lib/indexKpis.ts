import type { KpiDefinition } from "../../model/kpiDefinition.js";
import { KpiError } from "../../errors.js";

/**
 * Maps KPI ids to their definitions, refusing a list that is not an array or uses an id twice (internal to
 * `quality/`).
 *
 * @param kpis - The KPI definitions.
 * @param where - The public function's name, for the error message.
 * @returns The definitions by id.
 * @throws {@link KpiError} `invalid_argument` (path `["kpis"]`) when `kpis` is not an array or (path `["kpis", j]`)
 * holds a non-object; `duplicate_id` (path `["kpis", j, "id"]`) for an id used twice.
 *
 * @example
 * ```ts
 * indexKpis([{ id: "csat" }] as never, "f").has("csat");
 * //=> true
 * ```
 */
export function indexKpis<K extends Pick<KpiDefinition, "id">>(kpis: readonly K[], where: string): Map<string, K> {
  if (!Array.isArray(kpis)) {
    throw new KpiError("invalid_argument", `${where}: kpis must be an array of KPI definitions`, { path: ["kpis"] });
  }
  const byId = new Map<string, K>();
  for (let j = 0; j < kpis.length; j++) {
    const kpi = kpis[j] as K | undefined;
    if (typeof kpi !== "object" || kpi === null) {
      throw new KpiError("invalid_argument", `${where}: KPI ${j} is not a KPI definition`, { path: ["kpis", j] });
    }
    if (byId.has(kpi.id)) {
      throw new KpiError("duplicate_id", `${where}: the KPI id "${String(kpi.id)}" is used twice`, { path: ["kpis", j, "id"] });
    }
    byId.set(kpi.id, kpi);
  }
  return byId;
}
