/**
 * Ready-made KPI definitions (Latvian and English) for public services.
 *
 * @module kpi-kit/catalog
 */
// The curated API of the `kpi-kit/catalog` subpath: the ready-made KPI definitions.

export { kpiCatalog } from "./kpiCatalog.js";
export { catalogKpis } from "./catalogKpis.js";
export { findCatalogKpi } from "./findCatalogKpi.js";
export { satisfactionKpis } from "./satisfactionKpis.js";
export { gdsKpis } from "./gdsKpis.js";
export { serviceDeliveryKpis } from "./serviceDeliveryKpis.js";
export { serviceDeskKpis } from "./serviceDeskKpis.js";
export { requestKpis } from "./requestKpis.js";
export { complaintKpis } from "./complaintKpis.js";
export { incidentKpis } from "./incidentKpis.js";
export { availabilityKpis } from "./availabilityKpis.js";
export { capacityKpis } from "./capacityKpis.js";
export { changeKpis } from "./changeKpis.js";
export { digitalGovernmentKpis } from "./digitalGovernmentKpis.js";
export type { CatalogKpisOptions } from "./catalogKpis.js";
