import { requireObject } from "../internal/requireObject.js";
import type { MeasurementBatchBuilder, MeasurementBatchBuilderOptions } from "./measurementBatchBuilder.js";
import { createBatchBuilder } from "./_lib/createBatchBuilder.js";

/**
 * Starts a `MeasurementBatch`: add records one at a time (as a file is read), then `finish`. Each record is
 * validated exactly as `parseMeasurement` validates it, with the same error codes and paths, and only its fields
 * are kept (in typed arrays; ids of KPIs, subjects and sources once each), so that millions of records fit in a few
 * hundred megabytes.
 *
 * @remarks
 * A record is checked on its own here; checks against a workspace (known KPIs and subjects, the KPI's measure, unique
 * ids, sound corrections) are made by `buildReport` and `kpi-kit validate`. Memory: about 70 bytes per record for
 * the columns, plus each record's id — kept as bytes (one per character, for ids of characters up to U+00FF);
 * `buildReport` reads them so, and the batch's `id` list of strings is made when it is first read.
 * docs/large-files.md.
 *
 * @param options - See {@link MeasurementBatchBuilderOptions}.
 * @returns A builder.
 * @throws {@link KpiError} `invalid_argument` (path `["maxRecords"]`) for a limit that is not a whole number from 0 to
 * 10,000,000, or (path `["expectedRecords"]`) for an expected count that is not a whole number of 0 or more, or
 * (path `[]`) for `options` given but not an object.
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
  requireObject(options, "createMeasurementBatchBuilder", "options");
  const builder = createBatchBuilder(options);
  return {
    get length() {
      return builder.length;
    },
    add: (input: unknown) => builder.add(input),
    finish: () => builder.finish(),
  };
}
