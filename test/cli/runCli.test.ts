import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";

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
});
