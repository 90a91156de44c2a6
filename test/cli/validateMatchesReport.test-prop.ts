import { describe, expect } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadInputs } from "../../src/cli/loadInputs.js";
import { buildReport } from "../../src/report/index.js";

// `kpi-kit validate` is loadInputs; `kpi-kit report` is loadInputs and then buildReport. One check path means: a
// batch that loadInputs accepts never makes buildReport throw. The batches are the example municipality's first March
// record of each KPI (one per measure kind), with one field or one reference broken at a time.
const base: Record<string, unknown>[] = (() => {
  const seen = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync("examples/measurements.ndjson", "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const m = JSON.parse(line) as Record<string, unknown>;
    if (!seen.has(m["kpiId"] as string) && String(m["at"]).startsWith("2026-03")) seen.set(m["kpiId"] as string, m);
  }
  return [...seen.values()];
})();
const kpiIds = [...new Set(base.map((m) => m["kpiId"] as string))];
const subjects = [...new Set(base.map((m) => m["subjectId"] as string)), "ezerkrasts", "lv"];
const dir = mkdtempSync(join(tmpdir(), "kpi-kit-onepath-"));

type Break = (batch: Record<string, unknown>[], i: number, j: number) => void;
const breaks: Record<string, Break> = {
  dropValue: (b, i) => delete b[i]?.["value"],
  dropNumerator: (b, i) => delete b[i]?.["numerator"],
  dropDenominator: (b, i) => delete b[i]?.["denominator"],
  dropWeight: (b, i) => delete b[i]?.["weight"],
  valueOnly: (b, i) => {
    const m = b[i] as Record<string, unknown>;
    m["value"] = 3;
    delete m["numerator"];
    delete m["denominator"];
  },
  ratioOnly: (b, i) => {
    const m = b[i] as Record<string, unknown>;
    delete m["value"];
    m["numerator"] = 1;
    m["denominator"] = 2;
  },
  surveySeven: (b, i) => Object.assign(b[i] as object, { value: 7 }),
  surveyHalf: (b, i) => Object.assign(b[i] as object, { value: 2.5 }),
  zeroDenominator: (b, i) => Object.assign(b[i] as object, { numerator: 0, denominator: 0 }),
  huge: (b, i) => Object.assign(b[i] as object, { numerator: 1e308, denominator: 1e308, value: 1e308, weight: 1e308 }),
  otherKpi: (b, i, j) => Object.assign(b[i] as object, { kpiId: kpiIds[j % kpiIds.length] }),
  otherSubject: (b, i, j) => Object.assign(b[i] as object, { subjectId: subjects[j % subjects.length] }),
  supersedesOther: (b, i, j) => Object.assign(b[i] as object, { supersedes: b[j % b.length]?.["id"], recordedAt: "2026-05-01T00:00:00Z" }),
  supersedesLoop: (b, i, j) => {
    const k = j % b.length === i ? (i + 1) % b.length : j % b.length;
    Object.assign(b[i] as object, { supersedes: b[k]?.["id"] });
    Object.assign(b[k] as object, { supersedes: b[i]?.["id"] });
  },
  recordedBefore: (b, i, j) => {
    const k = j % b.length === i ? (i + 1) % b.length : j % b.length;
    Object.assign(b[k] as object, { recordedAt: "2026-04-01T00:00:00Z" });
    Object.assign(b[i] as object, { kpiId: b[k]?.["kpiId"], subjectId: b[k]?.["subjectId"], supersedes: b[k]?.["id"], recordedAt: "2026-03-01T00:00:00Z" });
  },
};

describe("validate and report share one check path", () => {
  test.prop([fc.constantFrom(...Object.keys(breaks)), fc.nat({ max: base.length - 1 }), fc.nat({ max: 50 })], { numRuns: 60 })(
    "a batch that validate accepts never fails in report",
    async (name, i, j) => {
      const batch = base.map((m) => ({ ...m }));
      breaks[name]?.(batch, i, j);
      const path = join(dir, "m.ndjson");
      writeFileSync(path, batch.map((m) => JSON.stringify(m)).join("\n"));
      try {
        await loadInputs({ workspace: "examples/workspace.json", measurements: path }, "lean");
      } catch {
        return; // validate refuses: report refuses too (the lean check answers as the whole batch's, below).
      }
      const inputs = await loadInputs({ workspace: "examples/workspace.json", measurements: path });
      const report = (): unknown =>
        buildReport(inputs.workspace, inputs.measurements ?? [], {
          audience: "technical", scope: "ezerkrasts", period: "2026-03", asOf: "2026-05-05T12:00:00+03:00", locale: "en",
        });
      expect(report).not.toThrow();
    },
    // 60 batches read twice and a report each: about 2 s here, more than 5 s once on a loaded machine.
    30_000,
  );
});

// `validate` keeps a lean batch: each record is checked against the workspace as it is read and its values let go.
// It must answer exactly as the whole batch's check does: the same error (message with file, line and id, code,
// path), or the same records kept.
describe("lean validate answers as the whole batch's check", () => {
  const outcome = async (path: string, lean: boolean): Promise<unknown> => {
    try {
      const files = { workspace: "examples/workspace.json", measurements: path };
      const m = (lean ? await loadInputs(files, "lean") : await loadInputs(files)).measurements!;
      return { length: m.length, kpi: [...m.kpi], subject: [...m.subject], status: [...m.status], recordedAt: [...m.recordedAt], supersedes: [...m.supersedes], id: m.id };
    } catch (error) {
      const e = error as { message: string; code?: unknown; path?: unknown };
      return { message: e.message, code: e.code, path: e.path };
    }
  };
  test.prop(
    [fc.array(fc.tuple(fc.constantFrom(...Object.keys(breaks)), fc.nat({ max: base.length - 1 }), fc.nat({ max: 50 })), { maxLength: 3 }), fc.boolean()],
    { numRuns: 60 },
  )("gives the same error or the same records, from NDJSON and CSV", async (broken, csv) => {
    const batch = base.map((m) => ({ ...m }));
    for (const [name, i, j] of broken) breaks[name]?.(batch, i, j);
    const path = join(dir, csv ? "lean.csv" : "lean.ndjson");
    writeFileSync(path, csv ? toCsv(batch) : batch.map((m) => JSON.stringify(m)).join("\n"));
    expect(await outcome(path, true)).toEqual(await outcome(path, false));
  });
});

const CSV_FIELDS = ["id", "kpiId", "subjectId", "at", "value", "numerator", "denominator", "weight", "source", "collection", "status", "recordedAt", "supersedes"];
function toCsv(batch: readonly Record<string, unknown>[]): string {
  const cell = (x: unknown): string => (x === undefined ? "" : x === null ? "null" : String(x));
  return [CSV_FIELDS.join(","), ...batch.map((m) => CSV_FIELDS.map((f) => cell(m[f])).join(","))].join("\n") + "\n";
}
