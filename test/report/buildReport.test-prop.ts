import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isKpiError } from "../../src/errors.js";
import type { Measurement } from "../../src/model/measurement.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { buildReport } from "../../src/report/index.js";
import { breaks, build, options, specArb, workspace, type Raw } from "../model/brokenBatches.js";

// Issue 12: buildReport takes a measurement batch (columns) as it takes records. The oracle is the record path: for
// every batch — valid, or with one field or one reference broken — the batch path either gives the same report, or
// fails with the same error (code, path and message). A record the schema refuses cannot enter a batch: it fails in
// toMeasurementBatch exactly as in parseMeasurements.

const outcome = (f: () => unknown): { ok: unknown } | { code: string; path: unknown; message: string } => {
  try {
    return { ok: f() };
  } catch (error) {
    if (!isKpiError(error)) throw error;
    return { code: error.code, path: error.path, message: error.message };
  }
};

describe("buildReport", () => {
  test.prop(
    [
      fc.array(specArb, { minLength: 1, maxLength: 6 }),
      fc.constantFrom(...Object.keys(breaks)),
      fc.nat(),
      fc.nat(),
      fc.constantFrom("management", "technical", "public"),
      fc.constantFrom("2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z", "2026-04-09T00:00:00Z"),
    ],
    { numRuns: 300 },
  )("gives the same report, or the same error, from a batch as from the records", (specs, name, i, j, audience, asOf) => {
    const records = build(specs);
    breaks[name]?.(records, i % records.length, j);
    const reportOptions = { ...options, audience, asOf } as const;
    const parsed = outcome(() => toMeasurementBatch(records.map((m) => ({ ...m }))));
    if (!("ok" in parsed)) {
      // Refused record by record: the very error of parseMeasurements.
      expect(parsed).toEqual(outcome(() => parseMeasurements(records.map((m) => ({ ...m })), workspace)));
      return;
    }
    const fromRecords = outcome(() => buildReport(workspace, records as unknown as Measurement[], reportOptions));
    const fromBatch = outcome(() => buildReport(workspace, parsed.ok as ReturnType<typeof toMeasurementBatch>, reportOptions));
    expect({ name, ...fromBatch }).toEqual({ name, ...fromRecords });
  });

  test.prop([fc.array(specArb, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 4 }), fc.integer()], { numRuns: 60 })(
    "gives the same report from a batch whatever the order of its records, with repeated instants (duplicates)",
    (specs, copies, seed) => {
      // Each record repeated `copies` times under new ids (duplicates in the data-quality sense), then shuffled.
      const records: Raw[] = [];
      for (let c = 0; c < copies; c++) {
        for (const r of build(specs)) {
          const copy: Raw = { ...r, id: `${String(r["id"])}~${c}` };
          if (typeof r["supersedes"] === "string") copy["supersedes"] = `${r["supersedes"]}~${c}`;
          records.push(copy);
        }
      }
      let x = seed >>> 0;
      for (let k = records.length - 1; k > 0; k--) {
        x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
        const m = x % (k + 1);
        [records[k], records[m]] = [records[m]!, records[k]!];
      }
      const technical = { ...options, audience: "technical" } as const;
      expect(buildReport(workspace, toMeasurementBatch(records), technical)).toEqual(
        buildReport(workspace, records as unknown as Measurement[], technical),
      );
    },
  );
});
