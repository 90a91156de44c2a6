import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCliText } from "../cliCommand.js";

// Runs the command line in this process (runCliText, the code the executable runs; test/cli/main.test.ts spawns the
// executable itself).
const cli = runCliText;

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-cpsv-"));
const example = join("test", "interop", "data", "cpsv-ap", "example-rdf_public_service.jsonld");

const CPSV = "http://purl.org/vocab/cpsv#";
const CV = "http://data.europa.eu/m8g/";
interface Scope { id: string; kind: string; name: { lv: string; en: string }; parentId: string | null; lifeSituations?: string[]; resourceIds?: string[] }
const scopesOf = (stdout: string) => (JSON.parse(stdout) as { scopes: Scope[] }).scopes;
const node = (id: string, kind: string, parentId: string | null, extra: Partial<Scope> = {}): Scope => ({ id, kind, name: { lv: id.toUpperCase(), en: id }, parentId, ...extra });
const write = (name: string, value: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
};

// Each test runs the CLI up to three times: allow for a loaded machine.
describe("kpi-kit cpsv", { timeout: 60_000 }, () => {
  it("prints its usage for help, --help and -h (exit 0), and without a command (exit 2)", async () => {
    for (const word of ["help", "--help", "-h"]) {
      const r = await cli("cpsv", word);
      expect([r.code, r.stdout.split("\n")[0], r.stdout.split("\n")[1]?.trimStart().startsWith("kpi-kit cpsv import")]).toEqual([0, "Usage:", true]);
    }
    expect((await cli("cpsv")).code).toBe(2);
  });

  it("imports the official example under the given parent", async () => {
    const r = await cli("cpsv", "import", example, "--parent", "be");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { scopes: { id: string; parentId: string }[] };
    expect(out.scopes.map((s) => `${s.id}<${s.parentId}`)).toEqual(["publicOrganisation1<be", "Tax-on-web<publicOrganisation1", "cha-123<publicOrganisation1"]);
  });

  it("exports the example municipality and re-imports its institutions, services and resources", async () => {
    const file = join(dir, "catalogue.jsonld");
    expect((await cli("cpsv", "export", "examples/workspace.json", "--out", file)).code).toBe(0);
    const r = await cli("cpsv", "import", file, "--parent", "ezerkrasts");
    expect(r.code).toBe(0);
    const ws = JSON.parse(readFileSync("examples/workspace.json", "utf8")) as { scopes: { id: string; kind: string }[] };
    const expected = ws.scopes.filter((s) => ["institution", "service", "resource"].includes(s.kind)).map((s) => s.id).sort();
    expect((JSON.parse(r.stdout) as { scopes: { id: string }[] }).scopes.map((s) => s.id).sort()).toEqual(expected);
  });

  it("refuses a --parent that is not a scope id before reading anything (exit 2): import's output would not export", async () => {
    for (const [parent, why] of [
      ["bad id ", "an id has no control characters and no leading or trailing white space"],
      ["", "an id must not be empty"],
      ["a\u001bb", "an id has no control characters and no leading or trailing white space"],
    ] as const) {
      const r = await cli("cpsv", "import", "no-such-catalogue.jsonld", "--parent", parent);
      expect(r.code).toBe(2);
      expect(r.stderr.split("\n")[0]).toBe(`kpi-kit cpsv: --parent ${JSON.stringify(parent)} is not a scope id: ${why}`);
    }
  });

  it("asks for --parent (exit 2)", async () => {
    expect((await cli("cpsv", "import", example)).code).toBe(2);
  });

  it("says a missing file cannot be read (exit 2, no usage text) and names the file and line of bad JSON (exit 1)", async () => {
    const missing = await cli("cpsv", "import", join(dir, "nope.jsonld"), "--parent", "be");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.jsonld: no such file or directory");
    expect(missing.stderr).not.toContain("Usage:");
    const bad = join(dir, "dup.jsonld");
    writeFileSync(bad, '{\n  "@id": "a",\n  "@id": "b"\n}\n');
    const dup = await cli("cpsv", "import", bad, "--parent", "be");
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain(`${bad}:3`);
  });
  it("exports the scopes file that import wrote (a subtree under the --parent, which is not in the file) and re-imports it", async () => {
    const scopes = join(dir, "scopes.json");
    const imported = await cli("cpsv", "import", example, "--parent", "ezerkrasts", "--out", scopes);
    expect(imported.code).toBe(0);
    const exported = await cli("cpsv", "export", scopes);
    expect([exported.code, exported.stderr]).toEqual([0, ""]);
    const graph = (JSON.parse(exported.stdout) as { "@graph": { "@id": string; "@type": string[]; [key: string]: unknown }[] })["@graph"];
    // The official example holds one organisation, one service under it and one channel.
    expect(graph.filter((n) => n["@type"].includes(`${CPSV}PublicService`)).map((n) => [n["@id"], n[`${CV}hasCompetentAuthority`]])).toEqual([
      ["urn:kpi-kit:scope:Tax-on-web", [{ "@id": "urn:kpi-kit:scope:publicOrganisation1" }]],
    ]);
    const again = await cli("cpsv", "import", write("again.jsonld", exported.stdout), "--parent", "ezerkrasts");
    expect(again.code).toBe(0);
    expect(scopesOf(again.stdout).map((s) => `${s.id}<${s.parentId}`)).toEqual(["publicOrganisation1<ezerkrasts", "Tax-on-web<publicOrganisation1", "cha-123<publicOrganisation1"]);
  });

  it("exports a bare array of scope nodes, a subtree or a whole tree", async () => {
    const subtree = [node("org", "institution", "town"), node("permits", "service", "org")];
    const whole = [node("town", "municipality", null), ...subtree];
    for (const nodes of [subtree, whole]) {
      const r = await cli("cpsv", "export", write("array.json", nodes));
      expect(r.code).toBe(0);
      const types = (JSON.parse(r.stdout) as { "@graph": { "@type": string[] }[] })["@graph"].map((n) => n["@type"][0]);
      expect(types).toEqual([`${CV}PublicOrganisation`, `${CPSV}PublicService`, "http://purl.org/dc/terms/Location"]);
    }
  });

  it("refuses a scopes file that is not a tree or a subtree under one parent, naming the file and the field (exit 1)", async () => {
    const cases: [string, unknown, string][] = [
      ["two-parents.json", { scopes: [node("a", "institution", "x"), node("b", "institution", "y")] }, 'cpsv export: scopes.1.parentId: parent "y" is not in the file, nor is "x" (scopes.0.parentId)'],
      ["bad-kind.json", { scopes: [node("a", "institution", "x"), node("b", "agency", "a")] }, "cpsv export: scopes.1.kind: "],
      ["no-resource.json", { scopes: [node("a", "institution", "x"), node("b", "service", "a", { resourceIds: ["nope"] })] }, 'cpsv export: scopes.1.resourceIds.0: resource "nope" does not exist'],
      ["upside-down.json", [node("a", "service", "x"), node("b", "institution", "a")], "cpsv export: 1.parentId: an institution cannot sit below a service"],
      ["duplicate.json", [node("a", "institution", "x"), node("a", "institution", "x")], 'cpsv export: 1.id: scope id "a" is used twice'],
      ["empty.json", { scopes: [] }, "cpsv export: scopes: no scope nodes, nothing to export"],
      ["empty-array.json", [], "cpsv export: no scope nodes, nothing to export"],
      ["other.json", { nodes: [] }, 'cpsv export: scopes: missing; expected a kpi-kit workspace, the output of cpsv import ({ "scopes": [...] }) or an array of scope nodes'],
      ["number.json", 42, "cpsv export: expected a kpi-kit workspace, the output of cpsv import"],
      ["resources-only.json", [node("r", "resource", "x")], "cpsv export: no institution or service to export"],
    ];
    for (const [name, content, message] of cases) {
      const file = write(name, content);
      const r = await cli("cpsv", "export", file);
      expect([name, r.code, r.stdout]).toEqual([name, 1, ""]);
      expect(r.stderr).toContain(`kpi-kit: ${file}: ${message}`);
    }
  });

  it("names the workspace file in its errors (exit 1)", async () => {
    const ws = JSON.parse(readFileSync("examples/workspace.json", "utf8")) as { scopes: Scope[] };
    ws.scopes[3] = { ...ws.scopes[3]!, parentId: "nope" };
    const file = write("workspace.json", ws);
    const r = await cli("cpsv", "export", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`kpi-kit: ${file}: parseWorkspace: scopes.3.parentId: parent "nope" does not exist`);
  });

  it("warns when a service has no institution above it in the file (no competent authority in the catalogue)", async () => {
    const r = await cli("cpsv", "export", write("loose-service.json", [node("org", "institution", "town"), node("lone", "service", "town")]));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: service "lone" has no institution above it');
  });

  it("refuses a file that is not a CPSV-AP catalogue (no public service), naming the file (exit 1)", async () => {
    const ws = await cli("cpsv", "import", "examples/workspace.json", "--parent", "p");
    expect([ws.code, ws.stdout]).toEqual([1, ""]);
    expect(ws.stderr).toContain("kpi-kit: examples/workspace.json: importCpsv: no public service");
    expect(ws.stderr).toContain("kpi-kit cpsv export examples/workspace.json");
    const emptyList = write("empty-list.jsonld", "[]");
    const empty = await cli("cpsv", "import", emptyList, "--parent", "p");
    expect([empty.code, empty.stdout]).toEqual([1, ""]);
    expect(empty.stderr).toContain(`kpi-kit: ${emptyList}: importCpsv: no public service`);
    const orgOnly = write("org-only.jsonld", { "@context": "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld", "@id": "urn:x:org", "@type": "PublicOrganization" });
    const org = await cli("cpsv", "import", orgOnly, "--parent", "p");
    expect(org.code).toBe(1);
    expect(org.stderr).toContain(`kpi-kit: ${orgOnly}: importCpsv: no public service (http://purl.org/vocab/cpsv#PublicService): none of its 1 typed node(s) is one`);
  });
});

// The commands the README shows, as they are written there (--out into a temporary folder).
describe("the README's cpsv commands on examples/catalogue.jsonld", { timeout: 60_000 }, () => {
  it("imports the catalogue under ezerkrasts, exports the scopes file and re-imports the same nodes", async () => {
    const scopes = join(dir, "readme-scopes.json");
    const imported = await cli("cpsv", "import", "examples/catalogue.jsonld", "--parent", "ezerkrasts", "--out", scopes);
    expect(imported).toEqual({ code: 0, stdout: "", stderr: "" });
    // By hand from the catalogue: one office, its three services (in the order of their @ids: birth, death, marriage),
    // its two channels in the order the services first name them.
    const office = "ezk-registry";
    const expected: Scope[] = [
      { id: office, kind: "institution", name: { lv: "Ezerkrasta novada Dzimtsarakstu nodaļa", en: "Ezerkrasts Registry Office" }, parentId: "ezerkrasts" },
      { id: "birth-registration", kind: "service", name: { lv: "Bērna dzimšanas reģistrācija", en: "Registering a child's birth" }, parentId: office,
        lifeSituations: ["Bērna piedzimšana"], resourceIds: ["registry-office-desk", "latvija-gov-lv"] },
      { id: "death-registration", kind: "service", name: { lv: "Miršanas reģistrācija", en: "Registering a death" }, parentId: office,
        lifeSituations: ["Tuvinieka nāve"], resourceIds: ["registry-office-desk", "latvija-gov-lv"] },
      { id: "marriage-registration", kind: "service", name: { lv: "Laulības reģistrācija", en: "Registering a marriage" }, parentId: office,
        lifeSituations: ["Laulības"], resourceIds: ["registry-office-desk"] },
      { id: "registry-office-desk", kind: "resource", name: { lv: "Klātienē Dzimtsarakstu nodaļā, Ezera ielā 3", en: "In person at the Registry Office, 3 Ezera iela" }, parentId: office },
      { id: "latvija-gov-lv", kind: "resource", name: { lv: "E-pakalpojums portālā Latvija.gov.lv", en: "E-service on Latvija.gov.lv" }, parentId: office },
    ];
    const file = JSON.parse(readFileSync(scopes, "utf8")) as { scopes: Scope[]; otherNames: unknown; issues: unknown[] };
    expect(file).toEqual({ scopes: expected, otherNames: {}, issues: [] });

    const exported = await cli("cpsv", "export", scopes);
    expect([exported.code, exported.stderr]).toEqual([0, ""]);
    const graph = (JSON.parse(exported.stdout) as { "@graph": { "@type": string[] }[] })["@graph"];
    const count = (type: string) => graph.filter((n) => n["@type"].includes(type)).length;
    expect([count(`${CV}PublicOrganisation`), count(`${CPSV}PublicService`), count(`${CV}Channel`), count(`${CV}LifeEvent`)]).toEqual([1, 3, 2, 3]);
    const again = await cli("cpsv", "import", write("readme-again.jsonld", exported.stdout), "--parent", "ezerkrasts");
    expect(again.code).toBe(0);
    expect(scopesOf(again.stdout)).toEqual(expected);
  });

  it("exports the example workspace", async () => {
    const r = await cli("cpsv", "export", "examples/workspace.json");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    // examples/README.md: three institutions, eight services.
    const graph = (JSON.parse(r.stdout) as { "@graph": { "@type": string[] }[] })["@graph"];
    expect([graph.filter((n) => n["@type"].includes(`${CV}PublicOrganisation`)).length, graph.filter((n) => n["@type"].includes(`${CPSV}PublicService`)).length]).toEqual([3, 8]);
  });
});
