import type { AggregationKpi } from "../aggregate/aggregationKpi.js";
import type { Calendar } from "../model/calendar.js";
import type { Grain } from "../time/grain.js";
import type { InstantInput } from "../time/instantInput.js";
import type { MeasurementTable } from "./measurementTable.js";
import type { SqlDialect } from "./sqlDialect.js";

/** Options for `compilePartialsQuery` (and, with the scope tree, `compileQuantilesQuery`). @category SQL */
export interface CompilePartialsOptions {
  /** The engine's dialect. */
  readonly dialect: SqlDialect;
  /** Where the measurements are. */
  readonly table: MeasurementTable;
  /** The KPIs to aggregate (their records only are read). */
  readonly kpis: readonly AggregationKpi[];
  /** The grain of the periods. */
  readonly grain: Grain;
  /**
   * The calendar of the periods (only `timeZone` and `fiscalYearStartMonth` are read).
   * @defaultValue `{ timeZone: "UTC", fiscalYearStartMonth: 1 }`
   */
  readonly calendar?: Pick<Calendar, "timeZone" | "fiscalYearStartMonth"> | undefined;
  /** The first instant aggregated. */
  readonly start: InstantInput;
  /** The end of the range, exclusive (`[start, end)`). */
  readonly end: InstantInput;
  /**
   * Aggregate only these subjects.
   * @defaultValue every subject
   */
  readonly subjectIds?: readonly string[] | undefined;
  /**
   * Leave out records recorded after this instant, as `effectiveMeasurements`' `asKnownAt` does.
   * @defaultValue every record counts
   */
  readonly asKnownAt?: InstantInput | undefined;
  /**
   * For median and quantile KPIs, return each group's sorted values (exact and mergeable, but every value travels to
   * the client). `false` leaves them out — the groups of those KPIs then have `values: null` and `value: null` — for
   * when `compileQuantilesQuery` computes their quantiles in the engine at every scope node.
   * @defaultValue true
   */
  readonly quantileValues?: boolean | undefined;
}

