/** The fields of a measurement that a table's columns can hold. @category SQL */
export type MeasurementColumn =
  | "id"
  | "kpiId"
  | "subjectId"
  | "at"
  | "value"
  | "numerator"
  | "denominator"
  | "weight"
  | "status"
  | "recordedAt"
  | "supersedes";

/**
 * Where the measurements are, for `compilePartialsQuery`: a table (or any query) whose rows are measurements, and
 * which column holds which field.
 *
 * @remarks
 * The columns hold the fields as a measurement does (docs/at-scale.md#the-table-contract): ids as text; `value`,
 * `numerator`, `denominator` and `weight` as numbers, `NULL` when absent; `status` as text (`NULL` is `normal`);
 * `at` and `recordedAt` as instants, in the form `instants` names. The rows are trusted to be valid measurements
 * (run `kpi-kit validate` on an export, or the engine's constraints); the query leaves out superseded records.
 *
 * @category SQL
 */
export interface MeasurementTable {
  /** The table's name, or `[schema, table]` (quoted by the compiler). Give `table` or `from`. */
  readonly table?: string | readonly [string, string] | undefined;
  /**
   * A `FROM` item of your own, used as it is — e.g. `read_parquet('m/*.parquet')` in DuckDB. It is SQL you write:
   * never build it from untrusted input.
   */
  readonly from?: string | undefined;
  /**
   * The column of each field, when it is not named as the field; `null` for a field the table has no column for
   * (absent in every record: `value`, `numerator`, `denominator`, `weight`, `status`, `recordedAt`; `id` and
   * `supersedes` only with `corrections: false`).
   * @defaultValue each field's own name (`kpiId`, `subjectId`, …)
   */
  readonly columns?: Partial<Record<MeasurementColumn, string | null>> | undefined;
  /**
   * How `at` and `recordedAt` hold instants: `"timestamp"` (a time-zone-aware timestamp: DuckDB `TIMESTAMPTZ`,
   * PostgreSQL `timestamptz`, ClickHouse `DateTime64`), `"epoch_ms"` (a whole number of milliseconds) or `"iso"`
   * (ISO-8601 text with `Z` or an offset). With `"timestamp"`, a DuckDB or PostgreSQL column of another type (a
   * timestamp without a zone, text) stops the query with a message naming it, rather than being read in the
   * session's time zone (docs/at-scale.md#the-table-contract).
   * @defaultValue `"timestamp"`
   */
  readonly instants?: "timestamp" | "epoch_ms" | "iso" | undefined;
  /**
   * Whether the table has the `id` and `supersedes` columns of corrections. Without them every row counts.
   * @defaultValue true
   */
  readonly corrections?: boolean | undefined;
}
