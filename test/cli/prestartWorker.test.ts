import { describe, expect, it } from "vitest";
import { once } from "node:events";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { READ_THREAD_MIN_BYTES } from "../../src/cli/planFileSplit.js";
import { PRESTART_MIN_BYTES, prestartWorker, wantsPrestart } from "../../src/cli/prestartWorker.js";
import { runCli } from "../../src/cli/runCli.js";
import { DIGEST_THREAD_MIN_BYTES, startDigestWorker } from "../../src/cli/startDigestWorker.js";
import { idStoreOf } from "../../src/model/_lib/batchIds.js";
import { sortById } from "../../src/internal/sortById.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { digestMeasurements } from "../../src/report/digestMeasurements.js";
import { CLI } from "../cliCommand.js";

const lines = readFileSync("examples/measurements.ndjson", "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
const big = (): number => 200e6;

describe("wantsPrestart", () => {
  it("matches the documented example", () => {
    expect([
      wantsPrestart(["report", "w.json", "--measurements", "m.csv"], {}, () => 200e6, 2),
      wantsPrestart(["report", "w.json", "--measurements", "m.csv"], {}, () => 200e6, 1),
      wantsPrestart(["demo"], {}, () => 200e6, 2),
    ]).toEqual([true, false, false]);
  });

  it("starts the thread only where the command may use it", () => {
    const report = ["report", "w.json", "--measurements", "m.csv"];
    expect(wantsPrestart(["validate", "w.json", "--measurements=m.csv"], {}, big, 2)).toBe(true);
    // No measurement file, a small one, one that cannot be read, --help, --engine.
    expect(wantsPrestart(["report", "w.json"], {}, big, 2)).toBe(false);
    expect(wantsPrestart(report, {}, () => PRESTART_MIN_BYTES - 1, 2)).toBe(false);
    expect(wantsPrestart(report, {}, () => PRESTART_MIN_BYTES, 2)).toBe(true);
    expect(wantsPrestart(report, {}, () => null, 2)).toBe(false);
    expect(wantsPrestart([...report, "--help"], {}, big, 2)).toBe(false);
    expect(wantsPrestart([...report, "--engine", "duckdb"], {}, big, 2)).toBe(false);
    expect(wantsPrestart([...report, "--engine=duckdb"], {}, big, 2)).toBe(false);
    // Both threads turned off; either asked for whatever the size.
    expect(wantsPrestart(report, { KPIKIT_DIGEST_THREAD: "0", KPIKIT_READ_THREAD: "0" }, big, 2)).toBe(false);
    expect(wantsPrestart(report, { KPIKIT_DIGEST_THREAD: "0" }, big, 2)).toBe(true);
    expect(wantsPrestart(report, { KPIKIT_READ_THREAD: "1" }, () => 10, 1)).toBe(true);
    expect(wantsPrestart(report, { KPIKIT_DIGEST_THREAD: "1" }, () => 10, 2)).toBe(true);
  });

  it("starts at the smaller of the digest's and the reading's thresholds", () => {
    expect(PRESTART_MIN_BYTES).toBe(Math.min(DIGEST_THREAD_MIN_BYTES, READ_THREAD_MIN_BYTES));
  });
});

describe("prestartWorker", { timeout: 20_000 }, () => {
  it("gives a thread that startDigestWorker takes and uses", async () => {
    const started = prestartWorker(pathToFileURL(CLI[0]!));
    const worker = startDigestWorker(pathToFileURL("file:///not/used.mjs"), { prestarted: started });
    try {
      const batch = toMeasurementBatch(lines.slice(0, 5));
      expect(await worker.digest(batch, sortById(idStoreOf(batch)!))).toBe(digestMeasurements(lines.slice(0, 5)));
    } finally {
      await worker.close();
    }
    // Closed with the command's worker: a thread that has stopped has no id.
    expect(started.worker.threadId).toBe(-1);
  });

  it("keeps a thread's stop before it is taken: the digest is refused at once, not waited for", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-kit-prestart-"));
    const script = join(dir, "exits.mjs");
    writeFileSync(script, "process.exit(4);\n");
    const started = prestartWorker(pathToFileURL(script));
    await once(started.worker, "exit");
    expect(started.exitCode).toBe(4);
    const worker = startDigestWorker(pathToFileURL(script), { prestarted: started });
    try {
      const batch = toMeasurementBatch(lines.slice(0, 3));
      await expect(worker.digest(batch, sortById(idStoreOf(batch)!))).rejects.toThrow(/exit code 4/);
    } finally {
      await worker.close();
    }
  });

  it("is stopped by a command that does not take it", async () => {
    const started = prestartWorker(pathToFileURL(CLI[0]!));
    const exited = once(started.worker, "exit");
    let out = "";
    const code = await runCli(["schema", "measurement"], { stdout: (t) => (out += t), stderr: () => undefined, stderrIsTerminal: false, prestartedWorker: started });
    expect(code).toBe(0);
    expect(JSON.parse(out).title).toBe("kpi-kit measurement");
    await exited;
    expect(started.exitCode).not.toBeNull();
  });
});
