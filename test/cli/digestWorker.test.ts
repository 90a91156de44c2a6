import { afterEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { digestOfRequest, digestRequestOf } from "../../src/cli/digestWorker.js";
import { DIGEST_WORKER_DATA } from "../../src/cli/digestWorkerData.js";
import { runCli } from "../../src/cli/runCli.js";
import { DIGEST_THREAD_MIN_BYTES, startDigestWorker, wantsDigestThread } from "../../src/cli/startDigestWorker.js";
import { IdStore } from "../../src/internal/idStore.js";
import { sortById } from "../../src/internal/sortById.js";
import { idStoreOf } from "../../src/model/_lib/batchIds.js";
import { createBatchBuilder } from "../../src/model/_lib/createBatchBuilder.js";
import type { MeasurementBatch } from "../../src/model/measurementBatch.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { digestMeasurements } from "../../src/report/digestMeasurements.js";
import { CLI } from "../cliCommand.js";

const lines = readFileSync("examples/measurements.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as Record<string, unknown>);
const dir = mkdtempSync(join(tmpdir(), "kpi-kit-digest-"));

// The example's records in shared columns, with an id of a character above U+00FF (kept as a string), a null value
// and a correction: every kind of field the digest writes.
function sharedBatch(): MeasurementBatch {
  const builder = createBatchBuilder({ shared: true });
  for (const m of lines) builder.add(m);
  const csat = lines.find((m) => m["kpiId"] === "csc-waiting-time")!;
  builder.add({ ...csat, id: "ā-wide", value: null, weight: 0 });
  builder.add({ ...lines[0], id: "corrects-0", supersedes: lines[0]!["id"], recordedAt: "2026-12-01T00:00:00Z" });
  return builder.finish();
}

describe("digestOfRequest", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([]);
    expect(digestOfRequest({ batch: { ...batch, supersedes: [] }, ids: new IdStore(0).parts(), byId: new Uint32Array(0) })).toBe(
      "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945",
    );
  });

  it("gives the batch's digest from the request as another thread receives it (structured clone, shared memory)", () => {
    const batch = sharedBatch();
    expect(batch.value.buffer).toBeInstanceOf(SharedArrayBuffer);
    const received = structuredClone(digestRequestOf(batch, sortById(idStoreOf(batch)!)));
    // The columns and the id bytes arrive as views of the same memory, not copies.
    expect(received.batch.value.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(received.ids.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(received.byId.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(digestOfRequest(received)).toBe(digestMeasurements(lines.concat(extraRecords())));
  });
});

// The two records sharedBatch adds, as records (for the digest computed another way).
function extraRecords(): Record<string, unknown>[] {
  const csat = lines.find((m) => m["kpiId"] === "csc-waiting-time")!;
  return [{ ...csat, id: "ā-wide", value: null, weight: 0 }, { ...lines[0], id: "corrects-0", supersedes: lines[0]!["id"], recordedAt: "2026-12-01T00:00:00Z" }];
}

describe("digestRequestOf", () => {
  it("matches the documented example", () => {
    const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 }]);
    const request = digestRequestOf(batch, new Uint32Array([0]));
    expect([request.batch.length, request.ids.ends.length, "id" in request.batch]).toEqual([1, 1, false]);
  });

  it("refuses a batch without id bytes (built by hand)", () => {
    const batch = toMeasurementBatch([{ id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 }]);
    const byHand = { ...batch, id: [...batch.id] };
    expect(() => digestRequestOf(byHand, new Uint32Array([0]))).toThrow(/keeps no id bytes/);
  });
});

describe("wantsDigestThread", () => {
  it("matches the documented example", () => {
    expect([wantsDigestThread(200e6, {}, 2), wantsDigestThread(200e6, {}, 1), wantsDigestThread(1e3, { KPIKIT_DIGEST_THREAD: "1" }, 2)]).toEqual([true, false, true]);
  });

  it("takes a second thread from the threshold's size on, unless KPIKIT_DIGEST_THREAD=0", () => {
    expect(wantsDigestThread(DIGEST_THREAD_MIN_BYTES - 1, {}, 8)).toBe(false);
    expect(wantsDigestThread(DIGEST_THREAD_MIN_BYTES, {}, 8)).toBe(true);
    expect(wantsDigestThread(null, {}, 8)).toBe(false);
    expect(wantsDigestThread(1e12, { KPIKIT_DIGEST_THREAD: "0" }, 8)).toBe(false);
  });
});

describe("DIGEST_WORKER_DATA", () => {
  it("matches the documented example", () => {
    expect(DIGEST_WORKER_DATA.kpiKit).toBe("digest");
  });
});

describe("startDigestWorker", { timeout: 60_000 }, () => {
  it("computes the digest on a worker thread running the executable (the CLI bundled from source)", async () => {
    const worker = startDigestWorker(pathToFileURL(CLI[0]!));
    try {
      const batch = sharedBatch();
      const want = digestMeasurements(lines.concat(extraRecords()));
      expect(await worker.digest(batch, sortById(idStoreOf(batch)!))).toBe(want);
      // Again on the same thread: one answer per request.
      const small = toMeasurementBatch(lines.slice(0, 5));
      expect(await worker.digest(small, sortById(idStoreOf(small)!))).toBe(digestMeasurements(lines.slice(0, 5)));
    } finally {
      await worker.close();
    }
  });

  it("rejects when the thread stops without an answer", async () => {
    const script = join(dir, "exits.mjs");
    writeFileSync(script, "process.exit(3);\n");
    const worker = startDigestWorker(pathToFileURL(script));
    try {
      const batch = toMeasurementBatch(lines.slice(0, 3));
      await expect(worker.digest(batch, sortById(idStoreOf(batch)!))).rejects.toThrow(/stopped \(exit code 3\)|exit code/);
    } finally {
      await worker.close();
    }
  });
});

describe("kpi-kit report with the digest on a second thread", { timeout: 60_000 }, () => {
  const args = ["report", "examples/workspace.json", "--measurements", "examples/measurements.ndjson", "--period", "2026-03",
    "--as-of", "2026-04-05T12:00:00+03:00", "--audience", "technical", "--format", "json"];
  afterEach(() => {
    delete process.env["KPIKIT_DIGEST_THREAD"];
  });

  it("writes the same report as with the digest on the main thread (the executable)", () => {
    const run = (setting: string): string => {
      const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, KPIKIT_DIGEST_THREAD: setting } });
      expect(r.stderr).toBe("");
      return r.stdout;
    };
    const threaded = run("1");
    expect(JSON.parse(threaded).provenance.measurementsDigest).toBe(digestMeasurements(lines));
    expect(threaded).toBe(run("0"));
  });

  it("computes the digest itself when the thread fails", async () => {
    const script = join(dir, "exits-too.mjs");
    writeFileSync(script, "process.exit(1);\n");
    process.env["KPIKIT_DIGEST_THREAD"] = "1";
    let stdout = "";
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: () => undefined, stderrIsTerminal: false, workerScript: pathToFileURL(script) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).provenance.measurementsDigest).toBe(digestMeasurements(lines));
  });
});
