import { describe, expect, it } from "vitest";
import { parseSlaTerms } from "../../src/model/slaTerms.js";

const objective = { id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability", window: { kind: "calendar", grain: "month" } };
const terms = (extra: Record<string, unknown>, obj: Record<string, unknown> = {}) => ({
  id: "sla-portal",
  serviceId: "svc-portal",
  name: { lv: "Portāla PLV", en: "Portal SLA" },
  objectives: [{ ...objective, slo: "99.5", ...obj }],
  ...extra,
});

describe("parseSlaTerms", () => {
  it("matches the documented example", () => {
    expect(
      parseSlaTerms({
        id: "sla-portal", serviceId: "svc-portal", name: { lv: "Portāla PLV", en: "Portal SLA" },
        objectives: [{ id: "avail", name: { lv: "Pieejamība", en: "Availability" }, indicator: "availability",
          slo: 99.90, window: { kind: "calendar", grain: "month" } }],
      }).objectives[0]?.slo,
    ).toBe("99.9");
  });

  it("keeps an SLO string exact and defaults the budgeting to occurrences", () => {
    const s = parseSlaTerms(terms({}, { slo: "99.95000" }));
    expect(s.objectives[0]?.slo).toBe("99.95");
    expect(s.objectives[0]?.budgeting).toEqual({ method: "occurrences" });
  });

  it("refuses an SLO of 0, 100 or above, and a non-decimal", () => {
    for (const slo of ["0", "100", "100.5", 101, "99,9", "-1"]) {
      expect(() => parseSlaTerms(terms({}, { slo }))).toThrowError(
        expect.objectContaining({ code: "invalid_slo", path: ["objectives", 0, "slo"] }),
      );
    }
  });

  it("refuses a NaN SLO as non_finite", () => {
    expect(() => parseSlaTerms(terms({}, { slo: Number.NaN }))).toThrowError(
      expect.objectContaining({ code: "non_finite", path: ["objectives", 0, "slo"] }),
    );
  });

  it("refuses a maintenance window that ends before it starts", () => {
    const maintenance = [{ kind: "one_off", start: "2026-03-01T02:00:00Z", end: "2026-03-01T01:00:00Z" }];
    expect(() => parseSlaTerms(terms({ maintenance }))).toThrowError(
      expect.objectContaining({ code: "invalid_interval", path: ["maintenance", 0, "end"] }),
    );
  });

  it("accepts weekly maintenance and a rolling window with timeslices", () => {
    const s = parseSlaTerms(
      terms(
        { maintenance: [{ kind: "weekly", weekday: 7, start: "02:00", durationMinutes: 120 }] },
        { window: { kind: "rolling", days: 28 }, budgeting: { method: "timeslices", sliceMinutes: 5 } },
      ),
    );
    expect(s.maintenance[0]?.kind).toBe("weekly");
  });

  it("requires a deadline for a response-time objective and refuses duplicate objective ids", () => {
    expect(() => parseSlaTerms(terms({}, { indicator: "response_time" }))).toThrowError(
      expect.objectContaining({ path: ["objectives", 0, "deadlineBusinessHours"] }),
    );
    const dup = terms({});
    dup.objectives.push(dup.objectives[0] as (typeof dup.objectives)[number]);
    expect(() => parseSlaTerms(dup)).toThrowError(expect.objectContaining({ code: "duplicate_id", path: ["objectives", 1, "id"] }));
  });
});

describe("parseSlaTerms, a maintenance window in the names of kpi-kit 0.1", () => {
  it("says that a one-off window takes start and end, at the path of from", () => {
    const maintenance = [{ kind: "one_off", from: "2026-03-01T00:00:00Z", to: "2026-03-01T01:00:00Z" }];
    expect(() => parseSlaTerms(terms({ maintenance }))).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: ["maintenance", 0, "from"], message: expect.stringContaining("takes start and end") }),
    );
  });
});
