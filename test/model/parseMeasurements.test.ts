import { describe, expect, it } from "vitest";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { parseWorkspace } from "../../src/model/workspace.js";
import type { KpiError } from "../../src/errors.js";
import { workspaceInput } from "../fixtures.js";
import { KPI_OF_KIND, measureKindsWorkspace } from "./measureKinds.js";
import { buildReport } from "../../src/report/index.js";

const workspace = parseWorkspace(workspaceInput());
const ok = { id: "m1", kpiId: "permits-in-time", subjectId: "permits", at: "2026-03-01T00:00:00Z", numerator: 9, denominator: 10 };

describe("parseMeasurements", () => {
  it("matches the documented example", () => {
    const ws = parseWorkspace({
      name: { lv: "Piemērs", en: "Example" }, calendars: [{}],
      scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
    });
    try {
      parseMeasurements([{ id: "m1", kpiId: "nope", subjectId: "lv", at: 0, value: 1 }], ws);
      expect.unreachable();
    } catch (error) {
      expect((error as KpiError).path).toEqual([0, "kpiId"]);
    }
  });

  it("parses a valid batch in order and keeps corrections", () => {
    const out = parseMeasurements([ok, { ...ok, id: "m2", numerator: 10, supersedes: "m1", status: "revised" }], workspace);
    expect(out.map((m) => m.id)).toEqual(["m1", "m2"]);
  });

  it("reports the record index with the field's path", () => {
    expect(() => parseMeasurements([ok, { ...ok, id: "m2", numerator: Number.NaN }], workspace)).toThrowError(
      expect.objectContaining({ code: "non_finite", path: [1, "numerator"] }),
    );
  });

  it("refuses a number larger in magnitude than 1e100 with overflow (docs/conventions.md#overflow), as buildReport does", () => {
    const huge = [ok, { ...ok, id: "m2", numerator: 1e308, denominator: 1e308 }];
    expect(() => parseMeasurements(huge, workspace)).toThrowError(expect.objectContaining({ code: "overflow", path: [1, "numerator"] }));
    expect(() => parseMeasurements([{ ...ok, numerator: 1e100, denominator: 1e100 }], workspace)).not.toThrow();
  });

  it("refuses an unknown subject, an inapplicable KPI, a duplicate id and a dangling supersedes", () => {
    expect(() => parseMeasurements([{ ...ok, subjectId: "x" }], workspace)).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [0, "subjectId"] }),
    );
    expect(() => parseMeasurements([{ ...ok, kpiId: "backlog", subjectId: "admin", value: 1 }], workspace)).toThrowError(
      expect.objectContaining({ code: "inapplicable_kpi", path: [0, "subjectId"] }),
    );
    expect(() => parseMeasurements([ok, ok], workspace)).toThrowError(expect.objectContaining({ code: "duplicate_id", path: [1, "id"] }));
    expect(() => parseMeasurements([{ ...ok, supersedes: "m0" }], workspace)).toThrowError(
      expect.objectContaining({ code: "unknown_reference", path: [0, "supersedes"] }),
    );
  });

  it("refuses input that is not an array, or too many records", () => {
    expect(() => parseMeasurements({}, workspace)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [] }));
    expect(() => parseMeasurements([ok, ok], workspace, { maxRecords: 1 })).toThrowError(expect.objectContaining({ code: "input_too_large" }));
  });
});

describe("parseMeasurements against the KPI's measure (issue 9)", () => {
  const ws = measureKindsWorkspace();
  const at = "2026-03-02T10:00:00Z";
  const rec = (kind: keyof typeof KPI_OF_KIND, fields: Record<string, unknown>, id = "r1") => ({
    id,
    kpiId: KPI_OF_KIND[kind],
    subjectId: "permits",
    at,
    ...fields,
  });
  const refused = (records: unknown[], code: string, path: unknown[]) =>
    expect(() => parseMeasurements(records, ws)).toThrowError(expect.objectContaining({ code, path }));

  it("accepts one well-formed record of each measure kind", () => {
    const batch = [
      rec("ratio", { numerator: 9, denominator: 10 }, "a"),
      rec("count", { value: 12 }, "b"),
      rec("value", { value: -3.5 }, "c"),
      rec("duration", { value: 4.25 }, "d"),
      rec("weighted", { value: 7.5, weight: 120 }, "e"),
      rec("survey", { value: 5, weight: 3 }, "f"),
      rec("survey", { value: 1 }, "g"),
    ];
    expect(parseMeasurements(batch, ws).map((m) => m.id)).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("refuses a ratio record that gives only a value, or a value beside numerator and denominator", () => {
    refused([rec("ratio", { value: 90 })], "invalid_input", [0, "value"]);
    refused([rec("ratio", { value: 90, numerator: 9, denominator: 10 })], "invalid_input", [0, "value"]);
  });

  it("refuses numerator and denominator on value, count and duration KPIs", () => {
    for (const kind of ["value", "count", "duration"] as const) {
      refused([rec("ratio", { numerator: 1, denominator: 2 }, "ok"), rec(kind, { numerator: 1, denominator: 2 })], "invalid_input", [1, "numerator"]);
      refused([rec(kind, { value: 1, numerator: 1, denominator: 2 })], "invalid_input", [0, "numerator"]);
    }
  });

  it("refuses a weighted record without weight instead of treating it as weight 1", () => {
    refused([rec("weighted", { value: 7.5 })], "invalid_input", [0, "weight"]);
  });

  it("refuses survey answers off the scale or not whole, with code out_of_scale", () => {
    // The csat KPI's scale is 1–5: 7 and 0 are off it, 4.5 is not a whole answer; 1 and 5 are the ends, accepted.
    refused([rec("survey", { value: 7 })], "out_of_scale", [0, "value"]);
    refused([rec("survey", { value: 0, weight: 2 })], "out_of_scale", [0, "value"]);
    refused([rec("survey", { value: 4.5 })], "out_of_scale", [0, "value"]);
    expect(parseMeasurements([rec("survey", { value: 1 }, "lo"), rec("survey", { value: 5 }, "hi")], ws)).toHaveLength(2);
  });

  it("accepts value null only with weight 0 on a weighted or survey KPI", () => {
    const out = parseMeasurements([rec("weighted", { value: null, weight: 0 }, "w"), rec("survey", { value: null, weight: 0 }, "s")], ws);
    expect(out.map((m) => [m.value, m.weight])).toEqual([
      [null, 0],
      [null, 0],
    ]);
    refused([rec("weighted", { value: null, weight: 3 })], "invalid_input", [0, "value"]);
    refused([rec("weighted", { value: null })], "invalid_input", [0, "value"]);
    // weight 0 on a count KPI is no "reported, no responses": the count KPI has no responses to count.
    refused([rec("count", { value: null, weight: 0 })], "invalid_input", [0, "value"]);
  });
});

describe("parseMeasurements corrections (issue 9: the checks report applies)", () => {
  const r = (id: string, fields: Record<string, unknown> = {}) => ({ ...ok, id, ...fields });

  it("refuses corrections that loop, naming the ids of the loop", () => {
    // a → b → a: both records correct each other; equal (missing) recordedAt, so only the loop is wrong.
    const loop2 = [r("a", { supersedes: "b" }), r("b", { supersedes: "a" })];
    expect(() => parseMeasurements(loop2, workspace)).toThrowError(expect.objectContaining({ code: "cycle", path: [0, "supersedes"] }));
    expect(() => parseMeasurements(loop2, workspace)).toThrowError(/"a" supersedes "b" supersedes "a"/);
    // A longer loop behind an original: o is fine; c → d → e → c loops.
    const loop3 = [r("o"), r("c", { supersedes: "d" }), r("d", { supersedes: "e" }), r("e", { supersedes: "c" })];
    expect(() => parseMeasurements(loop3, workspace)).toThrowError(expect.objectContaining({ code: "cycle", path: [1, "supersedes"] }));
    expect(() => parseMeasurements(loop3, workspace)).toThrowError(/"c" supersedes "d" supersedes "e" supersedes "c"/);
  });

  it("names a loop as a loop even when its recordedAt order is also wrong", () => {
    const loop = [r("a", { supersedes: "b", recordedAt: 100 }), r("b", { supersedes: "a", recordedAt: 200 })];
    expect(() => parseMeasurements(loop, workspace)).toThrowError(expect.objectContaining({ code: "cycle" }));
  });

  it("refuses a correction of another KPI or another subject", () => {
    const otherKpi = [{ id: "c0", kpiId: "backlog", subjectId: "permits", at: ok.at, value: 3 }, r("c1", { supersedes: "c0" })];
    expect(() => parseMeasurements(otherKpi, workspace)).toThrowError(expect.objectContaining({ code: "invalid_correction", path: [1, "supersedes"] }));
    const otherSubject = [r("s0", { subjectId: "admin" }), r("s1", { supersedes: "s0" })];
    expect(() => parseMeasurements(otherSubject, workspace)).toThrowError(
      expect.objectContaining({ code: "invalid_correction", path: [1, "supersedes"] }),
    );
  });

  it("refuses a correction recorded before the record it corrects, and one without recordedAt of a record with one", () => {
    const early = [r("o", { recordedAt: "2026-04-05T00:00:00Z" }), r("c", { supersedes: "o", recordedAt: "2026-04-04T23:59:59Z" })];
    expect(() => parseMeasurements(early, workspace)).toThrowError(expect.objectContaining({ code: "invalid_correction", path: [1, "recordedAt"] }));
    const unknown = [r("o", { recordedAt: "2026-04-05T00:00:00Z" }), r("c", { supersedes: "o" })];
    expect(() => parseMeasurements(unknown, workspace)).toThrowError(expect.objectContaining({ code: "invalid_correction", path: [1, "recordedAt"] }));
    // At the same instant is not before: accepted.
    const same = [r("o", { recordedAt: "2026-04-05T00:00:00Z" }), r("c", { supersedes: "o", recordedAt: "2026-04-05T03:00:00+03:00" })];
    expect(parseMeasurements(same, workspace)).toHaveLength(2);
  });

  it("refuses two corrections of one record", () => {
    const fork = [r("o"), r("c1", { supersedes: "o" }), r("c2", { supersedes: "o" })];
    expect(() => parseMeasurements(fork, workspace)).toThrowError(expect.objectContaining({ code: "invalid_correction", path: [2, "supersedes"] }));
  });
});

describe("buildReport runs the checks of parseMeasurements (issue 9)", () => {
  const ws = measureKindsWorkspace();
  const options = { audience: "technical", scope: "lv", period: "2026-03", asOf: "2026-06-01T00:00:00Z", locale: "en" } as const;
  const at = Date.UTC(2026, 2, 2);

  it("refuses a value KPI's record that carries numerator and denominator, where parseMeasurements does too", () => {
    // Shrunk counterexample of the one-check-path property before buildReport ran the batch check: the report
    // ignored the numerator silently while validate refused it.
    const records = [{ id: "m1", kpiId: "temperature", subjectId: "permits", at, value: 0, numerator: 0, denominator: 3, status: "normal" }];
    expect(() => parseMeasurements(records, ws)).toThrowError(expect.objectContaining({ code: "invalid_input", path: [0, "numerator"] }));
    expect(() => buildReport(ws, records as never, options)).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: ["measurements", 0, "numerator"] }),
    );
  });

  it("refuses an off-scale survey answer and a correction loop with the parse codes and a measurements path", () => {
    const seven = [{ id: "s", kpiId: "csat", subjectId: "permits", at, value: 7, status: "normal" }];
    expect(() => buildReport(ws, seven as never, options)).toThrowError(
      expect.objectContaining({ code: "out_of_scale", path: ["measurements", 0, "value"] }),
    );
    const loop = [
      { id: "a", kpiId: "backlog", subjectId: "permits", at, value: 1, status: "normal", supersedes: "b" },
      { id: "b", kpiId: "backlog", subjectId: "permits", at, value: 2, status: "normal", supersedes: "a" },
    ];
    expect(() => buildReport(ws, loop as never, options)).toThrowError(expect.objectContaining({ code: "cycle", path: ["measurements", 0, "supersedes"] }));
  });
});
