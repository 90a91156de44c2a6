import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workspaceInput } from "../fixtures.js";
import { CLI, runCliText } from "../cliCommand.js";

// The commands' checks run the command line in this process (runCliText, the code the executable runs); the
// executable's own tests (exit codes of the process, a closed pipe) spawn the CLI bundled from source
// (test/setup/cli.ts), as a user runs the built one.
const cli = runCliText;
function spawnCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-cli-"));
const good = join(dir, "workspace.json");
writeFileSync(good, JSON.stringify(workspaceInput()));

describe("the kpi-kit executable", { timeout: 60_000 }, () => {
  it("exits with the code of its command: 0 done, 1 invalid input, 2 a usage mistake, the message on standard error", () => {
    const valid = spawnCli("validate", good);
    expect([valid.code, valid.stderr]).toEqual([0, ""]);
    expect(valid.stdout).toContain("workspace.json: valid");
    const bad = join(dir, "exe-bad.json");
    writeFileSync(bad, "{ not json");
    const invalid = spawnCli("validate", bad);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("exe-bad.json");
    expect(invalid.stdout).toBe("");
    for (const usage of [spawnCli("validate", join(dir, "nope.json")), spawnCli("validate", good, "--no-such-option"), spawnCli("validate", good, "extra.ndjson"), spawnCli()]) {
      expect(usage.code).toBe(2);
    }
  });

  it("prints its version, the package.json's (the library's own constant, held to package.json by a test)", () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    const r = spawnCli("--version");
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `${version}\n`, ""]);
  });

  it("stops quietly with exit 0 when its reader closes the pipe early (kpi-kit report … | head)", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [...CLI, "report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson",
      "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00", "--format", "json"]);
    const stderr: Buffer[] = [];
    child.stderr.on("data", (d: Buffer) => stderr.push(d));
    // Read the first chunk, then close our end, as `head -c 50` does.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect([code, Buffer.concat(stderr).toString()]).toEqual([0, ""]);
  });
});

describe("kpi-kit CLI", { timeout: 60_000 }, () => {
  it("validates a workspace and prints its summary", async () => {
    const r = await cli("validate", good);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("workspace.json: valid");
    expect(r.stdout).toContain("Responsibility matrix");
  });

  it("names the file and the field of a bad workspace and exits 1", async () => {
    const bad = structuredClone(workspaceInput());
    (bad.kpis[0] as Record<string, unknown>)["rollUp"] = "sum";
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    const r = await cli("validate", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.json");
    expect(r.stderr).toContain("kpis.0.rollUp");
  });

  it("names the line and the field of a bad measurement", async () => {
    const file = join(dir, "m.ndjson");
    const ok = { id: "m1", kpiId: "permits-in-time", subjectId: "permits", at: "2026-03-01T00:00:00Z", numerator: 1, denominator: 2 };
    writeFileSync(file, `${JSON.stringify(ok)}\n\n${JSON.stringify({ ...ok, id: "m2", denominator: -1 })}\n`);
    const r = await cli("validate", good, "--measurements", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("m.ndjson:3");
    expect(r.stderr).toContain("denominator");
  });

  it("reports a missing file as a usage error (exit 2)", async () => {
    const r = await cli("validate", join(dir, "nope.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.json");
  });

  it("prints the JSON Schema of a measurement", async () => {
    const r = await cli("schema", "measurement");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe("kpi-kit measurement");
  });

  it("prints help for a command and refuses an unknown one", async () => {
    expect((await cli("validate", "--help")).stdout).toContain("kpi-kit validate <workspace.json>");
    const r = await cli("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});

describe("kpi-kit report", { timeout: 60_000 }, () => {
  const base = ["report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", "--as-of", "2026-04-05T12:00:00+03:00"];

  it("writes a Markdown report of the example municipality", async () => {
    const file = join(dir, "report.md");
    const r = await cli(...base, "--period", "2026-03", "--scope", "svc-eservice-portal", "--out", file);
    expect(r.code).toBe(0);
    const md = readFileSync(file, "utf8");
    expect(md.startsWith("# Municipal e-service portal, March 2026 — report for management")).toBe(true);
  });

  it("reads measurements from CSV", async () => {
    const file = join(dir, "m.csv");
    writeFileSync(
      file,
      'id,kpiId,subjectId,at,value,status\nm1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,5,\n"m2",recipient-satisfaction,svc-building-permits,2026-03-03T10:00:00+02:00,4,provisional\n',
    );
    const r = await cli("report", "examples/workspace.json", "--measurements", file, "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00", "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).provenance.measurementCount).toBe(2);
  });

  it("names the file and line of a malformed CSV line", async () => {
    const file = join(dir, "bad.csv");
    writeFileSync(file, 'id,kpiId,subjectId,at,value\nm1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,4\nm2,"recipient-satisfaction,svc-building-permits,x,4\n');
    const r = await cli("report", "examples/workspace.json", "--measurements", file, "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.csv:3");
    expect(r.stderr).toContain("malformed CSV line");
  });

  it("names the field of a CSV cell that is not a number", async () => {
    const file = join(dir, "nan.csv");
    writeFileSync(file, "id,kpiId,subjectId,at,value\nm1,recipient-satisfaction,svc-building-permits,2026-03-02T10:00:00+02:00,four\n");
    const r = await cli("report", "examples/workspace.json", "--measurements", file, "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nan.csv:2: column value");
  });

  it("refuses a bad workspace with its path", async () => {
    const file = join(dir, "badws.json");
    writeFileSync(file, "{ not json");
    const r = await cli("report", file, "--measurements", "examples/measurements.ndjson", "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00");
    expect(r.code).toBe(1);
    // The parser stops at column 3, the "n" of "not".
    expect(r.stderr).toContain("badws.json:1:3: not valid JSON");
  });

  it("refuses an unknown scope id, naming --scope and the workspace's scope ids (exit 1: it is about the workspace)", async () => {
    const r = await cli(...base, "--period", "2026-03", "--scope", "nowhere");
    expect(r.code).toBe(1);
    // The example municipality has 18 scope nodes: the first 12 are listed.
    expect(r.stderr).toMatch(/^kpi-kit: --scope "nowhere" is not a node of the scope tree of examples\/workspace\.json, whose ids are lv, ezerkrasts, (\S+, ){9}\S+ and 6 more \(the ids of its "scopes"\)\n$/);
    const empty = join(dir, "empty.ndjson");
    writeFileSync(empty, "");
    const small = await cli("report", good, "--measurements", empty, "--period", "2026-03", "--as-of", "2026-04-05T12:00:00Z", "--scope", "Permits");
    expect(small).toEqual({ code: 1, stdout: "", stderr: `kpi-kit: --scope "Permits" is not a node of the scope tree of ${good}, whose ids are lv, ezer, admin, permits, dms\n` });
  });

  it("refuses a malformed --period as a usage error (exit 2), before reading any file, saying what a label looks like", async () => {
    const forms = "a month 2026-03, a quarter 2026-Q1, a year 2026, an ISO week 2026-W10, a fiscal year FY2025-26 or a day 2026-03-29";
    const cases: [string, string][] = [
      ["2026-13", "there is no month 2026-13"],
      ["2025-W53", "there is no ISO week 2025-W53"], // 2025 has 52 ISO weeks
      ["2026-02-29", "there is no day 2026-02-29"],
      ["FY2025-27", "there is no fiscal year FY2025-27"],
      ["2026-Q5", "there is no quarter 2026-Q5"],
      ["March", forms],
      ["2026-3", forms],
      ["", forms],
    ];
    for (const [period, why] of cases) {
      // The measurements file does not exist: the option is refused before it is read.
      const r = await cli("report", "examples/workspace.json", "--measurements", join(dir, "none.ndjson"), "--period", period, "--as-of", "2026-04-05T12:00:00+03:00");
      expect(r).toEqual({ code: 2, stdout: "", stderr: `kpi-kit: --period ${JSON.stringify(period)} is not a period label: ${why}\nRun kpi-kit --help for usage.\n` });
    }
  });

  it("takes a fiscal-year label whatever month the workspace's fiscal year starts in", async () => {
    const july = structuredClone(workspaceInput());
    (july as Record<string, unknown>)["calendars"] = [{ id: "riga", timeZone: "Europe/Riga", fiscalYearStartMonth: 7 }];
    const file = join(dir, "fiscal-july.json");
    writeFileSync(file, JSON.stringify(july));
    const empty = join(dir, "fiscal-empty.ndjson");
    writeFileSync(empty, "");
    const r = await cli("report", file, "--measurements", empty, "--period", "FY2025-26", "--as-of", "2026-04-05T12:00:00Z", "--format", "json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    // July 2025 to July 2026, in Riga's summer time.
    expect((JSON.parse(r.stdout) as { provenance: { period: { start: string; end: string } } }).provenance.period).toMatchObject({ start: "2025-06-30T21:00:00.000Z", end: "2026-06-30T21:00:00.000Z" });
  });

  it("refuses a malformed --as-of as a usage error (exit 2), before reading any file, saying what an instant looks like", async () => {
    const cases: [string, string][] = [
      ["yesterday", "ISO-8601 with Z or an offset, e.g. 2026-04-05T12:00:00+03:00"],
      ["2026-04-05T12:00:00", "ISO-8601 with Z or an offset, e.g. 2026-04-05T12:00:00+03:00"], // no zone
      ["2026-02-30T00:00:00Z", "2026-02-30 is not a calendar date"],
      ["2026-04-05T24:00:00Z", "24:00:00 is not a time of day (00:00 to 23:59:59)"],
    ];
    for (const [asOf, why] of cases) {
      const r = await cli("report", "examples/workspace.json", "--measurements", join(dir, "none.ndjson"), "--period", "2026-03", "--as-of", asOf);
      expect(r).toEqual({ code: 2, stdout: "", stderr: `kpi-kit: --as-of ${JSON.stringify(asOf)} is not an instant: ${why}\nRun kpi-kit --help for usage.\n` });
    }
  });

  it("reports a missing measurements file and missing options as usage errors", async () => {
    expect((await cli("report", "examples/workspace.json", "--measurements", join(dir, "none.ndjson"), "--period", "2026-03", "--as-of", "2026-04-05T12:00:00Z")).code).toBe(2);
    const r = await cli("report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", "--as-of", "2026-04-05T12:00:00Z");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--period");
  });

  it("prints help for report", async () => {
    expect((await cli("report", "--help")).stdout).toContain("--measurements <file>");
  });
});
