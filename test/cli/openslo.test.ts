import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../cliCommand.js";

// Runs the CLI bundled from source (test/setup/cli.ts), as a user runs the built one.
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [...CLI, ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-openslo-"));
const example = join("test", "interop", "data", "openslo", "budgeting-method", "timeslices-slo.yaml");
const service = join(dir, "service.yaml");
writeFileSync(service, "apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: web-availability\nspec: {}\n");

// Each test starts the CLI several times (import, export, re-import): allow for a loaded machine.
describe("kpi-kit openslo", { timeout: 60_000 }, () => {
  it("validates an official example, warning about its unresolved service", () => {
    const r = cli("openslo", "validate", example);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning unknown_reference");
  });

  it("fails validate --strict on an unresolved reference, naming file, document, kind, name and path", () => {
    const r = cli("openslo", "validate", "--strict", example);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${example}#0 SLO/service-availability spec.service: error unknown_reference`);
  });

  it("imports, exports and re-imports to the same terms", () => {
    const terms = join(dir, "terms.json");
    const r = cli("openslo", "import", example, service, "--out", terms);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("not imported:");
    const first = JSON.parse(readFileSync(terms, "utf8")) as { terms: unknown[] };
    expect(first.terms).toHaveLength(1);
    for (const format of ["yaml", "json"]) {
      const out = join(dir, `out.${format}`);
      expect(cli("openslo", "export", terms, "--format", format, "--out", out).code).toBe(0);
      const again = cli("openslo", "import", out);
      expect(again.code).toBe(0);
      expect((JSON.parse(again.stdout) as { terms: unknown[] }).terms).toEqual(first.terms);
    }
  });

  it("refuses import of a file with an unresolved reference (exit 1) and a bad format (exit 2)", () => {
    expect(cli("openslo", "import", example).code).toBe(1);
    expect(cli("openslo", "export", example, "--format", "xml").code).toBe(2);
    expect(cli("openslo", "frobnicate").code).toBe(2);
  });

  it("says a missing file cannot be read (exit 2, no usage text) and refuses a terms file that is not JSON (exit 1)", () => {
    const missing = cli("openslo", "validate", "no-such-file.yaml");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no-such-file.yaml: no such file or directory");
    expect(missing.stderr).not.toContain("Usage:");
    const notJson = cli("openslo", "export", example);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain("not valid JSON");
  });
});
