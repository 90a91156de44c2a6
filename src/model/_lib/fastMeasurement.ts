import { toEpochMs } from "../toEpochMs.js";
import { withinMagnitudeLimit } from "../../internal/magnitudeLimit.js";
import { MAX_INSTANT_MS } from "../../internal/maxInstantMs.js";
import { ID_PATTERN } from "./idPattern.js";

// The fields of a measurement in the schema's order: the order of the keys of what the schema returns.
const FIELDS = new Set([
  "id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight",
  "source", "collection", "status", "recordedAt", "supersedes",
]);
// An id, as the id schemas read it: 1–200 characters of ID_PATTERN.
function isId(x: unknown): x is string {
  return typeof x === "string" && x.length >= 1 && x.length <= 200 && ID_PATTERN.test(x);
}

function instant(x: unknown): number | null {
  let ms: number | null;
  if (typeof x === "string") ms = toEpochMs(x);
  else if (typeof x === "number") ms = Number.isInteger(x) ? x : null;
  else return null; // a Date (or anything else): the schema decides
  return ms !== null && Math.abs(ms) <= MAX_INSTANT_MS ? ms : null;
}

function number(x: unknown): boolean {
  return typeof x === "number" && x - x === 0 && withinMagnitudeLimit(x);
}

/**
 * The measurement that `MeasurementSchema` returns for `input` when `input` is plainly valid — a plain object with
 * only known fields, none `undefined`, ids, instants as ISO strings or whole epoch ms, finite numbers within the
 * magnitude limit — else `null`, and the caller runs the schema (for every other input and for the exact error).
 * The same object as the schema's: same keys in the same order, `status` defaulted to `"normal"`, frozen. A property
 * test checks it against the schema. Internal to the model; the fast path of `parseMeasurement` for large files.
 *
 * @param input - Untrusted data.
 * @returns The parsed measurement, or `null` to fall back to the schema.
 *
 * @example
 * ```ts
 * fastMeasurement({ id: "m1", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z", value: 5 });
 * //=> { id: "m1", kpiId: "k", subjectId: "s", at: 1772323200000, value: 5, status: "normal" }
 * ```
 */
export function fastMeasurement(input: unknown): Readonly<Record<string, unknown>> | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  const proto = Object.getPrototypeOf(input) as unknown;
  if (proto !== Object.prototype && proto !== null) return null;
  const r = input as Record<string, unknown>;
  for (const key in r) if (!FIELDS.has(key) || r[key] === undefined) return null;
  if (!isId(r["id"]) || !isId(r["kpiId"]) || !isId(r["subjectId"])) return null;
  const at = instant(r["at"]);
  if (at === null) return null;
  const out: Record<string, unknown> = { id: r["id"], kpiId: r["kpiId"], subjectId: r["subjectId"], at };
  const value = r["value"];
  if ("value" in r) {
    if (value !== null && !number(value)) return null;
    out["value"] = value;
  }
  const numerator = r["numerator"];
  const denominator = r["denominator"];
  const hasRatio = "numerator" in r || "denominator" in r;
  if (hasRatio) {
    if (!number(numerator) || !number(denominator) || (denominator as number) < 0) return null;
    out["numerator"] = numerator;
    out["denominator"] = denominator;
  }
  if ("weight" in r) {
    const weight = r["weight"];
    if (!number(weight) || (weight as number) < 0) return null;
    out["weight"] = weight;
  }
  if (value === null && r["weight"] !== 0) return null;
  if (!("value" in r) && !hasRatio) return null;
  if ("source" in r) {
    const source = r["source"];
    if (typeof source !== "string" || source.length > 200) return null;
    out["source"] = source;
  }
  if ("collection" in r) {
    const c = r["collection"];
    if (c !== "automated" && c !== "manual") return null;
    out["collection"] = c;
  }
  const status = "status" in r ? r["status"] : "normal";
  if (status !== "normal" && status !== "provisional" && status !== "estimated" && status !== "revised") return null;
  out["status"] = status;
  if ("recordedAt" in r) {
    const recordedAt = instant(r["recordedAt"]);
    if (recordedAt === null) return null;
    out["recordedAt"] = recordedAt;
  }
  if ("supersedes" in r) {
    const s = r["supersedes"];
    if (!isId(s) || s === r["id"]) return null;
    out["supersedes"] = s;
  }
  return Object.freeze(out);
}
