import { KpiError } from "../errors.js";
import { inapplicableText } from "../model/_lib/inapplicableText.js";
import type { Workspace } from "../model/workspace.js";
import type { MeasurementTable } from "../sql/measurementTable.js";
import type { SqlDialect } from "../sql/sqlDialect.js";
import { nullableTypes } from "../sql/_lib/nullableTypes.js";
import { columnSql, fromItem } from "../sql/_lib/tableSql.js";
import { engineRecordName, type RunQuery } from "./engineRecordName.js";

/**
 * Checks every (KPI, subject) pair of a table's records as `kpi-kit validate` checks each record: the KPI and the
 * subject are there and are the workspace's, and the KPI applies to the subject's kind of scope node; and every record
 * has an instant. For `report --engine`, whose queries read only the records of the report's periods: a record
 * outside them is checked here too.
 *
 * @remarks
 * One query reads the distinct pairs, at most one more than the workspace has (so a table with more has one that is
 * not the workspace's among them); a second one, only when a pair is refused, finds a record of it to name.
 *
 * @param run - Runs a query in the engine.
 * @param dialect - The engine's dialect.
 * @param table - The table (its `kpiId`, `subjectId` and `id` columns).
 * @param workspace - The workspace.
 * @param where - The file or table, for messages.
 * @param hint - Appended to a message (how to find the record's line).
 * @throws {@link KpiError} `invalid_input` (path `["kpiId"]`, `["subjectId"]` or `["at"]`) for a record without a KPI,
 * a subject or an instant (NULL), `unknown_reference` (path `["kpiId"]` or `["subjectId"]`) or `inapplicable_kpi`
 * (path `["subjectId"]`), naming a record.
 *
 * @example
 * ```ts
 * // A table with one record of KPI "permits-within-legal-deadline" for a resource:
 * await checkEngineSeries(run, "duckdb", { table: "measurements" }, workspace, "m.csv", "");
 * // throws: m.csv: record "m1": KPI "permits-within-legal-deadline" applies to service and institution scope nodes only; "res-dms" is a resource scope node
 * ```
 */
export async function checkEngineSeries(run: RunQuery, dialect: SqlDialect, table: MeasurementTable, workspace: Workspace, where: string, hint: string): Promise<void> {
  const column = columnSql(table, dialect);
  const from = fromItem(table, dialect, "report");
  const [text] = nullableTypes(dialect);
  const kpis = new Map(workspace.kpis.map((k) => [k.id as string, k]));
  const kinds = new Map(workspace.scopes.map((s) => [s.id as string, s.kind]));
  const most = kpis.size * kinds.size + 1;
  const pairs = await run(`SELECT DISTINCT CAST(${column("kpiId")} AS ${text}) AS kpi, CAST(${column("subjectId")} AS ${text}) AS subject FROM ${from} LIMIT ${most}`, []);
  for (const pair of pairs) {
    const kpiId = pair["kpi"] === null ? null : String(pair["kpi"]);
    const subjectId = pair["subject"] === null ? null : String(pair["subject"]);
    const kpi = kpiId === null ? undefined : kpis.get(kpiId);
    const kind = subjectId === null ? undefined : kinds.get(subjectId);
    let problem: [KpiError["code"], string, string] | null = null;
    // A record without a KPI or subject (NULL: a JSON record whose key is misspelt, an empty CSV cell), as validate says it.
    if (kpiId === null) problem = ["invalid_input", "kpiId", "kpiId is missing (a required field)"];
    else if (subjectId === null) problem = ["invalid_input", "subjectId", "subjectId is missing (a required field)"];
    else if (kpi === undefined) problem = ["unknown_reference", "kpiId", `KPI ${JSON.stringify(kpiId)} does not exist in the workspace`];
    else if (kind === undefined) problem = ["unknown_reference", "subjectId", `scope node ${JSON.stringify(subjectId)} does not exist in the workspace`];
    else if (!kpi.scopeKinds.includes(kind)) problem = ["inapplicable_kpi", "subjectId", inapplicableText(kpi.id, kpi.scopeKinds, subjectId!, kind)];
    if (problem === null) continue;
    const who = await engineRecordName(run, dialect, table, [["kpiId", kpiId], ["subjectId", subjectId]]);
    throw new KpiError(problem[0], `${where}: ${who}: ${problem[2]}${hint}`, { path: [problem[1]] });
  }
  // A record without an instant would be left out of every period without a word (a JSON record whose "at" key is
  // misspelt, an empty CSV cell): refused, as validate refuses it.
  const [undated] = await run(`SELECT 1 AS found FROM ${from} WHERE ${column("at")} IS NULL LIMIT 1`, []);
  if (undated !== undefined) {
    const who = await engineRecordName(run, dialect, table, [["at", null]]);
    throw new KpiError("invalid_input", `${where}: ${who}: at is missing (a required field)${hint}`, { path: ["at"] });
  }
}
