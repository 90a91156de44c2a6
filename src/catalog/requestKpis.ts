import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { SERVICE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of service request fulfilment: the share fulfilled within the agreed time and the median
 * fulfilment time.
 *
 * @remarks
 * The share is a ratio of sums. The median is recomputed from every pooled request duration (Hyndman–Fan type 7),
 * because medians of services cannot be combined into the median of the whole.
 *
 * @category Catalog
 */
export const requestKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "request-fulfilled-within-sla",
    name: { lv: "Noteiktajā laikā izpildīto pieprasījumu īpatsvars", en: "Requests fulfilled within agreed time" },
    description: {
      lv: "Periodā izpildīto pakalpojumu pieprasījumu daļa, kas izpildīti to veidam nolīgtajā laikā.",
      en: "The share of service requests fulfilled in the period within the time agreed for their type.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Nolīgtajā laikā izpildītie pieprasījumi", en: "Requests fulfilled within the agreed time" },
      denominator: { lv: "Izpildītie pieprasījumi", en: "Requests fulfilled" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Katram pieprasījuma veidam no pakalpojumu līmeņa vienošanās pārņem izpildes laiku.",
          en: "Take the fulfilment time for each request type from the service level agreement.",
        },
        {
          lv: "Katram periodā izpildītajam pieprasījumam salīdzina faktisko laiku ar nolīgto (darba laikā, ja tā noteikts).",
          en: "For each request fulfilled in the period, compare the actual time with the agreed one (in business hours where agreed).",
        },
        {
          lv: "Laikā izpildītos reģistrē kā skaitītāju un visus izpildītos kā saucēju.",
          en: "Record the ones on time as numerator and all fulfilled ones as denominator.",
        },
      ],
      dataSource: { lv: "pieprasījumu pārvaldības sistēma", en: "request management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-15", "PU2-9", "PU2-17"],
    conditions: ["N1", "N7"],
  },
  {
    id: "request-fulfilment-time-median",
    name: { lv: "Pieprasījumu izpildes laika mediāna", en: "Median request fulfilment time" },
    description: {
      lv: "Laiks no pakalpojuma pieprasījuma reģistrēšanas līdz izpildei, kuru nepārsniedz puse periodā izpildīto pieprasījumu. To mazāk nekā vidējo ietekmē daži ļoti ilgi pieprasījumi.",
      en: "The time from logging a service request to fulfilling it that half of the requests fulfilled in the period stay within. A few very long requests sway it less than they sway the mean.",
    },
    indicator: "lagging",
    category: "efficiency",
    unit: "hours",
    precision: 1,
    direction: "lower_is_better",
    measure: { kind: "duration" },
    aggregation: "median",
    rollUp: "recompute",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Katram periodā izpildītajam pieprasījumam nosaka stundas no reģistrēšanas līdz izpildei.",
          en: "For each request fulfilled in the period, take the hours from logging to fulfilment.",
        },
        {
          lv: "Katru pieprasījumu reģistrē kā vienu ierakstu; mediānu jebkurā mērogā pārrēķina no visiem pieprasījumiem, nevis no pakalpojumu mediānām.",
          en: "Record each request as one record; at every scope the median is recomputed from all requests, never from the services' medians.",
        },
      ],
      dataSource: { lv: "pieprasījumu pārvaldības sistēma", en: "request management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0 },
    puTasks: ["PU2-15"],
    conditions: ["N1", "N7"],
  },
] satisfies readonly KpiDefinitionInput[]);
