import { describe, expectTypeOf, it } from "vitest";
import { catalogKpis } from "../../src/catalog/catalogKpis.js";
import { findCatalogKpi } from "../../src/catalog/findCatalogKpi.js";
import { kpiCatalog } from "../../src/catalog/kpiCatalog.js";
import type { KpiDefinition, KpiDefinitionInput } from "../../src/model/kpiDefinition.js";
import type { KpiId } from "../../src/model/ids.js";

describe("catalogKpis", () => {
  it("returns readonly parsed definitions with branded ids", () => {
    expectTypeOf(catalogKpis()).toEqualTypeOf<readonly KpiDefinition[]>();
    expectTypeOf(catalogKpis()[0]!.id).toEqualTypeOf<KpiId>();
  });

  it("refuses an unknown filter value at compile time", () => {
    // @ts-expect-error -- "planet" is not a scope kind
    catalogKpis({ scopeKind: "planet" });
  });
});

describe("findCatalogKpi", () => {
  it("returns a definition or null", () => {
    expectTypeOf(findCatalogKpi("mtbf")).toEqualTypeOf<KpiDefinition | null>();
  });
});

describe("kpiCatalog", () => {
  it("is a readonly array of inputs", () => {
    expectTypeOf(kpiCatalog).toEqualTypeOf<readonly KpiDefinitionInput[]>();
  });
});
