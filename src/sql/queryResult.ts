/**
 * A query's result as columns: each column's values in row order, all of one length — as DuckDB's Node.js client
 * gives it (`result.getColumnsObjectJS()`) or ClickHouse's `JSONColumns` format. For millions of rows it is far
 * lighter than an object per row. @category SQL
 */
export type ResultColumns = Readonly<Record<string, readonly unknown[]>>;

/**
 * A query's result as `partialsFromRows`, `quantilesFromRows` and `aggregatesFromRows` take it: rows (an object per
 * row, keyed by column name, as most drivers return them) or {@link ResultColumns}. @category SQL
 */
export type QueryResult = readonly Readonly<Record<string, unknown>>[] | ResultColumns;
