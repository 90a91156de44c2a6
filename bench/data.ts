/**
 * Seeded benchmark data: measurements of 50 KPIs (35 value KPIs with a p95, 15 ratio KPIs) × 200 subjects over two
 * years, as a user passes them (ISO strings with `Z`), plus a scope tree of 200 services under 20 institutions under
 * 4 municipalities under 1 national node.
 */
import type { AggregationKpi } from "../src/aggregate/aggregationKpi.js";
import type { MeasurementRow } from "../src/aggregate/measurementRow.js";

export const N_KPIS = 50;
export const N_VALUE_KPIS = 35;
export const N_SUBJECTS = 200;
export const FROM_MS = Date.UTC(2024, 0, 1);
export const TO_MS = Date.UTC(2026, 0, 1);
export const ZONE = "Europe/Riga";

/** mulberry32: a small, fast, seeded PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const kpiIds: string[] = Array.from({ length: N_KPIS }, (_, i) => `kpi-${String(i).padStart(2, "0")}`);
export const subjectIds: string[] = Array.from({ length: N_SUBJECTS }, (_, i) => `svc-${String(i).padStart(3, "0")}`);

export const kpis: AggregationKpi[] = kpiIds.map((id, i) =>
  i < N_VALUE_KPIS
    ? { id, measure: { kind: "value" }, aggregation: "quantile", quantile: 0.95 }
    : { id, measure: { kind: "ratio", scale: 100 }, aggregation: "ratio_of_sums" },
);

/** Scope tree: national › 4 municipalities › 20 institutions › 200 services (the subjects). */
export interface BenchNode {
  readonly id: string;
  readonly kind: "national" | "municipality" | "institution" | "service";
  readonly parentId: string | null;
}
export const scopeNodes: BenchNode[] = [
  { id: "lv", kind: "national", parentId: null },
  ...Array.from({ length: 4 }, (_, m) => ({ id: `mun-${m}`, kind: "municipality" as const, parentId: "lv" })),
  ...Array.from({ length: 20 }, (_, i) => ({ id: `inst-${String(i).padStart(2, "0")}`, kind: "institution" as const, parentId: `mun-${i % 4}` })),
  ...subjectIds.map((id, s) => ({ id, kind: "service" as const, parentId: `inst-${String(s % 20).padStart(2, "0")}` })),
];
/** For each subject code: its institution, municipality (codes), for competitors. */
export const institutionOf = subjectIds.map((_, s) => `inst-${String(s % 20).padStart(2, "0")}`);
export const municipalityOf = subjectIds.map((_, s) => `mun-${(s % 20) % 4}`);

export interface BenchColumns {
  kpi: Int32Array;
  subject: Int32Array;
  at: Float64Array;
  value: Float64Array;
  numerator: Float64Array;
  denominator: Float64Array;
}

/** `n` rows as objects with ISO instants, seeded. */
export function generateRows(n: number, seed = 42): MeasurementRow[] {
  const rand = mulberry32(seed);
  const rows: MeasurementRow[] = new Array(n);
  const span = (TO_MS - FROM_MS) / 1000;
  for (let i = 0; i < n; i++) {
    const k = Math.floor(rand() * N_KPIS);
    const s = Math.floor(rand() * N_SUBJECTS);
    const ms = FROM_MS + Math.floor(rand() * span) * 1000;
    // A flat string, as JSON.parse or a CSV reader hands it over ("2024-03-05T10:20:30Z"). `slice(…) + "Z"` would
    // leave a V8 rope (cons string) that every reader, kpi-kit or a competitor, must first flatten: an artefact of
    // generating the data, not of reading it.
    const at = [new Date(ms).toISOString().slice(0, 19), "Z"].join("");
    if (k < N_VALUE_KPIS) {
      rows[i] = { kpiId: kpiIds[k]!, subjectId: subjectIds[s]!, at, value: Math.round(rand() * 100000) / 100 };
    } else {
      const denominator = 1 + Math.floor(rand() * 100);
      rows[i] = { kpiId: kpiIds[k]!, subjectId: subjectIds[s]!, at, numerator: Math.floor(rand() * (denominator + 1)), denominator };
    }
  }
  return rows;
}

/** The same data as columns (epoch ms, integer codes), seeded identically. */
export function generateColumns(n: number, seed = 42): BenchColumns {
  const rand = mulberry32(seed);
  const c: BenchColumns = {
    kpi: new Int32Array(n),
    subject: new Int32Array(n),
    at: new Float64Array(n),
    value: new Float64Array(n).fill(NaN),
    numerator: new Float64Array(n).fill(NaN),
    denominator: new Float64Array(n).fill(NaN),
  };
  const span = (TO_MS - FROM_MS) / 1000;
  for (let i = 0; i < n; i++) {
    const k = Math.floor(rand() * N_KPIS);
    const s = Math.floor(rand() * N_SUBJECTS);
    c.kpi[i] = k;
    c.subject[i] = s;
    c.at[i] = FROM_MS + Math.floor(rand() * span) * 1000;
    if (k < N_VALUE_KPIS) c.value[i] = Math.round(rand() * 100000) / 100;
    else {
      const denominator = 1 + Math.floor(rand() * 100);
      c.numerator[i] = Math.floor(rand() * (denominator + 1));
      c.denominator[i] = denominator;
    }
  }
  return c;
}
