import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliText } from "../cliCommand.js";

// Runs the command line in this process (runCliText, the code the executable runs; test/cli/main.test.ts spawns the
// executable itself).
const cli = runCliText;

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-openslo-"));
const example = join("test", "interop", "data", "openslo", "budgeting-method", "timeslices-slo.yaml");
const service = join(dir, "service.yaml");
writeFileSync(service, "apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: web-availability\nspec: {}\n");

// Each test runs the CLI several times (import, export, re-import): allow for a loaded machine.
describe("kpi-kit openslo", { timeout: 60_000 }, () => {
  it("prints its usage for help, --help and -h (exit 0), and without a command (exit 2)", async () => {
    for (const word of ["help", "--help", "-h"]) {
      const r = await cli("openslo", word);
      expect([r.code, r.stdout.split("\n")[0], r.stdout.split("\n")[1]?.trimStart().startsWith("kpi-kit openslo validate")]).toEqual([0, "Usage:", true]);
    }
    expect((await cli("openslo")).code).toBe(2);
  });

  it("validates an official example, warning about its unresolved service", async () => {
    const r = await cli("openslo", "validate", example);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning unknown_reference");
  });

  it("fails validate --strict on an unresolved reference, naming file, document, kind, name and path", async () => {
    const r = await cli("openslo", "validate", "--strict", example);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${example}#0 SLO/service-availability spec.service: error unknown_reference`);
  });

  it("imports, exports and re-imports to the same terms", async () => {
    const terms = join(dir, "terms.json");
    const r = await cli("openslo", "import", example, service, "--out", terms);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("not imported:");
    const first = JSON.parse(readFileSync(terms, "utf8")) as { terms: unknown[] };
    expect(first.terms).toHaveLength(1);
    for (const format of ["yaml", "json"]) {
      const out = join(dir, `out.${format}`);
      expect((await cli("openslo", "export", terms, "--format", format, "--out", out)).code).toBe(0);
      const again = await cli("openslo", "import", out);
      expect(again.code).toBe(0);
      expect((JSON.parse(again.stdout) as { terms: unknown[] }).terms).toEqual(first.terms);
    }
  });

  it("exports the recipient group and validity of the terms, and lists on standard error the rule it cannot write", async () => {
    const terms = {
      id: "sla-residents", serviceId: "web-availability", name: { lv: "PLV iedzīvotājiem", en: "SLA for residents" },
      recipientGroup: { lv: "Iedzīvotāji", en: "Residents" }, validFrom: "2026-01-01", validTo: "2026-12-31",
      objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability", slo: "99.5", window: { kind: "calendar", grain: "month" } }],
    };
    const file = join(dir, "residents.json");
    writeFileSync(file, JSON.stringify({ terms: [terms], burnAlerts: [{ name: "page 1h/5m", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 5, budgetPercent: "2" }] }));
    const out = join(dir, "residents.yaml");
    const r = await cli("openslo", "export", file, "--out", out);
    // A budgetPercent rule needs the days of a rolling window to become a threshold; this SLO's window is a month.
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", "not exported: burn alert \"page 1h/5m\": budgetPercent 2 becomes a threshold only with the length of a rolling window (budgetPercent / 100 × days × 1440 / longWindowMinutes), and the first objective's window is a calendar month; the rule is not exported (give it a threshold instead)\n"]);
    const back = await cli("openslo", "import", out);
    expect([back.code, back.stderr]).toEqual([0, ""]);
    const imported = JSON.parse(back.stdout) as { terms: unknown[]; burnAlerts: unknown[]; lost: unknown[] };
    // The terms as parseSlaTerms writes them: the defaults (occurrences, all hours, no maintenance) filled in.
    expect(imported).toEqual({
      terms: [{ ...terms, objectives: [{ ...terms.objectives[0], budgeting: { method: "occurrences" }, serviceHoursOnly: false }], maintenance: [] }],
      burnAlerts: [],
      lost: [],
    });
  });

  it("refuses import of a file with an unresolved reference (exit 1) and a bad format (exit 2)", async () => {
    expect((await cli("openslo", "import", example)).code).toBe(1);
    expect((await cli("openslo", "export", example, "--format", "xml")).code).toBe(2);
    expect((await cli("openslo", "frobnicate")).code).toBe(2);
  });

  it("says a missing file cannot be read (exit 2, no usage text) and refuses a terms file that is not JSON (exit 1)", async () => {
    const missing = await cli("openslo", "validate", "no-such-file.yaml");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no-such-file.yaml: no such file or directory");
    expect(missing.stderr).not.toContain("Usage:");
    const notJson = await cli("openslo", "export", example);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain("not valid JSON");
  });
  it("refuses a file that holds no OpenSLO document in validate and import, naming the file (exit 1)", async () => {
    const emptyList = join(dir, "empty-list.json");
    writeFileSync(emptyList, "[]\n");
    const nothing = join(dir, "nothing.yaml");
    writeFileSync(nothing, "");
    const comments = join(dir, "comments.yaml");
    writeFileSync(comments, "# to do: write the SLOs\n");
    const r = await cli("openslo", "validate", emptyList, nothing, comments);
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect(r.stderr.split("\n").filter((line) => line !== "")).toEqual([
      `${emptyList}#0: error invalid_input: the file holds no object (only an empty list, null or comments); expected OpenSLO v1 documents (objects with apiVersion: openslo/v1 and a kind)`,
      `${nothing}#0: error invalid_input: the file is empty; expected OpenSLO v1 documents (objects with apiVersion: openslo/v1 and a kind)`,
      `${comments}#0: error invalid_input: the file holds no object (only an empty list, null or comments); expected OpenSLO v1 documents (objects with apiVersion: openslo/v1 and a kind)`,
    ]);
    // One empty file among valid ones is still refused.
    expect((await cli("openslo", "validate", "examples/portal-slo.yaml", nothing)).code).toBe(1);
    const imported = await cli("openslo", "import", nothing, "--out", join(dir, "never.json"));
    expect([imported.code, imported.stdout]).toEqual([1, ""]);
    expect(imported.stderr).toContain(`${nothing}#0: error invalid_input: the file is empty`);
    const onlyService = await cli("openslo", "import", service);
    expect([onlyService.code, onlyService.stdout]).toEqual([1, ""]);
    expect(onlyService.stderr).toContain(`kpi-kit: ${service}: openslo import: nothing to import: no SLO`);
  });

  it("exports the SLA terms of a workspace file, in its calendar's time zone", async () => {
    const r = await cli("openslo", "export", "examples/workspace.json", "--format", "json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    type Doc = { kind: string; metadata: { name: string }; spec: { objectives?: { targetPercent: number }[]; timeWindow?: { duration: string; calendar?: { timeZone: string } }[] } };
    const docs = JSON.parse(r.stdout) as Doc[];
    // examples/workspace.json: the portal (99.5 % per calendar month) and building permits (95 % and 90 % per
    // quarter); the calendar riga-business is in Europe/Riga.
    expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
      "Service/svc-eservice-portal", "Service/svc-building-permits", "SLO/portal-availability-monthly", "SLO/permit-first-response", "SLO/permit-resolution",
    ]);
    expect(docs.slice(2).map((d) => [d.spec.objectives?.[0]?.targetPercent, d.spec.timeWindow?.[0]?.duration, d.spec.timeWindow?.[0]?.calendar?.timeZone])).toEqual([
      [99.5, "1M", "Europe/Riga"], [95, "1Q", "Europe/Riga"], [90, "1Q", "Europe/Riga"],
    ]);
    const yaml = join(dir, "workspace-slo.yaml");
    expect((await cli("openslo", "export", "examples/workspace.json", "--out", yaml)).code).toBe(0);
    const back = await cli("openslo", "import", yaml);
    expect(back.code).toBe(0);
    expect((JSON.parse(back.stdout) as { terms: { id: string; serviceId: string }[] }).terms.map((t) => `${t.id} ${t.serviceId}`)).toEqual([
      "sla-portal svc-eservice-portal", "sla-building-permits svc-building-permits",
    ]);
  });

  it("refuses what export cannot read, naming the file and the field (exit 1)", async () => {
    const ws = JSON.parse(readFileSync("examples/workspace.json", "utf8")) as { slaTerms: unknown[] };
    const terms = { id: "sla", serviceId: "web", name: { lv: "PLV", en: "SLA" }, objectives: [{ id: "avail", name: { lv: "P", en: "A" }, indicator: "availability", slo: "99.5", window: { kind: "rolling", days: 28 } }] };
    const cases: [string, unknown, string][] = [
      ["no-terms-workspace.json", { ...ws, slaTerms: [] }, "openslo export: slaTerms: the workspace has no SLA terms, nothing to export"],
      ["missing-field.json", { terms: [{ ...terms, serviceId: undefined }] }, "openslo export: terms.0.serviceId: "],
      ["bad-slo.json", [terms, { ...terms, id: "sla2", objectives: [{ ...terms.objectives[0], slo: "120" }] }], "openslo export: 1.objectives.0.slo: "],
      ["bad-alert.json", { terms: [terms], burnAlerts: [{ severity: "urgent", longWindowMinutes: 60, shortWindowMinutes: 5, threshold: 14.4 }] }, "openslo export: burnAlerts.0.severity: "],
      ["no-terms.json", { terms: [], burnAlerts: [] }, "openslo export: terms: no SLA terms, nothing to export"],
      ["empty-array.json", [], "openslo export: no SLA terms, nothing to export"],
      ["other.json", { hello: "world" }, `openslo export: expected the output of openslo import ({ "terms": [...] }), one set of SLA terms, an array of them, or a kpi-kit workspace`],
    ];
    for (const [name, content, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify(content));
      const r = await cli("openslo", "export", file);
      expect([name, r.code, r.stdout]).toEqual([name, 1, ""]);
      expect(r.stderr).toContain(`kpi-kit: ${file}: ${message}`);
    }
    const bad = join(dir, "workspace-bad.json");
    writeFileSync(bad, JSON.stringify({ ...ws, slaTerms: [{ ...terms, serviceId: "svc-nowhere" }] }));
    const r = await cli("openslo", "export", bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`kpi-kit: ${bad}: parseWorkspace: slaTerms.0.serviceId: `);
  });
});

// The commands the README shows, as they are written there (--out into a temporary folder).
describe("the README's openslo commands on examples/portal-slo.yaml", { timeout: 60_000 }, () => {
  it("validates, imports (listing what is lost), exports and re-imports the example", async () => {
    const file = "examples/portal-slo.yaml";
    // Service, DataSource, SLI, two SLOs, one AlertCondition; every reference resolves, so --strict passes too.
    expect(await cli("openslo", "validate", file)).toEqual({ code: 0, stdout: "6 OpenSLO document(s): valid\n", stderr: "" });
    expect((await cli("openslo", "validate", "--strict", file)).code).toBe(0);

    const terms = join(dir, "readme-terms.json");
    const imported = await cli("openslo", "import", file, "--out", terms);
    expect([imported.code, imported.stdout]).toEqual([0, ""]);
    expect(imported.stderr.split("\n").filter((line) => line !== "")).toEqual([
      "not imported: DataSource/ezk-prometheus: data sources (connection details) have no kpi-kit form; measurements arrive as files",
      "not imported: SLO/portal-uptime-monthly: calendar startTime 2026-01-01 00:00:00 and timeZone Europe/Riga: kpi-kit aligns calendar windows to the period start in the calendar's time zone",
      "not imported: AlertCondition/portal-fast-burn: a single-window condition becomes a rule whose short window equals its long window",
    ]);
    // By hand from the YAML and docs/interop.md: target 0.995 → "99.5", 0.999 → "99.9"; 1M calendar → month; 4w → 28
    // days; Timeslices with 1m slices; one terms set for the one service, named by the Service's displayName; the 1h
    // burn-rate condition → a 60/60-minute rule.
    const expectedTerms = [{
      id: "openslo-svc-eservice-portal",
      serviceId: "svc-eservice-portal",
      name: { lv: "Municipal e-service portal", en: "Municipal e-service portal" },
      objectives: [
        { id: "portal-uptime-monthly", name: { lv: "Portal up 99.5 % of the minutes", en: "Portal up 99.5 % of the minutes" }, indicator: "availability",
          slo: "99.5", window: { kind: "calendar", grain: "month" }, budgeting: { method: "timeslices", sliceMinutes: 1 }, serviceHoursOnly: false },
        { id: "portal-request-success", name: { lv: "99.9 % of requests succeed", en: "99.9 % of requests succeed" }, indicator: "availability",
          slo: "99.9", window: { kind: "rolling", days: 28 }, budgeting: { method: "occurrences" }, serviceHoursOnly: false },
      ],
      maintenance: [],
    }];
    const written = JSON.parse(readFileSync(terms, "utf8")) as { terms: unknown[]; burnAlerts: unknown[]; lost: string[] };
    expect(written.terms).toEqual(expectedTerms);
    expect(written.burnAlerts).toEqual([{ name: "portal-fast-burn", severity: "page", longWindowMinutes: 60, shortWindowMinutes: 60, threshold: 14.4 }]);
    expect(written.lost).toHaveLength(3);

    const exported = await cli("openslo", "export", terms);
    expect([exported.code, exported.stderr]).toEqual([0, ""]);
    const out = join(dir, "readme-out.yaml");
    writeFileSync(out, exported.stdout);
    // Service, two SLOs, the rule's long and short AlertConditions.
    expect(await cli("openslo", "validate", "--strict", out)).toEqual({ code: 0, stdout: "5 OpenSLO document(s): valid\n", stderr: "" });
    const again = await cli("openslo", "import", out);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { terms: unknown[] }).terms).toEqual(expectedTerms);
  });
});
