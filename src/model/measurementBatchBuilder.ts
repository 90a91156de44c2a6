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
}

