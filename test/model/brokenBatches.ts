// Batches of measurement records for the one-check-path properties (issue 9) and the batch path (issue 12): valid
// ones, built from specs, and one break at a time.
import { fc } from "@fast-check/vitest";
import { KPI_OF_KIND, measureKindsWorkspace } from "./measureKinds.js";

export const workspace = measureKindsWorkspace();
const MARCH = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;
export const options = { audience: "technical", scope: "lv", period: "2026-03", asOf: "2026-06-01T00:00:00Z", locale: "en" } as const;

type Kind = keyof typeof KPI_OF_KIND;
export type Raw = Record<string, unknown>;

// `{ value: null, weight: 0 }` ("reported, no responses") parses and the aggregation counts such a record as a
// record of its group (issue 10), so valid batches include them and buildReport must accept them too.
const NULL_VALUES_AGGREGATE = true;
const nullValue = NULL_VALUES_AGGREGATE ? [fc.constant({ value: null, weight: 0 })] : [];

/** The measure fields of a valid record of each kind. */
const fieldsArb: Record<Kind, fc.Arbitrary<Raw>> = {
  ratio: fc.record({ numerator: fc.integer({ min: 0, max: 50 }), denominator: fc.integer({ min: 0, max: 50 }) }),
  count: fc.record({ value: fc.integer({ min: 0, max: 500 }) }),
  value: fc.record({ value: fc.double({ min: -40, max: 40, noNaN: true }) }),
  duration: fc.record({ value: fc.double({ min: 0, max: 90, noNaN: true }) }),
  weighted: fc.oneof(
    fc.record({ value: fc.double({ min: 0, max: 60, noNaN: true }), weight: fc.integer({ min: 0, max: 200 }) }),
    ...nullValue,
  ),
  survey: fc.oneof(
    fc.record({ value: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ value: fc.integer({ min: 1, max: 5 }), weight: fc.integer({ min: 0, max: 30 }) }),
    ...nullValue,
  ),
};
const KINDS = Object.keys(KPI_OF_KIND) as Kind[];

/** One original record spec, with how many corrections follow it. */
export const specArb = fc
  .constantFrom(...KINDS)
  .chain((kind) =>
    fc.record({
      kind: fc.constant(kind),
      // Every KPI applies to services; only the ratio KPI also to institutions (checked by the break "inapplicable").
      subjectId: kind === "ratio" ? fc.constantFrom("permits", "admin") : fc.constant("permits"),
      day: fc.integer({ min: 0, max: 30 }),
      fields: fieldsArb[kind],
      recordedAt: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      corrections: fc.array(fc.tuple(fieldsArb[kind], fc.integer({ min: 0, max: 5 })), { maxLength: 2 }),
    }),
  );

export type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

/** A valid batch: originals, each followed by a chain of corrections recorded no earlier. */
export function build(specs: readonly Spec[]): Raw[] {
  const out: Raw[] = [];
  specs.forEach((s, k) => {
    const base = { kpiId: KPI_OF_KIND[s.kind], subjectId: s.subjectId, at: MARCH + s.day * DAY + 3_600_000, status: "normal" };
    const recorded = (d: number | undefined) => (d === undefined ? {} : { recordedAt: MARCH + d * DAY });
    out.push({ id: `m${k}`, ...base, ...s.fields, ...recorded(s.recordedAt) });
    let previous = `m${k}`;
    let when = s.recordedAt;
    s.corrections.forEach(([fields, delay], c) => {
      // A correction of a record without recordedAt may have none; one of a record with recordedAt needs a later one.
      when = when === undefined ? (delay === 0 ? undefined : 40 + delay) : when + delay;
      const id = `m${k}c${c}`;
      out.push({ id, ...base, ...fields, ...recorded(when), status: "revised", supersedes: previous });
      previous = id;
    });
  });
  return out;
}

type Break = (b: Raw[], i: number, j: number) => void;
const set = (b: Raw[], i: number, fields: Raw) => Object.assign(b[i] as Raw, fields);
const other = (b: Raw[], i: number, j: number) => (j % b.length === i ? (i + 1) % b.length : j % b.length);

/** One break at a time, on record i (j picks a second record). "none" keeps the batch valid. */
export const breaks: Record<string, Break> = {
  none: () => {},
  unknownKpi: (b, i) => set(b, i, { kpiId: "no-such-kpi" }),
  unknownSubject: (b, i) => set(b, i, { subjectId: "no-such-node" }),
  resourceSubject: (b, i) => set(b, i, { subjectId: "dms" }),
  otherKpi: (b, i, j) => set(b, i, { kpiId: KPI_OF_KIND[KINDS[j % KINDS.length]!] }),
  dropValue: (b, i) => delete b[i]?.["value"],
  dropNumerator: (b, i) => delete b[i]?.["numerator"],
  dropWeight: (b, i) => delete b[i]?.["weight"],
  addValue: (b, i, j) => set(b, i, { value: j % 7 }),
  addRatio: (b, i, j) => set(b, i, { numerator: j % 4, denominator: 3 }),
  addWeight: (b, i, j) => set(b, i, { weight: j % 3 }),
  nanValue: (b, i) => set(b, i, { value: Number.NaN }),
  infiniteNumerator: (b, i) => set(b, i, { numerator: Number.POSITIVE_INFINITY }),
  negativeDenominator: (b, i) => set(b, i, { denominator: -1 }),
  negativeWeight: (b, i) => set(b, i, { weight: -2 }),
  nullValue: (b, i, j) => set(b, i, { value: null, weight: NULL_VALUES_AGGREGATE && j % 2 === 0 ? 0 : 1 + (j % 3) }),
  offScale: (b, i, j) => set(b, i, { value: [0, 6, 7, 2.5, -1][j % 5] }),
  duplicateId: (b, i, j) => set(b, i, { id: b[other(b, i, j)]?.["id"] }),
  supersedesUnknown: (b, i) => set(b, i, { supersedes: "no-such-record" }),
  supersedesSelf: (b, i) => set(b, i, { supersedes: b[i]?.["id"] }),
  supersedesOther: (b, i, j) => set(b, i, { supersedes: b[other(b, i, j)]?.["id"] }),
  loop: (b, i, j) => {
    const k = other(b, i, j);
    set(b, i, { supersedes: b[k]?.["id"], kpiId: b[k]?.["kpiId"], subjectId: b[k]?.["subjectId"] });
    set(b, k, { supersedes: b[i]?.["id"] });
  },
  recordedBefore: (b, i, j) => {
    const k = other(b, i, j);
    set(b, k, { recordedAt: MARCH + 50 * DAY });
    set(b, i, { supersedes: b[k]?.["id"], kpiId: b[k]?.["kpiId"], subjectId: b[k]?.["subjectId"], recordedAt: MARCH + 45 * DAY });
  },
  dropRecordedAt: (b, i) => delete b[i]?.["recordedAt"],
};

