import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Report } from "../../src/report/reportModel.js";
import { expectSameReport } from "./sameReport.js";
import { CLI, runCliText } from "../cliCommand.js";

// Issue 13's "done when": `kpi-kit report --engine duckdb|postgres` gives, for the README's report example on the
// bundled data, the JSON report of the in-memory path — but for the provenance fields naming the engine and the
// digest — from NDJSON, CSV and Parquet files read by DuckDB itself, and from a PostgreSQL table. The command line runs
// in this process (runCliText, the code the executable runs); one report per engine comes from the CLI bundled from
// source (test/setup/cli.ts), run as a user runs the built one, which loads the driver from its own chunk.
const cli = runCliText;
function spawnCli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args]);
    // Chunks joined as bytes: a character's bytes may fall into two chunks.
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => stdout.push(d));
    child.stderr.on("data", (d: Buffer) => stderr.push(d));
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
  });
}

const WS = "examples/workspace.json";
const NDJSON = "examples/measurements.ndjson";
const REPORT = ["--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00", "--outages", "examples/outages.json", "--tickets", "examples/tickets.json", "--format", "json"];
const dir = mkdtempSync(join(tmpdir(), "kpi-kit-engine-"));
const reference: Partial<Record<string, Report>> = {};

async function json(args: string[], run: typeof spawnCli = cli): Promise<Report> {
  const r = await run("report", WS, ...args, ...REPORT);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

beforeAll(async () => {
  // The same records as CSV and as Parquet (instants as TIMESTAMPTZ), written by DuckDB from the NDJSON file.
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const columns = ["id", "kpiId", "subjectId", "at", "source", "collection", "status", "recordedAt", "supersedes"].map((c) => `'${c}': 'VARCHAR'`);
  const numbers = ["value", "numerator", "denominator", "weight"].map((c) => `'${c}': 'DOUBLE'`);
  await connection.run(`CREATE TABLE m AS SELECT * FROM read_json('${NDJSON}', format = 'newline_delimited', columns = {${[...columns, ...numbers].join(", ")}})`);
  await connection.run(`COPY m TO '${join(dir, "m.csv")}' (HEADER, DELIMITER ',')`);
  await connection.run(
    `COPY (SELECT * REPLACE (CAST("at" AS TIMESTAMPTZ) AS "at", CAST("recordedAt" AS TIMESTAMPTZ) AS "recordedAt") FROM m) TO '${join(dir, "m.parquet")}' (FORMAT PARQUET)`,
  );
  await connection.run(`COPY (SELECT * REPLACE (CAST(CAST("at" AS TIMESTAMPTZ) AS TIMESTAMP) AS "at") FROM m LIMIT 5) TO '${join(dir, "naive.parquet")}' (FORMAT PARQUET)`);
  connection.closeSync();
  instance.closeSync();
  const audiences = ["management", "technical", "public"];
  (await Promise.all(audiences.map((audience) => json(["--measurements", NDJSON, "--audience", audience])))).forEach((r, k) => (reference[audiences[k]!] = r));
}, 120_000);

describe("kpi-kit report --engine duckdb", { timeout: 120_000 }, () => {
  for (const audience of ["management", "technical", "public"]) {
    it(`gives the in-memory JSON report for ${audience} from the NDJSON file`, async () => {
      // Within a memory limit, too (the example needs far less).
      const args = ["--engine", "duckdb", "--measurements", NDJSON, "--audience", audience, ...(audience === "technical" ? ["--memory-limit", "512MB"] : [])];
      const report = await json(args, audience === "management" ? spawnCli : cli);
      expect([report.provenance.engine, report.provenance.measurementsDigest]).toEqual(["duckdb", null]);
      expectSameReport(report, reference[audience]!);
    });
  }

  it("gives it from CSV and from Parquet, and the in-memory path gives it from the CSV file too", async () => {
    const csv = join(dir, "m.csv");
    const reports = await Promise.all([
      json(["--engine", "duckdb", "--measurements", csv, "--audience", "technical"]),
      json(["--engine", "duckdb", "--measurements", join(dir, "m.parquet"), "--audience", "technical"]),
      json(["--measurements", csv, "--audience", "technical"]),
    ]);
    for (const report of reports) expectSameReport(report, reference["technical"]!);
  });

  it("reads instants in JSON as the record parser does: ISO-8601 text or whole epoch ms", async () => {
    // The first 500 records, once with ISO instants (as in the example) and once with the same instants as epoch ms.
    const lines = readFileSync(NDJSON, "utf8").split("\n").filter((l) => l !== "").slice(0, 500);
    const epoch = join(dir, "epoch.ndjson");
    writeFileSync(epoch, lines.map((l) => {
      const m = JSON.parse(l) as Record<string, unknown>;
      return JSON.stringify({ ...m, at: Date.parse(m["at"] as string), ...(m["recordedAt"] === undefined ? {} : { recordedAt: Date.parse(m["recordedAt"] as string) }) });
    }).join("\n"));
    const iso = join(dir, "iso.ndjson");
    writeFileSync(iso, lines.join("\n"));
    expectSameReport(await json(["--engine", "duckdb", "--measurements", epoch]), await json(["--measurements", iso]));
  });

  it("reads every instant form the record parser reads, to the millisecond, at period edges", async () => {
    // Riga is UTC+3 at the end of March 2026: 20:59:59.9999Z is still 31 March (fraction digits past the third are
    // dropped, not rounded up into April); the others fall on either side of midnight at 1 March (UTC+2).
    const forms = ["2026-03-31T20:59:59.9999Z", "2026-03-31T21:00Z", "2026-02-28T23:59+02:00", "2026-03-01T00:00:00.000000001+0200",
      "2026-02-28T21:59:59.999Z", String(Date.parse("2026-03-15T12:00:00Z")), "2026-03-10T10:00:00.5-01:30"];
    const csv = join(dir, "forms.csv");
    writeFileSync(csv, `id,kpiId,subjectId,at,value\n${forms.map((at, i) => `m${i},recipient-satisfaction,svc-building-permits,${at},${(i % 5) + 1}`).join("\n")}\n`);
    const engine = await json(["--engine", "duckdb", "--measurements", csv, "--audience", "technical"]);
    expectSameReport(engine, await json(["--measurements", csv, "--audience", "technical"]));
    expect(engine.provenance.effectiveMeasurementCount).toBe(forms.length);
  });

  it("refuses unsound corrections, a file without a needed column, a missing file and options that do not go together", async () => {
    const lines = readFileSync(NDJSON, "utf8").split("\n").slice(0, 3);
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const head = "id,kpiId,subjectId,at,value\n";
    const badNumber = file("badnumber.csv", `${head}m1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,abc\n`);
    const duck = (measurements: string) => ["--engine", "duckdb", "--measurements", measurements, ...REPORT];
    const folder = join(dir, "folder.csv");
    mkdirSync(folder, { recursive: true });
    // [arguments, exit code, what standard error says]; the runs are independent, so they run at once.
    const cases: [string[], number, string][] = [
      [duck(file("twice.ndjson", `${lines[0]}\n${lines[0]}\n${lines[1]}\n`)), 1, "duplicate_id cost/csc/2025-01"],
      [duck(file("nosubject.csv", "id,kpiId,at,value\nm1,recipient-satisfaction,2026-03-02T10:00:00+02:00,4\n")), 1, "nosubject.csv:1: the header has no column subjectId: every measurement has id, kpiId, subjectId, at"],
      [duck(file("stranger.csv", `${head}m1,recipient-satisfaction,atlantis,2026-03-02T10:00:00+02:00,4\n`)), 1, 'record "m1": scope node "atlantis" does not exist in the workspace'],
      // Every record's KPI and subject are checked, also outside the report's periods, and the KPI must apply.
      [duck(file("stranger2020.csv", `${head}m1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4\nm2,recipient-satisfaction,atlantis,2020-03-02T10:00:00+02:00,4\n`)), 1, 'record "m2": scope node "atlantis" does not exist'],
      [duck(file("inapplicable.csv", "id,kpiId,subjectId,at,numerator,denominator\nm1,permits-within-legal-deadline,res-dms,2026-03-02T10:00:00+02:00,1,2\n")), 1, 'record "m1": KPI "permits-within-legal-deadline" applies to service and institution scope nodes only; "res-dms" is a resource scope node'],
      [duck(file("nokpi.csv", `${head}m1,no-such-kpi,svc-building-permits,2019-03-02T10:00:00+02:00,4\n`)), 1, 'record "m1": KPI "no-such-kpi" does not exist in the workspace'],
      [duck(file("status.csv", `${head.trim()},status\nm1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4,final\n`)), 1, 'record "m1": status "final" must be normal, provisional, estimated or revised'],
      [duck(badNumber), 1, `Could not convert string 'abc' to DOUBLE when casting from source column value (kpi-kit validate ${WS} --measurements ${badNumber} names the line and field)`],
      [duck(file("infinite.csv", `${head}m1,average-processing-time,svc-building-permits,2026-03-02T10:00:00+02:00,Infinity\n`)), 1, "records that kpi-kit validate refuses: non_finite m1 (value) (kpi-kit validate"],
      // Ids as validate takes them: none with white space at either end or a control character.
      [duck(file("spaceid.csv", `${head} m1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4\n`)), 1, 'records that kpi-kit validate refuses: invalid_input " m1" (id)'],
      // Five problems named, and "and more" when there are more (seven here).
      [duck(file("sevenids.csv", head + [1, 2, 3, 4, 5, 6, 7].map((k) => ` m${k},recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4\n`).join(""))), 1, 'invalid_input " m4" (id); invalid_input " m5" (id); and more ('],
      [duck(file("controlid.ndjson", `${JSON.stringify({ id: "m\u0001", kpiId: "recipient-satisfaction", subjectId: "svc-building-permits", at: "2026-03-02T10:00:00+02:00", value: 4 })}\n`)), 1, 'records that kpi-kit validate refuses: invalid_input "m\\u0001" (id)'],
      // Checked against the record's KPI, as validate checks it: a ratio KPI's record with a value, an answer off the scale.
      [duck(file("ratiovalue.csv", `${head}m1,permits-within-legal-deadline,svc-building-permits,2026-03-02T10:00:00+02:00,5\n`)), 1, "invalid_input m1 (numerator); invalid_input m1 (value)"],
      [duck(file("offscale.csv", `${head}m1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,7\n`)), 1, "out_of_scale m1 (value)"],
      [duck(file("nozone.csv", `${head}m1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00,4\n`)), 1, 'at "2026-03-02T10:00:00" is not an ISO-8601 date-time with Z or an offset'],
      [duck(file("daterecorded.csv", `${head.trim()},recordedAt\nm1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4,2026-03-03\n`)), 1, 'recordedAt "2026-03-03" is not an ISO-8601 date-time with Z or an offset'],
      // Instants without a zone are refused rather than read in some zone.
      [duck(join(dir, "naive.parquet")), 1, "instants must be time-zone-aware timestamps, epoch ms or ISO-8601 text"],
      [duck(join(dir, "nowhere.parquet")), 2, "nowhere.parquet"],
      [duck(folder), 2, "it is a directory"],
      [["--engine", "sqlite", "--measurements", NDJSON, ...REPORT], 2, "--engine must be duckdb or postgres"],
      [["--measurements", NDJSON, "--table", "m", ...REPORT], 2, "--url and --table go with --engine postgres"],
      [[...duck(NDJSON), "--period", "March"], 2, "--period is given more than once"],
      [["--engine", "duckdb", "--measurements", NDJSON, "--period", "March", "--as-of", "2026-04-05T12:00:00+03:00"], 2, '--period "March" is not a period label: a month 2026-03'],
      [[...duck(NDJSON), "--memory-limit", "2GB'; DROP"], 2, "--memory-limit must be a size such as 2GB or 512MB"],
      [["--engine", "postgres", "--url", "postgres://x@127.0.0.1:1/x", "--table", "m", "--memory-limit", "2GB", ...REPORT], 2, "--memory-limit goes with --engine duckdb"],
      [[...duck(NDJSON), "--memory-limit", "1MB"], 1, "duckdb: Out of Memory Error"],
      // and says what it had and how to give it more.
      [[...duck(NDJSON), "--memory-limit", "1MB"], 1, "(DuckDB had --memory-limit 1MB: give it more with --memory-limit)"],
    ];
    const results = await Promise.all(cases.map(([args]) => cli("report", WS, ...args)));
    results.forEach((r, k) => {
      expect([r.code, r.stderr]).toEqual([cases[k]![1], expect.stringContaining(cases[k]![2])]);
      expect(r.stderr).not.toContain("LINE 1"); // the engine's SQL excerpt is left out
    });
    // validate names the line of a value DuckDB cannot read; it cannot help with memory.
    expect(results.at(-1)!.stderr).not.toContain("kpi-kit validate");
  });
});

describe("kpi-kit report --engine duckdb: where to find a refused record", { timeout: 120_000 }, () => {
  const duck = (measurements: string) => cli("report", WS, "--engine", "duckdb", "--measurements", measurements, ...REPORT);
  const record = "'m1' AS id, 'recipient-satisfaction' AS kpiId, 'svc-building-permits' AS subjectId, TIMESTAMPTZ '2026-03-02 10:00:00+02' AS \"at\", 4.0 AS value";

  it("names a record of a Parquet file by its id, without the validate command, which does not read Parquet", async () => {
    // Written by DuckDB: a record of a KPI the workspace does not have, one without a subject, an instant as text
    // without a time, a value as text that is not a number.
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const parquet = (name: string, select: string) => {
      const path = join(dir, name);
      return connection.run(`COPY (SELECT ${select}) TO '${path}' (FORMAT parquet)`).then(() => path);
    };
    const unknown = await parquet("unknownkpi.parquet", record.replace("'recipient-satisfaction'", "'kpi-45'"));
    const subjectless = await parquet("nosubject.parquet", record.replace("'svc-building-permits'", "CAST(NULL AS VARCHAR)"));
    const textAt = await parquet("textat.parquet", record.replace("TIMESTAMPTZ '2026-03-02 10:00:00+02'", "'2026-03-02'"));
    const textValue = await parquet("textvalue.parquet", record.replace("4.0 AS value", "'abc' AS value"));
    connection.closeSync();
    instance.closeSync();
    const parquetHint = "(a Parquet file has no lines: the record is named by its id; kpi-kit validate does not read Parquet)";
    expect(await duck(unknown)).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${unknown}: record "m1": KPI "kpi-45" does not exist in the workspace ${parquetHint}\n` });
    expect(await duck(subjectless)).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${subjectless}: record "m1": subjectId is missing (a required field) ${parquetHint}\n` });
    // A value refused while the file is read names no record: no hint at all.
    expect(await duck(textAt)).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${textAt}: at "2026-03-02" is not an ISO-8601 date-time with Z or an offset, nor whole epoch ms\n` });
    expect(await duck(textValue)).toEqual({
      code: 1,
      stdout: "",
      stderr: `kpi-kit: ${textValue}: duckdb: Conversion Error: Could not convert string 'abc' to DOUBLE when casting from source column value\n`,
    });
  });

  it("names a JSON or NDJSON record without a subjectId, kpiId or at (a key misspelt) as missing it, not as a scope node or KPI null nor left out", async () => {
    const line = { id: "m1", kpiId: "recipient-satisfaction", subjectId: "svc-building-permits", at: "2026-03-02T10:00:00+02:00", value: 4 };
    const { subjectId, ...noSubject } = line;
    const { kpiId, ...noKpi } = line;
    const { at, ...noAt } = line;
    const cases: [string, string, string][] = [
      // Without an instant the record had been left out of every period, and the report went on (exit 0).
      ["at.ndjson", `${JSON.stringify(line)}\n${JSON.stringify({ ...noAt, id: "m2", when: at })}\n`, "at"],
      ["subject.ndjson", `${JSON.stringify({ ...noSubject, subject: subjectId })}\n`, "subjectId"],
      ["subject.json", JSON.stringify([line, { ...noSubject, id: "m2", subject: subjectId }]), "subjectId"],
      ["kpi.ndjson", `${JSON.stringify(line)}\n${JSON.stringify({ ...noKpi, id: "m2", kpi: kpiId })}\n`, "kpiId"],
      // An empty CSV cell is an absent field too.
      ["emptysubject.csv", "id,kpiId,subjectId,at,value\nm1,recipient-satisfaction,,2026-03-02T10:00:00+02:00,4\n", "subjectId"],
    ];
    for (const [name, text, field] of cases) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const id = name === "subject.ndjson" || name === "emptysubject.csv" ? "m1" : "m2";
      expect(await duck(path)).toEqual({
        code: 1,
        stdout: "",
        stderr: `kpi-kit: ${path}: record "${id}": ${field} is missing (a required field) (kpi-kit validate ${WS} --measurements ${path} names the line)\n`,
      });
    }
  });
});

describe("kpi-kit report --engine duckdb over a CSV file", { timeout: 120_000 }, () => {
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const row = "m1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4\n";

  it("refuses a header as validate does, with validate's words: another separator, snake_case names, a name twice", async () => {
    const files = [
      file("semicolons.csv", `id;kpiId;subjectId;at;value\n${row.replaceAll(",", ";")}`),
      file("snake.csv", `id,kpi_id,subject_id,at,value\n${row}`),
      file("twice.csv", `id,kpiId,subjectId,at,value,value\n${row.trim()},5\n`),
    ];
    for (const path of files) {
      const validate = await cli("validate", WS, "--measurements", path);
      const engine = await cli("report", WS, "--engine", "duckdb", "--measurements", path, ...REPORT);
      expect(validate.code).toBe(1);
      expect([engine.code, engine.stderr]).toEqual([1, validate.stderr]);
    }
    expect((await cli("validate", WS, "--measurements", files[0]!)).stderr).toContain('the header seems to be separated by ";"');
  });

  it("refuses a record with more fields than the header, naming its line, rather than guess another header", async () => {
    const r = await cli("report", WS, "--engine", "duckdb", "--measurements", file("extra.csv", `id,kpiId,subjectId,at,value\n${row.trim()},9\n`), ...REPORT);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining("CSV Error on Line: 2")]);
  });

  it("reads blank lines before the header, quoted fields and CRLF line ends as the record reader does", async () => {
    // The example's records as CSV, after two blank lines, with CRLF line ends, and one id quoted with a comma and a
    // doubled quote in it, in its record and in the correction that supersedes it (so it must be read exactly).
    const lines = readFileSync(join(dir, "m.csv"), "utf8").split("\n").filter((l) => l !== "");
    const odd = lines.map((l) => l.replace(/(^|,)cost\/permits\/2026-03(?=,|$)/g, '$1"cost/permits,""2026-03"""'));
    expect(odd.filter((l, k) => l !== lines[k])).toHaveLength(2);
    const path = file("odd.csv", `\r\n\r\n${odd.join("\r\n")}\r\n`);
    expectSameReport(await json(["--engine", "duckdb", "--measurements", path, "--audience", "technical"]), await json(["--measurements", path, "--audience", "technical"]));
  });
});

const pgUrl = inject("pgUrl");
describe.skipIf(pgUrl === null)("kpi-kit report --engine postgres", { timeout: 120_000 }, () => {
  const schema = `cli${Date.now().toString(36)}`;
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: pgUrl! });
    await client.connect();
    // The example's records in a table with snake_case columns and time-zone-aware instants, as an information
    // system would keep them.
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.query(
      `CREATE TABLE ${schema}.measurements (id text, kpi_id text, subject_id text, "at" timestamptz, value double precision, numerator double precision, denominator double precision, weight double precision, status text, recorded_at timestamptz, supersedes text)`,
    );
    const records = readFileSync(NDJSON, "utf8").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
    for (let from = 0; from < records.length; from += 1000) {
      const params: unknown[] = [];
      const rows = records.slice(from, from + 1000).map((m) => {
        const fields = [m["id"], m["kpiId"], m["subjectId"], m["at"], m["value"], m["numerator"], m["denominator"], m["weight"], m["status"], m["recordedAt"], m["supersedes"]];
        return `(${fields.map((f) => (params.push(f ?? null), `$${params.length}`)).join(", ")})`;
      });
      await client.query(`INSERT INTO ${schema}.measurements VALUES ${rows.join(", ")}`, params);
    }
    await client.query(`ANALYZE ${schema}.measurements`);
  }, 120_000);
  afterAll(async () => {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  });

  it("gives the in-memory JSON report from a PostgreSQL table", async () => {
    for (const audience of ["management", "technical"]) {
      const report = await json(["--engine", "postgres", "--url", pgUrl!, "--table", `${schema}.measurements`, "--audience", audience], audience === "management" ? spawnCli : cli);
      expect(report.provenance.engine).toBe("postgres");
      expectSameReport(report, reference[audience]!);
    }
  });

  it("refuses instants kept as text without a zone, rather than reading them in the server's zone", async () => {
    await client.query(`CREATE TABLE ${schema}.textual (id text, "kpiId" text, "subjectId" text, "at" text, value double precision)`);
    await client.query(`INSERT INTO ${schema}.textual VALUES ('m1', 'recipient-satisfaction', 'svc-building-permits', '2026-03-02T10:00:00+02:00', 4), ('m2', 'recipient-satisfaction', 'svc-building-permits', '2026-03-02 10:00:00', 5)`);
    const r = await cli("report", WS, "--engine", "postgres", "--url", pgUrl!, "--table", `${schema}.textual`, ...REPORT);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('at "2026-03-02 10:00:00" is not an ISO-8601 date-time with Z or an offset')]);
    await client.query(`DELETE FROM ${schema}.textual WHERE id = 'm2'`);
    const ok = await cli("report", WS, "--engine", "postgres", "--url", pgUrl!, "--table", `${schema}.textual`, ...REPORT);
    expect([ok.code, (JSON.parse(ok.stdout) as Report).provenance.effectiveMeasurementCount]).toEqual([0, 1]);
  });

  it("refuses numbers that validate refuses (NaN, a magnitude above 1e100), naming the records, not summing them", async () => {
    await client.query(`CREATE TABLE ${schema}.numbers (id text, "kpiId" text, "subjectId" text, "at" timestamptz, value double precision)`);
    await client.query(
      `INSERT INTO ${schema}.numbers VALUES ('m1', 'average-processing-time', 'svc-building-permits', '2026-03-02T10:00:00+02:00', 'NaN'), ('m2', 'average-processing-time', 'svc-building-permits', '2026-03-03T10:00:00+02:00', 1e101), ('m3', 'average-processing-time', 'svc-building-permits', '2026-03-04T10:00:00+02:00', 4)`,
    );
    const r = await cli("report", WS, "--engine", "postgres", "--url", pgUrl!, "--table", `${schema}.numbers`, ...REPORT);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining("records that kpi-kit validate refuses: non_finite m1 (value); overflow m2 (value)")]);
    expect(r.stderr).not.toContain("kpi-kit validate table");
  });

  it("refuses a record whose KPI does not apply to its subject, outside the report's periods too", async () => {
    await client.query(`CREATE TABLE ${schema}.series (id text, "kpiId" text, "subjectId" text, "at" timestamptz, numerator double precision, denominator double precision)`);
    await client.query(`INSERT INTO ${schema}.series VALUES ('m1', 'permits-within-legal-deadline', 'svc-building-permits', '2026-03-02T10:00:00+02:00', 1, 2), ('m2', 'permits-within-legal-deadline', 'res-dms', '2019-03-02T10:00:00+02:00', 1, 2)`);
    const r = await cli("report", WS, "--engine", "postgres", "--url", pgUrl!, "--table", `${schema}.series`, ...REPORT);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining('table ' + schema + '.series: record "m2": KPI "permits-within-legal-deadline" applies to service and institution scope nodes only; "res-dms" is a resource scope node')]);
  });

  it("refuses a table that is not there, and a server that does not answer", async () => {
    let r = await cli("report", WS, "--engine", "postgres", "--url", pgUrl!, "--table", `${schema}.nothing`, ...REPORT);
    expect([r.code, r.stderr]).toEqual([1, expect.stringContaining("no such table")]);
    r = await cli("report", WS, "--engine", "postgres", "--url", "postgres://nobody@127.0.0.1:1/none", "--table", "m", ...REPORT);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("cannot connect to PostgreSQL")]);
  });
});
