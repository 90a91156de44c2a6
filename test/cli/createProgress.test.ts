import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/createProgress.js";
import { CLI } from "../cliCommand.js";

// A progress display over a recorded stream and a clock the test moves.
function recorder(terminal: boolean, verbose: boolean) {
  const out: string[] = [];
  let t = 0;
  const progress = createProgress({
    write: (text) => out.push(text),
    terminal,
    verbose,
    sizeOf: (path) => (path === "m.ndjson" ? 1_000_000 : null),
    now: () => t,
  });
  return { out, progress, tick: (ms: number) => (t += ms) };
}

describe("createProgress", () => {
  it("draws a bar with records, bytes, rate and time left on a terminal", () => {
    const { out, progress, tick } = recorder(true, false);
    tick(2_000);
    progress.reading("m.ndjson", 100_000, 250_000); // a quarter of the file in 2 s: 6 s left, 50 000 records/s
    expect(out.at(-1)).toBe(
      "\rreading m.ndjson [#####...............] 25 %  100,000 records  0.3 MB of 1.0 MB  50,000 records/s  about 6.0 s left\u001b[K",
    );
  });

  it("shows records and rate without a bar when the size is unknown", () => {
    const { out, progress, tick } = recorder(true, false);
    tick(1_000);
    progress.reading("pipe", 30_000, 3_000_000);
    expect(out.at(-1)).toBe("\rreading pipe: 30,000 records, 3.0 MB  30,000 records/s\u001b[K");
  });

  it("ends the bar's line and prints each stage with its time", () => {
    const { out, progress, tick } = recorder(true, false);
    progress.reading("m.ndjson", 10, 10);
    progress.stage("building the report");
    tick(1_500);
    progress.stage("rendering md");
    tick(200);
    progress.done("summary");
    expect(out.slice(1)).toEqual(["\n", "building the report: 1.5 s\n", "rendering md: 0.2 s\n"]);
  });

  it("writes nothing when not a terminal, and only the summary line with verbose", () => {
    const quiet = recorder(false, false);
    quiet.progress.reading("m.ndjson", 10, 10);
    quiet.progress.stage("building the report");
    quiet.progress.done("kpi-kit: done");
    expect(quiet.out).toEqual([]);
    const verbose = recorder(false, true);
    verbose.progress.reading("m.ndjson", 10, 10);
    verbose.progress.stage("building the report");
    verbose.tick(2_500);
    verbose.progress.done("kpi-kit: done");
    expect(verbose.out).toEqual(["kpi-kit: done (2.5 s)\n"]);
  });
});

describe("kpi-kit report --verbose", { timeout: 60_000 }, () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 60_000 });
  const report = ["report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", "--period", "2026-03",
    "--as-of", "2026-04-05T12:00:00+03:00"];

  it("writes only one summary line to a standard error that is not a terminal", () => {
    const r = cli(...report, "--verbose");
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^kpi-kit: report over 14,875 records \([\d,]+ in effect\) of examples\/measurements\.ndjson \([\d.]+ s\)\n$/);
  });

  it("writes nothing to standard error without --verbose, also when it writes a file", () => {
    const r = cli(...report);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const out = join(mkdtempSync(join(tmpdir(), "kpi-kit-verbose-")), "r.md");
    const written = cli(...report, "--out", out);
    expect(written.status).toBe(0);
    expect(written.stderr).toBe("");
    expect(readFileSync(out, "utf8")).toContain("# ");
  });
});
