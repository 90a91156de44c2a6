import { KpiError } from "../errors.js";
import type { LocalizedText, Locale } from "./localizedText.js";
import { requireLocale } from "../internal/requireLocale.js";

const t = (lv: string, en: string): LocalizedText => Object.freeze({ lv, en });

/**
 * Latvian and English labels of every literal value in the model, by vocabulary, following the PU2-23 glossary.
 *
 * @category Model
 */
export const LABELS = Object.freeze({
  scopeKind: Object.freeze({
    national: t("valsts mērogs", "national"),
    sector: t("nozares mērogs", "sector"),
    municipality: t("pašvaldības mērogs", "municipality"),
    institution: t("iestādes mērogs", "institution"),
    service: t("pakalpojuma mērogs", "service"),
    resource: t("resursa mērogs", "resource"),
  }),
  indicator: Object.freeze({
    leading: t("virzošais rādītājs", "leading (driving) indicator"),
    lagging: t("rezultējošais rādītājs", "lagging (outcome) indicator"),
  }),
  category: Object.freeze({
    effectiveness: t("rezultativitāte", "effectiveness"),
    efficiency: t("efektivitāte", "efficiency"),
    quality: t("kvalitāte", "quality"),
    satisfaction: t("apmierinātība", "satisfaction"),
    conformance: t("atbilstība", "conformance"),
    productivity: t("produktivitāte", "productivity"),
  }),
  direction: Object.freeze({
    higher_is_better: t("jo augstāks, jo labāk", "higher is better"),
    lower_is_better: t("jo zemāks, jo labāk", "lower is better"),
    target_band: t("mērķa intervālā", "within a target band"),
  }),
  level: Object.freeze({
    policy: t("politikas līmenis", "policy level"),
    core: t("pamatdarbības līmenis", "core operations level"),
    support: t("nodrošinājuma līmenis", "support level"),
  }),
  frequency: Object.freeze({
    continuous: t("nepārtraukti", "continuous"),
    daily: t("katru dienu", "daily"),
    weekly: t("katru nedēļu", "weekly"),
    monthly: t("katru mēnesi", "monthly"),
    quarterly: t("katru ceturksni", "quarterly"),
    yearly: t("katru gadu", "yearly"),
  }),
  measureKind: Object.freeze({
    value: t("vērtība", "value"),
    count: t("skaits", "count"),
    duration: t("ilgums", "duration"),
    weighted: t("svērta vērtība", "weighted value"),
    ratio: t("attiecība", "ratio"),
    survey: t("aptauja", "survey"),
  }),
  rollUp: Object.freeze({
    sum: t("summa", "sum"),
    ratio_of_sums: t("summu attiecība", "ratio of sums"),
    weighted_mean: t("svērtais vidējais", "weighted mean"),
    min: t("minimums", "minimum"),
    max: t("maksimums", "maximum"),
    last: t("pēdējā vērtība", "last value"),
    recompute: t("pārrēķins no sākotnējiem datiem", "recomputed from raw values"),
    none: t("netiek apkopots", "not rolled up"),
  }),
  timeAggregation: Object.freeze({
    sum: t("summa", "sum"),
    mean: t("vidējais", "mean"),
    min: t("minimums", "minimum"),
    max: t("maksimums", "maximum"),
    first: t("pirmā vērtība", "first value"),
    last: t("pēdējā vērtība", "last value"),
    median: t("mediāna", "median"),
    quantile: t("kvantile", "quantile"),
    ratio_of_sums: t("summu attiecība", "ratio of sums"),
    weighted_mean: t("svērtais vidējais", "weighted mean"),
    survey: t("aptaujas rādītājs", "survey statistic"),
  }),
  surveyStatistic: Object.freeze({
    csat: t("apmierinātība (divas augstākās atbildes)", "satisfaction (top two boxes)"),
    mean: t("vidējais vērtējums", "mean score"),
    nps: t("neto ieteikšanas indekss", "net promoter score"),
    ces: t("klienta pūļu rādītājs", "customer effort score"),
  }),
  collection: Object.freeze({
    automated: t("automatizēti", "automated"),
    manual: t("manuāli", "manual"),
  }),
  status: Object.freeze({
    normal: t("parasts", "normal"),
    provisional: t("provizorisks", "provisional"),
    estimated: t("novērtēts", "estimated"),
    revised: t("labots", "revised"),
  }),
  lifecyclePhase: Object.freeze({
    planning: t("plānošana", "planning"),
    creation_or_acquisition: t("izveide vai iegāde", "creation or acquisition"),
    introduction: t("ieviešana", "introduction"),
    delivery_or_use: t("sniegšana vai izmantošana", "delivery or use"),
    maintenance_and_improvement: t("uzturēšana un pilnveide", "maintenance and improvement"),
    decommissioning: t("izbeigšana", "decommissioning"),
  }),
  responsibility: Object.freeze({
    A: t("atbildīgā", "accountable"),
    L: t("līdzatbildīgā", "co-responsible"),
  }),
  targetKind: Object.freeze({
    at_least: t("vismaz", "at least"),
    at_most: t("ne vairāk kā", "at most"),
    between: t("intervālā", "between"),
  }),
  ragStatus: Object.freeze({
    green: t("zaļš — mērķis sasniegts", "green — on target"),
    amber: t("dzeltens — tuvu mērķim", "amber — near target"),
    red: t("sarkans — mērķis nav sasniegts", "red — off target"),
    no_data: t("nav datu", "no data"),
  }),
  sloIndicator: Object.freeze({
    availability: t("pieejamība", "availability"),
    response_time: t("reakcijas laiks", "response time"),
    resolution_time: t("atrisināšanas laiks", "resolution time"),
    threshold: t("sliekšņa rādītājs", "threshold indicator"),
  }),
  budgetingMethod: Object.freeze({
    occurrences: t("notikumi", "occurrences"),
    timeslices: t("laika posmi", "timeslices"),
    ratio_timeslices: t("laika posmi pēc attiecības", "ratio timeslices"),
  }),
  annotationKind: Object.freeze({
    note: t("piezīme", "note"),
    process_change: t("procesa maiņa", "process change"),
  }),
  audience: Object.freeze({
    management: t("vadībai", "management"),
    technical: t("tehniskajām komandām", "technical teams"),
    public: t("sabiedrībai", "the public"),
  }),
});

/**
 * The vocabularies that have labels.
 *
 * @category Model
 */
export type LabelVocabulary = keyof typeof LABELS;

/**
 * Returns the label of a literal value in a locale, or the value itself when the vocabulary does not know it.
 *
 * @param vocabulary - E.g. `"indicator"`.
 * @param value - E.g. `"leading"`.
 * @param locale - `"lv"` or `"en"`.
 * @returns The label.
 * @throws {@link KpiError} `invalid_argument` for a `vocabulary` that is not one of {@link LABELS} (path
 * `["vocabulary"]`), a `locale` other than `"lv"` and `"en"` (path `["locale"]`), or a `value` that is not a string
 * (path `["value"]`; it was given back as it was, though a label is a string).
 *
 * @example
 * ```ts
 * labelOf("indicator", "leading", "lv");
 * //=> "virzošais rādītājs"
 * ```
 *
 * @category Model
 */
export function labelOf(vocabulary: LabelVocabulary, value: string, locale: Locale): string {
  // Called per record by the report code: two cheap tests, the message built only on failure.
  if (typeof vocabulary !== "string" || !Object.hasOwn(LABELS, vocabulary)) {
    throw new KpiError("invalid_argument", `labelOf: vocabulary must be a key of LABELS (e.g. "indicator"), not ${shown(vocabulary)}`, {
      path: ["vocabulary"],
    });
  }
  requireLocale(locale, "labelOf", ["locale"]);
  if (typeof value !== "string") {
    throw new KpiError("invalid_argument", `labelOf: value must be a string, not ${shown(value)}`, { path: ["value"] });
  }
  const table = LABELS[vocabulary] as Readonly<Record<string, LocalizedText>>;
  return Object.prototype.hasOwnProperty.call(table, value) ? (table[value] as LocalizedText)[locale] : value;
}

/** A refused argument, as a message shows it: a string quoted, anything else by its type (`null`, `undefined`, `number`…). */
function shown(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : value === null ? "null" : typeof value;
}
