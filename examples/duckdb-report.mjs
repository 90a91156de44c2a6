// A whole report with the measurements aggregated in DuckDB: DuckDB reads the example municipality's NDJSON file
// itself, kpi-kit compiles the report's queries and builds the report from their rows — then compares it with the
// report built from the records in memory.
//   npm run build && node examples/duckdb-report.mjs
// (@duckdb/node-api is an optional peer dependency of kpi-kit: in your project, npm install @duckdb/node-api.)
import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { parseMeasurements, parseWorkspace } from "kpi-kit";
import { buildReport, renderMarkdown } from "kpi-kit/report";
import { aggregatesFromRows, compileReportQueries } from "kpi-kit/sql";

const workspace = parseWorkspace(readFileSync(new URL("workspace.json", import.meta.url), "utf8"));
const file = new URL("measurements.ndjson", import.meta.url).pathname;
const text = ["id", "kpiId", "subjectId", "at", "status", "recordedAt", "supersedes"].map((c) => `'${c}': 'VARCHAR'`);
const numbers = ["value", "numerator", "denominator", "weight"].map((c) => `'${c}': 'DOUBLE'`);
// The FROM item is SQL you write (never from untrusted input); the instants stay ISO text.
const table = {
  from: `read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited', columns = {${[...text, ...numbers].join(", ")}})`,
  instants: "iso",
};
const options = { audience: "management", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" };

const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const compiled = compileReportQueries({ dialect: "duckdb", table, workspace, report: options });
const rows = [];
for (const query of compiled.queries) rows.push((await connection.runAndReadAll(query.sql, [...query.params])).getRowObjectsJS());
connection.closeSync();
instance.closeSync();
const fromDuckDb = buildReport(workspace, aggregatesFromRows(rows, compiled, "duckdb"), options);
console.log(`${compiled.queries.length} queries: ${compiled.queries.map((q) => q.role).join(", ")}`);
console.log(renderMarkdown(fromDuckDb).split("\n").slice(0, 5).join("\n"));

// The same report from the records in memory: equal but for the provenance's engine and digest, and for the last
// bits of float sums (DuckDB adds in its own order: equal within 1e-12 relative, and every text shown is the same).
const records = parseMeasurements(readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l)), workspace);
const inMemory = buildReport(workspace, records, options);
const strip = (report) => ({ ...report, provenance: { ...report.provenance, engine: undefined, measurementsDigest: undefined } });
const differences = [];
const compare = (x, y, path) => {
  if (typeof x === "number" && typeof y === "number") {
    if (Math.abs(x - y) > 1e-12 * Math.max(Math.abs(x), Math.abs(y))) differences.push(path);
  } else if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) {
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) compare(x[key], y[key], `${path}.${key}`);
  } else if (x !== y) differences.push(path);
};
compare(strip(fromDuckDb), strip(inMemory), "report");
console.log(differences.length === 0 ? "the same report as from the records in memory" : `the reports differ at ${differences.slice(0, 5).join(", ")}`);
