import { OPENSLO_NAME } from "../openSloSchemas.js";

// What exportOpenSlo writes and importOpenSlo reads besides OpenSLO's own fields: object names made from kpi-kit ids,
// and the `kpi-kit/…` annotations. Annotation keys follow the spec's rule (README, "Notes (General Schema)"): an
// optional prefix that is a DNS subdomain, `/`, and a name of at most 63 characters, alphanumeric at both ends with
// `-`, `_` or `.` between; values are any strings.

/** The `kpi-kit/…` annotations of an exported `SLO`: terms-level ones first (the same on every SLO of one set of terms). */
export const TERMS_ANNOTATIONS = [
  "kpi-kit/terms-id",
  "kpi-kit/terms-name-lv",
  "kpi-kit/terms-name-en",
  "kpi-kit/recipient-group-lv",
  "kpi-kit/recipient-group-en",
  "kpi-kit/valid-from",
  "kpi-kit/valid-to",
  "kpi-kit/calendar-id",
  "kpi-kit/service-id",
  "kpi-kit/maintenance",
] as const;

/** Every `kpi-kit/…` annotation importOpenSlo reads on an `SLO`. */
export const SLO_ANNOTATIONS: ReadonlySet<string> = new Set<string>([
  ...TERMS_ANNOTATIONS,
  "kpi-kit/objective-id",
  "kpi-kit/objective-name-lv",
  "kpi-kit/objective-name-en",
  "kpi-kit/indicator",
  "kpi-kit/kpi-id",
  "kpi-kit/deadline-business-hours",
  "kpi-kit/deadline-business-days",
  "kpi-kit/service-hours-only",
  "kpi-kit/priority",
  "kpi-kit/calendar-window",
]);

/** Every `kpi-kit/…` annotation importOpenSlo reads on an `AlertCondition`. */
export const ALERT_ANNOTATIONS: ReadonlySet<string> = new Set<string>([
  "kpi-kit/burn-alert",
  "kpi-kit/burn-window",
  "kpi-kit/burn-alert-name",
  "kpi-kit/budget-percent",
]);

/**
 * An OpenSLO object name (an RFC 1123 label) for a kpi-kit id, unique among `taken`, which it joins: the id itself
 * when it is such a label and free, else the id in lower case with accents dropped and every other run of characters
 * turned into `-`, then `-2`, `-3`… until free.
 *
 * @param id - A kpi-kit id (any printable text).
 * @param taken - The names already given to objects of the same kind; the result is added.
 * @param reserve - Characters to keep free for a suffix the caller appends (`-short`).
 * @returns The name.
 *
 * @example
 * ```ts
 * const taken = new Set<string>();
 * [openSloNameFor("avail", taken), openSloNameFor("avail", taken), openSloNameFor("Pieejamība 24/7", taken)];
 * //=> ["avail", "avail-2", "pieejamiba-24-7"]
 * ```
 */
export function openSloNameFor(id: string, taken: Set<string>, reserve = 0): string {
  const max = 63 - reserve;
  let base = id;
  if (!(OPENSLO_NAME.test(id) && id.length <= max)) {
    base = id
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+/, "")
      .slice(0, max)
      .replace(/-+$/, "");
    if (base === "") base = "x";
  }
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, max - String(n).length - 1).replace(/-+$/, "")}-${n}`;
  taken.add(name);
  return name;
}

/**
 * The shortest decimal text of a number, without exponent notation.
 *
 * @param x - A finite number.
 * @returns Its digits (`1e-7` → `"0.0000001"`).
 *
 * @example
 * ```ts
 * [plainDecimal(1e-7), plainDecimal(14.4)];
 * //=> ["0.0000001", "14.4"]
 * ```
 */
export function plainDecimal(x: number): string {
  const text = String(x);
  return text.includes("e") ? x.toFixed(20).replace(/\.?0+$/, "") : text;
}
