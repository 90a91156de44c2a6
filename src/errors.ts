import type { z } from "zod";

/**
 * The closed set of error codes that {@link KpiError} carries. Callers branch on these, never on message text.
 *
 * - `invalid_input` — a value failed its schema (see `issues` for every problem found).
 * - `unknown_reference` — an id refers to something that does not exist (a KPI, scope node, role, measurement).
 * - `duplicate_id` — two things of one kind share an id.
 * - `cycle` — a parent chain, driver link or correction chain loops back on itself.
 * - `invalid_time_zone` — not an IANA time zone known to the runtime.
 * - `invalid_period` — a period label that is not a period of its grain, or a grain the function cannot use.
 * - `non_finite` — a number that is `NaN` or infinite where a finite number is required.
 * - `invalid_interval` — an interval whose end is before its start.
 * - `overlapping_targets` — two targets for the same KPI and scope node are in force at the same time.
 * - `invalid_rollup` — a roll-up rule that cannot apply to the KPI's measure (e.g. `sum` of a percentage).
 * - `input_too_large` — an input above the documented size limit.
 * - `invalid_weight` — a negative or non-finite weight.
 * - `invalid_denominator` — a negative denominator, or a numerator without its denominator.
 * - `invalid_slo` — an SLO outside the open interval (0, 100) %.
 * - `empty_calendar` — a business calendar with no working time, where working time is needed.
 * - `invalid_correction` — a correction (`supersedes`) that points to a record of another key, corrects a record
 *   already corrected, or is recorded before the record it corrects.
 * - `inapplicable_kpi` — a KPI used for a scope kind it is not defined for.
 * - `out_of_scale` — a survey answer that is not a whole number on its KPI's scale.
 * - `overflow` — a number larger in magnitude than 1e100 where the library sums or squares numbers, or sums that
 *   would leave the range of a double (docs/conventions.md#overflow).
 * - `invalid_argument` — any other caller mistake that the types cannot rule out.
 *
 * @category Errors
 */
export type KpiErrorCode =
  | "invalid_input"
  | "unknown_reference"
  | "duplicate_id"
  | "cycle"
  | "invalid_time_zone"
  | "invalid_period"
  | "non_finite"
  | "invalid_interval"
  | "overlapping_targets"
  | "invalid_rollup"
  | "input_too_large"
  | "invalid_weight"
  | "invalid_denominator"
  | "invalid_slo"
  | "empty_calendar"
  | "invalid_correction"
  | "inapplicable_kpi"
  | "out_of_scale"
  | "overflow"
  | "invalid_argument";

/**
 * Options for the {@link KpiError} constructor.
 *
 * @category Errors
 */
export interface KpiErrorOptions {
  /**
   * Where in the input the problem is, in the shape of a zod issue path (e.g. `["kpis", 3, "unit"]`).
   * @defaultValue `[]`
   */
  readonly path?: readonly PropertyKey[] | undefined;
  /**
   * Every schema issue found, for `invalid_input`.
   * @defaultValue `[]`
   */
  readonly issues?: readonly z.core.$ZodIssue[] | undefined;
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The one error class of kpi-kit: a caller's mistake, with a machine-readable `code` and the `path` of the bad field.
 *
 * @remarks
 * The message starts with the name of the function that threw. Use {@link isKpiError} rather than `instanceof`
 * when an application may load both the ESM and the CommonJS build.
 *
 * @example
 * ```ts
 * const error = new KpiError("non_finite", "scoreAttainment: actual is NaN", { path: ["actual"] });
 * error.code;
 * //=> "non_finite"
 * ```
 *
 * @category Errors
 */
export class KpiError extends Error {
  /** Always `"KpiError"`. */
  override readonly name = "KpiError";
  /** What kind of mistake this is. */
  readonly code: KpiErrorCode;
  /** Where in the input the mistake is. */
  readonly path: readonly PropertyKey[];
  /** Every schema issue, for `invalid_input`; otherwise empty. */
  readonly issues: readonly z.core.$ZodIssue[];

  /**
   * Creates an error.
   * @param code - What kind of mistake this is.
   * @param message - A message that starts with the function name.
   * @param options - See {@link KpiErrorOptions}.
   */
  constructor(code: KpiErrorCode, message: string, options: KpiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path ?? [];
    this.issues = options.issues ?? [];
  }
}

/**
 * Tells whether a value is a {@link KpiError}, optionally of one code, checked structurally.
 *
 * @remarks
 * Works across the ESM and CommonJS builds, where `instanceof` would fail.
 *
 * @param value - Anything, typically a caught error.
 * @param code - When given, the error must also carry this code.
 * @returns `true` when `value` is a `KpiError` (with that code).
 *
 * @example
 * ```ts
 * isKpiError(new KpiError("cycle", "parseScopeTree: a cycle"), "cycle");
 * //=> true
 * ```
 *
 * @category Errors
 */
export function isKpiError(value: unknown, code?: KpiErrorCode): value is KpiError {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown; path?: unknown };
  if (candidate.name !== "KpiError" || typeof candidate.code !== "string" || !Array.isArray(candidate.path)) {
    return false;
  }
  return code === undefined || candidate.code === code;
}
