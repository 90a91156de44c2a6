import { KpiError } from "../../errors.js";
import type { Workspace } from "../../model/workspace.js";
import type { ReportAggregates } from "../reportAggregates.js";

const TALLY_FIELDS = ["records", "outOfRange", "duplicates", "provisional", "estimated"] as const;

/**
 * Whether `input` is meant as a {@link ReportAggregates} (an object whose `kind` is `"report_aggregates"`).
 *
 * @param input - Anything.
 * @returns Whether it is marked as report aggregates (its fields are checked by {@link checkReportAggregates}).
 *
 * @example
 * ```ts
 * [isReportAggregates({ kind: "report_aggregates" }), isReportAggregates([])];
 * //=> [true, false]
 * ```
 */
export function isReportAggregates(input: unknown): input is ReportAggregates {
  return typeof input === "object" && input !== null && !Array.isArray(input) && (input as { kind?: unknown }).kind === "report_aggregates";
}

/**
 * Checks a {@link ReportAggregates} against the workspace: every field of the right type, every KPI and subject one of
 * the workspace's, counts whole and not negative. Internal to `buildReport`.
 *
 * @param input - The aggregates.
 * @param workspace - A parsed workspace.
 * @param where - The public function's name, for messages.
 * @throws {@link KpiError} `invalid_argument` (path `["measurements", field, …]`) for a field of the wrong type;
 * `unknown_reference` (path `["measurements", list, i, "kpiId" | "subjectId"]`) for a KPI or subject not in the workspace.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace({ name: { lv: "P", en: "E" }, calendars: [{}],
 *   scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }] });
 * const input = { kind: "report_aggregates", engine: "duckdb", groups: [], quality: [], lastInstants: [],
 *   measurementCount: 1, effectiveMeasurementCount: 2, measurementsDigest: null } as const;
 * try { checkReportAggregates(input, workspace, "f"); } catch (e) { [e.code, e.path]; }
 * //=> ["invalid_argument", ["measurements", "effectiveMeasurementCount"]]
 * ```
 */
export function checkReportAggregates(input: ReportAggregates, workspace: Workspace, where: string): void {
  const bad = (path: readonly (string | number)[], what: string): never => {
    throw new KpiError("invalid_argument", `${where}: measurements.${path.join(".")} ${what}`, { path: ["measurements", ...path] });
  };
  const count = (x: unknown) => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;
  if (typeof input.engine !== "string" || input.engine.length === 0) bad(["engine"], "must name what aggregated the records");
  const kpiIds = new Set(workspace.kpis.map((k) => k.id as string));
  const nodeIds = new Set(workspace.scopes.map((s) => s.id as string));
  const ids = (list: string, i: number, item: unknown) => {
    if (typeof item !== "object" || item === null) bad([list, i], "must be an object");
    const { kpiId, subjectId } = item as { kpiId?: unknown; subjectId?: unknown };
    if (typeof kpiId !== "string" || !kpiIds.has(kpiId)) {
      throw new KpiError("unknown_reference", `${where}: measurements.${list}.${i}: KPI "${String(kpiId)}" is not in the workspace`, {
        path: ["measurements", list, i, "kpiId"],
      });
    }
    if (typeof subjectId !== "string" || !nodeIds.has(subjectId)) {
      throw new KpiError("unknown_reference", `${where}: measurements.${list}.${i}: subject "${String(subjectId)}" is not a scope node of the workspace`, {
        path: ["measurements", list, i, "subjectId"],
      });
    }
  };
  const list = (field: "groups" | "quality" | "lastInstants", each: (item: { period?: unknown; partial?: unknown; at?: unknown } & Record<string, unknown>, i: number) => void) => {
    const items: unknown = input[field];
    if (!Array.isArray(items)) bad([field], "must be an array");
    (items as unknown[]).forEach((item, i) => {
      ids(field, i, item);
      each(item as Record<string, unknown>, i);
    });
  };
  list("groups", (g, i) => {
    if (typeof g.period !== "string") bad(["groups", i, "period"], "must be a period label");
    const p = g.partial as { records?: unknown; statuses?: unknown } | null;
    if (typeof p !== "object" || p === null || !count(p.records) || typeof p.statuses !== "object" || p.statuses === null) {
      bad(["groups", i, "partial"], "must be a partial aggregate (aggregateRows, partialsFromRows)");
    }
  });
  list("quality", (t, i) => {
    if (typeof t.period !== "string") bad(["quality", i, "period"], "must be a period label");
    for (const field of TALLY_FIELDS) if (!count(t[field])) bad(["quality", i, field], "must be a whole number, 0 or more");
  });
  list("lastInstants", (l, i) => {
    if (typeof l.at !== "number" || !Number.isFinite(l.at)) bad(["lastInstants", i, "at"], "must be an instant in epoch ms");
  });
  if (!count(input.measurementCount)) bad(["measurementCount"], "must be a whole number, 0 or more");
  if (!count(input.effectiveMeasurementCount) || input.effectiveMeasurementCount > input.measurementCount) {
    bad(["effectiveMeasurementCount"], "must be a whole number from 0 to measurementCount");
  }
  const digest = input.measurementsDigest;
  if (digest !== null && (typeof digest !== "string" || !/^[0-9a-f]{64}$/.test(digest))) bad(["measurementsDigest"], "must be a SHA-256 in lower-case hex, or null");
}
