import type { Measurement } from "../../model/measurement.js";
import { toCanonicalJson } from "../toCanonicalJson.js";

// A measurement's fields (written below in the canonical order: sorted by UTF-16 code unit, as toCanonicalJson
// sorts keys).
const KNOWN: ReadonlySet<string> = new Set([
  "at", "collection", "denominator", "id", "kpiId", "numerator", "recordedAt",
  "source", "status", "subjectId", "supersedes", "value", "weight",
]);

/**
 * The canonical JSON of one measurement, exactly as `toCanonicalJson` writes it, without its generic walk: the
 * measurement's known fields in sorted order. Anything else (an unknown field, a value that is not a string or a
 * finite number or `null`) goes to `toCanonicalJson`. A property test checks the two against each other. Internal to
 * the report (the measurements digest hashes millions of these).
 *
 * @param m - A measurement.
 * @returns Its canonical JSON text.
 *
 * @example
 * ```ts
 * canonicalMeasurementJson({ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 5, status: "normal" } as never);
 * //=> '{"at":0,"id":"m1","kpiId":"k","status":"normal","subjectId":"s","value":5}'
 * ```
 */
export function canonicalMeasurementJson(m: Measurement): string {
  const r = m as unknown as Record<string, unknown>;
  for (const key in r) if (!KNOWN.has(key)) return toCanonicalJson(m);
  // Straight-line reads of the known fields, in canonical order (no loop over dynamic keys: this runs per record).
  let out = "";
  out = field(out, "at", r["at"]);
  out = field(out, "collection", r["collection"]);
  out = field(out, "denominator", r["denominator"]);
  out = field(out, "id", r["id"]);
  out = field(out, "kpiId", r["kpiId"]);
  out = field(out, "numerator", r["numerator"]);
  out = field(out, "recordedAt", r["recordedAt"]);
  out = field(out, "source", r["source"]);
  out = field(out, "status", r["status"]);
  out = field(out, "subjectId", r["subjectId"]);
  out = field(out, "supersedes", r["supersedes"]);
  out = field(out, "value", r["value"]);
  out = field(out, "weight", r["weight"]);
  return out === INVALID ? toCanonicalJson(m) : `{${out}}`;
}

// Marks a record with a field that is neither a string, a finite number nor null (toCanonicalJson decides).
const INVALID = "\u0000invalid";
// A string that JSON.stringify would write as it is, between quotes.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function field(out: string, key: string, v: unknown): string {
  if (v === undefined || out === INVALID) return out;
  let text: string;
  if (typeof v === "string") text = NEEDS_ESCAPE.test(v) ? JSON.stringify(v) : `"${v}"`;
  else if (typeof v === "number" && v - v === 0) text = JSON.stringify(v);
  else if (v === null) text = "null";
  else return INVALID;
  return out === "" ? `"${key}":${text}` : `${out},"${key}":${text}`;
}
