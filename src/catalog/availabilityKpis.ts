import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { RESOURCE_AND_UP, SERVICE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of service levels, availability and continuity: availability, MTBF, MTRS, recovery objective
 * attainment and SLA target attainment.
 *
 * @remarks
 * Availability pools time: available minutes ÷ eligible (agreed, maintenance-free) minutes, a ratio of sums, so a
 * long-running service weighs more than a short one. MTBF is a plain ratio of up hours to failures (no result when
 * nothing failed); MTRS is a duration per failure whose mean is recomputed from the pooled failures.
 *
 * @category Catalog
 */
export const availabilityKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "service-availability",
    name: { lv: "Pakalpojuma pieejamība", en: "Service availability" },
    description: {
      lv: "Nolīgtā pakalpojuma laika (bez plānotās apkopes) daļa, kurā pakalpojums darbojās. Apvieno kā pieejamās minūtes pret attiecināmajām minūtēm.",
      en: "The share of the agreed service time, planned maintenance left out, during which the service worked. Pooled as available minutes over eligible minutes.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "%",
    precision: 2,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: {
        lv: "Minūtes, kurās pakalpojums nolīgtajā laikā bija pieejams",
        en: "Minutes the service was available within the agreed time",
      },
      denominator: {
        lv: "Nolīgtās pakalpojuma minūtes bez plānotās apkopes",
        en: "Agreed service minutes, planned maintenance excluded",
      },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "No pakalpojumu līmeņa vienošanās pārņem nolīgto pakalpojuma laiku un atņem iepriekš izziņotos apkopes logus.",
          en: "Take the agreed service hours from the service level agreement and remove the announced maintenance windows.",
        },
        {
          lv: "No uzraudzības sistēmas ņem dīkstāves periodus, pārklājošos apvieno un saskaita dīkstāves minūtes atlikušajā laikā.",
          en: "Take the outage periods from monitoring, merge overlapping ones and count the outage minutes in the remaining time.",
        },
        {
          lv: "Reģistrē pieejamās minūtes (attiecināmās mīnus dīkstāve) kā skaitītāju un attiecināmās minūtes kā saucēju.",
          en: "Record the available minutes (eligible minus outage) as numerator and the eligible minutes as denominator.",
        },
      ],
      dataSource: { lv: "uzraudzības sistēma un SLA noteikumi", en: "monitoring system and SLA terms" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-13", "PU2-9", "PU2-17"],
    conditions: ["N3", "N10"],
  },
  {
    id: "mtbf",
    name: { lv: "Vidējais laiks starp atteicēm (MTBF)", en: "Mean time between failures (MTBF)" },
    description: {
      lv: "Stundas, kurās pakalpojums nolīgtajā laikā darbojās, dalītas ar atteiču skaitu periodā. Ja atteiču nebija, rezultāta nav.",
      en: "The hours the service worked within the agreed time divided by the number of failures in the period. With no failure there is no result.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "hours",
    precision: 0,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 1,
      numerator: { lv: "Darbības stundas nolīgtajā laikā", en: "Hours up within the agreed time" },
      denominator: { lv: "Atteices", en: "Failures" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "No pieejamības mērījumiem ņem stundas, kurās pakalpojums nolīgtajā laikā darbojās.",
          en: "From the availability measurement, take the hours the service was up within the agreed time.",
        },
        {
          lv: "Saskaita periodā sākušās atteices (neplānotus pārtraukumus) un abus lielumus reģistrē kā skaitītāju un saucēju.",
          en: "Count the failures (unplanned interruptions) that started in the period, and record both as numerator and denominator.",
        },
      ],
      dataSource: { lv: "uzraudzības sistēma", en: "monitoring system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0 },
    puTasks: ["PU2-13"],
    conditions: ["N10"],
  },
  {
    id: "mtrs",
    name: { lv: "Vidējais pakalpojuma atjaunošanas laiks (MTRS)", en: "Mean time to restore service (MTRS)" },
    description: {
      lv: "Vidējais dīkstāves ilgums vienai atteicei — no brīža, kad pakalpojums pārstāja darboties, līdz brīdim, kad tas atkal bija pilnībā lietojams.",
      en: "The mean downtime per failure, from the moment the service stopped working to the moment it was fully usable again.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "hours",
    precision: 2,
    direction: "lower_is_better",
    measure: { kind: "duration" },
    aggregation: "mean",
    rollUp: "recompute",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "Katrai periodā notikušajai atteicei no uzraudzības sistēmas nosaka dīkstāves ilgumu stundās.",
          en: "For each failure in the period, take its downtime in hours from the monitoring system.",
        },
        {
          lv: "Katru atteici reģistrē kā vienu ierakstu; vidējo pārrēķina no visām atteicēm (dīkstāves summa, dalīta ar atteiču skaitu).",
          en: "Record each failure as one record; the mean is recomputed from all failures (total downtime divided by the number of failures).",
        },
      ],
      dataSource: { lv: "uzraudzības sistēma", en: "monitoring system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0 },
    puTasks: ["PU2-13", "PU2-21"],
    conditions: ["N10"],
  },
  {
    id: "continuity-rto-attainment",
    name: { lv: "Atjaunošanas mērķu izpilde", en: "Recovery objective attainment" },
    description: {
      lv: "To nepārtrauktības testu un reālo atjaunošanas gadījumu daļa, kuros pakalpojums atjaunots atjaunošanas laika mērķī (RTO) un zaudēts ne vairāk datu, nekā pieļauj atjaunošanas punkta mērķis (RPO).",
      en: "The share of continuity tests and real invocations in which the service was recovered within its recovery time objective (RTO) and lost no more data than its recovery point objective (RPO) allows.",
    },
    indicator: "leading",
    category: "quality",
    unit: "%",
    precision: 0,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Testi un gadījumi, kuros RTO un RPO izpildīti", en: "Tests and invocations meeting RTO and RPO" },
      denominator: { lv: "Veiktie testi un gadījumi", en: "Tests and invocations performed" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "yearly",
    procedure: {
      steps: [
        {
          lv: "Katram pakalpojumam dokumentē RTO un RPO un plāno vismaz vienu atjaunošanas testu gadā.",
          en: "Document the RTO and RPO of each service and plan at least one recovery test a year.",
        },
        {
          lv: "Katrā testā vai reālā gadījumā mēra atjaunošanas laiku un datu zudumu un salīdzina ar mērķiem.",
          en: "In each test or real invocation, measure the recovery time and the data lost, and compare them with the objectives.",
        },
        {
          lv: "Gadījumus, kuros izpildīti abi mērķi, reģistrē kā skaitītāju un visus veiktos kā saucēju.",
          en: "Record the ones meeting both objectives as numerator and all performed as denominator.",
        },
      ],
      dataSource: { lv: "darbības nepārtrauktības testu pārskati", en: "continuity test reports" },
      collection: "manual",
    },
    ownerRoleId: "service_owner",
    scopeKinds: RESOURCE_AND_UP,
    level: "support",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-13"],
    conditions: ["N10"],
  },
  {
    id: "sla-target-attainment",
    name: { lv: "Pakalpojumu līmeņa mērķu izpilde", en: "SLA target attainment" },
    description: {
      lv: "Periodā novērtēto pakalpojumu līmeņa vienošanās mērķu daļa, kas sasniegti.",
      en: "The share of the service level agreement targets assessed in the period that were met.",
    },
    indicator: "lagging",
    category: "conformance",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Sasniegtie mērķi", en: "Targets met" },
      denominator: { lv: "Novērtētie mērķi", en: "Targets assessed" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Katras pakalpojumu līmeņa vienošanās katru mērķi (pieejamība, reakcijas laiks, atrisināšanas laiks u. c.) novērtē par periodu.",
          en: "Assess each target of each service level agreement (availability, response time, resolution time and so on) for the period.",
        },
        {
          lv: "Sasniegtos mērķus reģistrē kā skaitītāju un visus novērtētos kā saucēju; mērķus bez datiem neskaita.",
          en: "Record the targets met as numerator and all assessed targets as denominator; leave out targets with no data.",
        },
      ],
      dataSource: { lv: "SLA pārskati", en: "SLA reports" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-9", "PU2-17"],
    conditions: ["N1"],
  },
] satisfies readonly KpiDefinitionInput[]);
