import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";

/**
 * Ready-made KPIs of capacity and performance: peak capacity utilisation and the 95th percentile response time.
 *
 * @remarks
 * Both are 95th percentiles (Hyndman–Fan type 7) of many samples in a period. The response time is recomputed from
 * the pooled request durations at every scope. Utilisation is read per resource only (`rollUp: "none"`): resources
 * of different size have no common capacity, so their percentiles cannot be combined.
 *
 * @category Catalog
 */
export const capacityKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "capacity-utilisation",
    name: { lv: "Maksimālā jaudas noslodze", en: "Peak capacity utilisation" },
    description: {
      lv: "Resursa jaudas (procesora, darbinieku stundu, apkalpošanas vietu) noslodzes 95. procentile perioda intervālos. Pārāk augsta noslodze draud ar rindām, pārāk zema nozīmē lieki tērētus līdzekļus.",
      en: "The 95th percentile of how much of a resource's capacity (processor, staff hours, counter places) was in use over the intervals of the period. Too high risks queues; too low wastes money.",
    },
    indicator: "leading",
    category: "efficiency",
    unit: "%",
    precision: 0,
    direction: "target_band",
    measure: { kind: "value" },
    aggregation: "quantile",
    quantile: 0.95,
    rollUp: "none",
    frequency: "daily",
    procedure: {
      steps: [
        {
          lv: "Ar noteiktu intervālu (piemēram, 5 minūtes) uzrauga resursa izmantoto un pieejamo jaudu.",
          en: "At a fixed interval (for example 5 minutes), sample the resource's capacity in use and capacity available.",
        },
        {
          lv: "Katru intervālu reģistrē kā vienu ierakstu ar vērtību 100 × izmantotā / pieejamā jauda.",
          en: "Record each interval as one record with the value 100 × capacity in use / capacity available.",
        },
        {
          lv: "Periodam ņem 95. procentili; resursus salīdzina blakus, to procentiles nevidējo.",
          en: "Take the 95th percentile for the period; compare resources side by side, never average their percentiles.",
        },
      ],
      dataSource: { lv: "uzraudzības sistēma", en: "monitoring system" },
      collection: "automated",
    },
    ownerRoleId: "resource_owner",
    scopeKinds: ["resource"],
    level: "support",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-19"],
    conditions: ["N7"],
  },
  {
    id: "response-time-p95",
    name: { lv: "Atbildes laika 95. procentile", en: "95th percentile response time" },
    description: {
      lv: "Atbildes laiks, kuru nepārsniedz 95 % tiešsaistes pakalpojuma vai sistēmas pieprasījumu; to pārrēķina no visiem perioda pieprasījumu ilgumiem.",
      en: "The response time that 95 % of the requests to an online service or system stay within, recomputed from every request duration of the period.",
    },
    indicator: "leading",
    category: "quality",
    unit: "ms",
    precision: 0,
    direction: "lower_is_better",
    measure: { kind: "duration" },
    aggregation: "quantile",
    quantile: 0.95,
    rollUp: "recompute",
    frequency: "daily",
    procedure: {
      steps: [
        {
          lv: "No lietotnes vai tīkla uzraudzības ņem katra pieprasījuma ilgumu milisekundēs (vai histogrammu, ko var apvienot).",
          en: "From application or network monitoring, take each request's duration in milliseconds (or a histogram that can be merged).",
        },
        {
          lv: "95. procentili jebkurā mērogā pārrēķina no visiem apvienotajiem ilgumiem (Hyndman–Fan 7. tips), nevis vidējo no procentilēm.",
          en: "At every scope, recompute the 95th percentile from all pooled durations (Hyndman–Fan type 7), never as a mean of percentiles.",
        },
      ],
      dataSource: { lv: "lietojumprogrammu veiktspējas uzraudzība", en: "application performance monitoring" },
      collection: "automated",
    },
    ownerRoleId: "resource_owner",
    scopeKinds: ["resource", "service"],
    level: "support",
    validRange: { min: 0 },
    puTasks: ["PU2-19"],
    conditions: ["N6"],
  },
] satisfies readonly KpiDefinitionInput[]);
