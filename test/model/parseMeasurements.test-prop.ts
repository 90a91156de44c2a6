import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import type { Measurement } from "../../src/model/measurement.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { buildReport } from "../../src/report/index.js";
import { breaks, build, options, specArb, workspace } from "./brokenBatches.js";

// Issue 9: `kpi-kit validate` (parseMeasurements) and `kpi-kit report` (buildReport) share one check path. The
// property: for every batch — valid, or with one field or one reference broken — parseMeasurements throws exactly
// when buildReport, given the same records unvalidated, throws.
//
// The records are typed-looking objects (epoch-ms instants, a status), because buildReport takes Measurement[]; so the
// breaks are those a record of that type can carry: wrong or missing measure fields, NaN, negative denominators and
// weights, off-scale survey answers, null values, unknown or inapplicable references, repeated ids and unsound
// corrections. Purely syntactic mistakes (an unknown key, a malformed id) are the schema's alone: a typed record
// cannot hold them.

const throws = (f: () => unknown): boolean => {
  try {
    f();
    return false;
  } catch {
    return true;
  }
};

describe("parseMeasurements", () => {
  test.prop([fc.array(specArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(...Object.keys(breaks)), fc.nat(), fc.nat()], {
    numRuns: 300,
  })("refuses exactly the batches that buildReport refuses (one check path for validate and report)", (specs, name, i, j) => {
    const batch = build(specs);
    breaks[name]?.(batch, i % batch.length, j);
    const parse = throws(() => parseMeasurements(batch.map((m) => ({ ...m })), workspace));
    const report = throws(() => buildReport(workspace, batch as unknown as Measurement[], options));
    expect({ name, report }).toEqual({ name, report: parse });
  });

  test.prop([fc.array(specArb, { minLength: 1, maxLength: 6 })], { numRuns: 50 })(
    "accepts every generated valid batch, and so does buildReport",
    (specs) => {
      const batch = build(specs);
      expect(parseMeasurements(batch, workspace)).toHaveLength(batch.length);
      expect(() => buildReport(workspace, batch as unknown as Measurement[], options)).not.toThrow();
    },
  );
});
