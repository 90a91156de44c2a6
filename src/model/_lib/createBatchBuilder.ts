import { KpiError } from "../../errors.js";
import type { Measurement } from "../measurement.js";
import type { MeasurementBatch } from "../measurementBatch.js";
import type { MeasurementBatchBuilder, MeasurementBatchBuilderOptions } from "../measurementBatchBuilder.js";
import { createBatchColumns, type ColumnPart, type ColumnPlace, type ColumnRegion, type LeanBatch, type LeanRecordHook } from "./createBatchColumns.js";
import { fastMeasurement } from "./fastMeasurement.js";
import { MAX_MEASUREMENTS, parseMeasurementAt } from "./parseMeasurementAt.js";
import type { ScannedRecord } from "./scanJsonRecord.js";

/** `MeasurementBatchBuilder`, and a way in for records `scanJsonRecord` has read (the CLI's NDJSON fast path). */
export interface BatchBuilder extends MeasurementBatchBuilder {
  /** Appends a record read and checked by `scanJsonRecord`. */
  addScanned(r: ScannedRecord): void;
  /** With `lean`: the lean batch, instead of `finish`. */
  finishLean(): LeanBatch;
  /** Shared columns: the arrays for another thread to write a part of the file into (see `createBatchColumns`). */
  region(): ColumnRegion;
  /** With `place`: what was written into the region, instead of `finish`. */
  part(): ColumnPart;
  /** Takes in a part written into this builder's region after its records (see `createBatchColumns`). */
  adopt(part: ColumnPart): void;
}

/** `MeasurementBatchBuilderOptions`, and lean columns for the CLI's `validate`. */
export interface BatchBuilderOptions extends MeasurementBatchBuilderOptions {
  /** Keep only a lean batch (`finishLean`), and call this with each record (see `createBatchColumns`). */
  readonly lean?: LeanRecordHook | undefined;
  /** Keep the columns in `SharedArrayBuffer`s (see `createBatchColumns`). */
  readonly shared?: boolean | undefined;
  /** Write the records into another builder's region (see `createBatchColumns`). */
  readonly place?: ColumnPlace | undefined;
  /** Reserve `expectedRecords` even above `maxRecords` (room for a file read in two parts, see `createBatchColumns`). */
  readonly exactReserve?: boolean | undefined;
  /** Bytes of ids to make room for (see `createBatchColumns`). */
  readonly idBytes?: number | undefined;
}

/**
 * The builder behind `createMeasurementBatchBuilder`, with `addScanned` for the CLI. Internal.
 *
 * @param options - See `MeasurementBatchBuilderOptions`; and `lean`, `shared`, `place` and `idBytes` (see
 * `BatchBuilderOptions`).
 * @returns A builder.
 *
 * @example
 * ```ts
 * const builder = createBatchBuilder();
 * builder.add({ id: "m", kpiId: "k", subjectId: "s", at: 0, value: 1 });
 * builder.finish().length;
 * //=> 1
 * ```
 */
export function createBatchBuilder(options: BatchBuilderOptions = {}): BatchBuilder {
  const maxRecords = options.maxRecords ?? MAX_MEASUREMENTS;
  if (!Number.isInteger(maxRecords) || maxRecords < 0 || maxRecords > MAX_MEASUREMENTS) {
    throw new KpiError("invalid_argument", "createMeasurementBatchBuilder: maxRecords must be a whole number from 0 to 10,000,000", {
      path: ["maxRecords"],
    });
  }
  const expected = options.expectedRecords ?? 0;
  if (typeof expected !== "number" || !Number.isInteger(expected) || expected < 0) {
    throw new KpiError("invalid_argument", "createMeasurementBatchBuilder: expectedRecords must be a whole number of 0 or more", {
      path: ["expectedRecords"],
    });
  }
  const columns = createBatchColumns(options.exactReserve === true ? expected : Math.min(expected, maxRecords), options.lean ?? null, options.shared === true, options.place ?? null, options.idBytes);
  let finished = false;
  // Refuses more than `maxRecords` records in all.
  const within = (records: number): void => {
    if (records > maxRecords) throw new KpiError("input_too_large", `parseMeasurements: more than ${maxRecords} records, above the limit`, { path: [] });
  };
  // Every record added: the batch is open and below its limit; returns the new record's index.
  const next = (): number => {
    if (finished) throw new KpiError("invalid_argument", "MeasurementBatchBuilder.add: the batch is already finished", { path: [] });
    const length = columns.length();
    within(length + 1);
    return length;
  };
  const close = (): void => {
    if (finished) throw new KpiError("invalid_argument", "MeasurementBatchBuilder.finish: the batch is already finished", { path: [] });
    finished = true;
  };
  return {
    get length() {
      return columns.length();
    },
    addScanned(r: ScannedRecord): void {
      next();
      columns.appendScanned(r);
    },
    add(input: unknown): void {
      const i = next();
      // Plainly valid records (nearly all of a large file) skip the schema; anything else gets its exact answer.
      columns.append((fastMeasurement(input) as Measurement | null) ?? parseMeasurementAt(input, i));
    },
    finish(): MeasurementBatch {
      close();
      return columns.finish();
    },
    finishLean(): LeanBatch {
      close();
      return columns.finishLean();
    },
    region: () => columns.region(),
    part(): ColumnPart {
      close();
      return columns.part();
    },
    adopt(part: ColumnPart): void {
      if (finished) throw new KpiError("invalid_argument", "MeasurementBatchBuilder.adopt: the batch is already finished", { path: [] });
      within(columns.length() + part.length);
      columns.adopt(part);
    },
  };
}
