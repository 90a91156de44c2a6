import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";
import { runCliText as cli } from "../cliCommand.js";

const usageError = (message: string) => `kpi-kit: ${message}\nRun kpi-kit --help for usage.\n`;
const WS = "examples/workspace.json";
const REPORT = ["--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00"];

describe("runCli", () => {
  it("matches the documented example", async () => {
    let out = "";
    const code = await runCli(["schema", "measurement"], { stdout: (text) => (out += text), stderr: () => {}, stderrIsTerminal: false });
    expect([code, (JSON.parse(out) as { title: string }).title]).toEqual([0, "kpi-kit measurement"]);
  });

  it("writes errors to its standard error and returns the exit code, leaving the process's exit code alone", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (text: string) => void out.push(text), stderr: (text: string) => void err.push(text), stderrIsTerminal: false };
    expect(await runCli(["frobnicate"], io)).toBe(2);
    expect(err.join("")).toBe('kpi-kit: unknown command "frobnicate"\nRun kpi-kit --help for usage.\n');
    expect(await runCli(["validate", "examples/workspace.json", "--tickets", "test/cli/runCli.test.ts"], io)).toBe(1);
    expect(err.join("")).toContain("test/cli/runCli.test.ts");
    expect(out).toEqual([]);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it("shows the stages of a report on standard error only when it is a terminal", async () => {
    const args = ["report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00"];
    const quiet: string[] = [];
    expect(await runCli(args, { stdout: () => {}, stderr: (text) => void quiet.push(text), stderrIsTerminal: false })).toBe(0);
    expect(quiet).toEqual([]);
    const shown: string[] = [];
    expect(await runCli(args, { stdout: () => {}, stderr: (text) => void shown.push(text), stderrIsTerminal: true })).toBe(0);
    expect(shown.join("")).toContain("rendering md");
  });

  it("refuses an argument its command does not take (exit 2), naming it and the option the user may have meant", async () => {
    const cases: [string[], string][] = [
      // The newcomer's mistake: a measurements file without --measurements was ignored, and validate said "valid".
      [["validate", WS, "/nope.json"], 'unexpected argument "/nope.json": validate takes one workspace file; measurements are given with --measurements <file>'],
      [["report", WS, "m.ndjson", ...REPORT], 'unexpected argument "m.ndjson": report takes one workspace file; measurements are given with --measurements <file>'],
      // With --measurements given, the hint names the input options that are not.
      [["report", WS, "extra.json", "--measurements", "examples/measurements.ndjson", ...REPORT], 'unexpected argument "extra.json": report takes one workspace file; outages and tickets are given with --outages <file.json> and --tickets <file.json>'],
      [["validate", WS, "--measurements", "examples/measurements.ndjson", "--outages", "examples/outages.json", "a", "b"], 'unexpected arguments "a", "b": validate takes one workspace file; tickets are given with --tickets <file.json>'],
      [["validate", WS, "--measurements", "m", "--outages", "o", "--tickets", "t", "x"], 'unexpected argument "x": validate takes one workspace file'],
      // --engine postgres reads a table, not --measurements: no hint at it (and no connection is tried).
      [["report", WS, "x", "--engine", "postgres", "--url", "postgres://x@127.0.0.1:1/x", "--table", "m", ...REPORT], 'unexpected argument "x": report takes one workspace file; outages and tickets are given with --outages <file.json> and --tickets <file.json>'],
      [["schema", "workspace", "extra"], 'unexpected argument "extra": schema takes one document name, workspace or measurement'],
      [["demo", "reports"], 'unexpected argument "reports": demo takes no argument; the folder it writes to is given with --out <dir>'],
      // After --, an argument is a positional one all the same.
      [["validate", WS, "--", "--measurements"], 'unexpected argument "--measurements": validate takes one workspace file; measurements are given with --measurements <file>'],
    ];
    for (const [args, message] of cases) {
      expect(await cli(...args)).toEqual({ code: 2, stdout: "", stderr: usageError(message) });
    }
  });

  it("says which command reads Parquet: report with --engine duckdb, not report without it nor validate (exit 2)", async () => {
    // Not read at all: the extension or --input-format is enough.
    const parquet = join(mkdtempSync(join(tmpdir(), "kpi-kit-runcli-")), "m.parquet");
    writeFileSync(parquet, "PAR1");
    const cases: [string[], string][] = [
      [["report", WS, "--measurements", parquet, ...REPORT], `cannot read ${parquet} without --engine: Parquet is read with --engine duckdb`],
      [["report", WS, "--measurements", parquet, "--input-format", "parquet", ...REPORT], "--input-format parquet needs --engine duckdb"],
      [["validate", WS, "--measurements", parquet], `cannot read ${parquet}: validate does not read Parquet; report --engine duckdb does`],
      [["validate", WS, "--measurements", "examples/measurements.ndjson", "--input-format", "parquet"], "--input-format parquet: validate does not read Parquet; report --engine duckdb does"],
    ];
    for (const [args, message] of cases) {
      expect(await cli(...args)).toEqual({ code: 2, stdout: "", stderr: usageError(message) });
    }
    // The help of report says --input-format takes parquet with --engine duckdb.
    expect((await cli("report", "--help")).stdout).toContain(
      "  --input-format <fmt>    csv, ndjson or json: the format of --measurements whatever its extension; parquet too\n                          with --engine duckdb\n",
    );
    expect((await cli("--help")).stdout).toContain("[--engine duckdb [--memory-limit <size>] (with --measurements, also .parquet and\n                  --input-format parquet)\n");
  });

  it("prints the version of package.json with --version or -v, exit 0", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await cli("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect(await cli("-v")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect(await cli("--version", "report")).toEqual({ code: 2, stdout: "", stderr: usageError('unexpected argument "report": --version takes no argument') });
    expect((await cli("--help")).stdout).toContain("kpi-kit --version");
  });

  it("prints the help of a command with help <command>, as <command> --help does", async () => {
    for (const command of ["report", "validate", "schema", "demo", "openslo", "cpsv"]) {
      const help = await cli(command, "--help");
      expect(help.code).toBe(0);
      expect(await cli("help", command)).toEqual(help);
    }
    expect((await cli("help", "schema")).stdout).toBe("kpi-kit schema [workspace|measurement]\n\nPrints the JSON Schema (draft 2020-12) of a workspace (default) or of one measurement.\n");
    expect(await cli("help")).toEqual({ code: 0, stdout: (await cli("--help")).stdout, stderr: "" });
    expect(await cli("help", "frobnicate")).toEqual({ code: 2, stdout: "", stderr: usageError('unknown command "frobnicate"') });
    expect(await cli("help", "report", "validate")).toEqual({ code: 2, stdout: "", stderr: usageError('unexpected argument "validate": help takes one command name') });
  });
});
