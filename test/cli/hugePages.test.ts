import { describe, expect, it } from "vitest";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  HUGE_PAGES_MIN_BYTES,
  HUGE_PAGES_TUNABLE,
  shouldUseHugePages,
  systemHugePagesProbe,
  type HugePagesProbe,
} from "../../src/cli/hugePages.js";
import { CLI } from "../cliCommand.js";

// A system where every condition holds; each test changes one.
const yes: HugePagesProbe = {
  platform: "linux",
  env: {},
  execArgv: [],
  transparentHugePages: () => "always [madvise] never\n",
  glibcVersion: () => "2.36",
  fileSize: () => HUGE_PAGES_MIN_BYTES,
};
const report = ["report", "w.json", "--measurements", "m.ndjson", "--period", "2026-03"];

describe("shouldUseHugePages", () => {
  it("matches the documented example", () => {
    const probe = { ...yes, fileSize: () => 2_000_000_000 };
    expect([
      shouldUseHugePages(["report", "w.json", "--measurements", "m.csv"], probe),
      shouldUseHugePages(["report", "w.json", "--measurements", "m.csv"], { ...probe, fileSize: () => 5_000 }),
    ]).toEqual([true, false]);
  });

  it("says yes for report and validate over a large file, in either spelling of --measurements", () => {
    expect(shouldUseHugePages(report, yes)).toBe(true);
    expect(shouldUseHugePages(["validate", "w.json", "--measurements=m.csv"], yes)).toBe(true);
  });

  it("asks for the size of the measurements file named, and says no below 256 MiB", () => {
    const asked: string[] = [];
    const probe = { ...yes, fileSize: (path: string) => (asked.push(path), 256 * 1024 * 1024 - 1) };
    expect(shouldUseHugePages(report, probe)).toBe(false);
    expect(asked).toEqual(["m.ndjson"]);
    expect(shouldUseHugePages(report, { ...yes, fileSize: () => null })).toBe(false);
  });

  it("says no for other commands, help, an engine, and no measurements file", () => {
    for (const argv of [
      ["openslo", "w.json"],
      ["validate", "w.json"],
      [...report, "--help"],
      [...report, "--engine", "duckdb"],
      [...report, "--engine=duckdb"],
      ["report", "w.json", "--", "--measurements", "m.csv"],
      [],
    ]) {
      expect(shouldUseHugePages(argv, yes), argv.join(" ")).toBe(false);
    }
  });

  it("says no off Linux, under a debugger, with GLIBC_TUNABLES already set, without madvise-mode huge pages or glibc 2.35", () => {
    expect(shouldUseHugePages(report, { ...yes, platform: "darwin" })).toBe(false);
    for (const option of ["--inspect", "--inspect-brk=9230"]) expect(shouldUseHugePages(report, { ...yes, execArgv: [option] }), option).toBe(false);
    expect(shouldUseHugePages(report, { ...yes, execArgv: ["--max-old-space-size=4096"] })).toBe(true);
    expect(shouldUseHugePages(report, { ...yes, env: { GLIBC_TUNABLES: "glibc.malloc.arena_max=2" } })).toBe(false);
    for (const mode of ["[always] madvise never", "always madvise [never]", null]) {
      expect(shouldUseHugePages(report, { ...yes, transparentHugePages: () => mode }), String(mode)).toBe(false);
    }
    for (const [version, expected] of [["2.34", false], ["2.35", true], ["3.0", true], [null, false]] as const) {
      expect(shouldUseHugePages(report, { ...yes, glibcVersion: () => version }), String(version)).toBe(expected);
    }
  });

  it("follows KPIKIT_HUGE_PAGES: 0 never, 1 on Linux whatever the file and the system", () => {
    expect(shouldUseHugePages(report, { ...yes, env: { KPIKIT_HUGE_PAGES: "0" } })).toBe(false);
    const none = { ...yes, env: { KPIKIT_HUGE_PAGES: "1" }, fileSize: () => null, transparentHugePages: () => null, glibcVersion: () => null };
    expect(shouldUseHugePages(["validate", "w.json"], none)).toBe(true);
    expect(shouldUseHugePages(report, { ...none, platform: "win32" })).toBe(false);
    expect(shouldUseHugePages(report, { ...none, env: { KPIKIT_HUGE_PAGES: "1", GLIBC_TUNABLES: HUGE_PAGES_TUNABLE } })).toBe(false);
  });
});

describe("systemHugePagesProbe", () => {
  it("matches the documented example", () => {
    expect(typeof systemHugePagesProbe().platform).toBe("string");
  });

  it("reads file sizes, and null for a file that is not there", () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-kit-huge-"));
    writeFileSync(join(dir, "seven.txt"), "1234567");
    const probe = systemHugePagesProbe();
    expect(probe.fileSize(join(dir, "seven.txt"))).toBe(7);
    expect(probe.fileSize(join(dir, "missing.txt"))).toBeNull();
    expect(probe.platform).toBe(process.platform);
  });

  it.skipIf(process.platform !== "linux")("reads glibc's version as ldd reports it", () => {
    const ldd = spawnSync("ldd", ["--version"], { encoding: "utf8" });
    const version = /GLIBC ([\d.]+)\)|GNU libc\) ([\d.]+)/.exec(ldd.stdout ?? "");
    if (version === null) return; // not glibc (musl): nothing to compare
    expect(systemHugePagesProbe().glibcVersion()).toBe(version[1] ?? version[2]);
  });
});

// The executable, spawned: with KPIKIT_HUGE_PAGES=1 the command runs in a child process with the tunable, and what
// the user sees (output, messages, exit code) is what the command gives in one process.
describe.skipIf(process.platform !== "linux")("the kpi-kit executable with huge pages", { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "kpi-kit-huge-exe-"));
  // Loaded into every Node.js process of the run: each appends its pid and its GLIBC_TUNABLES.
  const probe = join(dir, "probe.cjs");
  writeFileSync(probe, `require("node:fs").appendFileSync(process.env.PROBE_OUT, process.pid + " " + (process.env.GLIBC_TUNABLES ?? "-") + "\\n");`);
  const run = (hugePages: "0" | "1", out: string, ...args: string[]) =>
    spawnSync(process.execPath, [`--require=${probe}`, ...CLI, ...args], {
      encoding: "utf8",
      env: { ...process.env, GLIBC_TUNABLES: undefined, KPIKIT_HUGE_PAGES: hugePages, PROBE_OUT: out },
    });
  const processes = (out: string) => readFileSync(out, "utf8").trim().split("\n").map((line) => line.split(" ")[1]);

  it("gives the same output and exit code from a child process that has the tunable", () => {
    const bad = join(dir, "bad.ndjson");
    writeFileSync(bad, '{"id":"m1","kpiId":"nope","subjectId":"ezerkrasts","at":0,"value":1}\n');
    const cases = [
      ["validate", "examples/workspace.json", "--measurements", "examples/measurements.ndjson"],
      ["report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00", "--format", "md"],
      ["validate", "examples/workspace.json", "--measurements", bad],
      ["validate", "examples/workspace.json", "--measurements", join(dir, "missing.ndjson")],
    ];
    const codes: (number | null)[] = [];
    cases.forEach((args, i) => {
      const [plainOut, hugeOut] = [join(dir, `plain-${i}.txt`), join(dir, `huge-${i}.txt`)];
      const plain = run("0", plainOut, ...args);
      const huge = run("1", hugeOut, ...args);
      expect([huge.status, huge.stdout, huge.stderr]).toEqual([plain.status, plain.stdout, plain.stderr]);
      codes.push(huge.status);
      expect(processes(plainOut)).toEqual(["-"]);
      expect(processes(hugeOut)).toEqual(["-", HUGE_PAGES_TUNABLE]);
    });
    expect(codes).toEqual([0, 0, 1, 2]);
  });

  it("passes a signal on to the child and ends by it", async () => {
    const fifo = join(dir, "never-written.ndjson");
    execFileSync("mkfifo", [fifo]); // opening it for reading waits for a writer that never comes
    const out = join(dir, "signal.txt");
    writeFileSync(out, "");
    const parent = spawn(process.execPath, [`--require=${probe}`, ...CLI, "validate", "examples/workspace.json", "--measurements", fifo], {
      env: { ...process.env, GLIBC_TUNABLES: undefined, KPIKIT_HUGE_PAGES: "1", PROBE_OUT: out },
    });
    const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => parent.on("exit", (code, signal) => resolve([code, signal])));
    // Wait until both processes are running, then signal the parent only.
    while (readFileSync(out, "utf8").trim().split("\n").length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    const childPid = Number(readFileSync(out, "utf8").trim().split("\n")[1]!.split(" ")[0]);
    expect(childPid).not.toBe(parent.pid);
    parent.kill("SIGTERM");
    expect(await ended).toEqual([null, "SIGTERM"]);
    // The child is gone too (kill with signal 0 only checks that the process exists).
    expect(() => process.kill(childPid, 0)).toThrow();
  });
});
