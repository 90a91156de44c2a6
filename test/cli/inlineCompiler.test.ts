import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { INLINE_COMPILER_OPTION, systemInlineCompilerProbe, wantsInlineCompiler, type InlineCompilerProbe } from "../../src/cli/inlineCompiler.js";
import { PRESTART_MIN_BYTES } from "../../src/cli/prestartWorker.js";
import { RAN_AGAIN_ENV } from "../../src/cli/runAgain.js";
import { CLI } from "../cliCommand.js";

// A process where every condition holds; each test changes one.
const yes: InlineCompilerProbe = { env: {}, execArgv: [], fileSize: () => PRESTART_MIN_BYTES, cores: 2 };
const report = ["report", "w.json", "--measurements", "m.csv", "--period", "2026-03"];

describe("wantsInlineCompiler", () => {
  it("matches the documented example", () => {
    const probe = { env: {}, execArgv: [], fileSize: () => 125_000_000, cores: 2 };
    const args = ["report", "w.json", "--measurements", "m.csv"];
    expect([
      wantsInlineCompiler(args, probe),
      wantsInlineCompiler(args, { ...probe, cores: 4 }),
      wantsInlineCompiler(["validate", ...args.slice(1)], probe),
      wantsInlineCompiler(args, { ...probe, execArgv: [INLINE_COMPILER_OPTION] }),
    ]).toEqual([true, false, false, false]);
  });

  it("asks for it for a report that keeps both cores of a two-core machine busy", () => {
    expect(wantsInlineCompiler(report, yes)).toBe(true);
    expect(wantsInlineCompiler(["report", "w.json", "--measurements=m.csv"], yes)).toBe(true);
    // Other options for Node.js are kept and do not matter.
    expect(wantsInlineCompiler(report, { ...yes, execArgv: ["--max-old-space-size=4096"] })).toBe(true);
  });

  it("leaves a file too small for the worker thread in this process (its one thread leaves a core to the compiler)", () => {
    expect(wantsInlineCompiler(report, { ...yes, fileSize: () => PRESTART_MIN_BYTES - 1 })).toBe(false);
    expect(wantsInlineCompiler(report, { ...yes, fileSize: () => null })).toBe(false);
    expect(wantsInlineCompiler(["report", "w.json"], yes)).toBe(false);
    expect(wantsInlineCompiler(["report", "w.json", "--", "--measurements", "m.csv"], yes)).toBe(false);
  });

  it("asks for it only with exactly two cores", () => {
    expect([1, 3, 4, 64].map((cores) => wantsInlineCompiler(report, { ...yes, cores }))).toEqual([false, false, false, false]);
  });

  it("leaves other commands, --engine, --help and a report on one thread alone", () => {
    for (const command of ["validate", "demo", "summary"]) expect(wantsInlineCompiler([command, ...report.slice(1)], yes)).toBe(false);
    for (const extra of [["--engine", "duckdb"], ["--engine=duckdb"], ["--help"], ["-h"]]) expect(wantsInlineCompiler([...report, ...extra], yes)).toBe(false);
    // No worker thread: the command runs on one thread.
    expect(wantsInlineCompiler(report, { ...yes, env: { KPIKIT_DIGEST_THREAD: "0", KPIKIT_READ_THREAD: "0" } })).toBe(false);
  });

  it("never runs itself again, and leaves a debugger or a choice made on Node.js's command line alone", () => {
    for (const option of [INLINE_COMPILER_OPTION, "--concurrent-recompilation", "--no-concurrent_recompilation", "--concurrent_recompilation", "--inspect", "--inspect-brk=9229"]) {
      expect(wantsInlineCompiler(report, { ...yes, execArgv: [option] })).toBe(false);
    }
  });

  it("is turned off with KPIKIT_INLINE_COMPILER=0, and on for any report with a measurement file with 1", () => {
    expect(wantsInlineCompiler(report, { ...yes, env: { KPIKIT_INLINE_COMPILER: "0" } })).toBe(false);
    const forced: InlineCompilerProbe = { ...yes, env: { KPIKIT_INLINE_COMPILER: "1" }, fileSize: () => 10, cores: 8 };
    expect(wantsInlineCompiler(report, forced)).toBe(true);
    expect(wantsInlineCompiler(["report", "w.json"], forced)).toBe(false);
    expect(wantsInlineCompiler(["validate", ...report.slice(1)], forced)).toBe(false);
    expect(wantsInlineCompiler(report, { ...forced, execArgv: [INLINE_COMPILER_OPTION] })).toBe(false);
    expect(wantsInlineCompiler(report, { ...forced, execArgv: ["--inspect"] })).toBe(false);
  });
});

describe("systemInlineCompilerProbe", () => {
  it("matches the documented example", () => {
    expect(systemInlineCompilerProbe().cores >= 1).toBe(true);
  });

  it("describes this process", () => {
    const probe = systemInlineCompilerProbe();
    expect(probe.env).toBe(process.env);
    expect(probe.execArgv).toEqual(process.execArgv);
    expect(probe.cores).toBe(availableParallelism());
    expect(probe.fileSize("examples/workspace.json")).toBe(readFileSync("examples/workspace.json").length);
  });
});

// The executable, spawned: with KPIKIT_INLINE_COMPILER=1 a report runs in a child process with the option, and what
// the user sees (output, messages, exit code) is what the report gives in one process.
describe("the kpi-kit executable with the compiler on the command's threads", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-kit-inline-exe-"));
  // Loaded into every Node.js process of the run: each appends its pid and whether it has the option.
  const probe = join(dir, "probe.cjs");
  writeFileSync(probe, `require("node:fs").appendFileSync(process.env.PROBE_OUT, process.pid + " " + process.execArgv.includes(${JSON.stringify(INLINE_COMPILER_OPTION)}) + "\\n");`);
  const run = (setting: "0" | "1", out: string, ...args: string[]) => runWith({ KPIKIT_INLINE_COMPILER: setting }, out, ...args);
  const runWith = (env: Record<string, string>, out: string, ...args: string[]) =>
    spawnSync(process.execPath, [`--require=${probe}`, ...CLI, ...args], {
      encoding: "utf8",
      env: { ...process.env, KPIKIT_HUGE_PAGES: "0", ...env, PROBE_OUT: out },
    });
  const processes = (out: string) => readFileSync(out, "utf8").trim().split("\n").map((line) => line.split(" ")[1]);

  it("gives the same output and exit code from a child process that has the option", () => {
    const bad = join(dir, "bad.ndjson");
    writeFileSync(bad, '{"id":"m1","kpiId":"nope","subjectId":"ezerkrasts","at":0,"value":1}\n');
    const reportArgs = ["--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00"];
    const cases = [
      ["report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", ...reportArgs, "--format", "md"],
      ["report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", ...reportArgs, "--format", "json"],
      ["report", "examples/workspace.json", "--measurements", bad, ...reportArgs],
      ["report", "examples/workspace.json", "--measurements", join(dir, "missing.ndjson"), ...reportArgs],
    ];
    const codes: (number | null)[] = [];
    cases.forEach((args, i) => {
      const [plainOut, inlineOut] = [join(dir, `plain-${i}.txt`), join(dir, `inline-${i}.txt`)];
      const plain = run("0", plainOut, ...args);
      const inline = run("1", inlineOut, ...args);
      expect([inline.status, inline.stdout, inline.stderr]).toEqual([plain.status, plain.stdout, plain.stderr]);
      codes.push(inline.status);
      expect(processes(plainOut)).toEqual(["false"]);
      expect(processes(inlineOut)).toEqual(["false", "true"]);
    });
    expect(codes).toEqual([0, 0, 1, 2]);
  });

  it("never runs the command again from a process that is itself the command run again", () => {
    const out = join(dir, "again.txt");
    const args = ["report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00"];
    expect(runWith({ KPIKIT_INLINE_COMPILER: "1", [RAN_AGAIN_ENV]: "1" }, out, ...args).status).toBe(0);
    expect(processes(out)).toEqual(["false"]);
  });

  it("runs validate in the one process", () => {
    const out = join(dir, "validate.txt");
    expect(run("1", out, "validate", "examples/workspace.json", "--measurements", "examples/measurements.ndjson").status).toBe(0);
    expect(processes(out)).toEqual(["false"]);
  });
});
