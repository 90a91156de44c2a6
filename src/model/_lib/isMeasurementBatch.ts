import type { MeasurementBatch } from "../measurementBatch.js";

/**
 * Whether `x` claims to be a {@link MeasurementBatch} (its `format`); `checkBatch` checks the rest. Internal.
 *
 * @param x - Records or a batch.
 * @returns Whether it is a batch.
 *
 * @example
 * ```ts
 * [isMeasurementBatch([]), isMeasurementBatch(toMeasurementBatch([]))];
 * //=> [false, true]
 * ```
 */
export function isMeasurementBatch(x: unknown): x is MeasurementBatch {
  return typeof x === "object" && x !== null && !Array.isArray(x) && (x as { format?: unknown }).format === "kpi-kit-measurement-batch";
}
