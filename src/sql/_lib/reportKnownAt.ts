import type { MeasurementTable } from "../measurementTable.js";

/**
 * The `asKnownAt` of a report's queries: the report's `asOf`, or none for a table without a `recordedAt` column
 * (`columns: { recordedAt: null }`), whose records are all known from the start, as a measurement without
 * `recordedAt` is. `buildSource` refuses `asKnownAt` with such a table, where a caller means it. Internal to
 * kpi-kit/sql.
 *
 * @param table - The table (not checked here: the compilers check it).
 * @param asOf - The report's instant (epoch ms).
 * @returns `asOf`, or `undefined`.
 *
 * @example
 * ```ts
 * [reportKnownAt({ table: "m" }, 5), reportKnownAt({ table: "m", columns: { recordedAt: null } }, 5)];
 * //=> [5, undefined]
 * ```
 */
export function reportKnownAt(table: MeasurementTable, asOf: number): number | undefined {
  return (table as { columns?: { recordedAt?: unknown } } | null | undefined)?.columns?.recordedAt === null ? undefined : asOf;
}
