import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";

/**
 * Ready-made KPIs of digital government maturity from external assessments: the Latvian E-index, the EU
 * eGovernment Benchmark (online availability, overall score) and Eurostat's share of people using e-government.
 *
 * @remarks
 * These are composite or weighted survey scores computed by their publisher's own method. They are recorded as
 * published (`value`, the period's `last` record) and do not roll up (`none`): averaging them across institutions
 * or countries would be a different, unweighted statistic.
 *
 * @category Catalog
 */
export const digitalGovernmentKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "e-index-score",
    name: { lv: "Latvijas E-indeksa vērtējums", en: "Latvian E-index score" },
    description: {
      lv: "Iestādes vai pašvaldības ikgadējais digitālā brieduma vērtējums (0–100) VARAM E-indeksa novērtējumā. Izmanto tādu, kāds publicēts; pārrēķināt to var tikai ar paša novērtējuma metodi.",
      en: "The institution's or municipality's yearly digital maturity score (0–100) in VARAM's E-index assessment. Used as published; only the assessment's own method can recompute it.",
    },
    indicator: "leading",
    category: "effectiveness",
    unit: { lv: { one: "punkts", other: "punkti", zero: "punktu" }, en: { one: "point", other: "points" } },
    precision: 0,
    direction: "higher_is_better",
    measure: { kind: "value" },
    aggregation: "last",
    rollUp: "none",
    frequency: "yearly",
    procedure: {
      steps: [
        {
          lv: "Piedalās VARAM E-indeksa novērtējumā un iesniedz prasītos datus.",
          en: "Take part in VARAM's E-index assessment and submit the data it asks for.",
        },
        {
          lv: "Reģistrē publicēto kopvērtējumu ar novērtējuma gadu; sadaļu vērtējumus glabā atsevišķi, jo metodika gadu gaitā mainās.",
          en: "Record the published total with the assessment year; keep the section scores apart, since the method changes from year to year.",
        },
      ],
      dataSource: { lv: "VARAM E-indeksa novērtējums", en: "VARAM E-index assessment" },
      collection: "manual",
    },
    ownerRoleId: "service_portfolio_owner",
    scopeKinds: ["institution", "municipality"],
    level: "policy",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N5", "N4", "N3"],
  },
  {
    id: "egov-online-availability",
    name: {
      lv: "Pakalpojumu pieejamība tiešsaistē (e-pārvaldes etalonnovērtējums)",
      en: "Online availability (eGovernment Benchmark)",
    },
    description: {
      lv: "Etalonnovērtējuma punkti par to, cik lielā mērā novērtētos publiskos pakalpojumus var paveikt tiešsaistē: 100, ja pilnībā, 50, ja tiešsaistē ir tikai informācija, citādi 0; vidējais pa pakalpojumiem.",
      en: "The benchmark's score for how far the assessed public services can be completed online: 100 when fully, 50 when only the information is online, otherwise 0; averaged over the services.",
    },
    indicator: "leading",
    category: "effectiveness",
    unit: { lv: { one: "punkts", other: "punkti", zero: "punktu" }, en: { one: "point", other: "points" } },
    precision: 0,
    direction: "higher_is_better",
    measure: { kind: "value" },
    aggregation: "last",
    rollUp: "none",
    frequency: "yearly",
    procedure: {
      steps: [
        {
          lv: "No Eiropas Komisijas e-pārvaldes etalonnovērtējuma pārskata pārņem Latvijas vērtējumu šajā rādītājā.",
          en: "Take Latvia's score on this indicator from the European Commission's eGovernment Benchmark report.",
        },
        {
          lv: "Reģistrē to ar pārskata gadu un atzīmē, kuru dzīves situāciju novērtējums tas ir (katru novērtē reizi divos gados).",
          en: "Record it with the report year and note which life events it covers (each is assessed every second year).",
        },
      ],
      dataSource: { lv: "ES e-pārvaldes salīdzinošā novērtējuma (eGovernment Benchmark) ziņojums", en: "EU eGovernment Benchmark report" },
      collection: "manual",
    },
    ownerRoleId: "national_lead",
    scopeKinds: ["national"],
    level: "policy",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N3", "N5"],
  },
  {
    id: "egov-overall-score",
    name: { lv: "E-pārvaldes etalonnovērtējuma kopvērtējums", en: "eGovernment Benchmark overall score" },
    description: {
      lv: "Latvijas kopvērtējums ES e-pārvaldes etalonnovērtējumā — četru dimensiju (orientācija uz lietotāju, caurskatāmība, digitālie pamatrisinājumi, pārrobežu pakalpojumi) vērtējumu vidējais.",
      en: "Latvia's overall score in the EU eGovernment Benchmark: the mean of its four dimension scores (user centricity, transparency, key enablers, cross-border services).",
    },
    indicator: "lagging",
    category: "effectiveness",
    unit: { lv: { one: "punkts", other: "punkti", zero: "punktu" }, en: { one: "point", other: "points" } },
    precision: 0,
    direction: "higher_is_better",
    measure: { kind: "value" },
    aggregation: "last",
    rollUp: "none",
    frequency: "yearly",
    procedure: {
      steps: [
        {
          lv: "No etalonnovērtējuma pārskata pārņem Latvijas kopvērtējumu un četru dimensiju vērtējumus.",
          en: "Take Latvia's overall score and the four dimension scores from the benchmark report.",
        },
        {
          lv: "Reģistrē kopvērtējumu ar pārskata gadu; salīdzinot gadus, ņem vērā metodikas izmaiņas.",
          en: "Record the overall score with the report year; allow for changes of method when comparing years.",
        },
      ],
      dataSource: { lv: "ES e-pārvaldes salīdzinošā novērtējuma (eGovernment Benchmark) ziņojums", en: "EU eGovernment Benchmark report" },
      collection: "manual",
    },
    ownerRoleId: "national_lead",
    scopeKinds: ["national"],
    level: "policy",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N5"],
  },
  {
    id: "egov-users-share",
    name: { lv: "E-pārvaldes lietotāju īpatsvars", en: "People using e-government" },
    description: {
      lv: "To 16–74 gadus vecu iedzīvotāju daļa, kuri pēdējo 12 mēnešu laikā sazinājušies ar valsts iestādēm tiešsaistē, pēc Eurostat mājsaimniecību IKT apsekojuma. Svērts novērtējums, ko izmanto tādu, kāds publicēts.",
      en: "The share of people aged 16 to 74 who dealt with public authorities online in the last 12 months, from Eurostat's household ICT survey. A weighted estimate, used as published.",
    },
    indicator: "lagging",
    category: "effectiveness",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: { kind: "value" },
    aggregation: "last",
    rollUp: "none",
    frequency: "yearly",
    procedure: {
      steps: [
        {
          lv: "No Eurostat datu kopas isoc_ciegi_ac pārņem Latvijas vērtējumu par attiecīgo gadu.",
          en: "Take Latvia's value for the year from the Eurostat dataset isoc_ciegi_ac.",
        },
        {
          lv: "Reģistrē to ar apsekojuma gadu un ES vidējo salīdzinājumam.",
          en: "Record it with the survey year, and the EU average for comparison.",
        },
      ],
      dataSource: { lv: "Eurostat isoc_ciegi_ac", en: "Eurostat isoc_ciegi_ac" },
      collection: "manual",
    },
    ownerRoleId: "national_lead",
    scopeKinds: ["national"],
    level: "policy",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N5"],
  },
] satisfies readonly KpiDefinitionInput[]);
