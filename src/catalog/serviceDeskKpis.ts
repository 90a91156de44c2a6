import type { KpiDefinitionInput } from "../model/kpiDefinition.js";
import { freezeDeep } from "./_lib/freezeDeep.js";
import { INSTITUTION_AND_UP, SERVICE_AND_UP } from "./_lib/scopesAndUp.js";


/**
 * Ready-made KPIs of the service desk and support to recipients: first-contact resolution, contact abandonment,
 * speed of answer, knowledge use, self-service success and the response time of assistance services.
 *
 * @remarks
 * The rates are ratios of sums. Waiting and response times are durations whose mean is recomputed from the pooled
 * contacts at every scope. First-contact resolution is declared a driver of recipients' satisfaction one month
 * later; the knowledge link rate a driver (with negative sign) of incident resolution time.
 *
 * @category Catalog
 */
export const serviceDeskKpis: readonly KpiDefinitionInput[] = /* @__PURE__ */ freezeDeep([
  {
    id: "first-contact-resolution",
    name: { lv: "Atrisināts pirmajā saziņā", en: "First-contact resolution" },
    description: {
      lv: "To saziņas reižu daļa ar atbalsta dienestu, kurās jautājums atrisināts jau pirmajā reizē, bez pāradresēšanas, atzvanīšanas vai turpmākas saziņas.",
      en: "The share of contacts with the help desk in which the matter was settled the first time, with no transfer, call-back or follow-up.",
    },
    indicator: "leading",
    category: "efficiency",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Pirmajā saziņā atrisinātās saziņas reizes", en: "Contacts resolved at first contact" },
      denominator: { lv: "Saziņas reizes, kuras var atrisināt uzreiz", en: "Contacts that could be resolved at once" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Dokumentē, kurus saziņas veidus var atrisināt uzreiz (piemēram, neskaita pieteikumus, kuros vajadzīgs lēmums).",
          en: "Document which kinds of contact can be resolved at once (for instance, leave out applications that need a decision).",
        },
        {
          lv: "No saziņas pārvaldības (CRM) sistēmas katru mēnesi saskaita šādas saziņas reizes un tās, kas slēgtas bez turpmākas saziņas 7 dienu laikā.",
          en: "From the CRM system, count each month those contacts and the ones closed with no further contact within 7 days.",
        },
      ],
      dataSource: { lv: "CRM / lietotāju atbalsta sistēma", en: "CRM / service desk system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    drivers: [{ laggingKpiId: "recipient-satisfaction", sign: "positive", lagPeriods: 1 }],
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-16", "PU2-15"],
    conditions: ["N6", "N3"],
  },
  {
    id: "contact-abandonment-rate",
    name: { lv: "Pārtraukto zvanu un tērzēšanu īpatsvars", en: "Contact abandonment rate" },
    description: {
      lv: "To atbalsta dienestam adresēto zvanu un tērzēšanu daļa, kuras saņēmējs pārtrauc, vēl gaidot rindā, pēc neliela pieļaujamā sliekšņa (piemēram, 5 sekundēm).",
      en: "The share of calls and chats offered to the help desk that the caller gives up while still queuing, after a short grace threshold (for example 5 seconds).",
    },
    indicator: "leading",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "lower_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Pēc sliekšņa pārtrauktās saziņas", en: "Contacts abandoned after the threshold" },
      denominator: { lv: "Piedāvātās saziņas", en: "Contacts offered" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "daily",
    procedure: {
      steps: [
        {
          lv: "Kontaktu centra sistēmā nosaka sliekšņa laiku un katru dienu saskaita piedāvātās saziņas (zvanus un tērzēšanas).",
          en: "In the contact-centre system, set the threshold and count each day the contacts offered (calls and chats).",
        },
        {
          lv: "Saskaita tās, kuras saņēmējs pārtrauca rindā pēc sliekšņa, un abus skaitus reģistrē kā skaitītāju un saucēju.",
          en: "Count those the caller left while queuing after the threshold, and record both counts as numerator and denominator.",
        },
      ],
      dataSource: { lv: "kontaktcentra sistēma", en: "contact-centre system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-16"],
    conditions: ["N3"],
  },
  {
    id: "average-speed-of-answer",
    name: { lv: "Vidējais gaidīšanas laiks līdz atbildei", en: "Average speed of answer" },
    description: {
      lv: "Vidējais laiks, ko atbildētie zvani un tērzēšanas pavadīja rindā, līdz tiem atbildēja darbinieks.",
      en: "The mean time that answered calls and chats spent in the queue before a member of staff answered.",
    },
    indicator: "leading",
    category: "efficiency",
    unit: "seconds",
    precision: 0,
    direction: "lower_is_better",
    measure: { kind: "duration" },
    aggregation: "mean",
    rollUp: "recompute",
    frequency: "daily",
    procedure: {
      steps: [
        {
          lv: "Kontaktu centra sistēmā katrai atbildētajai saziņai nosaka gaidīšanas laiku sekundēs no ierindošanas līdz atbildei.",
          en: "In the contact-centre system, take each answered contact's wait in seconds from joining the queue to being answered.",
        },
        {
          lv: "Katru saziņu reģistrē kā vienu ierakstu; vidējo pārrēķina no visām saziņām (gaidīšanas laiku summa, dalīta ar atbildēto saziņu skaitu).",
          en: "Record each contact as one record; the mean is recomputed from all contacts (sum of waits divided by the number answered).",
        },
      ],
      dataSource: { lv: "kontaktcentra sistēma", en: "contact-centre system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0 },
    puTasks: ["PU2-16"],
    conditions: ["N3"],
  },
  {
    id: "knowledge-link-rate",
    name: { lv: "Ar zināšanu bāzi sasaistīto pieteikumu īpatsvars", en: "Knowledge link rate" },
    description: {
      lv: "To slēgto pieteikumu daļa, kas sasaistīti ar zināšanu bāzes rakstu, kurš izmantots vai uzrakstīts to atrisināšanai.",
      en: "The share of closed tickets linked to a knowledge article that was used or written to resolve them.",
    },
    indicator: "leading",
    category: "quality",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Slēgtie pieteikumi ar saiti uz zināšanu rakstu", en: "Closed tickets linked to a knowledge article" },
      denominator: { lv: "Slēgtie pieteikumi", en: "Closed tickets" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Atbalsta sistēmā katru mēnesi saskaita slēgtos pieteikumus.",
          en: "In the service desk system, count the tickets closed each month.",
        },
        {
          lv: "No tiem saskaita pieteikumus ar saiti uz zināšanu bāzes rakstu un reģistrē abus skaitus kā skaitītāju un saucēju.",
          en: "Count how many of them link to a knowledge article, and record both counts as numerator and denominator.",
        },
      ],
      dataSource: { lv: "lietotāju atbalsta sistēma un zināšanu bāze", en: "service desk system and knowledge base" },
      collection: "automated",
    },
    ownerRoleId: "service_portfolio_owner",
    scopeKinds: INSTITUTION_AND_UP,
    level: "support",
    drivers: [{ laggingKpiId: "incident-resolution-time", sign: "negative", lagPeriods: 1 }],
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-16", "PU2-22"],
    conditions: ["N8"],
  },
  {
    id: "self-service-success-rate",
    name: { lv: "Sekmīgas pašapkalpošanās īpatsvars", en: "Self-service success rate" },
    description: {
      lv: "To pašapkalpošanās sesiju daļa ar atbalsta vajadzību (portālā, ar tērzēšanas robotu vai zināšanu bāzē), pēc kurām lietotājs noteiktā laikā neiesniedz pieteikumu un nezvana.",
      en: "The share of self-service sessions with a support need (portal, chatbot or knowledge base) after which the user neither opens a ticket nor calls within a set time.",
    },
    indicator: "leading",
    category: "efficiency",
    unit: "%",
    precision: 1,
    direction: "higher_is_better",
    measure: {
      kind: "ratio",
      scale: 100,
      numerator: { lv: "Sekmīgās pašapkalpošanās sesijas", en: "Successful self-service sessions" },
      denominator: { lv: "Pašapkalpošanās sesijas ar atbalsta vajadzību", en: "Self-service sessions with a support need" },
    },
    aggregation: "ratio_of_sums",
    rollUp: "ratio_of_sums",
    frequency: "monthly",
    procedure: {
      steps: [
        {
          lv: "Tīmekļa analītikā nosaka, kuras sesijas liecina par atbalsta vajadzību (palīdzības lapas, tērzēšanas robots, meklēšana zināšanu bāzē).",
          en: "In web analytics, decide which sessions show a support need (help pages, chatbot, knowledge-base search).",
        },
        {
          lv: "Sasaista tās ar atbalsta sistēmu un saskaita sesijas, pēc kurām 3 dienu laikā nav ne pieteikuma, ne zvana.",
          en: "Join them with the service desk system and count the sessions followed by no ticket and no call within 3 days.",
        },
      ],
      dataSource: { lv: "tīmekļa analītika un lietotāju atbalsta sistēma", en: "web analytics and service desk system" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0, max: 100 },
    puTasks: ["PU2-16"],
    conditions: ["N7", "N6"],
  },
  {
    id: "sdg-assistance-response-time",
    name: { lv: "Palīdzības dienesta atbildes laiks", en: "Assistance service response time" },
    description: {
      lv: "Vidējais laiks no palīdzības vai problēmu risināšanas pieprasījuma saņemšanas līdz atbildes nosūtīšanai periodā atbildētajiem pieprasījumiem (Vienotās digitālās vārtejas rādītājs).",
      en: "The mean time from receiving a request for assistance or problem solving to sending the answer, over the requests answered in the period (a Single Digital Gateway KPI).",
    },
    indicator: "lagging",
    category: "quality",
    unit: "days",
    precision: 1,
    direction: "lower_is_better",
    measure: { kind: "duration" },
    aggregation: "mean",
    rollUp: "recompute",
    frequency: "quarterly",
    procedure: {
      steps: [
        {
          lv: "Katram periodā atbildētajam pieprasījumam nosaka dienu skaitu no saņemšanas līdz atbildes nosūtīšanai.",
          en: "For each request answered in the period, take the days from receipt to sending the answer.",
        },
        {
          lv: "Katru pieprasījumu reģistrē kā vienu ierakstu; vidējo pārrēķina no visiem pieprasījumiem un līdzās norāda mediānu.",
          en: "Record each request as one record; the mean is recomputed from all requests, and the median is reported beside it.",
        },
      ],
      dataSource: { lv: "palīdzības dienesta lietu žurnāls", en: "assistance service case log" },
      collection: "automated",
    },
    ownerRoleId: "service_owner",
    scopeKinds: SERVICE_AND_UP,
    level: "core",
    validRange: { min: 0 },
    puTasks: ["PU2-16", "PU2-15"],
    conditions: ["N3"],
  },
] satisfies readonly KpiDefinitionInput[]);
