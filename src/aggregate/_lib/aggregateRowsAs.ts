import { KpiError } from "../../errors.js";
import { checkAggregateArguments } from "./checkAggregateArguments.js";
import { describeBadInstant } from "../../internal/describeBadInstant.js";
import { aggregateColumnsCore } from "./aggregateColumnsCore.js";
import type { AggregationKpi } from "../aggregationKpi.js";
import type { MeasurementRow } from "../measurementRow.js";
import type { AggregateOptions, PeriodAggregates } from "../periodAggregates.js";
import { parseInstantInto } from "./parseInstantInto.js";
import { scratchArray, scratchColumns } from "./scratchArray.js";
import { supersededMask } from "./supersededMask.js";
import { describeType } from "../../internal/describeValue.js";

function rowError(where: string, code: "non_finite" | "invalid_weight" | "invalid_denominator" | "invalid_input" | "unknown_reference", i: number, field: string, what: string): never {
  throw new KpiError(code, `${where}: rows[${i}].${field} ${what}`, { path: [i, field] });
}

/** Refuses a row's number field: `invalid_input` for a value that is not a number (a string "5"), `non_finite` for NaN or ±Infinity. */
function badNumber(where: string, i: number, field: string, value: unknown): never {
  if (typeof value !== "number") rowError(where, "invalid_input", i, field, `must be a number, not ${describeType(value)}`);
  return rowError(where, "non_finite", i, field, "must be a finite number");
}

function nanColumn(name: string, n: number): Float64Array {
  return scratchArray(name, "f64", n).fill(NaN);
}

/**
 * Converts rows to integer-coded columns in one cheap validating pass and runs the aggregation engine.
 *
 * @remarks
 * Internal: the body of `aggregateRows` and `aggregateRows`. Ids are interned to codes (with a one-entry cache,
 * since rows often repeat the previous id); ISO strings are parsed by `parseInstantInto` (no number boxed per row); numerator, denominator,
 * weight and status columns exist only when some row has them.
 *
 * @param rows - The records.
 * @param kpis - The KPIs.
 * @param options - See `AggregateOptions`.
 * @param where - The public function's name.
 * @returns The periods and groups.
 * @throws {@link KpiError} as documented by `aggregateRows`.
 *
 * @example
 * ```ts
 * const kpi = { id: "k", measure: { kind: "value" }, aggregation: "sum" } as const;
 * aggregateRowsAs([{ kpiId: "k", subjectId: "s", at: "2026-01-01T00:00:00Z", value: 2 }], [kpi],
 *   { grain: "month", calendar: { timeZone: "UTC", fiscalYearStartMonth: 1 } }, "aggregateRows").groups[0]?.value;
 * //=> 2
 * ```
 */
export function aggregateRowsAs(
  rows: readonly MeasurementRow[],
  kpis: readonly AggregationKpi[],
  options: AggregateOptions,
  where: string,
): PeriodAggregates {
  if (!Array.isArray(rows)) throw new KpiError("invalid_argument", `${where}: rows must be an array`, { path: [] });
  checkAggregateArguments(kpis, options, where);
  const kpiCode = new Map<string, number>();
  for (let i = 0; i < kpis.length; i++) {
    const id = kpis[i]!.id;
    if (kpiCode.has(id)) throw new KpiError("duplicate_id", `${where}: KPI id "${id}" is listed twice`, { path: ["kpis", i, "id"] });
    kpiCode.set(id, i);
  }
  const n = rows.length;
  // One scratch buffer for the four row columns: idle after the aggregation, it can hold a roll-up's exact values.
  const {
    floats: [atColumn, valueColumn],
    ints: [kpiColumn, subjectColumn],
  } = scratchColumns("rows.columns", n, 2, 2) as { floats: [Float64Array, Float64Array]; ints: [Int32Array, Int32Array] };
  // Numerators and denominators: in a mixed set most rows have neither, so when fewer than 4 rows in 5 have them they
  // are kept for those rows only (`ratioRows`, an entry each), else per row.
  let ratioCount = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (typeof r === "object" && r !== null && (r.numerator !== undefined || r.denominator !== undefined)) ratioCount++;
  }
  const compactRatios = ratioCount > 0 && ratioCount < 0.8 * n;
  const ratioRows = compactRatios ? scratchArray("rows.ratioRow", "i32", ratioCount) : null;
  const ratioLength = compactRatios ? ratioCount : n;
  const numeratorColumn = ratioCount === 0 ? null : nanColumn("rows.numerator", ratioLength);
  const denominatorColumn = ratioCount === 0 ? null : nanColumn("rows.denominator", ratioLength);
  let ratioEntry = 0;
  // The KPIs whose rows have them: ratio sums are kept for those only.
  const ratioKpis = new Uint8Array(kpis.length);
  let weightColumn: Float64Array | null = null;
  let statusColumn: Uint8Array | null = null;
  const subjectCode = new Map<string, number>();
  const subjectIds: string[] = [];
  let lastKpiId: unknown = undefined;
  let lastKpi = -1;
  let lastSubjectId: unknown = undefined;
  let lastSubject = -1;
  let corrections = false;
  let minAt = Infinity;
  let maxAt = -Infinity;
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    if (typeof r !== "object" || r === null) throw new KpiError("invalid_input", `${where}: rows[${i}] must be an object`, { path: [i] });
    const kpiId = r.kpiId;
    if (kpiId !== lastKpiId) {
      const k = kpiCode.get(kpiId);
      if (k === undefined) rowError(where, "unknown_reference", i, "kpiId", `"${String(kpiId)}" is not one of the KPIs`);
      lastKpiId = kpiId;
      lastKpi = k;
    }
    kpiColumn[i] = lastKpi;
    const subjectId = r.subjectId;
    if (subjectId !== lastSubjectId) {
      let s = subjectCode.get(subjectId);
      if (s === undefined) {
        if (typeof subjectId !== "string" || subjectId.length === 0) rowError(where, "invalid_input", i, "subjectId", "must be a non-empty string");
        s = subjectIds.length;
        subjectIds.push(subjectId);
        subjectCode.set(subjectId, s);
      }
      lastSubjectId = subjectId;
      lastSubject = s;
    }
    subjectColumn[i] = lastSubject;
    const at = r.at;
    if (typeof at === "string") {
      if (!parseInstantInto(at, atColumn, i)) rowError(where, "invalid_input", i, "at", `is refused: ${describeBadInstant(at)}`);
    } else if (typeof at === "number") {
      if (at - at !== 0) rowError(where, "non_finite", i, "at", "must be a finite number of epoch ms");
      atColumn[i] = at;
    } else if (at instanceof Date) {
      const time = at.getTime();
      if (time !== time) rowError(where, "invalid_input", i, "at", "is an invalid Date");
      atColumn[i] = time;
    } else {
      rowError(where, "invalid_input", i, "at", "must be an ISO string, epoch ms or a Date");
    }
    const ms = atColumn[i]!;
    if (ms < minAt) minAt = ms;
    if (ms > maxAt) maxAt = ms;
    const v = r.value;
    if (v === undefined || v === null) valueColumn[i] = NaN; // null: allowed with weight 0, checked by the engine
    else if (typeof v === "number" && v - v === 0) valueColumn[i] = v;
    else badNumber(where, i, "value", v);
    const num = r.numerator;
    const den = r.denominator;
    if (num !== undefined || den !== undefined) {
      ratioKpis[lastKpi] = 1;
      // More rows with a ratio than counted: the rows changed while read (a getter); refused, not written past the end.
      if (numeratorColumn === null || (ratioRows !== null && ratioEntry >= ratioCount)) {
        rowError(where, "invalid_input", i, "numerator", "changed while the rows were read");
      }
      const entry = ratioRows === null ? i : ratioEntry;
      if (ratioRows !== null) ratioRows[ratioEntry++] = i;
      if (num !== undefined) {
        if (typeof num !== "number" || num - num !== 0) badNumber(where, i, "numerator", num);
        numeratorColumn[entry] = num;
      }
      if (den !== undefined) {
        if (typeof den !== "number" || den - den !== 0) badNumber(where, i, "denominator", den);
        if (den < 0) rowError(where, "invalid_denominator", i, "denominator", "must not be negative");
        denominatorColumn![entry] = den;
      }
    }
    const w = r.weight;
    if (w !== undefined) {
      if (typeof w !== "number" || w - w !== 0) badNumber(where, i, "weight", w);
      if (w < 0) rowError(where, "invalid_weight", i, "weight", "must not be negative");
      (weightColumn ??= nanColumn("rows.weight", n))[i] = w;
    }
    const status = r.status;
    if (status !== undefined && status !== "normal") {
      const code = status === "provisional" ? 1 : status === "estimated" ? 2 : status === "revised" ? 3 : 0;
      if (code === 0) rowError(where, "invalid_input", i, "status", "must be normal, provisional, estimated or revised");
      (statusColumn ??= scratchArray("rows.status", "u8", n).fill(0))[i] = code;
    }
    if (r.supersedes !== undefined) corrections = true;
  }
  let rowIndex: Int32Array | null = null;
  let kept = n;
  const dropped = corrections && (options.effective ?? true) ? supersededMask(rows, where) : null;
  if (dropped !== null) {
    rowIndex = scratchArray("rows.index", "i32", n);
    kept = 0;
    minAt = Infinity;
    maxAt = -Infinity;
    // Kept ratio entries move down with their rows (entry c is row ratioRows[c]; the kept ones are renumbered).
    let c = 0;
    let ratioKept = 0;
    for (let i = 0; i < n; i++) {
      const ratioRow = ratioRows !== null && c < ratioEntry && ratioRows[c] === i;
      if (dropped[i] !== 0) {
        if (ratioRow) c++;
        continue;
      }
      if (ratioRow) {
        ratioRows[ratioKept] = kept;
        numeratorColumn![ratioKept] = numeratorColumn![c]!;
        denominatorColumn![ratioKept] = denominatorColumn![c]!;
        ratioKept++;
        c++;
      } else if (ratioRows === null) {
        if (numeratorColumn !== null) numeratorColumn[kept] = numeratorColumn[i]!;
        if (denominatorColumn !== null) denominatorColumn[kept] = denominatorColumn[i]!;
      }
      rowIndex[kept] = i;
      kpiColumn[kept] = kpiColumn[i]!;
      subjectColumn[kept] = subjectColumn[i]!;
      const ms = atColumn[i]!;
      atColumn[kept] = ms;
      if (ms < minAt) minAt = ms;
      if (ms > maxAt) maxAt = ms;
      valueColumn[kept] = valueColumn[i]!;
      if (weightColumn !== null) weightColumn[kept] = weightColumn[i]!;
      if (statusColumn !== null) statusColumn[kept] = statusColumn[i]!;
      kept++;
    }
    ratioEntry = ratioKept;
  }
  return aggregateColumnsCore(
    {
      n: kept,
      rowIndex,
      kpi: kpiColumn,
      subject: subjectColumn,
      at: atColumn,
      value: valueColumn,
      numerator: numeratorColumn,
      denominator: denominatorColumn,
      ratioRows: ratioRows === null ? null : ratioRows.subarray(0, ratioEntry),
      ratioKpis,
      weight: weightColumn,
      status: statusColumn,
      subjectIds,
      checkedRange: [minAt, maxAt],
      owned: true,
    },
    kpis,
    options,
    { name: where, form: "rows" },
  );
}
