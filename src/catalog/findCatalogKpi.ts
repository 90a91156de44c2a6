import { KpiError } from "../errors.js";
import { parseKpiDefinition, type KpiDefinition } from "../model/kpiDefinition.js";
import { kpiCatalog } from "./kpiCatalog.js";

/**
 * Returns the ready-made KPI definition with an id, parsed and validated, or `null` when the catalogue has none.
 *
 * @remarks
 * Ids are kebab-case and stable (e.g. `"recipient-satisfaction"`, `"gds-cost-per-transaction"`,
 * `"service-availability"`); the match is exact and case-sensitive. Only the entry found is parsed.
 *
 * @param id - The catalogue id.
 * @returns A frozen `KpiDefinition`, or `null` for an id not in {@link kpiCatalog}.
 * @throws `KpiError` `invalid_argument` (path `["id"]`) when `id` is not a string.
 *
 * @example
 * ```ts
 * const kpi = findCatalogKpi("gds-cost-per-transaction");
 * [kpi?.unit, kpi?.rollUp, findCatalogKpi("no-such-kpi")];
 * //=> ["EUR", "ratio_of_sums", null]
 * ```
 *
 * @category Catalog
 */
export function findCatalogKpi(id: string): KpiDefinition | null {
  if (typeof id !== "string") {
    throw new KpiError("invalid_argument", `findCatalogKpi: the id must be a string, not ${typeof id}`, { path: ["id"] });
  }
  const input = kpiCatalog.find((entry) => entry.id === id);
  return input === undefined ? null : parseKpiDefinition(input);
}
