import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { INSTITUTION_AND_UP, SERVICE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of service delivery as Latvian institutions publish it: case volume, channel share, processing
 * time, overdue cases, e-service coverage, proactive delivery, catalogue completeness and pre-filled applications.
 *
 * @remarks
 * Case volume is a count and sums. Processing time is a duration per case: its mean is recomputed from the pooled
 * cases at every scope (sum of durations ÷ cases). The shares are ratios of sums. The two coverage shares taken at
 * the end of a period (e-services offered, catalogue completeness) expect one record per period, since pooling
 * several snapshots would average them.
 *
 * @category Catalog
 */
export const serviceDeliveryKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "service-case-volume",
    name: { lv: "Pakalpojumu gadījumu skaits", en: "Service case volume" },
    description: {
      lv: "Periodā saņemto pakalpojumu gadījumu skaits, ko uzskaita pa kanāliem. Labā virziena nav — ir sagaidāmais intervāls, pēc kura plāno jaudu.",
      en: "The number of service cases received in the period, counted per channel. No direction is better; there is an expected band to plan capacity by.",
    },
    indicator: "leading",
    category: "efficiency",
    unit: { lv: { one: "gadījums", other: "gadījumi", zero: "gadījumu" }, en: { one: "case", other: "cases" } },
    precision: 0,
    direction: "target_band",
    measure: { kind: "count" },
    aggregation: "sum",
    rollUp: "sum",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "No pieteikumu sistēmas saskaita jaunos pakalpojumu gadījumus pēc saņemšanas datuma un kanāla.",
          en: "From the case system, count new service cases by date received and channel.",
        },
        {
          lv: "Dublikātus neskaita; konsultācijas skaita tikai tad, ja tas noteikts rādītāja aprakstā.",
          en: "Leave out duplicates; count consultations only if the KPI instance says so.",
        },
      ],
      dataSource: { lv: "lietvedības sistēma", en: "case management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0 },
    puTasks: ["PU2-19", "PU2-23"],
    conditions: ["N1", "N3"],
  },
  {
    id: "channel-share",
    name: { lv: "Kanāla īpatsvars", en: "Channel share" },
    description: {
      lv: "Pakalpojuma gadījumu daļa, kas saņemta vienā kanālā (tiešsaistē, klātienē, pa tālruni vai pa pastu). Katram kanālam veido savu rādītāja instanci.",
      en: "The share of a service's cases received through one channel (online, in person, by phone or by post). Define one instance per channel.",
    },
    indicator: "leading",
    category: "effectiveness",
    unit: "%",
    precision: 1,
    direction: "target_band",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Kanālā saņemtie gadījumi", en: "Cases received through the channel" },
      denominator: { lv: "Visi saņemtie gadījumi", en: "All cases received" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "No pieteikumu sistēmas saskaita periodā saņemtos gadījumus pa kanāliem.",
          en: "From the case system, count the cases received in the period per channel.",
        },
        {
          lv: "Katra kanāla instancē reģistrē kanāla gadījumus kā skaitītāju un visus gadījumus kā saucēju; visu kanālu daļu summa ir 100 %.",
          en: "In each channel's instance, record the channel's cases as numerator and all cases as denominator; the channel shares add up to 100 %.",
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
    conditions: ["N3", "N5"],
  },
  {
    id: "average-processing-time",
    name: { lv: "Vidējais izpildes ilgums", en: "Average processing time" },
    description: {
      lv: "Vidējais laiks no pilnīga pieteikuma saņemšanas līdz rezultāta izsniegšanai periodā pabeigtajos gadījumos.",
      en: "The mean time from receiving a complete application to delivering the result, over the cases completed in the period.",
    },
    indicator: "lagging",
    category: "efficiency",
    unit: "days",
    precision: 1,
    direction: "lower_is_better",
    measure: { kind: "duration" },
    aggregation: "mean",
    rollUp: "recompute",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Katram periodā pabeigtajam gadījumam nosaka dienu skaitu no brīža, kad pieteikums bija pilnīgs, līdz rezultāta izsniegšanai (kalendāra dienas, ja nav noteikts citādi).",
          en: "For each case completed in the period, take the days from the moment the application was complete to delivery of the result (calendar days unless declared otherwise).",
        },
        {
          lv: "Katru gadījumu reģistrē kā vienu ierakstu; vidējo jebkurā mērogā pārrēķina no visiem gadījumiem (ilgumu summa, dalīta ar gadījumu skaitu).",
          en: "Record each case as one record; at every scope the mean is recomputed from all cases (sum of durations divided by the number of cases).",
        },
      ],
      dataSource: { lv: "lietvedības sistēma", en: "case management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0 },
    puTasks: ["PU2-15", "PU2-23"],
    conditions: ["N7", "N1"],
  },
  {
    id: "overdue-case-rate",
    name: { lv: "Izpildes kavējumu īpatsvars", en: "Overdue case rate" },
    description: {
      lv: "Periodā pabeigto gadījumu daļa, kuros rezultāts sniegts pēc normatīvajos aktos noteiktā vai apsolītā termiņa.",
      en: "The share of cases completed in the period whose result came after the statutory or promised deadline.",
    },
    indicator: "lagging",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Pēc termiņa pabeigtie gadījumi", en: "Cases completed after the deadline" },
      denominator: { lv: "Pabeigtie gadījumi", en: "Cases completed" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Katram periodā pabeigtajam gadījumam salīdzina rezultāta izsniegšanas datumu ar tam piemērojamo termiņu.",
          en: "For each case completed in the period, compare the date the result was delivered with the deadline that applied to it.",
        },
        {
          lv: "Nokavētos gadījumus reģistrē kā skaitītāju un visus pabeigtos kā saucēju; gadījumus pieskaita pabeigšanas periodam.",
          en: "Record the late cases as numerator and all completed ones as denominator; assign cases to the period of completion.",
        },
      ],
      dataSource: { lv: "lietvedības sistēma", en: "case management system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-9", "PU2-17", "PU2-23"],
    conditions: ["N1"],
  },
  {
    id: "e-service-availability-share",
    name: { lv: "Pilnībā elektroniski pieejamo pakalpojumu īpatsvars", en: "Services offered fully online" },
    description: {
      lv: "Iestādes aptverto pakalpojumu daļa, ko var gan pieteikt, gan saņemt pilnībā tiešsaistē; stāvoklis perioda beigās.",
      en: "The share of the institution's in-scope services that can be both requested and received entirely online; the position at the end of the period.",
    },
    indicator: "leading",
    category: "effectiveness",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Pilnībā tiešsaistē pieejamie pakalpojumi", en: "Services available fully online" },
      denominator: { lv: "Aptvertie pakalpojumi", en: "Services in scope" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "yearly",
    procedure: {
      steps: [
        {
          lv: "Perioda beigās no pakalpojumu kataloga atlasa iestādes aptvertos pakalpojumus.",
          en: "At the end of the period, list the institution's in-scope services from the services catalogue.",
        },
        {
          lv: "Atzīmē tos, kurus var pieteikt un saņemt pilnībā tiešsaistē, un reģistrē vienu ierakstu periodā: atzīmētos kā skaitītāju, visus kā saucēju.",
          en: "Mark those that can be requested and received entirely online, and record one record per period: the marked ones as numerator, all of them as denominator.",
        },
      ],
      dataSource: { lv: "valsts pakalpojumu katalogs", en: "national services catalogue" },
      collection: "manual",
    },
    ownerRoleId: "service_portfolio_owner",
    scopeKinds: INSTITUTION_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N5", "N3", "N7"],
  },
  {
    id: "proactive-service-share",
    name: { lv: "Proaktīvi sniegto pakalpojumu īpatsvars", en: "Proactive delivery share" },
    description: {
      lv: "To gadījumu daļa, kuros pakalpojums sniegts bez pieteikuma, balstoties uz valsts rīcībā jau esošiem datiem, no pakalpojumiem, kuros proaktīva sniegšana ir tiesiski un tehniski iespējama.",
      en: "The share of cases delivered without an application, triggered by data the state already holds, among services where proactive delivery is legally and technically possible.",
    },
    indicator: "leading",
    category: "effectiveness",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Proaktīvi sniegtie gadījumi", en: "Cases delivered proactively" },
      denominator: {
        lv: "Visi gadījumi pakalpojumos, kuros iespējama proaktīva sniegšana",
        en: "All cases of services that can be delivered proactively",
      },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "Nosaka pakalpojumus, kuros proaktīva sniegšana ir tiesiski un tehniski iespējama, un šo sarakstu dokumentē.",
          en: "Decide which services can legally and technically be delivered proactively, and document the list.",
        },
        {
          lv: "Šiem pakalpojumiem saskaita visus periodā sniegtos gadījumus un tos, kas sākti bez pieteikuma, un reģistrē kā saucēju un skaitītāju.",
          en: "For those services, count all cases delivered in the period and the ones started without an application, and record them as denominator and numerator.",
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
    conditions: ["N7", "N8", "N2"],
  },
  {
    id: "catalogue-description-completeness",
    name: { lv: "Pakalpojumu aprakstu pilnīgums katalogā", en: "Catalogue description completeness" },
    description: {
      lv: "Iestādes pakalpojumu daļa, kuru apraksts valsts pakalpojumu katalogā perioda beigās ir pilnīgs un aktuāls.",
      en: "The share of the institution's services whose description in the national services catalogue is complete and up to date at the end of the period.",
    },
    indicator: "leading",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Pakalpojumi ar pilnīgu un aktuālu aprakstu", en: "Services with a complete, current description" },
      denominator: { lv: "Iestādes sniegtie pakalpojumi", en: "Services the institution provides" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "Perioda beigās katram iestādes pakalpojumam pārbauda, vai katalogā aizpildīti visi obligātie apraksta lauki un vai apraksts pārskatīts pēdējo 12 mēnešu laikā.",
          en: "At the end of the period, check for each of the institution's services that every mandatory field of its catalogue entry is filled in and that it was reviewed in the last 12 months.",
        },
        {
          lv: "Reģistrē vienu ierakstu periodā: prasībām atbilstošos pakalpojumus kā skaitītāju, visus kā saucēju.",
          en: "Record one record per period: the services that pass as numerator, all services as denominator.",
        },
      ],
      dataSource: { lv: "valsts pakalpojumu katalogs", en: "national services catalogue" },
      collection: "manual",
    },
    ownerRoleId: "service_portfolio_owner",
    scopeKinds: INSTITUTION_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N1", "N9", "N3"],
  },
  {
    id: "prefilled-application-rate",
    name: { lv: "No reģistriem iepriekš aizpildīto pieteikumu īpatsvars", en: "Pre-filled application rate" },
    description: {
      lv: "To pieteikumu daļa, kuros visi valsts reģistros pieejamie lauki aizpildīti no reģistriem, tāpēc pieteicējam tie nav jāievada vēlreiz (vienreizējības princips).",
      en: "The share of applications in which every field available from state registers was filled from them, so the applicant did not type it again (once-only principle).",
    },
    indicator: "leading",
    category: "efficiency",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "No reģistriem pilnībā aizpildītie pieteikumi", en: "Applications fully pre-filled from registers" },
      denominator: {
        lv: "Pieteikumi pakalpojumos, kuriem reģistros ir dati",
        en: "Applications for services whose data exist in registers",
      },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Katram pakalpojumam dokumentē, kuri pieteikuma lauki ir pieejami valsts reģistros.",
          en: "For each service, document which application fields are available from state registers.",
        },
        {
          lv: "Pieteikumu sistēmā katru mēnesi saskaita pieteikumus, kuros visi šie lauki aizpildīti no reģistriem, un visus pieteikumus.",
          en: "In the application system, count each month the applications in which all those fields were filled from registers, and all applications.",
        },
      ],
      dataSource: { lv: "lietojumprogrammu sistēmas žurnāli", en: "application system logs" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    drivers: [{ laggingKpiId: "gds-completion-rate", sign: "positive", lagPeriods: 1 }],
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-23"],
    conditions: ["N8", "N7", "N6"],
  },
] satisfies readonly KpiDefinitionInput[]);
