import { KpiError } from "../errors.js";
import { requireObject } from "../internal/requireObject.js";
import type { CompiledQuantilesQuery } from "./compileQuantilesQuery.js";
import { resultRows } from "./_lib/rowReader.js";
import type { QueryResult } from "./queryResult.js";

/** One node's quantile for a KPI and period, from {@link quantilesFromRows}. @category SQL */
export interface NodeQuantile {
  /** The KPI. */
  readonly kpiId: string;
  /** The scope node: its own records and those of every node below it are pooled. */
  readonly nodeId: string;
  /** The period's label. */
  readonly period: string;
  /** The values pooled. */
  readonly count: number;
  /** The KPI's median or quantile (type 7) of the pooled values. */
  readonly value: number;
}

/**
 * Reads the rows of a query from `compileQuantilesQuery`: one {@link NodeQuantile} per KPI, scope node and
 * period, sorted by the KPI's place in the query, node id and period.
 *
 * @param rows - The query's rows, or its columns (`ResultColumns`).
 * @param query - The compiled query.
 * @returns The quantiles.
 * @throws {@link KpiError} `invalid_input` (path `[i, column]`) for a row that does not answer the query; (path `[]`)
 * for a result that is neither rows nor columns, (path `[column]`) for columns of different lengths.
 *
 * @example
 * ```ts
 * const query = compileQuantilesQuery({ dialect: "postgres", table: { table: "m" }, grain: "month", start: 0, end: 1,
 *   kpis: [{ id: "wait", measure: { kind: "duration" }, aggregation: "median" }], scopes: [{ id: "lv", parentId: null }] });
 * quantilesFromRows([{ kpi_id: "wait", node_id: "lv", period: "1970-01", count: 3, q_0: 4 }], query);
 * //=> [{ kpiId: "wait", nodeId: "lv", period: "1970-01", count: 3, value: 4 }]
 * ```
 *
 * @category SQL
 */
export function quantilesFromRows(rows: QueryResult, query: CompiledQuantilesQuery): NodeQuantile[] {
  requireObject(query, "quantilesFromRows", "query");
  if (!Array.isArray(query.kpis) || !Array.isArray(query.fractions)) {
    throw new KpiError("invalid_argument", "quantilesFromRows: query must be what compileQuantilesQuery returned", { path: [] });
  }
  const result = resultRows(rows, "quantilesFromRows");
  const position = new Map(query.kpis.map((k, j) => [k.id, j]));
  const out = Array.from({ length: result.length }, (_, i) => {
    const { text: str, number: num, bad } = result.reader(i);
    const kpiId = str("kpi_id");
    const j = position.get(kpiId) ?? bad("kpi_id", `"${kpiId}" is not one of the query's KPIs`);
    const kpi = query.kpis[j]!;
    const q = kpi.aggregation === "median" ? 0.5 : kpi.quantile!;
    return { j, value: Object.freeze({ kpiId, nodeId: str("node_id"), period: str("period"), count: num("count"), value: num(`q_${query.fractions.indexOf(q)}`) }) };
  });
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  out.sort((a, b) => a.j - b.j || order(a.value.nodeId, b.value.nodeId) || order(a.value.period, b.value.period));
  return out.map((x) => x.value);
}
