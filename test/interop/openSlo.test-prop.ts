import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { exportOpenSlo, importOpenSlo } from "../../src/interop/index.js";
import { parseSlaTerms } from "../../src/index.js";

// SLA terms whose ids are RFC 1123 labels (OpenSLO names): export then import gives back the same parsed terms.
const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);
const slo = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 }))
  .map(([i, f]) => (f === 0 ? String(i) : `${i}.${String(f).padStart(3, "0").replace(/0+$/, "")}`));
const objective = fc.record({
  id: label,
  name: fc.record({ lv: text, en: text }),
  indicator: fc.constant("availability"),
  slo,
  window: fc.oneof(
    fc.record({ kind: fc.constant("rolling"), days: fc.integer({ min: 1, max: 400 }) }),
    fc.record({ kind: fc.constant("calendar"), grain: fc.constantFrom("month", "quarter", "year") }),
  ),
  budgeting: fc.oneof(
    fc.constant({ method: "occurrences" }),
    fc.record({ method: fc.constant("timeslices"), sliceMinutes: fc.integer({ min: 1, max: 1440 }) }),
    fc.record({ method: fc.constant("ratio_timeslices"), sliceMinutes: fc.integer({ min: 1, max: 1440 }), threshold: slo }),
  ),
});
const terms = fc.record({
  id: label,
  serviceId: label,
  name: fc.record({ lv: text, en: text }),
  objectives: fc.uniqueArray(objective, { minLength: 1, maxLength: 3, selector: (o) => o.id }),
});

test.prop([terms])("export then import returns the same SLA terms", (input) => {
  const parsed = parseSlaTerms(input);
  for (const format of ["yaml", "json"] as const) {
    const back = importOpenSlo([{ file: "p", text: exportOpenSlo([parsed], { format }) }]);
    expect(back.terms.map((t) => parseSlaTerms(t))).toEqual([parsed]);
    expect(back.lost).toEqual([]);
  }
});
