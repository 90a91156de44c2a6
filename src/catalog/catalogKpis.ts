import { KpiError } from "../errors.js";
import {
  IndicatorKindSchema,
  KpiCategorySchema,
  ManagementLevelSchema,
  parseKpiDefinition,
  type IndicatorKind,
  type KpiCategory,
  type KpiDefinition,
  type ManagementLevel,
} from "../model/kpiDefinition.js";
import { ScopeKindSchema, type ScopeKind } from "../model/scopeKind.js";
import { kpiCatalog } from "./kpiCatalog.js";
import { requireObject } from "../internal/requireObject.js";

/**
 * Options for {@link catalogKpis}. Every filter given must match; an omitted filter matches everything.
 *
 * @category Catalog
 */
export interface CatalogKpisOptions {
  /**
   * Keep only KPIs defined for this scope kind.
   * @defaultValue every scope kind
   */
  readonly scopeKind?: ScopeKind | undefined;
  /**
   * Keep only `leading` or only `lagging` KPIs.
   * @defaultValue both
   */
  readonly indicator?: IndicatorKind | undefined;
  /**
   * Keep only KPIs of this category.
   * @defaultValue every category
   */
  readonly category?: KpiCategory | undefined;
  /**
   * Keep only KPIs of this management level.
   * @defaultValue every level
   */
  readonly level?: ManagementLevel | undefined;
}

function checkOption(value: unknown, allowed: readonly string[], key: keyof CatalogKpisOptions): void {
  if (value !== undefined && (typeof value !== "string" || !allowed.includes(value))) {
    throw new KpiError(
      "invalid_argument",
      `catalogKpis: options.${key} must be one of ${allowed.join(", ")}, not ${String(value)}`,
      { path: ["options", key] },
    );
  }
}

/**
 * Returns the ready-made KPI definitions, parsed and validated, optionally filtered by scope kind, indicator kind,
 * category and level.
 *
 * @remarks
 * Parses {@link kpiCatalog} on each call (about fifty small definitions; no module state is kept), so every
 * result is a fresh frozen array of frozen `KpiDefinition`s in catalogue order, with defaults applied
 * (`drivers`, `puTasks`, `conditions`, ratio `scale`). Driver links point only to KPIs of the catalogue and go
 * from leading to lagging KPIs; with a filter, a link may point to a KPI that the filter left out.
 *
 * @param options - See {@link CatalogKpisOptions}.
 * @returns The matching definitions; an empty array when none matches.
 * @throws `KpiError` `invalid_argument` (path `["options", key]`) for a filter value that is not a known
 * scope kind, indicator kind, category or level, or (path `["options"]`) for `options` given but not an object.
 *
 * @example
 * ```ts
 * catalogKpis({ scopeKind: "resource", indicator: "leading", category: "efficiency" }).map((kpi) => kpi.id);
 * //=> ["incident-backlog-growth", "capacity-utilisation"]
 * ```
 *
 * @category Catalog
 */
export function catalogKpis(options: CatalogKpisOptions = {}): readonly KpiDefinition[] {
  requireObject(options, "catalogKpis", "options", ["options"]);
  const { scopeKind, indicator, category, level } = options;
  checkOption(scopeKind, ScopeKindSchema.options, "scopeKind");
  checkOption(indicator, IndicatorKindSchema.options, "indicator");
  checkOption(category, KpiCategorySchema.options, "category");
  checkOption(level, ManagementLevelSchema.options, "level");
  const result: KpiDefinition[] = [];
  for (const input of kpiCatalog) {
    const kpi = parseKpiDefinition(input);
    if (scopeKind !== undefined && !kpi.scopeKinds.includes(scopeKind)) continue;
    if (indicator !== undefined && kpi.indicator !== indicator) continue;
    if (category !== undefined && kpi.category !== category) continue;
    if (level !== undefined && kpi.level !== level) continue;
    result.push(kpi);
  }
  return Object.freeze(result);
}
