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

// Each test runs the CLI up to three times: allow for a loaded machine.
describe("kpi-kit cpsv", { timeout: 60_000 }, () => {
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
});
