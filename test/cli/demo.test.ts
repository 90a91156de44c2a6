import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../cliCommand.js";

// Runs `kpi-kit demo` bundled from source (test/setup/cli.ts), as a user runs the built one.
describe("kpi-kit demo", () => {
  it("writes all three audiences in Latvian and English as HTML, Markdown and JSON and lists every file it wrote", () => {
    const out = mkdtempSync(join(tmpdir(), "kpi-kit-demo-"));
    const r = spawnSync(process.execPath, [...CLI, "demo", "--out", out, "--locale", "lv"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    const expected = ["management", "technical", "public"].flatMap((a) => ["lv", "en"].flatMap((l) => ["html", "md", "json"].map((x) => `${a}.${l}.${x}`)));
    expect(readdirSync(out).sort()).toEqual([...expected].sort());
    for (const f of expected) {
      expect(r.stdout).toContain(join(out, f));
      expect(statSync(join(out, f)).size).toBeGreaterThan(0);
    }
    // The summary is in the --locale language, and short.
    expect(r.stdout.split("\n")[0]).toBe("Ezerkrasta novads (izdomāts piemērs), 2026. g. marts — pārskats vadībai");
    expect(r.stdout.split("\n").length).toBeLessThan(40);
  }, 180_000);
});
