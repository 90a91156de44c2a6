import { describe, expect, it } from "vitest";
import { REPORT_LABELS } from "../../src/report/reportLabels.js";
import { reportLabel } from "../../src/report/reportLabel.js";
import { LIBRARY_VERSION } from "../../src/report/_lib/libraryVersion.js";
import { readFileSync } from "node:fs";

describe("REPORT_LABELS", () => {
  it("has a Latvian and an English text with the same placeholders for every key", () => {
    for (const [key, text] of Object.entries(REPORT_LABELS)) {
      expect(text.lv.trim().length, key).toBeGreaterThan(0);
      expect(text.en.trim().length, key).toBeGreaterThan(0);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(text.lv), key).toEqual(names(text.en));
    }
  });
});

describe("reportLabel", () => {
  it("matches the documented example", () => {
    expect(reportLabel("chart_budget", "lv")).toBe("Kļūdu budžets");
  });

  it("fills placeholders and leaves unknown ones when values are missing", () => {
    expect(reportLabel("target_at_least", "en", { value: "95%" })).toBe("at least 95%");
    expect(reportLabel("target_at_least", "en")).toBe("at least {value}");
  });

  it("throws invalid_argument when the locale is unknown", () => {
    expect(() => reportLabel("chart_budget", "de" as "en")).toThrowError(expect.objectContaining({ code: "invalid_argument", path: ["locale"] }));
  });
});

describe("LIBRARY_VERSION", () => {
  it("equals the version in package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });
});
