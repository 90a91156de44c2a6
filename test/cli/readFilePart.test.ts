import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadInputs } from "../../src/cli/loadInputs.js";
import { runCli } from "../../src/cli/runCli.js";
import { planFileSplit } from "../../src/cli/planFileSplit.js";
import { abandonPart, createPartControl, PartState, partProgress, readFilePart, stopPart } from "../../src/cli/readFilePart.js";
import { LineIndex } from "../../src/cli/lineIndex.js";
import { createRecordSink } from "../../src/cli/recordSink.js";
import { startDigestWorker, type DigestWorker } from "../../src/cli/startDigestWorker.js";
import { createBatchBuilder } from "../../src/model/_lib/createBatchBuilder.js";
import { CLI } from "../cliCommand.js";

// A measurement file read on two threads (the main thread up to the middle, a real worker thread running the CLI
// bundled from source from there) gives what one thread gives: the same records, columns, ids and lines, or the same
// error with the same file:line — for a plain file, and for every way the worker's part can go wrong, when the main
// thread reads the part itself.
const records = readFileSync("examples/measurements.ndjson", "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
const dir = mkdtempSync(join(tmpdir(), "kpi-kit-two-threads-"));
const FIELDS = ["id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight", "source", "collection", "status", "recordedAt", "supersedes"];
const csvCell = (x: unknown): string => {
  if (x === undefined) return "";
  const s = x === null ? "null" : String(x);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const ndjson = (batch: readonly Record<string, unknown>[]): string => batch.map((m) => JSON.stringify(m)).join("\n") + "\n";
const csv = (batch: readonly Record<string, unknown>[]): string => [FIELDS.join(","), ...batch.map((m) => FIELDS.map((f) => csvCell(m[f])).join(","))].join("\n") + "\n";

let worker: DigestWorker;
beforeAll(() => {
  worker = startDigestWorker(pathToFileURL(CLI[0]!));
});
afterAll(async () => {
  await worker.close();
});

// Whether the worker's part was taken in, for each file read on two threads.
let taken: boolean[] = [];

async function outcome(path: string, lean: boolean, withWorker: boolean): Promise<unknown> {
  try {
    const files = {
      workspace: "examples/workspace.json", measurements: path, worker: withWorker ? worker : undefined,
      onSplit: (t: boolean) => void taken.push(t),
    };
    const loaded = lean ? await loadInputs(files, "lean") : await loadInputs(files);
    const m = loaded.measurements!;
    const columns = Object.fromEntries(
      Object.entries(m).map(([k, v]) => [k, ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v instanceof Map ? [...v] : v]),
    );
    const lines = Array.from({ length: m.length }, (_, i) => loaded.origins.at(i));
    return { columns, id: m.id, lines };
  } catch (error) {
    const e = error as { message: string; code?: unknown; path?: unknown };
    return { message: e.message, code: e.code, path: e.path };
  }
}

// The same outcome, lean (validate) and whole (report); and whether the worker's part was taken in each time.
async function expectSameAsOneThread(path: string, wantTaken: boolean): Promise<void> {
  for (const lean of [true, false]) {
    const one = await outcome(path, lean, false);
    taken = [];
    const two = await outcome(path, lean, true);
    expect(two).toEqual(one);
    expect(taken).toEqual([wantTaken]);
  }
}

describe("reading a measurement file on two threads", { timeout: 120_000 }, () => {
  for (const [format, write] of [["ndjson", ndjson], ["csv", csv]] as const) {
    it(`gives the records one thread gives (${format}, the example municipality)`, async () => {
      const path = join(dir, `plain.${format}`);
      writeFileSync(path, write(records));
      const one = (await outcome(path, false, false)) as { id: string[]; lines: string[] };
      expect(one.id.length).toBe(records.length);
      // Lines: CSV has its header on line 1.
      expect(one.lines[records.length - 1]).toBe(`${path}:${records.length + (format === "csv" ? 1 : 0)}`);
      await expectSameAsOneThread(path, true);
    });

    it(`gives the error one thread gives for a bad record in either part (${format})`, async () => {
      for (const at of [0.25, 0.75]) {
        const batch = records.map((m) => ({ ...m }));
        const i = Math.floor(batch.length * at);
        batch[i]!["value"] = "abc";
        const path = join(dir, `bad-${at}.${format}`);
        writeFileSync(path, write(batch));
        const got = (await outcome(path, true, true)) as { message: string };
        expect(got.message).toContain(`:${i + 1 + (format === "csv" ? 1 : 0)}`);
        // A bad record in the main thread's part stops the reading before the split.
        taken = [];
        await outcome(path, true, true);
        expect(taken).toEqual(at < 0.5 ? [] : [false]);
      }
    });

    it(`gives the error one thread gives for a record that does not fit the workspace, and for repeated ids (${format})`, async () => {
      const batch = records.map((m) => ({ ...m }));
      batch[Math.floor(batch.length * 0.8)]!["kpiId"] = "no-such-kpi";
      batch[Math.floor(batch.length * 0.9)]!["id"] = batch[3]!["id"];
      const path = join(dir, `misfit.${format}`);
      writeFileSync(path, write(batch));
      for (const lean of [true, false]) {
        const one = await outcome(path, lean, false);
        taken = [];
        expect(await outcome(path, lean, true)).toEqual(one);
        // validate checks each record as it is read: the worker's part has the misfit; report checks the batch after.
        expect(taken).toEqual([!lean]);
      }
    });
  }

  it("reads the part itself when a quoted field spans the split (CSV)", async () => {
    // Records around the middle with a source of many lines in quotes; the first record's source is padded until
    // the split falls inside one (an odd number of quotes before it).
    const path = join(dir, "quoted.csv");
    const multiline = Array.from({ length: 40 }, (_, k) => `l${k}`).join("\n");
    let inside = false;
    for (let pad = 0; pad < 200 && !inside; pad++) {
      const batch = records.map((m, i) => (Math.abs(i - records.length / 2) < 200 ? { ...m, source: multiline } : { ...m }));
      batch[0]!["source"] = "p".repeat(pad);
      writeFileSync(path, csv(batch));
      const at = planFileSplit(path, "csv", 0.5, 0)!.at;
      inside = (readFileSync(path).subarray(0, at).toString("latin1").split('"').length - 1) % 2 === 1;
    }
    expect(inside).toBe(true);
    await expectSameAsOneThread(path, false);
    expect(((await outcome(path, false, true)) as { id: string[] }).id.length).toBe(records.length);
  });

  for (const [format, write] of [["ndjson", ndjson], ["csv", csv]] as const) {
    it(`reads a line with a byte-order mark at the split as one thread does (${format})`, async () => {
      const path = join(dir, `bom.${format}`);
      const text = write(records);
      writeFileSync(path, text);
      const at = planFileSplit(path, format, 0.5, 0)!.at;
      writeFileSync(path, Buffer.concat([Buffer.from(text).subarray(0, at), Buffer.from("\uFEFF"), Buffer.from(text).subarray(at)]));
      expect(planFileSplit(path, format, 0.5, 0)!.at).toBe(at);
      // NDJSON: a byte-order mark is skipped on any line (the worker's part is taken in); CSV: kept in the id, which
      // the id's pattern refuses (the main thread reads the part and gives the error).
      await expectSameAsOneThread(path, format === "ndjson");
    });
  }

  it("stops the worker's part when the main thread's records reach its rows, and reads it itself", async () => {
    // Lines padded with white space: the first MiB's (500 spaces) make the plan expect about 1 500 records a MiB;
    // short lines (none) up to past the middle outnumber the rows that gives the main thread, and long lines (1 500)
    // after it fit in the worker's. (Whether the worker is still reading when it is stopped depends on the threads'
    // speed: either way the main thread reads its part.)
    const padded = (m: Record<string, unknown>, n: number): string => JSON.stringify(m).replace("{", `{${" ".repeat(n)}`);
    const path = join(dir, "uneven.ndjson");
    const lines = records.map((m, i) => (i < 2000 ? padded(m, 500) : i < 11000 ? JSON.stringify(m) : padded(m, 1500)));
    writeFileSync(path, lines.join("\n") + "\n");
    const plan = planFileSplit(path, "ndjson", 0.5, 0)!;
    const mainRecords = readFileSync(path).subarray(0, plan.at).toString("utf8").split("\n").length - 1;
    expect(mainRecords).toBeGreaterThan(plan.from);
    const workerRecords = records.length - mainRecords;
    expect(workerRecords).toBeLessThanOrEqual(plan.capacity - plan.from);
    await expectSameAsOneThread(path, false);
  });
});

describe("readFilePart", () => {
  it("does not start a part stopped before it starts", async () => {
    const control = createPartControl();
    stopPart(control);
    const owner = createBatchBuilder({ expectedRecords: 10, shared: true, idBytes: 100 });
    const reply = await readFilePart({
      kind: "read", path: "examples/measurements.ndjson", format: "ndjson", start: 0, header: null, workspace: null,
      region: owner.region(), from: 0, byteFrom: 0, control,
    });
    expect(reply).toEqual({ kind: "read", error: "stopped before it started" });
    expect(Atomics.load(control, 1)).toBe(PartState.Stopped);
  });

  it("answers a part that outgrows its room with an error, and is done", async () => {
    const control = createPartControl();
    const owner = createBatchBuilder({ expectedRecords: 10, shared: true, idBytes: 1 << 20 });
    const reply = await readFilePart({
      kind: "read", path: "examples/measurements.ndjson", format: "ndjson", start: 0, header: null, workspace: null,
      region: owner.region(), from: 5, byteFrom: 0, control,
    });
    expect("error" in reply && reply.error).toMatch(/full/);
    expect(Atomics.load(control, 1)).toBe(PartState.Done);
  });
});

describe("kpi-kit validate and report on two threads", { timeout: 120_000 }, () => {
  const report = ["report", "examples/workspace.json", "--period", "2026-03", "--as-of", "2026-04-05T12:00:00+03:00", "--audience", "technical", "--format", "json"];
  afterEach(() => {
    delete process.env["KPIKIT_READ_THREAD"];
  });

  it("write what they write on one thread (the executable, NDJSON and CSV)", () => {
    for (const [format, write] of [["ndjson", ndjson], ["csv", csv]] as const) {
      const path = join(dir, `cli.${format}`);
      writeFileSync(path, write(records));
      for (const args of [["validate", "examples/workspace.json", "--measurements", path], [...report, "--measurements", path]]) {
        const run = (setting: string): string => {
          const r = spawnSync(process.execPath, [...CLI, ...args], {
            encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, KPIKIT_READ_THREAD: setting, KPIKIT_DIGEST_THREAD: setting },
          });
          expect(r.stderr).toBe("");
          expect(r.status).toBe(0);
          return r.stdout;
        };
        expect(run("1")).toBe(run("0"));
      }
    }
  });

  it("read the file on the main thread when the worker thread fails", async () => {
    const script = join(dir, "exits.mjs");
    writeFileSync(script, "process.exit(1);\n");
    const path = join(dir, "cli-fails.ndjson");
    writeFileSync(path, ndjson(records));
    process.env["KPIKIT_READ_THREAD"] = "1";
    for (const args of [["validate", "examples/workspace.json", "--measurements", path], [...report, "--measurements", path]]) {
      let stdout = "";
      const io = { stdout: (t: string) => void (stdout += t), stderr: () => undefined, stderrIsTerminal: false };
      expect(await runCli(args, { ...io, workerScript: pathToFileURL(script) })).toBe(0);
      let alone = "";
      expect(await runCli(args, { ...io, stdout: (t: string) => void (alone += t) })).toBe(0);
      expect(stdout).toBe(alone);
    }
  });
});

describe("createPartControl", () => {
  it("matches the documented example", () => {
    const control = createPartControl();
    expect([control.length, control.buffer instanceof SharedArrayBuffer, partProgress(control)]).toEqual([4, true, { records: 0, bytes: 0 }]);
  });
});

describe("partProgress", () => {
  it("matches the documented example", () => {
    expect(partProgress(createPartControl())).toEqual({ records: 0, bytes: 0 });
  });
});

describe("abandonPart", () => {
  it("matches the documented example", () => {
    const control = createPartControl();
    abandonPart(control);
    expect(Atomics.load(control, 0)).toBe(1);
  });
});

describe("stopPart", () => {
  it("matches the documented example", () => {
    const control = createPartControl();
    stopPart(control);
    expect(Atomics.load(control, 1) === PartState.Stopped).toBe(true);
  });

  it("gives up on a part that never stops", () => {
    const control = createPartControl();
    Atomics.store(control, 1, PartState.Running);
    expect(() => stopPart(control, 50)).toThrow(/did not stop/);
  });
});

describe("createRecordSink", () => {
  it("matches the documented example", () => {
    const builder = createBatchBuilder();
    const lines = new LineIndex();
    const sink = createRecordSink("m.ndjson", builder, lines);
    const line = Buffer.from('{"id":"m1","kpiId":"k","subjectId":"s","at":"2026-01-01T00:00:00Z","value":1}');
    expect([sink.tryLine(line, 0, line.length, 7), builder.length, lines.at(0)]).toEqual([true, 1, 7]);
  });

  it("names the file, line and id of a bad record", () => {
    const builder = createBatchBuilder();
    const lines = new LineIndex();
    const sink = createRecordSink("m.ndjson", builder, lines);
    expect(() => sink.onRecord({ id: "m1", kpiId: "k", subjectId: "s", at: "nope", value: 1 }, 4)).toThrow(/^m\.ndjson:4 \(measurement "m1"\): at: "nope" /s);
  });
});
