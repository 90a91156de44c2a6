import { describe, expect, it } from "vitest";
import { catalogKpis } from "../../src/catalog/catalogKpis.js";
import { kpiCatalog } from "../../src/catalog/kpiCatalog.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

describe("catalogKpis", () => {
  it("matches the documented example", () => {
    // By hand: among the KPIs defined for the resource scope, the leading efficiency ones are the incident backlog
    // growth (incident family) and peak capacity utilisation (capacity family), in catalogue order.
    expect(catalogKpis({ scopeKind: "resource", indicator: "leading", category: "efficiency" }).map((kpi) => kpi.id)).toEqual([
      "incident-backlog-growth",
      "capacity-utilisation",
    ]);
  });

  it("returns every catalogue entry in catalogue order when no filter is given", () => {
    expect(catalogKpis().map((kpi) => kpi.id)).toEqual(kpiCatalog.map((input) => input.id));
  });

  it("applies the defaults when the input omits them", () => {
    const [first] = catalogKpis({ scopeKind: "national", indicator: "lagging", category: "satisfaction", level: "policy" });
    // recipient-satisfaction is written with drivers omitted: the parsed value has the default empty array.
    expect(first?.id).toBe("recipient-satisfaction");
    expect(first?.drivers).toEqual([]);
  });

  it("returns a fresh frozen array of frozen definitions when called twice", () => {
    const a = catalogKpis();
    const b = catalogKpis();
    expect(a).not.toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.every((kpi) => Object.isFrozen(kpi))).toBe(true);
  });

  it("keeps only KPIs defined for the national scope when filtered by it", () => {
    const national = catalogKpis({ scopeKind: "national" });
    expect(national.length).toBeGreaterThan(0);
    for (const kpi of national) expect(kpi.scopeKinds).toContain("national");
    expect(national.map((kpi) => kpi.id)).not.toContain("capacity-utilisation");
  });

  it("returns an empty array when no KPI matches", () => {
    // By reading the data: the policy-level KPIs are defined for national, sector, municipality, institution and
    // service scopes, never for a resource.
    expect(catalogKpis({ scopeKind: "resource", level: "policy" })).toEqual([]);
  });

  it("throws invalid_argument when a filter value is unknown", () => {
    expect(() => catalogKpis({ scopeKind: "planet" as never })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "scopeKind"] }),
    );
    expect(() => catalogKpis({ indicator: "sideways" as never })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "indicator"] }),
    );
    expect(() => catalogKpis({ category: 3 as never })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "category"] }),
    );
    expect(() => catalogKpis({ level: "top" as never })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "level"] }),
    );
  });

  it("throws invalid_argument for options that are not an object, from JavaScript", () => {
    expect(kpiErrorOf(() => catalogKpis(null as never))).toEqual({
      code: "invalid_argument",
      path: ["options"],
      message: "catalogKpis: options must be an object, not null",
    });
    expect(kpiErrorOf(() => catalogKpis("service" as never))?.message).toBe("catalogKpis: options must be an object, not string");
  });
});
