import type { MeasurementBatch } from "./measurementBatch.js";

/**
 * Builds a {@link MeasurementBatch} record by record. See `createMeasurementBatchBuilder`.
 *
 * @category Model
 */
export interface MeasurementBatchBuilder {
  /** How many records have been added. */
  readonly length: number;
  /**
   * Validates one record exactly as `parseMeasurement` does and appends it to the columns.
   * @throws {@link KpiError} the errors of `parseMeasurements`, with path `[i, field]` (`i`: the record's index in
   * the batch); `input_too_large` (path `[]`) past the limit; `invalid_argument` after `finish`.
   */
  add(input: unknown): void;
  /** The batch of every record added. The builder cannot be used afterwards. */
  finish(): MeasurementBatch;
}

/** Options for `createMeasurementBatchBuilder`. @category Model */
export interface MeasurementBatchBuilderOptions {
  /**
   * The most records the batch may hold.
   * @defaultValue 10,000,000
   */
  readonly maxRecords?: number | undefined;
  /**
   * About how many records will be added, when you know (a row count, a file's size ÷ its line length): the columns
   * are allocated for that many at once and handed over without a copy. With none, the columns grow in chunks and
   * are joined once in `finish`, which for a moment needs their memory twice (about 0.6 GB more at ten million
   * records). A guess a few percent high costs that much memory; more records than expected still fit (the rest
   * go into chunks, joined in `finish`).
   * @defaultValue 0 (grow as records come)
   */
  readonly expectedRecords?: number | undefined;
}

