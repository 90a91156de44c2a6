// kpi-kit/sql with DuckDB: the example municipality's measurements aggregated where they are — DuckDB reads the
// NDJSON file itself — into kpi-kit's partials, checked against the in-memory path.
//   npm run build && node examples/duckdb-partials.mjs
// (@duckdb/node-api is a dev dependency of kpi-kit; in your project: npm install @duckdb/node-api.)
import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { aggregateRows, effectiveMeasurements, parseMeasurements, parseWorkspace } from "kpi-kit";
import { compileCorrectionsCheckQuery, compilePartialsQuery, partialsFromRows } from "kpi-kit/sql";

const workspace = parseWorkspace(readFileSync(new URL("workspace.json", import.meta.url), "utf8"));
const file = new URL("measurements.ndjson", import.meta.url).pathname;
const types = ["id", "kpiId", "subjectId", "at", "source", "collection", "status", "recordedAt", "supersedes"].map((c) => `'${c}': 'VARCHAR'`);
const numbers = ["value", "numerator", "denominator", "weight"].map((c) => `'${c}': 'DOUBLE'`);
// The FROM item is SQL you write (never from untrusted input); instants stay ISO text, read by DuckDB's own cast.
const table = {
  from: `read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited', columns = {${[...types, ...numbers].join(", ")}})`,
  instants: "iso",
};
const range = { start: "2025-01-01T00:00:00+02:00", end: "2026-04-01T00:00:00+03:00" };
const asKnownAt = "2026-04-05T12:00:00+03:00";

const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const run = async (query) => (await connection.runAndReadAll(query.sql, [...query.params])).getRowObjectsJS();

// 1. Is the table sound? (what kpi-kit validate would refuse in its ids and corrections)
const problems = await run(compileCorrectionsCheckQuery({ dialect: "duckdb", table }));
console.log(problems.length === 0 ? "ids and corrections: sound" : problems);

// 2. The partials per KPI, subject and month, as known at asKnownAt.
const query = compilePartialsQuery({ dialect: "duckdb", table, kpis: workspace.kpis, grain: "month", calendar: workspace.calendars[0], ...range, asKnownAt });
const groups = partialsFromRows(await run(query), query);
console.log(`${groups.length} groups from DuckDB`);

// 3. The same from the records in memory.
const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.trim() !== "");
const records = parseMeasurements(lines.map((l) => JSON.parse(l)), workspace);
const effective = effectiveMeasurements(records, { asKnownAt }).effective.filter((m) => m.at >= Date.parse(range.start) && m.at < Date.parse(range.end));
const expected = aggregateRows(effective, workspace.kpis, { grain: "month", calendar: workspace.calendars[0], effective: false }).groups;
const key = (g) => `${g.kpiId} ${g.subjectId} ${g.period}`;
const inMemory = new Map(expected.map((g) => [key(g), g.value]));
const differ = groups.filter((g) => {
  const value = inMemory.get(key(g));
  return !(value === g.value || (typeof value === "number" && Math.abs(value - g.value) <= 1e-12 * Math.max(1, Math.abs(value))));
});
console.log(`${expected.length} groups in memory; ${differ.length} differ`);
connection.closeSync();
instance.closeSync();
