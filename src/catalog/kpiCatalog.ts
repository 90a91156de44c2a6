import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { availabilityKpis } from "./availabilityKpis.js";
import { capacityKpis } from "./capacityKpis.js";
import { changeKpis } from "./changeKpis.js";
import { complaintKpis } from "./complaintKpis.js";
import { digitalGovernmentKpis } from "./digitalGovernmentKpis.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { gdsKpis } from "./gdsKpis.js";
import { incidentKpis } from "./incidentKpis.js";
import { requestKpis } from "./requestKpis.js";
import { serviceDeliveryKpis } from "./serviceDeliveryKpis.js";
import { serviceDeskKpis } from "./serviceDeskKpis.js";
import { satisfactionKpis } from "./satisfactionKpis.js";

/**
 * Every ready-made KPI definition of kpi-kit, as frozen input data: the families concatenated in a fixed order.
 *
 * @remarks
 * The order is satisfaction, UK GDS, service delivery, service desk, requests, complaints, incidents and problems,
 * availability and continuity, capacity, change, digital government. Ids are kebab-case and stable across
 * releases. Each entry is a {@link KpiDefinitionInput}: pass it through `parseKpiDefinition` (or use
 * {@link catalogKpis} / {@link findCatalogKpi}) to get the parsed, validated `KpiDefinition` with defaults.
 * Copy an entry with spread syntax to adapt it (another id, another scale, your own procedure) before parsing.
 * Names and descriptions are written for kpi-kit from public sources (VARAM, the UK GDS Service Standard, the EU
 * eGovernment Benchmark and Single Digital Gateway, Eurostat, ITIL practice, ISO 10002).
 *
 * @category Catalog
 */
export const kpiCatalog: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  ...satisfactionKpis,
  ...gdsKpis,
  ...serviceDeliveryKpis,
  ...serviceDeskKpis,
  ...requestKpis,
  ...complaintKpis,
  ...incidentKpis,
  ...availabilityKpis,
  ...capacityKpis,
  ...changeKpis,
  ...digitalGovernmentKpis,
]);
