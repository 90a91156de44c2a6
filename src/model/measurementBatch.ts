import type { Collection, ObservationStatus } from "./measurement.js";

/**
 * Measurements held as columns: one typed array per number field, ids of KPIs, subjects and sources stored once
 * and referred to by code. It holds exactly what an array of `Measurement` records holds (nothing is lost: the
 * records can be read back with `measurementAt`), in about a fifth of the memory, and `buildReport` takes it as it
 * takes records.
 *
 * @remarks
 * Build one with `createMeasurementBatchBuilder` (record by record, as a file is read) or `toMeasurementBatch`; both
 * validate every record exactly as `parseMeasurement` does. Every column has `length` entries; entry `i` of each
 * column belongs to record `i`. An absent number is `NaN` (never `0`); `value: null` (a weight-0 record, "reported,
 * no responses") is `NaN` in `value` and `1` in `nullValue`. See docs/large-files.md.
 *
 * @category Model
 */
export interface MeasurementBatch {
  /** Marks the object as a batch (so that `buildReport` can tell it from an array of records). */
  readonly format: "kpi-kit-measurement-batch";
  /** The number of records. */
  readonly length: number;
  /** Per record, its id. */
  readonly id: readonly string[];
  /** The distinct KPI ids; `kpi[i]` is an index into this list. */
  readonly kpiIds: readonly string[];
  /** Per record, the index of its KPI id in `kpiIds`. */
  readonly kpi: Int32Array;
  /** The distinct subject ids; `subject[i]` is an index into this list. */
  readonly subjectIds: readonly string[];
  /** Per record, the index of its subject id in `subjectIds`. */
  readonly subject: Int32Array;
  /** Per record, its instant in epoch milliseconds. */
  readonly at: Float64Array;
  /** Per record, its value; `NaN` when it has none (or `null`, see `nullValue`). */
  readonly value: Float64Array;
  /** Per record, `1` when its value is `null`, else `0`. */
  readonly nullValue: Uint8Array;
  /** Per record, its numerator, or `NaN`. */
  readonly numerator: Float64Array;
  /** Per record, its denominator, or `NaN`. */
  readonly denominator: Float64Array;
  /** Per record, its weight, or `NaN` when it has none. */
  readonly weight: Float64Array;
  /** The distinct sources; `source[i]` is an index into this list, or `-1` for a record without a source. */
  readonly sources: readonly string[];
  /** Per record, the index of its source in `sources`, or `-1`. */
  readonly source: Int32Array;
  /** Per record, its collection: an index into {@link BATCH_COLLECTIONS} (`0`: none given). */
  readonly collection: Uint8Array;
  /** Per record, its status: an index into {@link BATCH_STATUSES}. */
  readonly status: Uint8Array;
  /** Per record, when it was recorded (epoch ms), or `NaN`. */
  readonly recordedAt: Float64Array;
  /** The id each correcting record supersedes, by record index (records that correct nothing are not in the map). */
  readonly supersedes: ReadonlyMap<number, string>;
}

/**
 * The observation statuses of a {@link MeasurementBatch}'s `status` codes, by code.
 *
 * @example
 * ```ts
 * BATCH_STATUSES[1];
 * //=> "provisional"
 * ```
 *
 * @category Model
 */
export const BATCH_STATUSES: readonly ObservationStatus[] = Object.freeze(["normal", "provisional", "estimated", "revised"]);

/**
 * The collections of a {@link MeasurementBatch}'s `collection` codes, by code (`0`: the record gives none).
 *
 * @example
 * ```ts
 * BATCH_COLLECTIONS[2];
 * //=> "manual"
 * ```
 *
 * @category Model
 */
export const BATCH_COLLECTIONS: readonly (Collection | undefined)[] = Object.freeze([undefined, "automated", "manual"]);
