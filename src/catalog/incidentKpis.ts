import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { INSTITUTION_AND_UP, RESOURCE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of incident and problem management and information security: time to resolve, resolution within
 * target, reopen and repeat rates, backlog growth, problem closure and the security incident rate.
 *
 * @remarks
 * Resolution time is a duration per incident whose mean is recomputed from the pooled incidents (report the median
 * and 90th percentile beside it). Backlog growth (logged − resolved) is additive, so it sums over time and scopes.
 * Problem closure is a plain ratio (`scale: 1`); the security incident rate is per 100,000 transactions
 * (`scale: 100000`). Both roll up as ratios of sums.
 *
 * @category Catalog
 */
export const incidentKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "incident-resolution-time",
    name: { lv: "Vidējais incidentu atrisināšanas laiks (MTTR)", en: "Mean time to resolve incidents (MTTR)" },
    description: {
      lv: "Vidējais laiks no incidenta reģistrēšanas līdz tā atrisināšanai periodā atrisinātajiem incidentiem. Līdzās norāda mediānu un 90. procentili.",
      en: "The mean time from logging an incident to resolving it, over the incidents resolved in the period. Report the median and 90th percentile beside it.",
    },
    indicator: "lagging",
    category: "efficiency",
    unit: "hours",
    precision: 1,
    direction: "lower_is_better",
    measure: { kind: "duration" },
    aggregation: "mean",
    rollUp: "recompute",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Incidentu pārvaldības sistēmā katram periodā atrisinātajam incidentam nosaka stundas no reģistrēšanas līdz atrisināšanai.",
          en: "In the incident management system, take for each incident resolved in the period the hours from logging to resolution.",
        },
        {
          lv: "Katru incidentu reģistrē kā vienu ierakstu ar tā pakalpojumu vai resursu; rezultātus skata arī pa prioritātēm.",
          en: "Record each incident as one record against its service or resource; look at the results per priority as well.",
        },
        {
          lv: "Vidējo jebkurā mērogā pārrēķina no visiem incidentiem, nevis vidējo no vidējiem.",
          en: "At every scope, recompute the mean from all incidents, never as a mean of means.",
        },
      ],
      dataSource: { lv: "incidentu pārvaldības sistēma", en: "incident management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0 },
    puTasks: ["PU2-21"],
    conditions: ["N1"],
  },
  {
    id: "incident-resolved-within-target",
    name: { lv: "Noteiktajā laikā atrisināto incidentu īpatsvars", en: "Incidents resolved within target" },
    description: {
      lv: "Periodā atrisināto incidentu daļa, kas atrisināti to prioritātei noteiktajā laikā.",
      en: "The share of incidents resolved in the period within the resolution time set for their priority.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Noteiktajā laikā atrisinātie incidenti", en: "Incidents resolved within target" },
      denominator: { lv: "Atrisinātie incidenti", en: "Incidents resolved" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Katram periodā atrisinātajam incidentam salīdzina atrisināšanas laiku ar tā prioritātes mērķa laiku (darba laikā, ja tā noteikts līgumā).",
          en: "For each incident resolved in the period, compare its resolution time with the target of its priority (in business hours if the agreement says so).",
        },
        {
          lv: "Noteiktajā laikā atrisinātos incidentus reģistrē kā skaitītāju un visus atrisinātos kā saucēju.",
          en: "Record the incidents within target as numerator and all resolved ones as denominator.",
        },
      ],
      dataSource: { lv: "incidentu pārvaldības sistēma", en: "incident management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-21", "PU2-9", "PU2-17"],
    conditions: ["N1"],
  },
  {
    id: "incident-reopen-rate",
    name: { lv: "Atkārtoti atvērto incidentu īpatsvars", en: "Incident reopen rate" },
    description: {
      lv: "Periodā atrisināto incidentu daļa, kas atvērti no jauna, jo risinājums nepalīdzēja.",
      en: "The share of incidents resolved in the period that were opened again because the fix did not hold.",
    },
    indicator: "leading",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Atkārtoti atvērtie incidenti", en: "Incidents reopened" },
      denominator: { lv: "Atrisinātie incidenti", en: "Incidents resolved" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Incidentu sistēmā saskaita periodā atrisinātos incidentus.",
          en: "In the incident system, count the incidents resolved in the period.",
        },
        {
          lv: "No tiem saskaita atkārtoti atvērtos un pieskaita tos atrisināšanas periodam, lai rādītājs nepārsniegtu 100 %.",
          en: "Count how many of them were reopened, assigning them to the period of resolution so the rate cannot exceed 100 %.",
        },
      ],
      dataSource: { lv: "incidentu pārvaldības sistēma", en: "incident management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    drivers: [{ laggingKpiId: "recipient-satisfaction", sign: "negative", lagPeriods: 1 }],
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-21"],
    conditions: ["N6"],
  },
  {
    id: "repeat-incident-rate",
    name: { lv: "Atkārtoto incidentu īpatsvars", en: "Repeat incident rate" },
    description: {
      lv: "Periodā reģistrēto incidentu daļa, kuriem ir tāds pats cēlonis kā kādam agrākam incidentam; tas liecina, ka problēmas netiek novērstas.",
      en: "The share of incidents in the period with the same cause as an earlier incident, a sign that problems are not being removed.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Atkārtotie incidenti", en: "Repeat incidents" },
      denominator: { lv: "Visi incidenti", en: "All incidents" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Dokumentē, kad incidents uzskatāms par atkārtotu (piemēram, tas pats konfigurācijas vienums un kategorija 30 dienu laikā vai saite uz to pašu problēmu).",
          en: "Document when an incident counts as a repeat (for example, same configuration item and category within 30 days, or linked to the same problem).",
        },
        {
          lv: "Katru mēnesi saskaita visus reģistrētos un atkārtotos incidentus un reģistrē tos kā saucēju un skaitītāju.",
          en: "Each month, count all incidents logged and the repeat ones, and record them as denominator and numerator.",
        },
      ],
      dataSource: { lv: "incidentu un problēmu pārvaldības sistēma", en: "incident and problem management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-22", "PU2-21"],
    conditions: ["N1"],
  },
  {
    id: "incident-backlog-growth",
    name: { lv: "Incidentu uzkrājuma pieaugums", en: "Incident backlog growth" },
    description: {
      lv: "Periodā reģistrēto incidentu skaits mīnus atrisināto incidentu skaits: pozitīva vērtība nozīmē, ka neatrisināto incidentu rinda augusi, negatīva — ka sarukusi.",
      en: "Incidents logged minus incidents resolved in the period: a positive value means the queue of open incidents grew, a negative one that it shrank.",
    },
    indicator: "leading",
    category: "efficiency",
    unit: { lv: { one: "incidents", other: "incidenti", zero: "incidentu" }, en: { one: "incident", other: "incidents" } },
    precision: 0,
    direction: "lower_is_better",
    measure: { kind: "value" },
    aggregation: "sum",
    rollUp: "sum",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Incidentu sistēmā katram pakalpojumam vai resursam saskaita periodā reģistrētos un periodā atrisinātos incidentus.",
          en: "In the incident system, count per service or resource the incidents logged and the incidents resolved in the period.",
        },
        {
          lv: "Reģistrē starpību (reģistrētie mīnus atrisinātie); starpības summējas pa periodiem un mērogiem.",
          en: "Record the difference (logged minus resolved); differences add up over periods and scopes.",
        },
      ],
      dataSource: { lv: "incidentu pārvaldības sistēma", en: "incident management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    drivers: [
      { laggingKpiId: "recipient-satisfaction", sign: "negative", lagPeriods: 1 },
      { laggingKpiId: "incident-resolved-within-target", sign: "negative", lagPeriods: 1 },
    ],
    puTasks: ["PU2-21"],
    conditions: ["N1"],
  },
  {
    id: "problem-closure-ratio",
    name: { lv: "Problēmu slēgšanas koeficients", en: "Problem closure ratio" },
    description: {
      lv: "Periodā slēgto problēmu skaits, dalīts ar periodā atvērto problēmu skaitu: ja tas pārsniedz 1, problēmu rinda sarūk, ja ir mazāks par 1 — aug.",
      en: "Problems closed divided by problems opened in the period: above 1 the problem queue shrinks, below 1 it grows.",
    },
    indicator: "leading",
    category: "efficiency",
    unit: { lv: "attiecība", en: "ratio" },
    precision: 2,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 1,
      numerator: { lv: "Slēgtās problēmas", en: "Problems closed" },
      denominator: { lv: "Atvērtās problēmas", en: "Problems opened" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Problēmu pārvaldības sistēmā katru mēnesi saskaita atvērtās un slēgtās problēmas.",
          en: "In the problem management system, count each month the problems opened and closed.",
        },
        {
          lv: "Slēgtās reģistrē kā skaitītāju un atvērtās kā saucēju; ja jaunu problēmu nav, rezultāta nav.",
          en: "Record the closed ones as numerator and the opened ones as denominator; with no new problem there is no result.",
        },
      ],
      dataSource: { lv: "problēmu pārvaldības sistēma", en: "problem management system" },
      collection: "automated",
    },
    ownerRoleId: "service_portfolio_owner",
    scopeKinds: INSTITUTION_AND_UP,
    level: "support",
    drivers: [{ laggingKpiId: "repeat-incident-rate", sign: "negative", lagPeriods: 2 }],
    validRange: { min: 0 },
    puTasks: ["PU2-22"],
    conditions: ["N1"],
  },
  {
    id: "security-incident-rate",
    name: { lv: "Informācijas drošības incidentu biežums", en: "Information security incident rate" },
    description: {
      lv: "Apstiprināto informācijas drošības incidentu skaits uz 100 000 pakalpojuma darījumiem periodā.",
      en: "Confirmed information security incidents per 100,000 transactions of the service in the period.",
    },
    indicator: "lagging",
    category: "quality",
    unit: { lv: "uz 100 000 darījumiem", en: "per 100,000 transactions" },
    precision: 2,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 100_000,
      numerator: { lv: "Apstiprinātie drošības incidenti", en: "Confirmed security incidents" },
      denominator: { lv: "Pakalpojuma darījumi", en: "Transactions of the service" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "No drošības incidentu reģistra saskaita periodā apstiprinātos incidentus, kas skar pakalpojumu vai tā resursus.",
          en: "From the security incident register, count the incidents confirmed in the period that affect the service or its resources.",
        },
        {
          lv: "No pieteikumu sistēmas saskaita tā paša perioda darījumus un abus skaitus reģistrē kā skaitītāju un saucēju.",
          en: "From the case system, count the transactions of the same period, and record both counts as numerator and denominator.",
        },
      ],
      dataSource: { lv: "drošības incidentu reģistrs un lietvedības sistēma", en: "security incident register and case management system" },
      collection: "manual",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0 },
    puTasks: ["PU2-21", "PU2-13"],
    conditions: ["N10"],
  },
] satisfies readonly KpiDefinitionInput[]);
