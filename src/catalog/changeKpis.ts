import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { RESOURCE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of change management: change success rate and emergency change rate.
 *
 * @remarks
 * Both are percentages pooled as ratios of sums. The emergency change rate is declared a driver (negative sign,
 * one month later) of the change success rate.
 *
 * @category Catalog
 */
export const changeKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "change-success-rate",
    name: { lv: "Sekmīgo izmaiņu īpatsvars", en: "Change success rate" },
    description: {
      lv: "Periodā ieviesto un pārskatīto izmaiņu daļa, kas sasniedza savu mērķi, neizraisot incidentu, atcelšanu vai neplānotu dīkstāvi.",
      en: "The share of changes implemented and reviewed in the period that met their goal without causing an incident, a rollback or an unplanned outage.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Sekmīgās izmaiņas", en: "Successful changes" },
      denominator: { lv: "Ieviestās un pārskatītās izmaiņas", en: "Changes implemented and reviewed" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Izmaiņu pārvaldības sistēmā atlasa periodā ieviestās izmaiņas, kurām veikta pēcieviešanas pārskatīšana.",
          en: "In the change management system, select the changes implemented in the period that have had their post-implementation review.",
        },
        {
          lv: "Izmaiņas, kas nav izraisījušas incidentu, atcelšanu vai neplānotu dīkstāvi, reģistrē kā skaitītāju, visas pārskatītās — kā saucēju.",
          en: "Record the changes that caused no incident, rollback or unplanned outage as numerator, and all reviewed ones as denominator.",
        },
      ],
      dataSource: { lv: "izmaiņu pārvaldības sistēma", en: "change management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-20"],
    conditions: ["N10"],
  },
  {
    id: "emergency-change-rate",
    name: { lv: "Ārkārtas izmaiņu īpatsvars", en: "Emergency change rate" },
    description: {
      lv: "Ieviesto izmaiņu daļa, kas bija jāveic kā ārkārtas izmaiņas, apejot parasto plānošanu un apstiprināšanu.",
      en: "The share of implemented changes that had to be made as emergency changes, bypassing normal planning and approval.",
    },
    indicator: "leading",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Ārkārtas izmaiņas", en: "Emergency changes" },
      denominator: { lv: "Visas ieviestās izmaiņas", en: "All changes implemented" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Izmaiņu pārvaldības sistēmā saskaita periodā ieviestās izmaiņas.",
          en: "In the change management system, count the changes implemented in the period.",
        },
        {
          lv: "No tām saskaita ārkārtas kārtībā apstiprinātās un abus skaitus reģistrē kā skaitītāju un saucēju.",
          en: "Count how many of them were approved as emergencies, and record both counts as numerator and denominator.",
        },
      ],
      dataSource: { lv: "izmaiņu pārvaldības sistēma", en: "change management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    drivers: [{ laggingKpiId: "change-success-rate", sign: "negative", lagPeriods: 1 }],
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-20"],
    conditions: ["N1"],
  },
] satisfies readonly KpiDefinitionInput[]);
