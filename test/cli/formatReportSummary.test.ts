import { describe, expect, it } from "vitest";
import { formatReportSummary } from "../../src/cli/formatReportSummary.js";
import { exampleReport } from "../report/exampleMunicipality.js";

describe("formatReportSummary", () => {
  it("gives the scorecard's symbols their meaning right under its heading, in the report's language", () => {
    const en = formatReportSummary(exampleReport("management", "en"), "en").split("\n");
    const heading = en.indexOf("Scorecard (the node itself, and scored KPIs one level below)");
    expect(heading).toBeGreaterThan(0);
    expect(en[heading + 1]).toBe("  ● on target   ▲ near target   ■ off target   ○ no data");
    const lv = formatReportSummary(exampleReport("management", "lv"), "lv").split("\n");
    const virsraksts = lv.indexOf("Rezultātu karte (pats mērogs un novērtētie rādītāji līmeni zemāk)");
    expect(lv[virsraksts + 1]).toBe("  ● mērķis sasniegts   ▲ tuvu mērķim   ■ mērķis nav sasniegts   ○ nav datu");
    // Each row below it starts with one of those symbols.
    expect(en.slice(heading + 2).filter((l) => l.startsWith("  ") && l.trim() !== "").every((l) => /^ {2}[●▲■○] /.test(l))).toBe(true);
  });
});
