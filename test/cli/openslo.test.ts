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
});
