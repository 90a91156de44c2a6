import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { SERVICE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of the UK Government Digital Service (GDS) Service Standard: cost per transaction, user
 * satisfaction, completion rate and digital take-up.
 *
 * @remarks
 * Cost per transaction is a plain ratio (`scale: 1`) of total cost to completed transactions, so it rolls up as
 * total cost ÷ total transactions, never as a mean of unit costs. User satisfaction pools the five-point answers
 * (CSAT top-two-box); completion rate and digital take-up are percentages pooled as ratios of sums.
 *
 * @category Catalog
 */
export const gdsKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "gds-cost-per-transaction",
    name: { lv: "Izmaksas uz vienu darījumu", en: "Cost per transaction" },
    description: {
      lv: "Pakalpojuma sniegšanas pilnās izmaksas visos kanālos, dalītas ar tajā pašā periodā pabeigto darījumu skaitu. Viens no četriem Apvienotās Karalistes GDS obligātajiem rādītājiem.",
      en: "The full cost of providing the service through every channel, divided by the number of transactions completed in the same period. One of the four mandatory UK GDS KPIs.",
    },
    indicator: "lagging",
    category: "efficiency",
    unit: "EUR",
    precision: 2,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 1,
      numerator: { lv: "Pakalpojuma pilnās izmaksas visos kanālos (EUR)", en: "Full cost of the service in every channel (EUR)" },
      denominator: { lv: "Visos kanālos pabeigtie darījumi", en: "Transactions completed in every channel" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "Saskaita periodā pakalpojumam attiecināmās darbinieku, IT, telpu, pieskaitāmās un ārpakalpojumu izmaksas visos kanālos.",
          en: "Add up the staff, IT, premises, overhead and outsourcing costs attributable to the service in the period, for every channel.",
        },
        {
          lv: "Saskaita tajā pašā periodā visos kanālos pabeigtos darījumus.",
          en: "Count the transactions completed in every channel in the same period.",
        },
        {
          lv: "Izmaksas reģistrē kā skaitītāju un darījumu skaitu kā saucēju; sezonalitātes izlīdzināšanai skatās arī slīdošos 12 mēnešus.",
          en: "Record the cost as numerator and the transaction count as denominator; look at a rolling 12 months as well to smooth out seasons.",
        },
      ],
      dataSource: { lv: "finanšu uzskaites un lietvedības sistēmas", en: "financial accounting and case management systems" },
      collection: "manual",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0 },
    puTasks: ["PU2-23", "PU2-4", "PU2-19"],
    conditions: ["N5", "N7", "N1"],
  },
  {
    id: "gds-user-satisfaction",
    name: { lv: "Lietotāju apmierinātība (GDS)", en: "User satisfaction (GDS)" },
    description: {
      lv: "To lietotāju daļa, kuri digitālā darījuma beigās norāda, ka ir apmierināti vai ļoti apmierināti (GDS piecu ballu skala).",
      en: "The share of users who say at the end of the digital transaction that they were satisfied or very satisfied (GDS five-point scale).",
    },
    indicator: "lagging",
    category: "satisfaction",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 },
    aggregation: "survey",
    rollUp: "recompute",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Digitālā darījuma beigu lapā jautā, cik apmierināts lietotājs ir ar pakalpojumu, piecu ballu skalā no „ļoti neapmierināts” līdz „ļoti apmierināts”.",
          en: "On the last page of the digital transaction, ask how satisfied the user is with the service, on a five-point scale from “very dissatisfied” to “very satisfied”.",
        },
        {
          lv: "Glabā atbilžu skaitu katrai atbildei pa pakalpojumiem un mēnešiem un no apvienotajiem skaitiem aprēķina divu augstāko atbilžu daļu.",
          en: "Keep the number of answers per option, service and month, and compute the share of the top two options from the pooled counts.",
        },
      ],
      dataSource: { lv: "darījuma atsauksmju lapa", en: "transaction feedback page" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N6", "N2"],
  },
  {
    id: "gds-completion-rate",
    name: { lv: "Pabeigto darījumu īpatsvars", en: "Completion rate" },
    description: {
      lv: "Uzsākto digitālo darījumu daļa, ko lietotāji pabeidz. Katru darījumu pieskaita periodam, kurā tas uzsākts, lai rādītājs nepārsniegtu 100 %.",
      en: "The share of started digital transactions that users complete. Each transaction counts in the period it was started, so the rate cannot exceed 100 %.",
    },
    indicator: "lagging",
    category: "effectiveness",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Pabeigtie darījumi", en: "Transactions completed" },
      denominator: { lv: "Uzsāktie darījumi", en: "Transactions started" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "No tīmekļa analītikas vai pieteikumu sistēmas saskaita periodā uzsāktos darījumus (pirmais pieteikuma solis).",
          en: "From web analytics or the application system, count the transactions started in the period (first step of the application).",
        },
        {
          lv: "No tiem pašiem darījumiem saskaita pabeigtos (iesniegtos) un abus skaitus reģistrē kā skaitītāju un saucēju.",
          en: "Count how many of those same transactions were completed (submitted) and record both counts as numerator and denominator.",
        },
      ],
      dataSource: { lv: "tīmekļa analītika", en: "web analytics" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23", "PU2-21"],
    conditions: ["N6", "N7"],
  },
  {
    id: "gds-digital-take-up",
    name: { lv: "Digitālā kanāla izmantošana", en: "Digital take-up" },
    description: {
      lv: "Digitālajā kanālā (arī ar klātienes palīdzību) pabeigto darījumu daļa visos kanālos pabeigtajos darījumos.",
      en: "The share of all completed transactions that were completed through the digital channel, assisted digital included.",
    },
    indicator: "lagging",
    category: "effectiveness",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Digitāli pabeigtie darījumi", en: "Transactions completed digitally" },
      denominator: { lv: "Visos kanālos pabeigtie darījumi", en: "Transactions completed in every channel" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "No pieteikumu sistēmas saskaita periodā pabeigtos darījumus pa kanāliem (tiešsaistē, klātienē, pa tālruni, pa pastu).",
          en: "From the case system, count the transactions completed in the period per channel (online, in person, phone, post).",
        },
        {
          lv: "Digitālos darījumus (arī tos, kuros darbinieks palīdzējis aizpildīt e-pieteikumu) reģistrē kā skaitītāju, visus kā saucēju.",
          en: "Record the digital ones (including those where staff helped fill in the online form) as numerator and all of them as denominator.",
        },
      ],
      dataSource: { lv: "lietvedības sistēma", en: "case management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N5", "N3"],
  },
] satisfies readonly KpiDefinitionInput[]);
