import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { SERVICE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of recipients' satisfaction and experience: the nationally mandated satisfaction KPI (CSAT
 * top-two-box), the mean score, NPS, customer effort, the survey response rate, the State Chancellery population
 * survey and the two Single Digital Gateway feedback KPIs.
 *
 * @remarks
 * Survey KPIs keep the answer counts per score and pool them at every scope (`rollUp: "recompute"`), so a national
 * value is never a mean of service percentages. Published survey estimates that carry their own weighting
 * (`public-administration-satisfaction`) are taken as they are and do not roll up (`none`).
 *
 * @category Catalog
 */
export const satisfactionKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "recipient-satisfaction",
    name: {
      lv: "Pakalpojumu saņēmēju apmierinātība ar saņemtajiem pakalpojumiem",
      en: "Recipients' satisfaction with the services received",
    },
    description: {
      lv: "To saņēmēju daļa, kuri saņemto pakalpojumu piecu ballu skalā novērtē ar 4 vai 5, atbildot uz vienu jautājumu, kad pakalpojuma gadījums noslēdzies. Valsts mērogā obligāts rezultējošais rādītājs.",
      en: "The share of recipients who rate the service they received 4 or 5 on a five-point scale, asked once when their case closes. The outcome KPI that is mandatory at national scope.",
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
          lv: "Kad pakalpojuma gadījums noslēdzies (rezultāts izsniegts, pieteikums noraidīts vai pārtraukts), aicina saņēmēju novērtēt pakalpojumu kopumā no 1 (ļoti neapmierināts) līdz 5 (ļoti apmierināts).",
          en: "When a case closes (result delivered, application refused or abandoned), ask the recipient to rate the service overall from 1 (very dissatisfied) to 5 (very satisfied).",
        },
        {
          lv: "Glabā atbilžu skaitu katram vērtējumam pa pakalpojumiem, kanāliem un mēnešiem; atbildes „nezinu” un tukšas atbildes neuzskaita.",
          en: "Keep the number of answers per score, service, channel and month; leave out “don't know” and blank answers.",
        },
        {
          lv: "No apvienotajiem skaitiem aprēķina atbilžu 4 un 5 daļu visās derīgajās atbildēs un kopā ar rezultātu publicē atbilžu skaitu; ja atbilžu ir mazāk par 30, to atzīmē.",
          en: "From the pooled counts, compute the share of 4 and 5 among all valid answers and publish the number of answers with it; flag results based on fewer than 30.",
        },
      ],
      dataSource: { lv: "pēcpakalpojuma aptauju rīks", en: "post-service survey tool" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "policy",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23", "PU2-4"],
    conditions: ["N1", "N2", "N6"],
  },
  {
    id: "satisfaction-mean-score",
    name: { lv: "Vidējais apmierinātības vērtējums", en: "Mean satisfaction score" },
    description: {
      lv: "Saņēmēju kopējās apmierinātības atbilžu vidējā vērtība skalā no 1 līdz 10, kādu lieto Latvijas e-pakalpojumu monitoringā.",
      en: "The average of recipients' overall satisfaction answers on a 1 to 10 scale, the form used in Latvian e-service monitoring.",
    },
    indicator: "lagging",
    category: "satisfaction",
    unit: { lv: { one: "punkts", other: "punkti", zero: "punktu" }, en: { one: "point", other: "points" } },
    precision: 1,
    direction: "higher_is_better",
    measure: { kind: "survey", statistic: "mean", scaleMin: 1, scaleMax: 10 },
    aggregation: "survey",
    rollUp: "recompute",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "Aicina saņēmēju novērtēt apmierinātību ar pakalpojumu kopumā skalā no 1 līdz 10.",
          en: "Ask the recipient to rate overall satisfaction with the service from 1 to 10.",
        },
        {
          lv: "Glabā atbilžu skaitu katram vērtējumam pa pakalpojumiem un ceturkšņiem.",
          en: "Keep the number of answers per score, service and quarter.",
        },
        {
          lv: "Vidējo aprēķina kā vērtējumu summu, dalītu ar atbilžu skaitu, no apvienotajiem skaitiem; dažādu skalu rezultātus nejauc kopā.",
          en: "Compute the mean as the sum of the scores divided by the number of answers, from the pooled counts; never mix results of different scales.",
        },
      ],
      dataSource: { lv: "aptauju rīks", en: "survey tool" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 1, max: 10 },
    puTasks: ["PU2-23"],
    conditions: ["N2", "N6"],
  },
  {
    id: "net-promoter-score",
    name: { lv: "Rekomendācijas indekss (NPS)", en: "Net Promoter Score (NPS)" },
    description: {
      lv: "Procentuālā daļa saņēmēju, kuri pakalpojumu ieteiktu citiem (9–10 skalā no 0 līdz 10), mīnus to daļa, kuri to neieteiktu (0–6). Izmanto pēc izvēles: tas vairāk der pakalpojumiem, kurus cilvēki var izvēlēties.",
      en: "The percentage of recipients who would recommend the service (9–10 on a 0 to 10 scale) minus the percentage who would not (0–6). Optional: it suits services people can choose better than monopoly services.",
    },
    indicator: "lagging",
    category: "satisfaction",
    unit: { lv: { one: "punkts", other: "punkti", zero: "punktu" }, en: { one: "point", other: "points" } },
    precision: 0,
    direction: "higher_is_better",
    measure: { kind: "survey", statistic: "nps", scaleMin: 0, scaleMax: 10 },
    aggregation: "survey",
    rollUp: "recompute",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "Jautā, cik ticami saņēmējs ieteiktu pakalpojumu paziņai, skalā no 0 līdz 10.",
          en: "Ask how likely the recipient is to recommend the service to someone they know, from 0 to 10.",
        },
        {
          lv: "Glabā atbilžu skaitu katram vērtējumam pa pakalpojumiem un ceturkšņiem.",
          en: "Keep the number of answers per score, service and quarter.",
        },
        {
          lv: "No apvienotajiem skaitiem aprēķina atbilžu 9–10 procentuālo daļu mīnus atbilžu 0–6 procentuālo daļu; segmentu NPS vērtības nevidējo.",
          en: "From the pooled counts, subtract the percentage of 0–6 answers from the percentage of 9–10 answers; never average segment NPS values.",
        },
      ],
      dataSource: { lv: "aptauju rīks", en: "survey tool" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: -100, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N2"],
  },
  {
    id: "customer-effort-score",
    name: { lv: "Klienta piepūles rādītājs (CES)", en: "Customer effort score (CES)" },
    description: {
      lv: "To saņēmēju daļa, kuri septiņu ballu skalā piekrīt (5–7), ka pakalpojumu saņemt bija viegli. Virzošs rādītājs apmierinātībai.",
      en: "The share of recipients who agree (5–7 on a seven-point scale) that getting the service was easy. A driver of satisfaction.",
    },
    indicator: "leading",
    category: "satisfaction",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Atbildes 5, 6 vai 7", en: "Answers 5, 6 or 7" },
      denominator: { lv: "Visas derīgās atbildes skalā no 1 līdz 7", en: "All valid answers on the 1 to 7 scale" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Pēc pakalpojuma saņemšanas lūdz novērtēt apgalvojumu „Pakalpojumu saņemt bija viegli” skalā no 1 (pilnīgi nepiekrītu) līdz 7 (pilnīgi piekrītu).",
          en: "After the service, ask for agreement with “Getting this service was easy” from 1 (strongly disagree) to 7 (strongly agree).",
        },
        {
          lv: "Katram pakalpojumam un mēnesim saskaita atbildes 5–7 (skaitītājs) un visas derīgās atbildes (saucējs).",
          en: "Per service and month, count the 5–7 answers (numerator) and all valid answers (denominator).",
        },
      ],
      dataSource: { lv: "aptauju rīks", en: "survey tool" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    drivers: [{ laggingKpiId: "recipient-satisfaction", sign: "positive", lagPeriods: 0 }],
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23", "PU2-16"],
    conditions: ["N6", "N2", "N7"],
  },
  {
    id: "survey-response-rate",
    name: { lv: "Aptaujas atsaucība", en: "Survey response rate" },
    description: {
      lv: "Saņemto derīgo atbilžu daļa no nosūtītajiem aptaujas uzaicinājumiem. Zema atsaucība mazina apmierinātības rezultātu ticamību.",
      en: "Valid answers received as a share of the survey invitations delivered. A low rate makes the satisfaction results less trustworthy.",
    },
    indicator: "leading",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Derīgās atbildes", en: "Valid answers" },
      denominator: { lv: "Piegādātie aptaujas uzaicinājumi", en: "Survey invitations delivered" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Aptaujas rīkā katram pakalpojumam un mēnesim saskaita piegādātos uzaicinājumus (atgrieztos neskaita).",
          en: "In the survey tool, count per service and month the invitations delivered (bounced ones excluded).",
        },
        {
          lv: "Saskaita derīgās atbildes uz tiem pašiem uzaicinājumiem un abus skaitus reģistrē kā skaitītāju un saucēju.",
          en: "Count the valid answers to those invitations and record both counts as numerator and denominator.",
        },
      ],
      dataSource: { lv: "aptauju rīks", en: "survey tool" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23", "PU2-4"],
    conditions: ["N1"],
  },
  {
    id: "public-administration-satisfaction",
    name: {
      lv: "Valsts pārvaldes klientu apmierinātība (iedzīvotāju aptauja)",
      en: "Public administration client satisfaction (population survey)",
    },
    description: {
      lv: "Valsts kancelejas ikgadējās aptaujas respondentu daļa, kuri savu saskarsmi ar valsts pārvaldi vērtē kā teicamu vai labu. Tas ir svērts aptaujas novērtējums, ko izmanto tādu, kāds tas publicēts.",
      en: "The share of respondents to the State Chancellery's yearly survey who rate their contact with public administration as excellent or good. A weighted survey estimate, used as published.",
    },
    indicator: "lagging",
    category: "satisfaction",
    unit: "%",
    precision: 0,
    direction: "higher_is_better",
    measure: { kind: "value" },
    aggregation: "last",
    rollUp: "none",
    frequency: "yearly",
    procedure: {
      steps: [
        {
          lv: "No Valsts kancelejas gada pārskata pārņem valsts kopējo rezultātu un katras iestādes rezultātu.",
          en: "Take the national result and each institution's result from the State Chancellery's yearly report.",
        },
        {
          lv: "Reģistrē katru rezultātu ar gadu un izlases lielumu.",
          en: "Record each result with its year and sample size.",
        },
        {
          lv: "Iestāžu rezultātus savā starpā nevidējo: aptaujai ir sava svēršana, tāpēc valsts rezultātu ņem no pārskata.",
          en: "Do not average institutions' results: the survey has its own weighting, so the national figure comes from the report.",
        },
      ],
      dataSource: { lv: "Valsts kancelejas valsts pārvaldes klientu apmierinātības aptauja", en: "State Chancellery public administration customer satisfaction survey" },
      collection: "manual",
    },
    ownerRoleId: "national_lead",
    scopeKinds: ["national", "institution"],
    level: "policy",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N2"],
  },
  {
    id: "sdg-feedback-rating",
    name: { lv: "Vienotās digitālās vārtejas lietotāju vērtējums", en: "Single Digital Gateway user rating" },
    description: {
      lv: "Vidējais no 1–5 zvaigžņu vērtējumiem, ko lietotāji dod pakalpojuma lapām ar Vienotās digitālās vārtejas atsauksmju rīku. Publicē arī zvaigžņu sadalījumu.",
      en: "The average of the 1 to 5 star ratings that users give a service's pages through the Single Digital Gateway feedback tool. Publish how the stars are spread as well.",
    },
    indicator: "lagging",
    category: "satisfaction",
    unit: { lv: { one: "zvaigzne", other: "zvaigznes", zero: "zvaigžņu" }, en: { one: "star", other: "stars" } },
    precision: 2,
    direction: "higher_is_better",
    measure: { kind: "survey", statistic: "mean", scaleMin: 1, scaleMax: 5 },
    aggregation: "survey",
    rollUp: "recompute",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "No atsauksmju rīka izgūst vērtējumu skaitu katram zvaigžņu skaitam pa pakalpojuma lapām un ceturkšņiem.",
          en: "Export from the feedback tool the number of ratings per star count, service page and quarter.",
        },
        {
          lv: "Vidējo aprēķina no apvienotajiem skaitiem (zvaigžņu summa, dalīta ar vērtējumu skaitu) un publicē kopā ar vērtējumu skaitu.",
          en: "Compute the mean from the pooled counts (sum of stars divided by number of ratings) and publish it with the number of ratings.",
        },
      ],
      dataSource: { lv: "Vienotās digitālās vārtejas lietotāju atsauksmju rīks", en: "Single Digital Gateway user feedback tool" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 1, max: 5 },
    puTasks: ["PU2-23", "PU2-16"],
    conditions: ["N3", "N6", "N2"],
  },
  {
    id: "sdg-found-info-rate",
    name: { lv: "Lietotāji, kuri atrada vajadzīgo", en: "Users who found what they needed" },
    description: {
      lv: "To atsauksmju daļa, kurās uz jautājumu, vai lietotājs atrada meklēto, atbildēts „jā”, no visām atbildēm „jā”, „nē” un „daļēji”.",
      en: "The share of feedback answers that say “yes” to whether the user found what they were looking for, out of all “yes”, “no” and “partly” answers.",
    },
    indicator: "lagging",
    category: "effectiveness",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Atbildes „jā”", en: "“Yes” answers" },
      denominator: { lv: "Atbildes „jā”, „nē” un „daļēji”", en: "“Yes”, “no” and “partly” answers" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "No atsauksmju rīka izgūst atbilžu „jā”, „nē” un „daļēji” skaitu pa pakalpojuma lapām un ceturkšņiem.",
          en: "Export from the feedback tool the number of “yes”, “no” and “partly” answers per service page and quarter.",
        },
        {
          lv: "Atbildes „jā” reģistrē kā skaitītāju, visu trīs veidu atbildes kā saucēju; atbilžu „daļēji” daļu norāda atsevišķi.",
          en: "Record the “yes” answers as numerator and all three kinds as denominator; report the “partly” share separately.",
        },
      ],
      dataSource: { lv: "Vienotās digitālās vārtejas lietotāju atsauksmju rīks", en: "Single Digital Gateway user feedback tool" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N6", "N2"],
  },
] satisfies readonly KpiDefinitionInput[]);
