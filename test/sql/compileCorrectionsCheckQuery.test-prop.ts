import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { isKpiError } from "../../src/errors.js";
import { checkCorrections } from "../../src/internal/checkCorrections.js";
import { compileCorrectionsCheckQuery } from "../../src/sql/compileCorrectionsCheckQuery.js";
import { breaks, build, specArb, type Raw } from "../model/brokenBatches.js";
import { testedEngines, useEngine, type LoadRecord } from "./engines.js";

// The table check finds a problem exactly when checkCorrections (the rule of parseMeasurements and kpi-kit validate)
// refuses the same records, and names the kind of problem checkCorrections names.
const CORRECTION_BREAKS = ["none", "duplicateId", "supersedesUnknown", "supersedesSelf", "supersedesOther", "loop", "recordedBefore", "dropRecordedAt"];
const KINDS: Record<string, readonly string[]> = {
  duplicate_id: ["duplicate_id"],
  unknown_reference: ["unknown_supersedes"],
  cycle: ["cycle"],
  invalid_correction: ["other_series", "fork", "recorded_before"],
};


for (const { name, open } of testedEngines()) {
  describe(`compileCorrectionsCheckQuery on ${name}`, { timeout: 30_000 }, () => {
    const db = useEngine(open);

    test.prop([fc.array(specArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(...CORRECTION_BREAKS), fc.nat(), fc.nat()], { numRuns: 80 })(
      "finds problems exactly when checkCorrections refuses the records, of the kind it names",
      async (specs, breakName, i, j) => {
        const records: Raw[] = build(specs);
        breaks[breakName]!(records, i % records.length, j);
        let code: string | null = null;
        try {
          checkCorrections(records as never, "test");
        } catch (error) {
          if (!isKpiError(error)) throw error;
          code = error.code;
        }
        const table = db.nextTable();
        await db.engine.load(table, records as unknown as LoadRecord[]);
        const query = compileCorrectionsCheckQuery({ dialect: db.engine.dialect, table: { table, instants: "epoch_ms" } });
        const problems = (await db.engine.query(query.sql, query.params)).map((r) => String(r["problem"]));
        expect({ breakName, found: problems.length > 0 }).toEqual({ breakName, found: code !== null });
        if (code !== null) expect(problems.some((p) => KINDS[code!]!.includes(p))).toBe(true);
      },
    );
  });
}
