import { describe, expect, it } from "vitest";
import { findCatalogKpi } from "../../src/catalog/findCatalogKpi.js";
import { kpiCatalog } from "../../src/catalog/kpiCatalog.js";

describe("findCatalogKpi", () => {
  it("matches the documented example", () => {
    const kpi = findCatalogKpi("gds-cost-per-transaction");
    expect([kpi?.unit, kpi?.rollUp, findCatalogKpi("no-such-kpi")]).toEqual(["EUR", "ratio_of_sums", null]);
  });

  it("finds every catalogue id", () => {
    for (const input of kpiCatalog) expect(findCatalogKpi(input.id)?.id).toBe(input.id);
  });

  it("returns the nationally mandated satisfaction KPI as a CSAT survey when asked by its id", () => {
    const kpi = findCatalogKpi("recipient-satisfaction");
    expect(kpi?.measure).toEqual({ kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 });
    expect(kpi?.rollUp).toBe("recompute");
    expect(Object.isFrozen(kpi)).toBe(true);
  });

  it("returns null when the id differs only in case", () => {
    expect(findCatalogKpi("Recipient-Satisfaction")).toBeNull();
  });

  it("throws invalid_argument when the id is not a string", () => {
    expect(() => findCatalogKpi(42 as never)).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["id"] }));
  });
});
