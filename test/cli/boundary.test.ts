import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI, runCliText } from "../cliCommand.js";

// The boundary of the CLI (issue 9): every file and option is checked before a number is computed, and every
// error names the file and line (or the option). The checks run the command line in this process (runCliText, the
// code the executable runs); those that need the executable itself (a missing optional package) spawn the CLI bundled
// from source (test/setup/cli.ts), as a user runs the built one.
const cli = runCliText;

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-boundary-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const WS = "examples/workspace.json";
const PERIOD = ["--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00"];
const HEAD = "id,kpiId,subjectId,at,value\n";
const row = (id: string, value: string) => `${id},recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,${value}\n`;

describe("kpi-kit CSV numbers and headers", { timeout: 60_000 }, () => {
  it.each(["0x10", "0b11", "Infinity", "1_000", " 1"])("refuses the count %j naming file, line and column, in validate and report", async (cell) => {
    const path = file("cells.csv", HEAD + row("m1", "4") + row("m2", cell));
    for (const r of [await cli("validate", WS, "--measurements", path), await cli("report", WS, "--measurements", path, ...PERIOD)]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("cells.csv:3: column value");
    }
  });

  it("reads an empty optional cell as absent: a survey record with an empty weight keeps its value", async () => {
    const path = file("empty.csv", "id,kpiId,subjectId,at,value,weight\nm1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4,\n");
    expect((await cli("validate", WS, "--measurements", path)).code).toBe(0);
  });

  it("refuses an empty required cell, naming the line and the field", async () => {
    const path = file("noat.csv", `${HEAD}m1,recipient-satisfaction,svc-building-permits,,4\n`);
    const r = await cli("validate", WS, "--measurements", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("noat.csv:2");
    expect(r.stderr).toContain("noat.csv:2 (measurement \"m1\"): at: is missing (a required field)");
  });

  it("refuses a header naming a column twice, naming both columns", async () => {
    const path = file("dup.csv", `id,kpiId,subjectId,at,value,value\n${row("m1", "4,5")}`);
    const r = await cli("validate", WS, "--measurements", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("dup.csv:1: columns 5 and 6 are both named \"value\"");
  });

  it("refuses an unclosed quote on line 2 followed by 10 000 lines, naming line 2", async () => {
    const rest = Array.from({ length: 10_000 }, (_, k) => row(`m${k + 2}`, "4")).join("");
    const path = file("open.csv", `${HEAD}m1,"recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4\n${rest}`);
    const r = await cli("validate", WS, "--measurements", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("open.csv:2: malformed CSV line: a quoted field opened on line 2 is never closed");
  });
});

describe("kpi-kit JSON objects that name a key twice", { timeout: 60_000 }, () => {
  it("refuses a measurement, an outage and a workspace that name a field twice, with file and line", async () => {
    const m = { id: "m1", kpiId: "recipient-satisfaction", subjectId: "svc-building-permits", at: "2026-03-02T10:00:00+02:00" };
    const nd = file("dupkey.ndjson", `${JSON.stringify({ ...m, value: 4 })}\n${JSON.stringify(m).slice(0, -1)},"value":1,"value":5}\n`);
    const r = await cli("report", WS, "--measurements", nd, ...PERIOD);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dupkey.ndjson:2: an object names the key "value" twice');
    const outages = file("dupkey-outages.json", '[{"id": "o-1",\n "start": "2026-03-04T10:00:00Z", "end": "2026-03-04T10:30:00Z",\n "end": "2026-03-05T10:30:00Z"}]');
    const o = await cli("validate", WS, "--outages", outages);
    expect(o.code).toBe(1);
    expect(o.stderr).toContain('dupkey-outages.json:3: an object names the key "end" twice');
    const ws = readFileSync(WS, "utf8").replace('"name": {', '"name": {"en": "x", ');
    const w = await cli("validate", file("dupkey-ws.json", ws));
    expect(w.code).toBe(1);
    expect(w.stderr).toContain('dupkey-ws.json:');
    expect(w.stderr).toContain('names the key "en" twice');
  });
});

describe("kpi-kit file names and byte-order marks", { timeout: 60_000 }, () => {
  const ndjson = readFileSync("examples/measurements.ndjson", "utf8");

  it("accepts .json measurements and a workspace that start with a byte-order mark", async () => {
    const ws = file("bom-ws.json", `\uFEFF${readFileSync(WS, "utf8")}`);
    const lines = ndjson.split("\n").filter((l) => l.trim() !== "");
    const m = file("bom-m.json", `\uFEFF[${lines.join(",")}]`);
    const outages = file("bom-outages.json", `\uFEFF${readFileSync("examples/outages.json", "utf8")}`);
    const r = await cli("validate", ws, "--measurements", m, "--outages", outages);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("names the line of a bad element of a JSON array file", async () => {
    const m = { id: "m1", kpiId: "recipient-satisfaction", subjectId: "svc-building-permits", at: "2026-03-02T10:00:00+02:00", value: 4 };
    const path = file("arr.json", `[\n${JSON.stringify(m)},\n${JSON.stringify({ ...m, id: "m2", kpiId: "nope" })}\n]`);
    const r = await cli("validate", WS, "--measurements", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('arr.json:3 (measurement "m2")');
  });

  it("matches extensions in any case", async () => {
    const csv = file("UP.CSV", HEAD + row("m1", "4"));
    const nd = file("UP.NDJSON", ndjson);
    expect((await cli("validate", WS, "--measurements", csv)).code).toBe(0);
    expect((await cli("validate", WS, "--measurements", nd)).code).toBe(0);
  });

  it("refuses an unknown extension as a usage error that names --input-format, and reads it with --input-format", async () => {
    const txt = file("data.txt", HEAD + row("m1", "4"));
    const r = await cli("report", WS, "--measurements", txt, ...PERIOD);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot tell the format of");
    expect(r.stderr).toContain("--input-format");
    expect((await cli("validate", WS, "--measurements", txt, "--input-format", "csv")).code).toBe(0);
    const bad = await cli("validate", WS, "--measurements", txt, "--input-format", "xml");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--input-format");
  });
});

describe("kpi-kit outages and tickets", { timeout: 60_000 }, () => {
  const outage = (id: string, serviceId?: string) => ({ id, start: "2026-03-04T10:00:00+02:00", end: "2026-03-04T10:30:00+02:00", ...(serviceId === undefined ? {} : { serviceId }) });
  const ticket = { id: "T-1", serviceId: "svc-building-permits", openedAt: "2026-03-02T09:00:00+02:00" };

  it("refuses an outage of a service the workspace does not have, naming file, index and id, in validate and report", async () => {
    // One outage per line: o-2 is on line 3.
    const path = file("o-unknown.json", `[\n${JSON.stringify(outage("o-1", "svc-eservice-portal"))},\n${JSON.stringify(outage("o-2", "svc-nowhere"))}\n]`);
    for (const r of [await cli("validate", WS, "--outages", path), await cli("report", WS, "--measurements", "examples/measurements.ndjson", "--outages", path, ...PERIOD)]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("o-unknown.json:3: ");
      expect(r.stderr).toContain('[1].serviceId (outage "o-2")');
      expect(r.stderr).toContain("svc-nowhere");
    }
  });

  it("refuses repeated outage ids and repeated ticket ids", async () => {
    const o = await cli("validate", WS, "--outages", file("o-dup.json", JSON.stringify([outage("o-1"), outage("o-1")])));
    expect(o.code).toBe(1);
    expect(o.stderr).toContain("o-dup.json:1");
    expect(o.stderr).toContain('[1].id: outage id "o-1" is used twice');
    const t = await cli("validate", WS, "--tickets", file("t-dup.json", JSON.stringify([ticket, ticket])));
    expect(t.code).toBe(1);
    expect(t.stderr).toContain("t-dup.json:1");
    expect(t.stderr).toContain('[1].id: ticket id "T-1" is used twice');
  });

  it("refuses a ticket resolved before it was opened, naming file, index, id and field", async () => {
    const path = file("t-early.json", JSON.stringify([{ ...ticket, id: "T-0" }, { ...ticket, resolvedAt: "2026-03-01T09:00:00+02:00" }]));
    const r = await cli("report", WS, "--measurements", "examples/measurements.ndjson", "--tickets", path, ...PERIOD);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('t-early.json:1 (ticket "T-1")');
    expect(r.stderr).toContain("[1].resolvedAt");
    expect(r.stderr).toContain("resolvedAt");
  });

  it("refuses 30 February in a tickets file, saying it is not a calendar date and naming the file, index and field", async () => {
    const path = file("t-feb.json", JSON.stringify([{ ...ticket, openedAt: "2026-02-30T00:00:00Z" }]));
    const r = await cli("validate", WS, "--tickets", path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('t-feb.json:1 (ticket "T-1")');
    expect(r.stderr).toContain("[0].openedAt");
    expect(r.stderr).toContain("openedAt");
    expect(r.stderr).toContain("2026-02-30 is not a calendar date");
  });
});

describe("kpi-kit errors found while building a report", { timeout: 60_000 }, () => {
  // Once refused inside aggregateRows as "rows[1]"; now refused when the file is read. An error that still
  // arises after reading is mapped to file:line by locateRecords (test/cli/loadInputs.test.ts).
  it("names the file, line and id of a record report would refuse (a ratio KPI given only a value), in validate and report", async () => {
    const path = file(
      "ratio.csv",
      `${HEAD}m1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4\nm2,permits-within-legal-deadline,svc-building-permits,2026-03-02T10:00:00+02:00,4\n`,
    );
    for (const r of [await cli("validate", WS, "--measurements", path), await cli("report", WS, "--measurements", path, ...PERIOD)]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('ratio.csv:3 (measurement "m2")');
    }
  });
});

describe("kpi-kit numbers too large to sum", { timeout: 60_000 }, () => {
  it("refuses two ratio records with numerator = denominator = 1e308 (their sums overflow a double), naming file, line and field, in validate and report", async () => {
    const head = "id,kpiId,subjectId,at,numerator,denominator\n";
    const r1 = "m1,permits-within-legal-deadline,svc-building-permits,2026-03-02T10:00:00+02:00,1e308,1e308\n";
    const r2 = "m2,permits-within-legal-deadline,svc-building-permits,2026-03-03T10:00:00+02:00,1e308,1e308\n";
    const path = file("huge.csv", head + r1 + r2);
    for (const r of [await cli("validate", WS, "--measurements", path), await cli("report", WS, "--measurements", path, ...PERIOD)]) {
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("huge.csv:2");
      expect(r.stderr).toContain("numerator");
      expect(r.stderr).toContain("1e100");
    }
  });
});

describe("kpi-kit paths and options", { timeout: 60_000 }, () => {
  it("refuses an output path in a directory that does not exist with a plain message, exit 2", async () => {
    const r = await cli("report", WS, "--measurements", "examples/measurements.ndjson", ...PERIOD, "--out", "/no/such/dir/x.md");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cannot write /no/such/dir/x.md: no such file or directory");
    expect(r.stderr).not.toContain("node:internal");
    expect(r.stderr).not.toContain("unexpected error");
  });

  it("refuses a directory given as an input file with a plain message, exit 2", async () => {
    mkdirSync(join(dir, "folder.csv"), { recursive: true });
    for (const r of [await cli("validate", dir), await cli("validate", WS, "--measurements", join(dir, "folder.csv")), await cli("validate", WS, "--tickets", dir)]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("it is a directory");
      expect(r.stderr).not.toContain("node:internal");
    }
  });

  it("refuses a repeated option, naming it", async () => {
    const r = await cli("report", WS, "--measurements", "examples/measurements.ndjson", ...PERIOD, "--period", "2026-02");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--period is given more than once");
  });

  it("refuses an option the command does not take, naming it", async () => {
    const r = await cli("validate", WS, "--period", "2026-03");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("validate does not take --period");
  });

  it("refuses a bad --as-of as a usage error, naming the option and why", async () => {
    const r = await cli("report", WS, "--measurements", "examples/measurements.ndjson", "--period", "2026-03", "--as-of", "2026-02-30T00:00:00Z");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of "2026-02-30T00:00:00Z" is not an instant: 2026-02-30 is not a calendar date');
  });

  it("refuses an --as-of before the period begins in every time zone, before reading any file", async () => {
    // March 2026 begins, at the earliest (UTC+14), at 2026-03-01T00:00+14:00 = 2026-02-28T10:00Z.
    const report = (asOf: string) => cli("report", WS, "--measurements", "no-such-file.ndjson", "--period", "2026-03", "--as-of", asOf);
    const early = await report("2026-02-28T09:59:59.999Z");
    expect(early.code).toBe(2);
    expect(early.stderr).toContain('--as-of "2026-02-28T09:59:59.999Z" is before the period 2026-03 begins: no record of the period can be known then');
    // From then on it passes that check; the workspace's calendar (Europe/Riga: 2026-02-28T22:00Z) refuses it next,
    // still before the measurements file (which does not exist) is opened.
    const late = await report("2026-02-28T10:00:00Z");
    expect([late.code, late.stderr.split("\n")[0]]).toEqual([2, expect.stringContaining("is before the period 2026-03 begins (2026-02-28T22:00:00.000Z, in Europe/Riga)")]);
    expect(late.stderr).not.toContain("no-such-file.ndjson");
    // A fiscal year (FY2026-27) begins at the earliest in January 2026, whatever the workspace's first month.
    expect((await cli("report", WS, "--measurements", "x.ndjson", "--period", "FY2026-27", "--as-of", "2025-12-31T09:59:59Z")).stderr).toContain("is before the period FY2026-27 begins");
  });

  it("refuses an --as-of before the period begins in the workspace's time zone, once the workspace is read", async () => {
    // The example's calendar is Europe/Riga, UTC+2 in winter: March 2026 begins at 2026-02-28T22:00Z.
    const message = '--as-of "2026-02-28T21:59:59Z" is before the period 2026-03 begins (2026-02-28T22:00:00.000Z, in Europe/Riga): no record of the period can be known then';
    for (const engine of [[], ["--engine", "duckdb"]]) {
      const early = await cli("report", WS, ...engine, "--measurements", "examples/measurements.ndjson", "--period", "2026-03", "--as-of", "2026-02-28T21:59:59Z");
      expect([early.code, early.stderr.split("\n")[0]]).toEqual([2, `kpi-kit: ${message}`]);
      const onTime = await cli("report", WS, ...engine, "--measurements", "examples/measurements.ndjson", "--period", "2026-03", "--as-of", "2026-02-28T22:00:00Z");
      expect([onTime.code, onTime.stderr]).toEqual([0, ""]);
    }
  });
});

describe("kpi-kit demo without its optional peers", { timeout: 60_000 }, () => {
  it("says what to install and writes nothing when vega and vega-lite cannot be loaded", async () => {
    const out = join(dir, "demo-out");
    const r = spawnSync(
      process.execPath,
      ["--import", "./test/cli/fixtures/hideChartPeers.mjs", ...CLI, "demo", "--out", out],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("npm install vega vega-lite");
    expect(() => readdirSync(out)).toThrowError(expect.objectContaining({ code: "ENOENT" }));
  });

  it("refuses report --format html the same way, before reading any file", async () => {
    const out = join(dir, "never.html");
    const r = spawnSync(
      process.execPath,
      ["--import", "./test/cli/fixtures/hideChartPeers.mjs", ...CLI, "report", WS, "--measurements", "examples/measurements.ndjson", ...PERIOD, "--format", "html", "--out", out],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("npm install vega vega-lite");
    expect(() => readFileSync(out)).toThrowError(expect.objectContaining({ code: "ENOENT" }));
  });
});
