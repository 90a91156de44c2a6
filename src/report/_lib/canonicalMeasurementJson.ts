import type { Measurement } from "../../model/measurement.js";
import { toCanonicalJson } from "../toCanonicalJson.js";

// A measurement's fields in the canonical order (sorted by UTF-16 code unit, as toCanonicalJson sorts keys).
const ORDER = [
  "at", "collection", "denominator", "id", "kpiId", "numerator", "recordedAt",
  "source", "status", "subjectId", "supersedes", "value", "weight",
] as const;
const KNOWN: ReadonlySet<string> = new Set(ORDER);

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
  let out = "{";
  for (let k = 0; k < ORDER.length; k++) {
    const key = ORDER[k]!;
    const v = r[key];
    if (v === undefined) continue;
    let text: string;
    if (typeof v === "string") text = JSON.stringify(v);
    else if (typeof v === "number" && v - v === 0) text = JSON.stringify(v);
    else if (v === null) text = "null";
    else return toCanonicalJson(m);
    out += out.length === 1 ? `"${key}":${text}` : `,"${key}":${text}`;
  }
  return `${out}}`;
}
