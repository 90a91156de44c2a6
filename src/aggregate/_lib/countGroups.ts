import { MAGNITUDE_LIMIT, TOO_LARGE } from "../../internal/magnitudeLimit.js";
import { type EngineCaller, type EngineColumns, FLAG_RATIO, FLAG_VALUES, fail } from "./engineColumns.js";

/**
 * Where the main pass leaves its results. It writes a field when it changes it (a sparse slot's arrays as they grow),
 * not after its loop: code after the loop has no type feedback when the loop is first compiled, and reaching it would
 * throw the compiled loop away (`summarizeRuns` is kept the same way).
 */
export interface Pass {
  /** Per row, its group slot (the composite key when dense). */
  readonly rowSlot: Int32Array;
  /** Per slot, its records that go to its run (dense: indexed by key): all of them without `bare`. */
  counts: Int32Array;
  /**
   * Per slot, its records without a value, when they stay out of the runs (the run of a group holds its values only,
   * so the later passes skip the rows of ratio KPIs): such a row's `rowSlot` is `~slot`. `null` when every record goes
   * to its run (a pass reads the rows of a run: weights, statuses, first/last, survey answers). Kept without weights
   * only, when each such record is a ratio record, counted in its slot's ratio entry: the main pass writes here, as a
   * negative count, only the records that have both a value and a ratio (in the run and in the entry), and
   * {@link countBareRows} adds the entry's ratio records after it. A ratio record touches one counter, not two.
   */
  bare: Int32Array | null;
  /**
   * Per slot, `RATIO_FIELDS` numbers side by side (one cache line per slot, not five arrays): the numerator and
   * denominator sums, the ratio records, those with a zero denominator, and the sum of the others' own ratios;
   * `null` without ratio columns.
   */
  ratios: Float64Array | null;
  /** Per KPI, 1 once a record of it has added to the ratio sums (the others' entries stay 0); `null` with `ratios`. */
  readonly ratioSeen: Uint8Array | null;
  /**
   * Dense slots: per KPI, the block of `ratios` its slots use (`slotsPerKpi` slots a block), or -1 for a KPI none of
   * whose records has added to the ratio sums (yet): blocks are open from the start for the KPIs expected to have
   * ratio records, and another KPI's opens at its first one ({@link openRatioBlock}). Sparse slots: `null` (a slot's
   * entry is its own).
   */
  readonly ratioBlock: Int32Array | null;
  /** Dense slots: the blocks open in `ratios`. */
  ratioBlocks: number;
  /** Dense slots: the slots of one KPI (subjects × periods). */
  readonly slotsPerKpi: number;
  /** Sparse mode: the composite key of each slot, the key → slot map and the number of slots. */
  slotKey: Float64Array | null;
  readonly slotMap: Map<number, number> | null;
  slots: number;
}

/** The numbers kept per slot in `Pass.ratios`, and their offsets. */
export const RATIO_FIELDS = 5;
export const R_NUMERATOR = 0, R_DENOMINATOR = 1, R_RECORDS = 2, R_ZERO = 3, R_RATIO_SUM = 4;

/**
 * Where slot `slot` (of KPI `k`) keeps its ratio sums in `Pass.ratios`: see `Pass.ratioBlock`.
 *
 * @example
 * ```ts
 * // Two KPIs of 6 dense slots each; only KPI 1 has ratio sums, in block 0: its slot 8 is the block's slot 2.
 * ratioOffset({ ratioBlock: Int32Array.of(-1, 0), slotsPerKpi: 6 }, 8, 1);
 * //=> 10
 * ```
 */
export function ratioOffset(pass: Pick<Pass, "ratioBlock" | "slotsPerKpi">, slot: number, k: number): number {
  const block = pass.ratioBlock;
  return (block === null ? slot : slot + (block[k]! - k) * pass.slotsPerKpi) * RATIO_FIELDS;
}

export function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = (a instanceof Int32Array ? new Int32Array(size) : new Float64Array(size)) as T;
  b.set(a);
  return b;
}

/**
 * The hot loop: checks, period by interpolation on the boundaries, group slot, record counts and ratio sums.
 * Allocates nothing per row; values stay in their column until the scatter. Returns the number of values to keep for
 * exact quantiles.
 */
export function countGroups(
  pass: Pass,
  columns: EngineColumns,
  subject: ArrayLike<number> | null,
  flags: Uint8Array,
  starts: Float64Array,
  nS: number,
  caller: EngineCaller,
): number {
  const { n, kpi, at, weight, rowIndex } = columns;
  const rows = caller.form === "rows";
  // An absent column reads as a one-cell column through a zero mask: `x === null ? NaN : x[i]` would merge a
  // constant with a double, and the optimiser then boxes every value read (one heap object per row).
  const missing = new Float64Array(1).fill(NaN);
  const value = columns.value ?? missing;
  const valueMask = columns.value === null ? 0 : -1;
  const numerator = columns.numerator ?? missing;
  const numeratorMask = columns.numerator === null ? 0 : -1;
  const denominator = columns.denominator ?? missing;
  const denominatorMask = columns.denominator === null ? 0 : -1;
  // Numerators and denominators kept for their rows only (`ratioRows`): the next such row and its entry.
  const ratioRows = columns.ratioRows ?? null;
  let ratioEntry = 0;
  let nextRatioRow = ratioRows === null || ratioRows.length === 0 ? -1 : ratioRows[0]!;
  // Without a weight column every weight is 1 (the branch on `weighted` is the same for every row).
  const weights = weight ?? missing;
  const weighted = weight !== null;
  const nP = starts.length - 1;
  const first = starts[0]!;
  const scale = nP / (starts[nP]! - first);
  const rowSlot = pass.rowSlot;
  const { ratioBlock, slotsPerKpi, ratioSeen } = pass;
  const slotMap = pass.slotMap;
  const dense = slotMap === null;
  let counts = pass.counts;
  let bare = pass.bare;
  let ratios = pass.ratios;
  let slots = pass.slots;
  let kept = 0;
  const nK = flags.length;
  for (let i = 0; i < n; i++) {
    const k = kpi[i]!;
    const s = subject === null ? 0 : subject[i]!;
    const ms = at[i]!;
    // The codes and the instant first, in one test (the exact error from codeProblem): a row's first problem is the
    // error, row by row, whatever its field.
    if (!(k >= 0 && k < nK && s >= 0 && s < nS && ms - ms === 0) || (k | 0) !== k || (s | 0) !== s) {
      codeProblem(caller, rowIndex === null ? i : rowIndex[i]!, k, subject === null ? null : s, nK, nS);
    }
    const flag = flags[k]!;
    // ms ≥ first, so truncation is the floor; integer arithmetic keeps every number here a small integer (a key
    // that is a double would be boxed on its way to the slot).
    let p = ((ms - first) * scale) | 0;
    if (p >= nP) p = nP - 1;
    while (starts[p]! > ms) p--;
    while (starts[p + 1]! <= ms) p++;
    const composite = (k * nS + s) * nP + p;
    const key = dense ? composite | 0 : composite;

    let w = 1;
    if (weighted) {
      w = weights[i]!;
      if (!(w >= 0 && w <= MAGNITUDE_LIMIT)) w = checkWeight(caller, w, rows, rowIndex === null ? i : rowIndex[i]!);
    }
    const v = value[i & valueMask]!;
    const hasValue = v - v === 0;
    let num: number, den: number;
    if (ratioRows === null) {
      num = numerator[i & numeratorMask]!;
      den = denominator[i & denominatorMask]!;
    } else if (i === nextRatioRow) {
      num = numerator[ratioEntry & numeratorMask]!;
      den = denominator[ratioEntry & denominatorMask]!;
      ratioEntry++;
      nextRatioRow = ratioEntry < ratioRows.length ? ratioRows[ratioEntry]! : -1;
    } else {
      num = NaN;
      den = NaN;
    }
    const hasRatio = num === num || den === den;
    // One test per row for the usual record: the exact error, found by rowProblem, only when it fails.
    if (
      (hasValue ? !(v <= MAGNITUDE_LIMIT && v >= -MAGNITUDE_LIMIT) : v === v) ||
      (hasRatio && !(num <= MAGNITUDE_LIMIT && num >= -MAGNITUDE_LIMIT && den >= 0 && den <= MAGNITUDE_LIMIT)) ||
      ((flag & FLAG_RATIO) !== 0 ? !hasRatio : !hasValue && w !== 0)
    ) {
      rowProblem(caller, rows, rowIndex === null ? i : rowIndex[i]!, v, hasValue, num, den, hasRatio, flag, w);
    }
    let slot = key;
    if (!dense) {
      slot = slotMap!.get(key) ?? -1;
      if (slot < 0) {
        if (slots === counts.length) {
          const size = slots * 2;
          pass.counts = counts = grow(counts, size);
          if (bare !== null) pass.bare = bare = grow(bare, size);
          pass.slotKey = grow(pass.slotKey!, size);
          if (ratios !== null) pass.ratios = ratios = grow(ratios, size * RATIO_FIELDS);
        }
        slot = slots++;
        pass.slots = slots;
        pass.slotKey![slot] = key;
        slotMap!.set(key, slot);
      }
    }
    if (hasValue || bare === null) {
      rowSlot[i] = slot;
      counts[slot]! += 1;
      // In its run and, below, in its ratio entry's records, which countBareRows adds to `bare` (see `Pass.bare`).
      if (hasRatio && bare !== null) bare[slot]! -= 1;
    } else rowSlot[i] = ~slot;
    // A record of weight 0 makes its group exist and adds to nothing else (docs/conventions.md#aggregation).
    if (w === 0) continue;
    if (hasRatio) {
      // ratioOffset, written out in the hot loop.
      let r = slot;
      if (ratioBlock !== null) {
        let b = ratioBlock[k]!;
        if (b < 0) {
          b = openRatioBlock(pass, k);
          ratios = pass.ratios;
        }
        r += (b - k) * slotsPerKpi;
      }
      r *= RATIO_FIELDS;
      ratioSeen![k] = 1;
      ratios![r + R_NUMERATOR]! += num;
      ratios![r + R_DENOMINATOR]! += den;
      ratios![r + R_RECORDS]! += 1;
      if (den === 0) ratios![r + R_ZERO]! += 1;
      else ratios![r + R_RATIO_SUM]! += num / den;
    }
    if (hasValue && (flag & FLAG_VALUES) !== 0) kept++;
  }
  return kept;
}

/**
 * Opens KPI `k`'s block of dense ratio sums, zeroed (`ratios` grows when it has no room), and returns its number: for a
 * ratio record of a KPI that was not expected to have any.
 */
function openRatioBlock(pass: Pass, k: number): number {
  const block = pass.ratioBlocks++;
  const size = pass.slotsPerKpi * RATIO_FIELDS;
  let ratios = pass.ratios!;
  if ((block + 1) * size > ratios.length) pass.ratios = ratios = grow(ratios, Math.max(2 * ratios.length, (block + 1) * size));
  ratios.fill(0, block * size, (block + 1) * size);
  pass.ratioBlock![k] = block;
  return block;
}

/**
 * Completes `Pass.bare` after the main pass: adds to each slot the ratio records of its entry, the bare records and
 * those with a value as well, whose number the main pass left there with a minus sign (see `Pass.bare`).
 *
 * @example
 * ```ts
 * // One KPI, two dense slots; slot 1's entry counts 3 ratio records, 1 of them with a value (so in the run).
 * const ratios = new Float64Array(2 * RATIO_FIELDS);
 * ratios[RATIO_FIELDS + R_RECORDS] = 3;
 * const pass = { bare: Int32Array.of(0, -1), ratios, ratioSeen: Uint8Array.of(1), ratioBlock: null, slotsPerKpi: 2, slotMap: null, slots: 0 };
 * countBareRows(pass, 1);
 * [...pass.bare];
 * //=> [0, 2]
 * ```
 */
export function countBareRows(
  pass: Pick<Pass, "bare" | "ratios" | "ratioSeen" | "ratioBlock" | "slotsPerKpi" | "slotMap" | "slots">,
  nK: number,
): void {
  const { bare, ratios, ratioSeen, slotsPerKpi } = pass;
  if (bare === null || ratios === null || ratioSeen === null) return;
  if (pass.slotMap !== null) {
    for (let slot = 0; slot < pass.slots; slot++) bare[slot]! += ratios[slot * RATIO_FIELDS + R_RECORDS]!;
    return;
  }
  // Dense: the slots of the KPIs whose records added to the ratio sums only (the other entries are 0, or absent).
  for (let k = 0; k < nK; k++) {
    if (ratioSeen[k] === 0) continue;
    for (let slot = k * slotsPerKpi; slot < (k + 1) * slotsPerKpi; slot++) bare[slot]! += ratios[ratioOffset(pass, slot, k) + R_RECORDS]!;
  }
}

/** Throws the problem of a record whose KPI code, subject code (`null` when subjects are pooled) or instant is bad. */
function codeProblem(caller: EngineCaller, at: number, k: number, s: number | null, nK: number, nS: number): never {
  if (!(k >= 0 && k < nK) || (k | 0) !== k) fail(caller, "unknown_reference", at, caller.form === "rows" ? "kpiId" : "kpi", "is not a known KPI");
  if (s !== null && (!(s >= 0 && s < nS) || (s | 0) !== s)) fail(caller, "unknown_reference", at, "subject", "is not a code of subjectIds");
  fail(caller, "non_finite", at, "at", "must be a finite number of epoch ms");
}

/** A weight outside [0, 1e100]: 1 for an absent weight of a row (`NaN`, the row converter's "absent"), else the error. */
function checkWeight(caller: EngineCaller, w: number, rows: boolean, at: number): number {
  if (w !== w && rows) return 1;
  if (w - w !== 0) fail(caller, "non_finite", at, "weight", "must be a finite number");
  if (w < 0) fail(caller, "invalid_weight", at, "weight", "must not be negative");
  fail(caller, "overflow", at, "weight", TOO_LARGE);
}

/**
 * Throws the first problem of a record that failed countGroups' one test: its value, then its numerator and
 * denominator, then what its KPI's kind needs (kept out of the hot loop, whose one test is cheaper than these).
 */
function rowProblem(
  caller: EngineCaller,
  rows: boolean,
  at: number,
  v: number,
  hasValue: boolean,
  num: number,
  den: number,
  hasRatio: boolean,
  flag: number,
  w: number,
): void {
  if (!hasValue && v === v) fail(caller, "non_finite", at, "value", "must be a finite number");
  if (hasValue && (v > MAGNITUDE_LIMIT || v < -MAGNITUDE_LIMIT)) fail(caller, "overflow", at, "value", TOO_LARGE);
  if (hasRatio && !(num - num === 0 && den - den === 0 && den >= 0)) {
    if (num - num !== 0 && num === num) fail(caller, "non_finite", at, "numerator", "must be a finite number");
    if (den - den !== 0 && den === den) fail(caller, "non_finite", at, "denominator", "must be a finite number");
    if (num !== num) fail(caller, "invalid_denominator", at, "numerator", "is missing: a ratio record has both");
    if (den !== den) fail(caller, "invalid_denominator", at, "denominator", "is missing: a ratio record has both");
    fail(caller, "invalid_denominator", at, "denominator", "must not be negative");
  }
  if (hasRatio && (num > MAGNITUDE_LIMIT || num < -MAGNITUDE_LIMIT || den > MAGNITUDE_LIMIT)) {
    fail(caller, "overflow", at, num > MAGNITUDE_LIMIT || num < -MAGNITUDE_LIMIT ? "numerator" : "denominator", TOO_LARGE);
  }
  if ((flag & FLAG_RATIO) !== 0) {
    if (!hasRatio) fail(caller, "invalid_denominator", at, "denominator", "is missing: a ratio KPI needs a numerator and a denominator");
  } else if (!hasValue && w !== 0) {
    if (rows) fail(caller, "invalid_input", at, "value", "is missing");
    fail(caller, "non_finite", at, "value", "must be a finite number");
  }
}
