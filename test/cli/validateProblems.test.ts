import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isKpiError } from "../../src/errors.js";
import { loadInputs } from "../../src/cli/loadInputs.js";
import { formatMeasurementProblems } from "../../src/cli/listMeasurementProblems.js";
import { runCliText as cli } from "../cliCommand.js";

// `kpi-kit validate` lists the problems of a measurements file in line order, found by reading the file once more
// after the fast path has refused it (its error is among them, where its line puts it). The expected messages are written out here from the
// checks' own words (parseMeasurement's schema, the workspace check of parseMeasurements) as placeRecordError places
// them: `file:line (measurement "id"): field: …`, the library's "parseMeasurements: [i]." giving way to the line.

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-problems-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const WS = "examples/workspace.json";
const AT = "2026-03-02T10:00:00Z";
const usageError = (message: string) => `kpi-kit: ${message}\nRun kpi-kit --help for usage.\n`;
// In the example workspace: application-backlog is a value KPI of services; permits-within-legal-deadline a ratio
// KPI of services and institutions; recipient-satisfaction a survey KPI on the scale 1 to 5; ezk-admin an institution.
const rec = (id: string, fields: Record<string, unknown> = {}) =>
  JSON.stringify({ id, kpiId: "application-backlog", subjectId: "svc-building-permits", at: AT, value: 4, ...fields });

/** The error the fast path (the lean loader of validate) throws for the file. */
async function fastError(measurements: string): Promise<string> {
  try {
    await loadInputs({ workspace: WS, measurements }, "lean");
  } catch (error) {
    if (isKpiError(error)) return error.message;
    throw error;
  }
  throw new Error(`${measurements} was read without an error`);
}

describe("kpi-kit validate lists the problems of a measurements file", { timeout: 60_000 }, () => {
  // Line 2 is blank; line 12 repeats the id m1 (a problem across records: left to the first error, once the records
  // pass). The first problem, on line 3, is one the reader refuses at once (the schema's), so it comes first.
  const lines = [
    rec("m1"),
    "",
    rec("m2", { at: undefined }),
    rec("m3", { kpiId: "no-such-kpi" }),
    rec("m4"),
    rec("m5", { subjectId: "svc-nowhere" }),
    rec("m6", { subjectId: "ezk-admin" }),
    rec("m7", { kpiId: "permits-within-legal-deadline", value: 3 }),
    rec("m8", { kpiId: "recipient-satisfaction", value: 9 }),
    rec("m9", { at: "2026-02-30T10:00:00Z" }),
    rec("m10", { kpiId: "permits-within-legal-deadline", value: undefined, numerator: 1, denominator: -1 }),
    rec("m1"),
  ];
  const nd = file("mixed.ndjson", `${lines.join("\n")}\n`);
  const expected = [
    `${nd}:3 (measurement "m2"): at: is missing (a required field)`,
    `${nd}:4 (measurement "m3"): kpiId: KPI "no-such-kpi" does not exist in the workspace`,
    `${nd}:6 (measurement "m5"): subjectId: scope node "svc-nowhere" does not exist in the workspace`,
    `${nd}:7 (measurement "m6"): subjectId: KPI "application-backlog" applies to service scope nodes only; "ezk-admin" is an institution scope node`,
    `${nd}:8 (measurement "m7"): value: KPI "permits-within-legal-deadline" is a ratio: give numerator and denominator, not value`,
    `${nd}:9 (measurement "m8"): value: 9 is not a whole number from 1 to 5, the scale of KPI "recipient-satisfaction"`,
    `${nd}:10 (measurement "m9"): at: "2026-02-30T10:00:00Z": 2026-02-30 is not a calendar date`,
    `${nd}:11 (measurement "m10"): denominator: must not be negative`,
  ];

  it("lists every bad record of an NDJSON file in line order, then the count (exit 1)", async () => {
    const r = await cli("validate", WS, "--measurements", nd);
    expect(r).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${expected.join("\n")}\n8 records with problems in ${nd}\n` });
    // The error the fast path threw is among them.
    expect(r.stderr.split("\n").map((l) => l.replace(/^kpi-kit: /, ""))).toContain(await fastError(nd));
  });

  it("leaves report as it was: the first error only", async () => {
    const r = await cli("report", WS, "--measurements", nd, "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00");
    expect(r).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${expected[0]}\n` });
  });

  it("lists up to --max-problems, then … and N more", async () => {
    const three = await cli("validate", WS, "--measurements", nd, "--max-problems", "3");
    expect(three).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${expected.slice(0, 3).join("\n")}\n… and 5 more\n8 records with problems in ${nd} (the first 3 listed)\n` });
    const one = await cli("validate", WS, "--measurements", nd, "--max-problems=1");
    expect(one).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${expected[0]}\n… and 7 more\n8 records with problems in ${nd} (the first listed)\n` });
    const all = await cli("validate", WS, "--measurements", nd, "--max-problems", "8");
    expect(all.stderr).toBe(`kpi-kit: ${expected.join("\n")}\n8 records with problems in ${nd}\n`);
  });

  it("lists 20 by default: 25 records with unknown KPIs on every second line", async () => {
    const many = Array.from({ length: 50 }, (_, k) => (k % 2 === 0 ? rec(`ok${k}`) : rec(`bad${k}`, { kpiId: `kpi-${k}` })));
    const path = file("many.ndjson", `${many.join("\n")}\n`);
    // Record k is on line k + 1; the bad ones are k = 1, 3, …, 49.
    const problem = (k: number) => `${path}:${k + 1} (measurement "bad${k}"): kpiId: KPI "kpi-${k}" does not exist in the workspace`;
    const first20 = Array.from({ length: 20 }, (_, j) => problem(2 * j + 1));
    const r = await cli("validate", WS, "--measurements", path);
    expect(r).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${first20.join("\n")}\n… and 5 more\n25 records with problems in ${path} (the first 20 listed)\n` });
    expect(r.stderr.split("\n")[0]).toBe(`kpi-kit: ${await fastError(path)}`); // here the fast path's error is the first
  });

  it("lists the bad rows of a CSV file, a quoted cell over two lines counted", async () => {
    const head = "id,kpiId,subjectId,at,value,numerator,denominator,source\n";
    const csv = file(
      "mixed.csv",
      head +
        `m1,application-backlog,svc-building-permits,${AT},4,,,\n` +
        "m2,application-backlog,svc-building-permits,,4,,,\n" +
        `m3,application-backlog,svc-nowhere,${AT},4,,,\n` +
        `m4,permits-within-legal-deadline,svc-building-permits,${AT},,5,,\n` +
        `m5,staff-utilisation,svc-building-permits,${AT},,3,4,\n` +
        `m6,application-backlog,svc-building-permits,${AT},4,,,"two\nlines"\n` +
        `m7,nope,svc-building-permits,${AT},4,,,\n`,
    );
    const rows = [
      `${csv}:3 (measurement "m2"): at: is missing (a required field)`,
      `${csv}:4 (measurement "m3"): subjectId: scope node "svc-nowhere" does not exist in the workspace`,
      `${csv}:5 (measurement "m4"): denominator: a numerator and a denominator come together`,
      `${csv}:6 (measurement "m5"): subjectId: KPI "staff-utilisation" applies to resource and institution scope nodes only; "svc-building-permits" is a service scope node`,
      `${csv}:9 (measurement "m7"): kpiId: KPI "nope" does not exist in the workspace`,
    ];
    const r = await cli("validate", WS, "--measurements", csv);
    expect(r).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${rows.join("\n")}\n5 records with problems in ${csv}\n` });
    expect(r.stderr.split("\n")[0]).toBe(`kpi-kit: ${await fastError(csv)}`);
  });

  it("lists the elements of a JSON array file by their lines", async () => {
    const path = file("arr.json", `[\n${rec("m1", { subjectId: "lv" })},\n${rec("m2")},\n${rec("m3", { value: "4" })}\n]\n`);
    const r = await cli("validate", WS, "--measurements", path);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr:
        `kpi-kit: ${path}:2 (measurement "m1"): subjectId: KPI "application-backlog" applies to service scope nodes only; "lv" is a national scope node\n` +
        `${path}:4 (measurement "m3"): value: must be a number\n` +
        `2 records with problems in ${path}\n`,
    });
  });

  it("lists in line order also when the fast path's error is not the first line with a problem (a schema error after a workspace one)", async () => {
    // The fast path refuses a record that fails the schema at once and a workspace misfit once the file is read: it
    // names line 3, but line 1 comes first.
    const path = file("order.ndjson", `${rec("m1", { kpiId: "nope" })}\n${rec("m2")}\n${rec("m3", { at: "2026-02-30T10:00:00Z" })}\n${rec("m4", { subjectId: "lv" })}\n`);
    const r = await cli("validate", WS, "--measurements", path);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr:
        `kpi-kit: ${path}:1 (measurement "m1"): kpiId: KPI "nope" does not exist in the workspace\n` +
        `${path}:3 (measurement "m3"): at: "2026-02-30T10:00:00Z": 2026-02-30 is not a calendar date\n` +
        `${path}:4 (measurement "m4"): subjectId: KPI "application-backlog" applies to service scope nodes only; "lv" is a national scope node\n` +
        `3 records with problems in ${path}\n`,
    });
    expect(await fastError(path)).toBe(`${path}:3 (measurement "m3"): at: "2026-02-30T10:00:00Z": 2026-02-30 is not a calendar date`);
  });

  it("says so when a single record is wrong", async () => {
    const path = file("one.ndjson", `${rec("m1")}\n${rec("m2", { kpiId: "nope" })}\n`);
    expect(await cli("validate", WS, "--measurements", path)).toEqual({
      code: 1,
      stdout: "",
      stderr: `kpi-kit: ${path}:2 (measurement "m2"): kpiId: KPI "nope" does not exist in the workspace\n1 record with a problem in ${path}\n`,
    });
  });
});

describe("kpi-kit validate prints the first error alone when there is nothing to list", { timeout: 60_000 }, () => {
  it("when the first problem stops reading: text that is not JSON, a bad CSV header", async () => {
    const nd = file("broken.ndjson", `${rec("m1")}\n{"id": "m2",\n${rec("m3", { kpiId: "nope" })}\n`);
    const r = await cli("validate", WS, "--measurements", nd);
    expect(r.code).toBe(1);
    expect(r.stderr.startsWith(`kpi-kit: ${nd}:2:`)).toBe(true);
    expect(r.stderr).toContain("not valid JSON");
    expect(r.stderr).toBe(`kpi-kit: ${await fastError(nd)}\n`);
    const csv = file("header.csv", `id,kpi,subjectId,at,value\nm1,nope,svc-building-permits,${AT},4\nm2,nope,svc-building-permits,${AT},4\n`);
    expect(await cli("validate", WS, "--measurements", csv)).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: ${csv}:1: unknown CSV column "kpi" (column 2)\n` });
  });

  it("when the only problem is across records (an id used twice)", async () => {
    const path = file("dup.ndjson", `${rec("m1")}\n${rec("m2")}\n${rec("m1")}\n`);
    expect(await cli("validate", WS, "--measurements", path)).toEqual({
      code: 1,
      stdout: "",
      stderr: `kpi-kit: ${path}:3 (measurement "m1"): the id "m1" is used twice (field id)\n`,
    });
  });

  it("when the error is in another file than the measurements", async () => {
    const outages = file("o.json", JSON.stringify([{ id: "o-1", start: "2026-03-04T10:00:00Z", end: "2026-03-04T10:30:00Z", serviceId: "svc-nowhere" }]));
    const r = await cli("validate", WS, "--measurements", "examples/measurements.ndjson", "--outages", outages);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(2); // one line, and the empty string after its line break
  });

  it("lists what it read before a problem that stops reading, and says where it stopped", async () => {
    const head = "id,kpiId,subjectId,at,value\n";
    // Line 2: a workspace misfit (found once the file is read); line 3 opens a quote that is never closed, so the
    // parser reads to the end of the file without a record; line 4 is inside it.
    const csv = file("stops.csv", `${head}m1,nope,svc-building-permits,${AT},4\nm2,"application-backlog,svc-building-permits,${AT},4\nm3,nope,svc-building-permits,${AT},4\n`);
    const r = await cli("validate", WS, "--measurements", csv);
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr:
        `kpi-kit: ${csv}:2 (measurement "m1"): kpiId: KPI "nope" does not exist in the workspace\n` +
        `${csv}:3: malformed CSV line: a quoted field opened on line 3 is never closed\n` +
        `2 records with problems in ${csv} up to line 3, where reading stopped\n`,
    });
    expect(await fastError(csv)).toBe(`${csv}:3: malformed CSV line: a quoted field opened on line 3 is never closed`);
  });

  it("lists a CSV row that is not a record (a bad number cell, a wrong field count) and reads on", async () => {
    const head = "id,kpiId,subjectId,at,value\n";
    const csv = file(
      "rows.csv",
      `${head}m1,nope,svc-building-permits,${AT},4\n` +
        `m2,application-backlog,svc-building-permits,${AT},n/a\n` +
        `m3,nope,svc-building-permits,${AT},4\n` +
        `m4,application-backlog,svc-building-permits,${AT},4,5\n` +
        `m5,application-backlog,svc-nowhere,${AT},4\n`,
    );
    const r = await cli("validate", WS, "--measurements", csv);
    // The rows that are not records keep their places in the count: m5 is record [4].
    expect(r).toEqual({
      code: 1,
      stdout: "",
      stderr:
        `kpi-kit: ${csv}:2 (measurement "m1"): kpiId: KPI "nope" does not exist in the workspace\n` +
        `${csv}:3: column value: "n/a" is not a decimal number (sign, digits, one '.', optional exponent)\n` +
        `${csv}:4 (measurement "m3"): kpiId: KPI "nope" does not exist in the workspace\n` +
        `${csv}:5: malformed CSV line: 6 fields, the header has 5\n` +
        `${csv}:6 (measurement "m5"): subjectId: scope node "svc-nowhere" does not exist in the workspace\n` +
        `5 records with problems in ${csv}\n`,
    });
  });
});

describe("kpi-kit validate --max-problems", { timeout: 60_000 }, () => {
  it("leaves the output on good files as it was", async () => {
    const plain = await cli("validate", WS, "--measurements", "examples/measurements.ndjson");
    expect([plain.code, plain.stderr]).toEqual([0, ""]);
    expect(plain.stdout.endsWith(`\n\n${WS}: valid\n`)).toBe(true);
    expect(await cli("validate", WS, "--measurements", "examples/measurements.ndjson", "--max-problems", "3")).toEqual(plain);
  });

  it("refuses a value out of 1 … 10000 or not a whole number, and the option without --measurements (exit 2)", async () => {
    for (const value of ["0", "10001", "1.5", "-3", "+4", "abc", "", "1e3"]) {
      expect(await cli("validate", WS, "--measurements", "examples/measurements.ndjson", `--max-problems=${value}`)).toEqual({
        code: 2,
        stdout: "",
        stderr: usageError(`--max-problems must be a whole number from 1 to 10000, not "${value}"`),
      });
    }
    expect((await cli("validate", WS, "--measurements", "examples/measurements.ndjson", "--max-problems", "10000")).code).toBe(0);
    expect(await cli("validate", WS, "--max-problems", "5")).toEqual({ code: 2, stdout: "", stderr: usageError("--max-problems goes with --measurements <file>") });
    expect(await cli("validate", WS, "--measurements", "examples/measurements.ndjson", "--max-problems", "5", "--max-problems", "6")).toEqual({
      code: 2,
      stdout: "",
      stderr: usageError("--max-problems is given more than once"),
    });
    expect(await cli("report", WS, "--max-problems", "5")).toEqual({ code: 2, stdout: "", stderr: usageError("report does not take --max-problems") });
  });

  it("is in validate's help, which says that report stops at the first problem", async () => {
    const help = (await cli("validate", "--help")).stdout;
    expect(help).toContain("[--max-problems <n>]");
    expect(help).toContain("  --max-problems <n>      the most problems listed: 1 to 10000 (default 20)");
    expect(help).toContain("report stops at the first problem");
    expect((await cli("--help")).stdout).toContain("[--max-problems <n>]");
  });
});

describe("formatMeasurementProblems", () => {
  it("matches the documented example", () => {
    const problems = { first: ["m.ndjson:2: a", "m.ndjson:5: b", "m.ndjson:9: c"], count: 4, knownFound: true, stoppedAt: null };
    expect(formatMeasurementProblems("m.ndjson", problems, 3)).toBe("m.ndjson:2: a\nm.ndjson:5: b\nm.ndjson:9: c\n… and 1 more\n4 records with problems in m.ndjson (the first 3 listed)\n");
  });

  it("adds nothing when the first error is not among the problems, or is the only one and stopped the reading", () => {
    expect(formatMeasurementProblems("m.csv", { first: ["y"], count: 1, knownFound: false, stoppedAt: null }, 20)).toBe("");
    expect(formatMeasurementProblems("m.csv", { first: ["x"], count: 1, knownFound: true, stoppedAt: 1 }, 20)).toBe("");
  });
});
