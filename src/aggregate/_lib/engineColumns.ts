import { KpiError } from "../../errors.js";

/**
 * Columnar input of the aggregation engine (internal to kpi-kit's aggregate functions).
 */
export interface EngineColumns {
  readonly n: number;
  readonly kpi: ArrayLike<number>;
  /** `null` when every row has subject code 0. */
  readonly subject: ArrayLike<number> | null;
  readonly at: ArrayLike<number>;
  readonly value: ArrayLike<number> | null;
  /** Per row, or per row of `ratioRows` when given. */
  readonly numerator: ArrayLike<number> | null;
  /** Per row, or per row of `ratioRows` when given. */
  readonly denominator: ArrayLike<number> | null;
  /**
   * The rows that have a numerator or a denominator, ascending, when only those rows' are kept: entry `j` of
   * `numerator` and `denominator` is then row `ratioRows[j]`'s (`NaN` for the one it lacks), and every other row has
   * neither. Absent (or `null`): the two columns have an entry per row.
   */
  readonly ratioRows?: Int32Array | null | undefined;
  /**
   * Per KPI, 1 when some row of it has a numerator or a denominator and 0 when none has (the engine then keeps ratio
   * sums for the first only). Absent (or `null`): any KPI's rows may have them.
   */
  readonly ratioKpis?: Uint8Array | null | undefined;
  readonly weight: ArrayLike<number> | null;
  /** 0 normal, 1 provisional, 2 estimated, 3 revised. */
  readonly status: Uint8Array | null;
  readonly subjectIds: readonly string[];
  /** The original row index of each entry, for error paths, when rows were dropped; else `null`. */
  readonly rowIndex: Int32Array | null;
  /**
   * `[min, max]` of `at` when the caller has it (the row converter finds it as it reads the rows): the engine then
   * skips its pass over the instants (`instantRange`). The codes and the instants are checked in its main pass either
   * way.
   */
  readonly checkedRange?: readonly [number, number] | undefined;
  /**
   * The columns are the caller's scratch, read by nothing once the engine returns: the engine may write each row's
   * group slot over `kpi` (an `Int32Array`) as it reads it, and the values in group order over `at` (a `Float64Array`
   * at least `n` long) once the instants are read, instead of taking two more arrays of `n`.
   */
  readonly owned?: boolean | undefined;
}

/** Who calls the engine: the public function's name, for messages, and the form of its input, for error paths. */
export interface EngineCaller {
  readonly name: string;
  /** `"rows"`: paths `[i, field]` and `NaN` read as "absent"; `"columns"`: paths `[field, i]`. */
  readonly form: "rows" | "columns";
}

export const FLAG_RATIO = 1, FLAG_SURVEY = 2, FLAG_VALUES = 4, FLAG_FIRST_LAST = 8;

// How each KPI's value is read from its group's numbers (finalizePartial, inlined for the common aggregations).
export const AGG_SUM = 0, AGG_MEAN = 1, AGG_MIN = 2, AGG_MAX = 3, AGG_FIRST = 4, AGG_LAST = 5, AGG_QUANTILE = 6, AGG_RATIO = 7;

export const AGG_WEIGHTED = 8, AGG_OTHER = 9;

export type FailCode = "non_finite" | "invalid_weight" | "invalid_denominator" | "invalid_input" | "unknown_reference" | "overflow";

export function fail(caller: EngineCaller, code: FailCode, i: number, field: string, what: string): never {
  const rows = caller.form === "rows";
  const path = rows ? [i, field] : [field, i];
  throw new KpiError(code, `${caller.name}: ${rows ? `rows[${i}].${field}` : `${field}[${i}]`} ${what}`, { path });
}
