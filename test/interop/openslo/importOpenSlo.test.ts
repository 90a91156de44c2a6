import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { exportOpenSlo } from "../../../src/interop/openslo/exportOpenSlo.js";
import { importOpenSlo } from "../../../src/interop/openslo/importOpenSlo.js";
import { parseSlaTerms } from "../../../src/model/slaTerms.js";
import { kpiErrorOf } from "../../kpiErrorOf.js";

const DATA = join(import.meta.dirname, "..", "data", "openslo");
const read = (file: string) => readFileSync(join(DATA, file), "utf8");
/** The first YAML block of the vendored specification after `marker`. */
function specExample(marker: string): string {
  const spec = read("spec/README.md");
  const at = spec.indexOf(marker);
  const start = spec.indexOf("```yaml\n", at) + "```yaml\n".length;
  if (at < 0 || start < at) throw new Error(`no YAML block after "${marker}" in the specification`);
  return spec.slice(start, spec.indexOf("```", start));
}
// The spec's own AlertCondition example (README, "AlertCondition"): op lte, threshold 2, lookbackWindow 1h, alertAfter 5m.
const SPEC_ALERT = specExample("An example of an alert condition:");
const service = (name: string, metadata = "") => `apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: ${name}\n${metadata}spec: {}\n`;

describe("importOpenSlo", () => {
  it("throws invalid_argument naming the argument when the sources are missing or wrong-shaped", () => {
    const cases: [() => unknown, unknown][] = [
      [() => importOpenSlo(undefined as never), { code: "invalid_argument", path: ["sources"], message: "importOpenSlo: sources must be an array, not undefined" }],
      [() => importOpenSlo({} as never), { code: "invalid_argument", path: ["sources"], message: "importOpenSlo: sources must be an array, not an object" }],
      [() => importOpenSlo([null] as never), { code: "invalid_argument", path: ["sources", 0], message: "importOpenSlo: sources[0] must be an object, not null" }],
      [() => importOpenSlo([{ file: "a.yaml", text: 1 }] as never), { code: "invalid_argument", path: ["sources", 0, "text"], message: "importOpenSlo: sources[0].text must be a string" }],
    ];
    for (const [call, expected] of cases) expect(kpiErrorOf(call)).toEqual(expected);
  });
});

describe("importOpenSlo and an AlertCondition's alertAfter, op and severity", () => {
  it("reports the spec's example condition as lost: op lte fires on a low burn rate", () => {
    expect(SPEC_ALERT).toContain("alertAfter: 5m");
    expect(importOpenSlo([{ file: "alert.yaml", text: SPEC_ALERT }])).toEqual({
      terms: [],
      burnAlerts: [],
      lost: ["AlertCondition/cpu-usage-breach: op lte fires on a low burn rate; kpi-kit alerts fire above the threshold"],
    });
  });

  it("imports the example with op gt as a rule and lists its alertAfter of 5m as lost (a rule has no delay)", () => {
    const r = importOpenSlo([{ file: "alert.yaml", text: SPEC_ALERT.replace("op: lte", "op: gt") }]);
    // lookbackWindow 1h = 60 minutes, for both windows of the rule; threshold 2; severity page.
    expect(r.burnAlerts).toEqual([{ name: "cpu-usage-breach", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 60, threshold: 2 }]);
    expect(r.lost).toEqual([
      "AlertCondition/cpu-usage-breach: alertAfter 5m: a kpi-kit burn-rate rule has no delay; it fires as soon as its windows burn above the threshold",
      "AlertCondition/cpu-usage-breach: a single-window condition becomes a rule whose short window equals its long window",
    ]);
  });

  it.each([
    ["alertAfter: 0m", "    alertAfter: 0m\n"],
    ["alertAfter: 0h", "    alertAfter: 0h\n"],
    ["no alertAfter (the spec's default, 0m)", ""],
  ])("loses nothing more with %s", (_what, line) => {
    const text = SPEC_ALERT.replace("op: lte", "op: gt").replace("    alertAfter: 5m\n", line);
    expect(importOpenSlo([{ file: "alert.yaml", text }]).lost).toEqual([
      "AlertCondition/cpu-usage-breach: a single-window condition becomes a rule whose short window equals its long window",
    ]);
  });

  it("lists op gte (kpi-kit fires only above the threshold) and a severity other than page or ticket", () => {
    const r = importOpenSlo([{ file: "alert.yaml", text: SPEC_ALERT.replace("op: lte", "op: gte").replace("severity: page", "severity: sev1") }]);
    expect(r.burnAlerts).toEqual([{ name: "cpu-usage-breach", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 60, threshold: 2 }]);
    expect(r.lost).toEqual([
      "AlertCondition/cpu-usage-breach: op gte also fires at the threshold; kpi-kit alerts fire only above it (gt)",
      "AlertCondition/cpu-usage-breach: alertAfter 5m: a kpi-kit burn-rate rule has no delay; it fires as soon as its windows burn above the threshold",
      "AlertCondition/cpu-usage-breach: severity sev1 is read as page (kpi-kit has page and ticket)",
      "AlertCondition/cpu-usage-breach: a single-window condition becomes a rule whose short window equals its long window",
    ]);
  });
});

describe("importOpenSlo and a Service's displayName", () => {
  const example = { file: "occurences-slo.yaml", text: read("budgeting-method/occurences-slo.yaml") };

  it("names the terms after the Service's displayName (the official example search-slo for the service web-shop)", () => {
    const r = importOpenSlo([example, { file: "svc.yaml", text: service("web-shop", "  displayName: Web shop\n") }]);
    // By hand from occurences-slo.yaml: target 0.99 → "99"; 2w → 14 days; a threshold metric with op lt and value 500.
    expect(r.terms).toEqual([{
      id: "openslo-web-shop",
      serviceId: "web-shop",
      name: { lv: "Web shop", en: "Web shop" },
      objectives: [{
        id: "search-slo", name: { lv: "Good experience", en: "Good experience" }, indicator: "threshold", slo: "99",
        window: { kind: "rolling", days: 14 }, budgeting: { method: "occurrences" }, threshold: { value: 500, comparison: "at_most" },
      }],
    }]);
    expect(r.lost).toEqual(["SLO/search-slo: op lt is strict; kpi-kit thresholds are inclusive (lte)"]);
  });

  it("names them after the service when the Service has no displayName", () => {
    const r = importOpenSlo([example, { file: "svc.yaml", text: service("web-shop") }]);
    expect(r.terms[0]?.name).toEqual({ lv: "web-shop", en: "web-shop" });
  });

  it("lets the terms' own names, written by exportOpenSlo, win over the Service's displayName", () => {
    const terms = parseSlaTerms({ id: "sla", serviceId: "web-shop", name: { lv: "Veikala PLV", en: "Shop SLA" },
      objectives: [{ id: "avail", name: { lv: "P", en: "A" }, indicator: "availability", slo: "99.9", window: { kind: "rolling", days: 30 } }] });
    const docs = JSON.parse(exportOpenSlo([terms], { format: "json" }).text) as { kind: string; metadata: Record<string, unknown> }[];
    for (const d of docs) if (d.kind === "Service") d.metadata["displayName"] = "Web shop";
    expect(importOpenSlo([{ file: "o.json", text: JSON.stringify(docs) }]).terms[0]?.name).toEqual({ lv: "Veikala PLV", en: "Shop SLA" });
  });
});

describe("importOpenSlo and metadata kpi-kit has no place for", () => {
  it("lists the labels and other systems' annotations of the spec's general example", () => {
    // README, "General Schema": labels organization, team, costCentre, serviceTier; annotations openslo.com/key1,
    // fooimplementation.com/key2.
    const { metadata } = parse(specExample("### General Schema")) as { metadata: { labels: unknown; annotations: unknown } };
    const svc = { apiVersion: "openslo/v1", kind: "Service", metadata: { name: "web-shop", labels: metadata.labels, annotations: metadata.annotations }, spec: {} };
    const r = importOpenSlo([{ file: "occurences-slo.yaml", text: read("budgeting-method/occurences-slo.yaml") }, { file: "svc.json", text: JSON.stringify([svc]) }]);
    expect(r.lost).toEqual([
      "SLO/search-slo: op lt is strict; kpi-kit thresholds are inclusive (lte)",
      "Service/web-shop: labels organization, team, costCentre, serviceTier have no kpi-kit form",
      "Service/web-shop: annotations openslo.com/key1, fooimplementation.com/key2 have no kpi-kit form",
    ]);
  });
});

describe("importOpenSlo and hand-edited kpi-kit annotations", () => {
  const slo = (name: string, annotations: string) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${name}
  annotations:
${annotations}spec:
  service: web
  indicator:
    metadata: { name: ok }
    spec: { ratioMetric: { good: { metricSource: { type: Any } }, total: { metricSource: { type: Any } } } }
  timeWindow: [{ duration: 4w, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.99 }]
`;

  it("keeps the first SLO's terms-level annotations and lists a later one that differs, or one that cannot be read", () => {
    const text = [
      service("web"),
      slo("a", "    kpi-kit/terms-id: sla\n    kpi-kit/valid-to: \"2026-12-31\"\n    kpi-kit/maintenance: \"[{\"\n"),
      slo("b", "    kpi-kit/terms-id: sla\n    kpi-kit/valid-to: \"2027-12-31\"\n"),
    ].join("---\n");
    const r = importOpenSlo([{ file: "edited.yaml", text }]);
    expect(r.terms.map((t) => [t.id, t.validTo, t.maintenance, t.objectives.map((o) => o.id)])).toEqual([["sla", "2026-12-31", [], ["a", "b"]]]);
    expect(r.lost).toEqual([
      "SLO/a: annotation kpi-kit/maintenance is not JSON; imported without maintenance windows",
      `SLO/b: annotation kpi-kit/valid-to "2027-12-31" differs from "2026-12-31" on SLO/a, the first SLO of these terms, which is kept`,
    ]);
  });

  it("lists an annotation under kpi-kit/ that it does not know (a typo) rather than ignore it", () => {
    const r = importOpenSlo([{ file: "typo.yaml", text: `${service("web")}---\n${slo("a", "    kpi-kit/valid-until: \"2026-12-31\"\n")}` }]);
    expect(r.lost).toEqual(["SLO/a: annotations kpi-kit/valid-until are not among those kpi-kit reads on SLO objects (docs/interop.md); ignored"]);
  });
});
