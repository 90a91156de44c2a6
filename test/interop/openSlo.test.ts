import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportOpenSlo, formatOpenSloIssue, importOpenSlo, validateOpenSlo } from "../../src/interop/index.js";
import { parseSlaTerms } from "../../src/index.js";

const DATA = join(import.meta.dirname, "data", "openslo");
const EXAMPLES = [
  "budgeting-method/occurences-slo.yaml",
  "budgeting-method/ratio-timeslices.yaml",
  "budgeting-method/timeslices-slo.yaml",
  "treat-low-traffic-as-equally-important/timeslices-slo.yaml",
];
const source = (file: string) => ({ file, text: readFileSync(join(DATA, file), "utf8") });
const SERVICE = "apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: web\nspec: {}\n";
const slo = (spec: string, name = "s") =>
  `apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: ${name}\nspec:\n  service: web\n${spec}`;
const RATIO = "  indicator:\n    metadata: { name: i }\n    spec: { ratioMetric: { good: { metricSource: { type: Any } }, total: { metricSource: { type: Any } } } }\n";
const WINDOW = "  timeWindow: [{ duration: 4w, isRolling: true }]\n";
const OCC = "  budgetingMethod: Occurrences\n";
const OBJ = "  objectives: [{ target: 0.99 }]\n";

function firstError(text: string) {
  const r = validateOpenSlo([{ file: "x.yaml", text: `${SERVICE}---\n${text}` }]);
  return r.issues.find((i) => i.severity === "error");
}

describe("validateOpenSlo", () => {
  it("matches the documented example", () => {
    const r = validateOpenSlo([{ file: "svc.yaml", text: "apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: Web_Shop\nspec: {}\n" }]);
    expect([r.valid, r.issues[0]?.kind, r.issues[0]?.name, r.issues[0]?.path]).toEqual([false, "Service", "Web_Shop", ["metadata", "name"]]);
  });

  it.each(EXAMPLES)("accepts the official example %s (its service reference is a warning)", (file) => {
    const r = validateOpenSlo([source(file)]);
    expect(r.valid).toBe(true);
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([["warning", "unknown_reference"]]);
  });

  it("makes an unresolved reference an error with strict", () => {
    const r = validateOpenSlo([source(EXAMPLES[0] ?? "")], { strict: true });
    expect(r.valid).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "unknown_reference", documentIndex: "0", kind: "SLO", name: "search-slo", path: ["spec", "service"] });
  });

  it("reads lists of objects and JSON", () => {
    const r = validateOpenSlo([{ file: "a.json", text: JSON.stringify([{ apiVersion: "openslo/v1", kind: "Service", metadata: { name: "web" }, spec: {} }]) }]);
    expect(r.documents.map((d) => d.documentIndex)).toEqual(["0.0"]);
  });

  it.each([
    ["apiVersion", SERVICE.replace("openslo/v1", "openslo/v2"), ["apiVersion"], "invalid_input"],
    ["kind", SERVICE.replace("Service", "Thing"), ["kind"], "invalid_input"],
    ["a name over 63 characters", SERVICE.replace("name: web", `name: ${"a".repeat(64)}`), ["metadata", "name"], "invalid_input"],
    ["the duration grammar", slo(RATIO + "  timeWindow: [{ duration: 4x, isRolling: true }]\n" + OCC + OBJ), ["spec", "timeWindow", 0, "duration"], "invalid_input"],
    ["exactly one time window", slo(RATIO + "  timeWindow: [{ duration: 4w }, { duration: 1w }]\n" + OCC + OBJ), ["spec", "timeWindow"], "invalid_input"],
    ["a calendar window needs its calendar", slo(RATIO + "  timeWindow: [{ duration: 1M, isRolling: false }]\n" + OCC + OBJ), ["spec", "timeWindow", 0, "calendar"], "invalid_input"],
    ["an IANA time zone", slo(RATIO + "  timeWindow: [{ duration: 1M, calendar: { startTime: '2022-01-01 00:00:00', timeZone: Mars/Olympus } }]\n" + OCC + OBJ), ["spec", "timeWindow", 0, "calendar", "timeZone"], "invalid_time_zone"],
    ["budgetingMethod", slo(RATIO + WINDOW + "  budgetingMethod: Events\n" + OBJ), ["spec", "budgetingMethod"], "invalid_input"],
    ["target xor targetPercent", slo(RATIO + WINDOW + OCC + "  objectives: [{ target: 0.99, targetPercent: 99 }]\n"), ["spec", "objectives", 0, "target"], "invalid_slo"],
    ["target in [0, 1)", slo(RATIO + WINDOW + OCC + "  objectives: [{ target: 1 }]\n"), ["spec", "objectives", 0, "target"], "invalid_input"],
    ["timeSliceTarget for Timeslices", slo(RATIO + WINDOW + "  budgetingMethod: Timeslices\n  objectives: [{ target: 0.99, timeSliceWindow: 1m }]\n"), ["spec", "objectives", 0, "timeSliceTarget"], "invalid_input"],
    ["timeSliceWindow for RatioTimeslices", slo(RATIO + WINDOW + "  budgetingMethod: RatioTimeslices\n" + OBJ), ["spec", "objectives", 0, "timeSliceWindow"], "invalid_input"],
    ["good or bad with total", slo("  indicator:\n    metadata: { name: i }\n    spec: { ratioMetric: { good: { metricSource: { type: Any } } } }\n" + WINDOW + OCC + OBJ), ["spec", "indicator", "spec", "ratioMetric", "total"], "invalid_input"],
    ["raw with rawType", slo("  indicator:\n    metadata: { name: i }\n    spec: { ratioMetric: { raw: { metricSource: { type: Any } } } }\n" + WINDOW + OCC + OBJ), ["spec", "indicator", "spec", "ratioMetric", "rawType"], "invalid_input"],
    ["threshold metrics need op and value", slo("  indicator:\n    metadata: { name: i }\n    spec: { thresholdMetric: { metricSource: { type: Any } } }\n" + WINDOW + OCC + OBJ), ["spec", "objectives", 0, "op"], "invalid_input"],
    ["indicator or indicatorRef", slo(WINDOW + OCC + OBJ), ["spec", "indicator"], "invalid_input"],
    ["compositeWeight above 0", slo(RATIO + WINDOW + OCC + "  objectives: [{ target: 0.9, compositeWeight: 0 }, { target: 0.9 }]\n"), ["spec", "objectives", 0, "compositeWeight"], "invalid_input"],
  ])("enforces %s", (_rule, text, path, code) => {
    expect(firstError(text)).toMatchObject({ code, path, file: "x.yaml", documentIndex: "1" });
  });
});

describe("validateOpenSlo and a source without documents", () => {
  it.each([
    ["an empty text", "", "the file is empty"],
    ["white space and comments", "\n# nothing yet\n", "the file holds no object (only an empty list, null or comments)"],
    ["an empty JSON list", "[]", "the file holds no object (only an empty list, null or comments)"],
    ["YAML null documents", "---\n---\n", "the file holds no object (only an empty list, null or comments)"],
  ])("refuses %s, naming the file", (_what, text, start) => {
    const r = validateOpenSlo([{ file: "empty.yaml", text: SERVICE }, { file: "nothing.yaml", text }]);
    expect(r.valid).toBe(false);
    expect(r.issues).toEqual([{
      severity: "error", code: "invalid_input", file: "nothing.yaml", documentIndex: "0", kind: null, name: null, path: [],
      message: `${start}; expected OpenSLO v1 documents (objects with apiVersion: openslo/v1 and a kind)`,
    }]);
    expect(() => importOpenSlo([{ file: "nothing.yaml", text }])).toThrowError(expect.objectContaining({ code: "invalid_input", message: expect.stringContaining("importOpenSlo: nothing.yaml#0: error invalid_input: ") }));
  });

  it("reports a YAML syntax error alone, not also as a file without documents", () => {
    const r = validateOpenSlo([{ file: "bad.yaml", text: "garbage: [\n" }]);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.message).toMatch(/^YAML: /);
  });
});

describe("formatOpenSloIssue", () => {
  it("matches the documented example", () => {
    expect(formatOpenSloIssue({ severity: "error", code: "invalid_input", file: "a.yaml", documentIndex: "1", kind: "SLO", name: "x", path: ["spec", "budgetingMethod"], message: "bad" }))
      .toBe("a.yaml#1 SLO/x spec.budgetingMethod: error invalid_input: bad");
  });

  it("leaves out the object when the document could not be read as one (a YAML syntax error)", () => {
    const v = validateOpenSlo([{ file: "bad.yaml", text: "garbage: [\n" }]);
    expect(v.valid).toBe(false);
    expect(formatOpenSloIssue(v.issues[0]!)).toMatch(/^bad\.yaml#0: error invalid_input: YAML: /);
  });
});

const EXAMPLE_TEXT = `${SERVICE}---\n${slo(RATIO + WINDOW + OCC + "  objectives: [{ target: 0.995 }]\n", "avail")}`;

describe("importOpenSlo", () => {
  it("matches the documented example", () => {
    const o = importOpenSlo([{ file: "slo.yaml", text: EXAMPLE_TEXT }]).terms[0]?.objectives[0];
    // 0.995 as a fraction is 99.5 % exactly; 4w = 28 days.
    expect([o?.slo, o?.window]).toEqual(["99.5", { kind: "rolling", days: 28 }]);
  });

  it("keeps SLOs and slice thresholds exact through export and import (shrunk fast-check counterexamples)", () => {
    // targetPercent 1.001 once came back as "1.0009999999999999" (1.001 / 100 in floating point), and a slice
    // threshold of 16.015 % as timeSliceTarget 0.16015000000000001.
    const terms = parseSlaTerms({ id: "aa", serviceId: "aa", name: { lv: "!", en: "!" }, objectives: [
      { id: "aa", name: { lv: "!", en: "!" }, indicator: "availability", slo: "1.001", window: { kind: "calendar", grain: "month" },
        budgeting: { method: "ratio_timeslices", sliceMinutes: 1, threshold: "16.015" } }] });
    const back = importOpenSlo([{ file: "p", text: exportOpenSlo([terms]).text }]).terms[0]?.objectives[0];
    expect(back?.slo).toBe("1.001");
    expect(back?.budgeting).toEqual({ method: "ratio_timeslices", sliceMinutes: 1, threshold: "16.015" });
  });

  it("refuses an unresolved reference", () => {
    expect(() => importOpenSlo([source(EXAMPLES[0] ?? "")])).toThrowError(expect.objectContaining({ code: "unknown_reference", path: ["spec", "service"] }));
  });

  it.each(EXAMPLES)("imports the official example %s into valid SLA terms, reporting what is lost", (file) => {
    const svc = SERVICE.replace("web", file.includes("occ") || file.includes("ratio") ? "web-shop" : "web-availability");
    const r = importOpenSlo([source(file), { file: "svc.yaml", text: svc }]);
    for (const t of r.terms) expect(() => parseSlaTerms(t)).not.toThrow();
    if (file.includes("timeslices-slo")) expect(r.lost.some((l) => l.includes("timeSliceTarget"))).toBe(true);
  });

  it("is a fixed point of import → export → import", () => {
    for (const file of EXAMPLES) {
      const svc = SERVICE.replace("web", file.includes("occ") || file.includes("ratio") ? "web-shop" : "web-availability");
      const first = importOpenSlo([source(file), { file: "svc.yaml", text: svc }]);
      const terms = first.terms.map((t) => parseSlaTerms(t));
      for (const format of ["yaml", "json"] as const) {
        const again = importOpenSlo([{ file: "out", text: exportOpenSlo(terms, { format }).text }]);
        expect(again.terms.map((t) => parseSlaTerms(t))).toEqual(terms);
      }
    }
  });
});

describe("exportOpenSlo", () => {
  it("matches the documented example", () => {
    const terms = parseSlaTerms({ id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" }, validTo: "2027-12-31",
      objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability",
        slo: "99.5", window: { kind: "rolling", days: 28 } }] });
    const { text, lost } = exportOpenSlo([terms], { format: "json" });
    type Doc = { kind: string; metadata: { annotations?: Record<string, string> }; spec: { objectives: { targetPercent: number }[]; timeWindow: { duration: string }[] } };
    const docs = JSON.parse(text) as Doc[];
    expect([docs.map((d) => d.kind), docs[1]?.spec.objectives[0]?.targetPercent, docs[1]?.spec.timeWindow[0]?.duration,
      docs[1]?.metadata.annotations?.["kpi-kit/valid-to"], lost]).toEqual([["Service", "SLO"], 99.5, "28d", "2027-12-31", []]);
  });

  it("writes plain YAML: no anchors or aliases (good and total are separate objects) and no null fields", () => {
    const terms = parseSlaTerms({ id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" },
      objectives: [{ id: "avail", name: { lv: "P", en: "A" }, indicator: "availability", slo: "99.9", window: { kind: "rolling", days: 30 } }] });
    const { text } = exportOpenSlo([terms]);
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text).not.toMatch(/:\s*null\s*$/m);
    expect(text).toContain("indicator: availability");
  });

  it("exports a multiwindow burn alert as two paired conditions that import back to the rule", () => {
    const terms = parseSlaTerms({ id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" },
      objectives: [{ id: "avail", name: { lv: "P", en: "A" }, indicator: "availability", slo: "99.9", window: { kind: "rolling", days: 30 } }] });
    const tier = { name: "page-fast", severity: "page" as const, longWindowMinutes: 60, shortWindowMinutes: 5, threshold: 14.4 };
    const { text, lost } = exportOpenSlo([terms], { burnAlerts: [tier] });
    expect(lost).toEqual([]);
    expect(validateOpenSlo([{ file: "o", text }], { strict: true }).valid).toBe(true);
    expect(importOpenSlo([{ file: "o", text }]).burnAlerts).toEqual([tier]);
  });
});
