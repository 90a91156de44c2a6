import { KpiError } from "../errors.js";
import type { Measurement } from "./measurement.js";
import type { MeasurementBatch } from "./measurementBatch.js";
import { createBatchColumns } from "./_lib/createBatchColumns.js";
import { fastMeasurement } from "./_lib/fastMeasurement.js";
import { MAX_MEASUREMENTS, parseMeasurementAt } from "./_lib/parseMeasurementAt.js";

/**
 * Builds a {@link MeasurementBatch} record by record. See {@link createMeasurementBatchBuilder}.
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

/** Options for {@link createMeasurementBatchBuilder}. @category Model */
export interface MeasurementBatchBuilderOptions {
  /**
   * The most records the batch may hold.
   * @defaultValue 10,000,000
   */
  readonly maxRecords?: number | undefined;
}

/**
 * Starts a {@link MeasurementBatch}: add records one at a time (as a file is read), then `finish`. Each record is
 * validated exactly as `parseMeasurement` validates it, with the same error codes and paths, and only its fields
 * are kept (in typed arrays; ids of KPIs, subjects and sources once each), so that millions of records fit in a few
 * hundred megabytes.
 *
 * @remarks
 * A record is checked on its own here; checks against a workspace (known KPIs and subjects, the KPI's measure, unique
 * ids, sound corrections) are made by `buildReport` and `kpi-kit validate`. Memory: about 70 bytes per record for
 * the columns, plus each record's id. docs/large-files.md.
 *
 * @param options - See {@link MeasurementBatchBuilderOptions}.
 * @returns A builder.
 * @throws {@link KpiError} `invalid_argument` (path `["maxRecords"]`) for a limit that is not a whole number from 0 to
 * 10,000,000.
 *
 * @example
 * ```ts
 * const builder = createMeasurementBatchBuilder();
 * builder.add({ id: "m1", kpiId: "csat", subjectId: "svc", at: "2026-03-01T00:00:00Z", value: 4 });
 * builder.add({ id: "m2", kpiId: "csat", subjectId: "svc", at: "2026-03-02T00:00:00Z", value: null, weight: 0 });
 * const batch = builder.finish();
 * [batch.length, batch.kpiIds, [...batch.kpi], batch.value[0], batch.nullValue[1]];
 * //=> [2, ["csat"], [0, 0], 4, 1]
 * ```
 *
 * @category Model
 */
export function createMeasurementBatchBuilder(options: MeasurementBatchBuilderOptions = {}): MeasurementBatchBuilder {
  const maxRecords = options.maxRecords ?? MAX_MEASUREMENTS;
  if (!Number.isInteger(maxRecords) || maxRecords < 0 || maxRecords > MAX_MEASUREMENTS) {
    throw new KpiError("invalid_argument", "createMeasurementBatchBuilder: maxRecords must be a whole number from 0 to 10,000,000", {
      path: ["maxRecords"],
    });
  }
  const columns = createBatchColumns();
  let finished = false;
  return {
    get length() {
      return columns.length();
    },
    add(input: unknown): void {
      if (finished) {
        throw new KpiError("invalid_argument", "MeasurementBatchBuilder.add: the batch is already finished", { path: [] });
      }
      const length = columns.length();
      if (length >= maxRecords) {
        throw new KpiError("input_too_large", `parseMeasurements: more than ${maxRecords} records, above the limit`, { path: [] });
      }
      // Plainly valid records (nearly all of a large file) skip the schema; anything else gets its exact answer.
      columns.append((fastMeasurement(input) as Measurement | null) ?? parseMeasurementAt(input, length));
    },
    finish(): MeasurementBatch {
      if (finished) {
        throw new KpiError("invalid_argument", "MeasurementBatchBuilder.finish: the batch is already finished", { path: [] });
      }
      finished = true;
      return columns.finish();
    },
  };
}
