import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { exportOpenSlo, importOpenSlo, validateOpenSlo } from "../../src/interop/index.js";
import { parseSlaTerms } from "../../src/index.js";
import type { BurnAlertTier } from "../../src/index.js";
import { ID_PATTERN } from "../../src/model/_lib/idPattern.js";

// SLA terms whose ids are RFC 1123 labels (OpenSLO names): export then import gives back the same parsed terms.
const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);
const slo = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 999 }))
  .map(([i, f]) => (f === 0 ? String(i) : `${i}.${String(f).padStart(3, "0").replace(/0+$/, "")}`));
const window = fc.oneof(
  fc.record({ kind: fc.constant("rolling"), days: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant("calendar"), grain: fc.constantFrom("month", "quarter", "year") }),
);
const budgeting = fc.oneof(
  fc.constant({ method: "occurrences" }),
  fc.record({ method: fc.constant("timeslices"), sliceMinutes: fc.integer({ min: 1, max: 1440 }) }),
  fc.record({ method: fc.constant("ratio_timeslices"), sliceMinutes: fc.integer({ min: 1, max: 1440 }), threshold: slo }),
);
const objective = fc.record({
  id: label,
  name: fc.record({ lv: text, en: text }),
  indicator: fc.constant("availability"),
  slo,
  window,
  budgeting,
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
    const back = importOpenSlo([{ file: "p", text: exportOpenSlo([parsed], { format }).text }]);
    expect(back.terms.map((t) => parseSlaTerms(t))).toEqual([parsed]);
    expect(back.lost).toEqual([]);
  }
});

// Every field of SlaTerms, its objectives and its maintenance windows, and burn-alert rules, with ids that are not
// OpenSLO names (spaces, capitals, accents, punctuation) and that several sets of terms share (one service with two
// sets of terms, one objective id in two sets): what export writes, import gives back, and neither reports a loss
// but for the rules OpenSLO cannot hold.
const id = fc
  .oneof(
    label,
    fc.constantFrom("web", "Web", "web-2", "avail", "Avail", "Pieejamība 24/7", "!!!", "x", "a_b", "Ēka.Nr.1"),
    fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }),
  )
  .filter((s) => ID_PATTERN.test(s));
const anyText = fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" });
const localized = fc.record({ lv: anyText, en: anyText });
const day = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const maintenance = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 1, max: 1e9 }), fc.option(localized, { nil: undefined })).map(([start, length, reason]) => ({
    kind: "one_off", start, end: start + length, ...(reason === undefined ? {} : { reason }),
  })),
  fc.record(
    { kind: fc.constant("weekly"), weekday: fc.integer({ min: 1, max: 7 }), start: hhmm, durationMinutes: fc.integer({ min: 1, max: 7 * 1440 }), validFrom: day, validTo: day, reason: localized },
    { requiredKeys: ["kind", "weekday", "start", "durationMinutes"] },
  ),
);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const deadline = fc.oneof(
  fc.record({ deadlineBusinessHours: fc.double({ min: 0.01, max: 100_000, noNaN: true }) }),
  fc.record({ deadlineBusinessDays: fc.double({ min: 0.01, max: 10_000, noNaN: true }) }),
);
const fullObjective = fc
  .tuple(
    fc.record(
      { id, name: localized, kpiId: id, slo, window, budgeting, serviceHoursOnly: fc.boolean(), priority: fc.string({ maxLength: 40 }) },
      { requiredKeys: ["id", "name", "slo", "window", "budgeting"] },
    ),
    fc.constantFrom("availability", "response_time", "resolution_time", "threshold"),
    deadline,
    fc.record({ value: finite, comparison: fc.constantFrom("at_most", "at_least") }),
  )
  .map(([o, indicator, due, threshold]) => ({
    ...o,
    indicator,
    ...(indicator === "response_time" || indicator === "resolution_time" ? due : {}),
    ...(indicator === "threshold" ? { threshold } : {}),
  }));
const fullTerms = fc
  .tuple(
    fc.record(
      {
        id,
        serviceId: fc.constantFrom("web", "Web", "web-2", "Būvatļaujas", "svc ā/1"),
        name: localized,
        recipientGroup: localized,
        calendarId: id,
        objectives: fc.uniqueArray(fullObjective, { minLength: 1, maxLength: 3, selector: (o) => o.id }),
        maintenance: fc.array(maintenance, { maxLength: 2 }),
      },
      { requiredKeys: ["id", "serviceId", "name", "objectives"] },
    ),
    fc.option(day, { nil: undefined }),
    fc.option(day, { nil: undefined }),
  )
  .map(([t, a, b]) => {
    // validTo must come after validFrom: sort the two dates, or keep whichever one is given.
    const [validFrom, validTo] = a !== undefined && b !== undefined ? (a < b ? [a, b] : b < a ? [b, a] : [a, undefined]) : [a, b];
    return { ...t, ...(validFrom === undefined ? {} : { validFrom }), ...(validTo === undefined ? {} : { validTo }) };
  });
const tier = fc.record(
  {
    name: anyText,
    severity: fc.constantFrom("page" as const, "ticket" as const),
    longWindowMinutes: fc.integer({ min: 1, max: 100_000 }),
    shortWindowMinutes: fc.integer({ min: 1, max: 100_000 }),
    limit: fc.oneof(
      fc.double({ min: 1e-6, max: 1e6, noNaN: true }).map((threshold) => ({ threshold })),
      slo.map((budgetPercent) => ({ budgetPercent })),
    ),
  },
  { requiredKeys: ["severity", "longWindowMinutes", "shortWindowMinutes", "limit"] },
).map(({ limit, ...rest }): BurnAlertTier => ({ ...rest, ...limit }));

test.prop([fc.uniqueArray(fullTerms, { minLength: 1, maxLength: 3, selector: (t) => t.id }), fc.array(tier, { maxLength: 3 })])(
  "export then import keeps every field of the terms and the rules, with ids that are not OpenSLO names",
  (input, tiers) => {
    const parsed = input.map((t) => parseSlaTerms(t));
    // A rule given by budgetPercent needs the first objective's rolling window to become a threshold.
    const rolling = parsed[0]?.objectives[0]?.window.kind === "rolling";
    const kept = tiers.filter((t) => t.budgetPercent === undefined || rolling);
    for (const format of ["yaml", "json"] as const) {
      const exported = exportOpenSlo(parsed, { format, burnAlerts: tiers });
      expect(exported.lost).toHaveLength(tiers.length - kept.length);
      expect(validateOpenSlo([{ file: "p", text: exported.text }], { strict: true }).valid).toBe(true);
      const back = importOpenSlo([{ file: "p", text: exported.text }]);
      expect(back.terms.map((t) => parseSlaTerms(t))).toEqual(parsed);
      expect(back.burnAlerts).toEqual(kept);
      expect(back.lost).toEqual([]);
    }
  },
);
