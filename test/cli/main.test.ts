import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workspaceInput } from "../fixtures.js";

// Runs the CLI from source (through tsx), as a user would run the built one.
function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "kpi-kit-cli-"));
const good = join(dir, "workspace.json");
writeFileSync(good, JSON.stringify(workspaceInput()));

describe("kpi-kit CLI", () => {
  it("validates a workspace and prints its summary", () => {
    const r = cli("validate", good);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("workspace.json: valid");
    expect(r.stdout).toContain("Responsibility matrix");
  });

  it("names the file and the field of a bad workspace and exits 1", () => {
    const bad = structuredClone(workspaceInput());
    (bad.kpis[0] as Record<string, unknown>)["rollUp"] = "sum";
    const file = join(dir, "bad.json");
    writeFileSync(file, JSON.stringify(bad));
    const r = cli("validate", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.json");
    expect(r.stderr).toContain("kpis.0.rollUp");
  });

  it("names the line and the field of a bad measurement", () => {
    const file = join(dir, "m.ndjson");
    const ok = { id: "m1", kpiId: "permits-in-time", subjectId: "permits", at: "2026-03-01T00:00:00Z", numerator: 1, denominator: 2 };
    writeFileSync(file, `${JSON.stringify(ok)}\n\n${JSON.stringify({ ...ok, id: "m2", denominator: -1 })}\n`);
    const r = cli("validate", good, "--measurements", file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("m.ndjson:3");
    expect(r.stderr).toContain("denominator");
  });

  it("reports a missing file as a usage error (exit 2)", () => {
    const r = cli("validate", join(dir, "nope.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope.json");
  });

  it("prints the JSON Schema of a measurement", () => {
    const r = cli("schema", "measurement");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe("kpi-kit measurement");
  });

  it("prints help for a command and refuses an unknown one", () => {
    expect(cli("validate", "--help").stdout).toContain("kpi-kit validate <workspace.json>");
    const r = cli("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});
