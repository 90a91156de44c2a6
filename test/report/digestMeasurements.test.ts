import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { digestMeasurements } from "../../src/report/digestMeasurements.js";
import { buildReport } from "../../src/report/buildReport.js";
import { digestInOrder } from "../../src/report/_lib/digestInOrder.js";
import { toMeasurementBatch } from "../../src/model/toMeasurementBatch.js";
import { parseWorkspace } from "../../src/model/workspace.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { kpiErrorOf } from "../kpiErrorOf.js";

const workspace = parseWorkspace(JSON.parse(readFileSync("examples/workspace.json", "utf8")));
const lines = readFileSync("examples/measurements.ndjson", "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => JSON.parse(line) as Record<string, unknown>);
const options = { audience: "management", scope: "ezerkrasts", period: "2026-03", asOf: "2026-04-05T12:00:00+03:00", locale: "en" } as const;

describe("digestMeasurements", () => {
  it("matches the documented example", () => {
    const records = [
      { id: "b", kpiId: "k", subjectId: "s", at: "2026-03-01T00:00:00Z", value: 2 },
      { id: "a", kpiId: "k", subjectId: "s", at: 0, value: 1 },
    ];
    expect(digestMeasurements(records) === digestMeasurements([...records].reverse())).toBe(true);
    expect(digestMeasurements([])).toBe("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
  });

  it("is the SHA-256 of the records' canonical JSON sorted by id, as docs/large-files.md defines it (worked by hand)", () => {
    // Two records given out of id order; keys sorted, instants as epoch ms, the omitted status as "normal".
    const records = [
      { id: "m2", kpiId: "k", subjectId: "s", at: "1970-01-01T00:00:01Z", numerator: 1, denominator: 4 },
      { id: "m1", kpiId: "k", subjectId: "s", at: 0, value: 0.5, source: "x" },
    ];
    const text =
      '[{"at":0,"id":"m1","kpiId":"k","source":"x","status":"normal","subjectId":"s","value":0.5},' +
      '{"at":1000,"denominator":4,"id":"m2","kpiId":"k","numerator":1,"status":"normal","subjectId":"s"}]';
    expect(digestMeasurements(records)).toBe(createHash("sha256").update(text).digest("hex"));
  });

  it("gives the digest buildReport puts in the provenance, from records and from a batch", () => {
    const records = parseMeasurements(lines, workspace);
    const report = buildReport(workspace, records, options);
    expect(report.provenance.measurementsDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(digestMeasurements(records)).toBe(report.provenance.measurementsDigest);
    expect(digestMeasurements(toMeasurementBatch(lines))).toBe(report.provenance.measurementsDigest);
  });

  it("refuses what is neither records nor a batch, and names a bad record", () => {
    expect(kpiErrorOf(() => digestMeasurements("x" as never))).toMatchObject({ code: "invalid_argument", path: [] });
    expect(kpiErrorOf(() => digestMeasurements([{ id: "m", kpiId: "k", subjectId: "s", at: "yesterday", value: 1 }]))).toMatchObject({
      path: [0, "at"],
    });
  });
});

describe("digestInOrder", () => {
  it("matches the documented example", () => {
    expect(digestInOrder(toMeasurementBatch([]), null, [])).toBe("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
  });
});

describe("buildReport's digest option", () => {
  it("leaves the measurements digest out with digest: false, and refuses a value that is not true or false", () => {
    const batch = toMeasurementBatch(lines);
    const full = buildReport(workspace, batch, options);
    const without = buildReport(workspace, batch, { ...options, digest: false });
    expect(without.provenance.measurementsDigest).toBeNull();
    // Everything else is the same report.
    expect({ ...without, provenance: { ...without.provenance, measurementsDigest: full.provenance.measurementsDigest } }).toEqual(full);
    expect(kpiErrorOf(() => buildReport(workspace, batch, { ...options, digest: "no" as never }))).toMatchObject({
      code: "invalid_argument",
      path: ["options", "digest"],
    });
  });
});
