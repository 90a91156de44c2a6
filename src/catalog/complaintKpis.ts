import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { SERVICE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of complaint handling (aligned with ISO 10002): complaint rate, complaints answered on time and
 * justified complaint rate.
 *
 * @remarks
 * The two rates are per 1,000 service cases (`scale: 1000`) and, like the on-time share, roll up as ratios of sums,
 * so a service with many cases weighs more than one with few.
 *
 * @category Catalog
 */
export const complaintKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "complaint-rate",
    name: { lv: "Sūdzību biežums", en: "Complaint rate" },
    description: {
      lv: "Par pakalpojumu saņemto sūdzību skaits uz 1000 tā paša perioda pakalpojuma gadījumiem.",
      en: "The complaints received about the service per 1,000 service cases of the same period.",
    },
    indicator: "lagging",
    category: "quality",
    unit: { lv: "uz 1000 gadījumiem", en: "per 1,000 cases" },
    precision: 2,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 1000,
      numerator: { lv: "Saņemtās sūdzības", en: "Complaints received" },
      denominator: { lv: "Pakalpojuma gadījumi", en: "Service cases" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "No sūdzību un ierosinājumu reģistra saskaita periodā saņemtās sūdzības par pakalpojumu (visos kanālos).",
          en: "From the complaints and suggestions register, count the complaints about the service received in the period (every channel).",
        },
        {
          lv: "No pieteikumu sistēmas saskaita tā paša perioda pakalpojuma gadījumus un abus skaitus reģistrē kā skaitītāju un saucēju.",
          en: "From the case system, count the service cases of the same period, and record both counts as numerator and denominator.",
        },
      ],
      dataSource: { lv: "sūdzību reģistrs un lietvedības sistēma", en: "complaint register and case management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0 },
    puTasks: ["PU2-18"],
    conditions: ["N4", "N2"],
  },
  {
    id: "complaint-resolution-within-deadline",
    name: { lv: "Termiņā izskatīto sūdzību īpatsvars", en: "Complaints answered on time" },
    description: {
      lv: "Periodā izskatīto sūdzību daļa, uz kurām atbildēts normatīvajos aktos noteiktajā vai publiskotajā termiņā.",
      en: "The share of complaints answered in the period within the statutory or published deadline.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Termiņā atbildētās sūdzības", en: "Complaints answered on time" },
      denominator: { lv: "Atbildētās sūdzības", en: "Complaints answered" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Katrai periodā atbildētajai sūdzībai salīdzina atbildes datumu ar tai piemērojamo termiņu.",
          en: "For each complaint answered in the period, compare the date of the answer with the deadline that applied to it.",
        },
        {
          lv: "Termiņā atbildētās reģistrē kā skaitītāju un visas atbildētās kā saucēju.",
          en: "Record the ones answered on time as numerator and all answered ones as denominator.",
        },
      ],
      dataSource: { lv: "sūdzību reģistrs", en: "complaint register" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-18"],
    conditions: ["N4"],
  },
  {
    id: "justified-complaint-rate",
    name: { lv: "Pamatoto sūdzību biežums", en: "Justified complaint rate" },
    description: {
      lv: "Pilnībā vai daļēji pamatotu sūdzību skaits uz 1000 pakalpojuma gadījumiem; rāda, cik bieži pakalpojums patiešām neizdodas.",
      en: "Complaints upheld in full or in part per 1,000 service cases; shows how often the service really fails.",
    },
    indicator: "lagging",
    category: "quality",
    unit: { lv: "uz 1000 gadījumiem", en: "per 1,000 cases" },
    precision: 2,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 1000,
      numerator: { lv: "Pilnībā vai daļēji pamatotās sūdzības", en: "Complaints upheld in full or in part" },
      denominator: { lv: "Pakalpojuma gadījumi", en: "Service cases" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "No sūdzību reģistra saskaita periodā izskatītās sūdzības, kas atzītas par pilnībā vai daļēji pamatotām.",
          en: "From the complaint register, count the complaints decided in the period that were upheld in full or in part.",
        },
        {
          lv: "Saskaita tā paša perioda pakalpojuma gadījumus un abus skaitus reģistrē kā skaitītāju un saucēju; cēloņus nodod problēmu pārvaldībai.",
          en: "Count the service cases of the same period and record both counts as numerator and denominator; pass the causes to problem management.",
        },
      ],
      dataSource: { lv: "sūdzību reģistrs un lietvedības sistēma", en: "complaint register and case management system" },
      collection: "manual",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0 },
    puTasks: ["PU2-18", "PU2-22"],
    conditions: ["N2"],
  },
] satisfies readonly KpiDefinitionInput[]);
