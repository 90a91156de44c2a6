import type { Measurement } from "../../model/measurement.js";
import { KpiError } from "../../errors.js";
import type { OutOfRangeKpi } from "../outOfRangeKpi.js";
import type { OutOfRangeReason } from "../outOfRangeReason.js";

/**
 * Returns the reasons a record is implausible, or `null` when it is plausible (internal to `quality/`; shared by
 * `findOutOfRange` and `assessDataQuality`).
 *
 * @param m - The record.
 * @param i - Its position in the caller's input, for error paths.
 * @param byId - The KPI definitions by id.
 * @param where - The public function's name, for error messages.
 * @returns The reasons, or `null`.
 * @throws {@link KpiError} `unknown_reference` (path `[i, "kpiId"]`); `non_finite` (path `[i, field]`).
 *
 * @example
 * ```ts
 * const kpis = new Map([["k", { id: "k", measure: { kind: "value" }, validRange: { max: 10 } }]]);
 * checkRange({ id: "a", kpiId: "k", at: 0, value: 11 } as never, 0, kpis as never, "f");
 * //=> ["above_max"]
 * ```
 */
export function checkRange(
  m: Measurement,
  i: number,
  byId: ReadonlyMap<string, OutOfRangeKpi>,
  where: string,
): OutOfRangeReason[] | null {
  const kpi = byId.get(m.kpiId);
  if (kpi === undefined) {
    throw new KpiError("unknown_reference", `${where}: record ${i} names an unknown KPI "${String(m.kpiId)}"`, {
      path: [i, "kpiId"],
    });
  }
  for (const field of ["value", "numerator", "denominator"] as const) {
    const x = m[field];
    // value: null is a record of weight 0 ("reported, no responses"): no value to check.
    if (x !== undefined && x !== null && (typeof x !== "number" || !Number.isFinite(x))) {
      throw new KpiError("non_finite", `${where}: record ${i} has a ${field} that is not a finite number`, {
        path: [i, field],
      });
    }
  }
  let reasons: OutOfRangeReason[] | null = null;
  const range = kpi.validRange;
  if (range !== undefined) {
    const value = valueOf(m, kpi);
    if (value !== null) {
      if (range.min !== undefined && value < range.min) reasons = ["below_min"];
      else if (range.max !== undefined && value > range.max) reasons = ["above_max"];
    }
  }
  const measure = kpi.measure;
  if (
    measure.kind === "ratio" &&
    measure.scale === 100 &&
    m.numerator !== undefined &&
    m.denominator !== undefined &&
    m.numerator > m.denominator
  ) {
    (reasons ??= []).push("share_above_whole");
  }
  return reasons;
}

/**
 * Returns the value a record stands for: `value`, or numerator ÷ denominator × scale for a ratio KPI (× 1
 * otherwise); `null` when there is none or the denominator is 0 (internal to `quality/`).
 *
 * @param m - The record.
 * @param kpi - Its KPI.
 * @returns The value, or `null`.
 *
 * @example
 * ```ts
 * valueOf({ numerator: 3, denominator: 4 } as never, { id: "k", measure: { kind: "ratio", scale: 100 } } as never);
 * //=> 75
 * ```
 */
export function valueOf(m: Measurement, kpi: OutOfRangeKpi): number | null {
  if (m.value !== undefined) return m.value; // null for a weight-0 record without a value
  if (m.numerator === undefined || m.denominator === undefined || m.denominator === 0) return null;
  const scale = kpi.measure.kind === "ratio" ? kpi.measure.scale : 1;
  return (m.numerator / m.denominator) * scale;
}
