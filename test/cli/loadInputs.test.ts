import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/errors.js";
import { loadInputs, locateRecords } from "../../src/cli/loadInputs.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findMissingPeers } from "../../src/cli/checkOptionalPeers.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";

const measurements = toMeasurementBatch([
  { id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 1 },
  { id: "m2", kpiId: "k", subjectId: "s", at: 0, value: 2 },
]);
// The origins of m1 and m2, by id and by index, as loadInputs gives them.
const byId = new Map([
  ["m1", "m.csv:2"],
  ["m2", "m.csv:7"],
]);
const origins = { get: (id: string) => byId.get(id), at: (i: number) => ["m.csv:2", "m.csv:7"][i] };

describe("locateRecords", () => {
  it("names the file and line of a measurement given by its index in the report's input", () => {
    const error = new KpiError("unknown_reference", "buildReport: measurements[1].kpiId: nope", { path: ["measurements", 1, "kpiId"] });
    locateRecords(error, measurements, origins);
    // …and the field, as validate names it
    expect(error.message).toBe('m.csv:7 (measurement "m2"): buildReport: measurements[1].kpiId: nope (field kpiId)');
  });

  it("names the file and line of each measurement named by id, once each", () => {
    const error = new KpiError("invalid_argument", 'aggregateRows: overflow in "m1" and "m2" (measurement "m2")', { path: [0] });
    locateRecords(error, measurements, origins);
    expect(error.message.startsWith('m.csv:2 (measurement "m1"), m.csv:7 (measurement "m2"): ')).toBe(true);
  });

  it("leaves an error that names no measurement as it is", () => {
    const error = new KpiError("invalid_period", 'buildReport: "2026-13" is not a month', { path: ["options", "period"] });
    locateRecords(error, measurements, origins);
    expect(error.message).toBe('buildReport: "2026-13" is not a month');
  });
});

describe("findMissingPeers", () => {
  it("lists the packages that cannot be loaded, in order", async () => {
    const load = (name: string) => (name === "present" ? Promise.resolve({}) : Promise.reject(new Error(`Cannot find package '${name}'`)));
    expect(await findMissingPeers(["a", "present", "b"], load)).toEqual(["a", "b"]);
  });

  it("finds vega and vega-lite installed in this repository", async () => {
    expect(await findMissingPeers(["vega", "vega-lite"], (name) => import(name))).toEqual([]);
  });
});

describe("loadInputs", () => {
  it("reads every record when the file's first MiB makes it look shorter or longer than it is", async () => {
    // The columns are allocated for the records the first MiB suggests; a guess too low or too high costs a copy,
    // never a record.
    const dir = mkdtempSync(join(tmpdir(), "kpi-kit-expect-"));
    const line = (i: number, source: string) => `{"id":"m${i}","kpiId":"k","subjectId":"s","at":${i},"value":1${source === "" ? "" : `,"source":"${source}"`}}`;
    const long = "x".repeat(190);
    const lowGuess = [...Array.from({ length: 5000 }, (_, i) => line(i, long)), ...Array.from({ length: 40_000 }, (_, i) => line(5000 + i, ""))];
    const highGuess = [...Array.from({ length: 20_000 }, (_, i) => line(i, "")), ...Array.from({ length: 8000 }, (_, i) => line(20_000 + i, long))];
    for (const [name, lines] of [["low.ndjson", lowGuess], ["high.ndjson", highGuess]] as const) {
      const path = join(dir, name);
      writeFileSync(path, lines.join("\n") + "\n");
      const { measurements } = await loadInputs({ workspace: "examples/workspace.json", measurements: path, checkMeasurements: false });
      expect({ name, length: measurements?.length, last: measurements?.id.at(-1) }).toEqual({ name, length: lines.length, last: `m${lines.length - 1}` });
    }
  });

  it("reads a file of several MiB as its lines say, record by record, from NDJSON and from CSV", async () => {
    // Chunks of 1 MiB are read into one buffer: records across their edges, ids of every length, a new instant per
    // record (the instants' cache fills with entries from many chunks) and texts that repeat.
    const dir = mkdtempSync(join(tmpdir(), "kpi-kit-chunks-"));
    const n = 40_000;
    const subjects = ["svc-building-permits", "svc-customer-service", "svc-home-care", "svc-library"];
    const records = Array.from({ length: n }, (_, i) => ({
      id: `r${i}-${"x".repeat(i % 97)}`,
      kpiId: "recipient-satisfaction",
      subjectId: subjects[i % subjects.length]!,
      at: new Date(Date.UTC(2026, 0, 1) + i * 61_000).toISOString(),
      value: (i % 5) + 1,
    }));
    const ndjson = join(dir, "m.ndjson");
    writeFileSync(ndjson, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const csv = join(dir, "m.csv");
    writeFileSync(csv, `id,kpiId,subjectId,at,value\n${records.map((r) => `${r.id},${r.kpiId},${r.subjectId},${r.at},${r.value}`).join("\n")}\n`);
    for (const path of [ndjson, csv]) {
      const { measurements } = await loadInputs({ workspace: "examples/workspace.json", measurements: path, checkMeasurements: false });
      const m = measurements!;
      const read = Array.from({ length: m.length }, (_, i) => ({
        id: m.id[i],
        kpiId: m.kpiIds[m.kpi[i]!],
        subjectId: m.subjectIds[m.subject[i]!],
        at: new Date(m.at[i]!).toISOString(),
        value: m.value[i],
      }));
      expect(read).toEqual(records);
    }
  });

  it("names each record's line after blank lines, and in a JSON array written over many lines a record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-kit-lines-"));
    const record = (i: number) => ({ id: `m${i}`, kpiId: "recipient-satisfaction", subjectId: "svc-library", at: "2026-01-05T10:00:00Z", value: 4 });
    const n = 3000;
    // Blank lines after every 700th record; a JSON array of 2-space indented records (over 1 024 of them, so the runs
    // give way to one line a record).
    const ndjson = Array.from({ length: n }, (_, i) => JSON.stringify(record(i)) + (i % 700 === 699 ? "\n\n" : "")).join("\n") + "\n";
    const csv = `id,kpiId,subjectId,at,value\n${Array.from({ length: n }, (_, i) => {
      const r = record(i);
      return `${r.id},${r.kpiId},${r.subjectId},${r.at},${r.value}` + (i % 700 === 699 ? "\n" : "");
    }).join("\n")}\n`;
    const json = JSON.stringify(Array.from({ length: n }, (_, i) => record(i)), null, 2);
    for (const [name, text] of [["m.ndjson", ndjson], ["m.csv", csv], ["m.json", json]] as const) {
      const path = join(dir, name);
      writeFileSync(path, text);
      // Each record's line, found in the text by its id.
      const lineOf = new Map<string, number>();
      text.split("\n").forEach((line, k) => {
        const id = /"id": ?"(m\d+)"|^(m\d+),/.exec(line);
        if (id !== null) lineOf.set(id[1] ?? id[2]!, k + 1);
      });
      const { measurements, origins } = await loadInputs({ workspace: "examples/workspace.json", measurements: path, checkMeasurements: false });
      expect(measurements!.length).toBe(n);
      // A JSON array's record starts on the line of its "{", the one before its id's.
      const at = (id: string) => `${path}:${lineOf.get(id)! - (name === "m.json" ? 1 : 0)}`;
      for (const i of [0, 699, 700, 1500, 2999]) expect(origins.at(i)).toBe(at(`m${i}`));
      expect(origins.get("m2100")).toBe(at("m2100"));
    }
  });

  it("names the line of an id used twice after blank lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kpi-kit-lines-"));
    const row = (id: string) => `${id},recipient-satisfaction,svc-customer-service,2026-01-05T10:00:00Z,4`;
    const path = join(dir, "m.csv");
    // Lines: 1 header, 2 m1, 3 m2, 4 and 5 blank, 6 m3, 7 m2 again.
    writeFileSync(path, ["id,kpiId,subjectId,at,value", row("m1"), row("m2"), "", "", row("m3"), row("m2")].join("\n") + "\n");
    await expect(loadInputs({ workspace: "examples/workspace.json", measurements: path })).rejects.toThrow(`${path}:7 (measurement "m2")`);
  });
});
