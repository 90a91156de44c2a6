import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SEED, generateExampleFiles, generateMeasurements, type Outage, type Ticket } from "../../examples/generateMeasurements.js";
import { parseWorkspace, type Workspace } from "../../src/model/workspace.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { checkResponsibilityMatrix } from "../../src/model/checkResponsibilityMatrix.js";
import type { Measurement } from "../../src/model/measurement.js";
import { findCatalogKpi } from "../../src/catalog/findCatalogKpi.js";
import { syncCatalogKpis } from "../../examples/syncCatalogKpis.js";

const read = (name: string): string => readFileSync(new URL(`../../examples/${name}`, import.meta.url), "utf8");

interface RawMeasurement {
  readonly id: string;
  readonly kpiId: string;
  readonly subjectId: string;
  readonly at: string;
  readonly value?: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly weight?: number;
  readonly collection?: string;
  readonly status?: string;
  readonly recordedAt?: string;
  readonly supersedes?: string;
}

const committed = {
  measurements: read("measurements.ndjson"),
  outages: read("outages.json"),
  tickets: read("tickets.json"),
};
const raw: RawMeasurement[] = committed.measurements
  .split("\n")
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line) as RawMeasurement);
const byId = new Map(raw.map((m) => [m.id, m]));
const outages = JSON.parse(committed.outages) as Outage[];
const tickets = JSON.parse(committed.tickets) as Ticket[];

/** Europe/Riga's offset at an instant according to the runtime's time-zone database, as "+02:00" / "+03:00". */
const rigaFormat = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Riga", timeZoneName: "longOffset" });
const offsetByHour = new Map<number, string>(); // offsets change only on whole hours
const rigaOffset = (ms: number): string => {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    offset = (rigaFormat.formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? "").replace("GMT", "");
    offsetByHour.set(hour, offset);
  }
  return offset;
};
/** The local date of an instant written with its Riga offset, e.g. "2025-03-30T00:00:00+02:00" → "2025-03-30". */
const localDate = (text: string): string => text.slice(0, 10);

let workspace: Workspace;
beforeAll(() => {
  workspace = parseWorkspace(read("workspace.json"));
});

describe("examples/workspace.json", () => {
  it("parses with parseWorkspace", () => {
    expect(workspace.name.en).toContain("fictional");
    expect(workspace.scopes.filter((s) => s.kind === "service").length).toBeGreaterThanOrEqual(6);
    expect(workspace.kpis.length).toBeGreaterThanOrEqual(12);
    expect(workspace.kpis.length).toBeLessThanOrEqual(16);
    expect(workspace.roles.length).toBe(10); // omitted: the standard roles
  });

  it("uses the Riga business calendar with Latvian public holidays", () => {
    const calendar = workspace.calendars[0];
    expect(calendar?.timeZone).toBe("Europe/Riga");
    expect(calendar?.publicHolidays).toBe("lv");
    expect(calendar?.fiscalYearStartMonth).toBe(1);
    expect(calendar?.businessHours.map((h) => `${h.weekday} ${h.from}-${h.to}`)).toEqual([
      "1 08:30-17:00",
      "2 08:30-17:00",
      "3 08:30-17:00",
      "4 08:30-17:00",
      "5 08:30-16:00",
    ]);
  });

  it("copies the catalogue's definitions verbatim where the catalogue has the KPI", () => {
    const fromCatalogue = workspace.kpis.filter((k) => (findCatalogKpi(k.id) ?? null) !== null);
    expect(fromCatalogue.map((k) => k.id)).toEqual([
      "recipient-satisfaction",
      "gds-digital-take-up",
      "service-availability",
      "first-contact-resolution",
      "gds-cost-per-transaction",
      "complaint-resolution-within-deadline",
      "average-processing-time",
    ]);
    for (const k of fromCatalogue) expect(k).toEqual(findCatalogKpi(k.id));
    expect(syncCatalogKpis(read("workspace.json"))).toBe(read("workspace.json"));
  });

  it("has both leading and lagging KPIs linked by drivers", () => {
    const leading = workspace.kpis.filter((k) => k.indicator === "leading");
    expect(leading.length).toBeGreaterThanOrEqual(3);
    expect(workspace.kpis.find((k) => k.id === "first-contact-resolution")?.drivers).toEqual([
      { laggingKpiId: "recipient-satisfaction", sign: "positive", lagPeriods: 1 },
    ]);
  });

  it("reports the deliberate responsibility-matrix finding", () => {
    // Hand-derived: duty 5 ("annual-service-report") has A for municipal_lead and service_portfolio_owner; the roles
    // national_lead (0), sector_lead (1) and resource_user (9) of STANDARD_ROLES carry no A or L anywhere.
    const findings = checkResponsibilityMatrix(workspace.responsibilityMatrix, workspace.roles);
    expect(findings.map((f) => [f.code, f.path, f.dutyId ?? f.roleId])).toEqual([
      ["duty_with_several_accountable", ["duties", 5], "annual-service-report"],
      ["role_without_duty", ["roles", 0], "national_lead"],
      ["role_without_duty", ["roles", 1], "sector_lead"],
      ["role_without_duty", ["roles", 9], "resource_user"],
    ]);
  });

  it("has a time-phased target pair, a linear trajectory, a band and institution-only targets", () => {
    const targets = workspace.targets;
    const phased = targets.filter((t) => t.kpiId === "permit-processing-time").map((t) => [t.validFrom, t.validTo]);
    expect(phased).toEqual([
      ["2025-01-01", "2026-01-01"],
      ["2026-01-01", "2027-01-01"],
    ]);
    const trajectory = targets.find((t) => t.id === "t-digital-take-up");
    expect(trajectory?.kind === "at_least" ? trajectory.trajectory?.interpolation : undefined).toBe("linear");
    const band = targets.find((t) => t.kind === "between");
    expect(band?.kind === "between" ? [band.lo, band.hi] : null).toEqual([70, 85]);
    expect(targets.filter((t) => t.kpiId === "complaint-resolution-within-deadline").map((t) => t.scopeId)).toEqual(["ezk-admin"]);
  });
});

describe("generateMeasurements", () => {
  it("reproduces the committed files byte for byte", () => {
    const first = generateExampleFiles(DEFAULT_SEED);
    const second = generateExampleFiles(DEFAULT_SEED);
    expect(second).toEqual(first);
    expect(first["measurements.ndjson"]).toBe(committed.measurements);
    expect(first["outages.json"]).toBe(committed.outages);
    expect(first["tickets.json"]).toBe(committed.tickets);
  });

  it("changes its output with the seed", () => {
    expect(generateMeasurements(DEFAULT_SEED + 1)).not.toBe(committed.measurements);
  });

  it("writes a file of reasonable size", () => {
    expect(committed.measurements.length).toBeLessThan(15_000_000);
    expect(raw.length).toBeGreaterThan(10_000);
  });
});

describe("examples/measurements.ndjson", () => {
  let parsed: Measurement[];
  beforeAll(() => {
    parsed = parseMeasurements(raw, workspace);
  });

  it("parses with parseMeasurements against the workspace", () => {
    expect(parsed.length).toBe(raw.length);
    expect(new Set(parsed.map((m) => m.kpiId)).size).toBe(workspace.kpis.length);
  });

  it("covers two full local years", () => {
    const dates = raw.map((m) => localDate(m.at)).sort();
    expect(dates[0]).toBe("2025-01-01");
    expect(dates[dates.length - 1]).toBe("2026-12-31");
  });

  it("writes every instant with the offset Europe/Riga has at that instant", () => {
    const wrong: string[] = [];
    for (const m of parsed) {
      const rawRecord = byId.get(m.id) as RawMeasurement;
      if (rawRecord.at.slice(19) !== rigaOffset(m.at)) wrong.push(rawRecord.at);
      if (m.recordedAt !== undefined && rawRecord.recordedAt?.slice(19) !== rigaOffset(m.recordedAt)) wrong.push(rawRecord.recordedAt ?? "");
    }
    expect(wrong).toEqual([]);
    expect(new Set(raw.map((m) => m.at.slice(19)))).toEqual(new Set(["+02:00", "+03:00"]));
  });

  it("stamps daily records at local midnight on both sides of each DST switch", () => {
    // Eligible portal minutes: 23-hour spring days lose 60 real minutes to the 02:00–04:00 maintenance (the clock
    // skips 03:00–04:00): 1380 − 60 = 1320; 25-hour autumn days lose 180: 1500 − 180 = 1320; a normal Sunday
    // 1440 − 120 = 1320; a normal weekday 1440.
    const expected: readonly [string, string, number][] = [
      ["2025-03-30", "2025-03-30T00:00:00+02:00", 1320],
      ["2025-03-31", "2025-03-31T00:00:00+03:00", 1440],
      ["2025-10-26", "2025-10-26T00:00:00+03:00", 1320],
      ["2025-10-27", "2025-10-27T00:00:00+02:00", 1440],
      ["2026-03-29", "2026-03-29T00:00:00+02:00", 1320],
      ["2026-03-30", "2026-03-30T00:00:00+03:00", 1440],
      ["2026-10-25", "2026-10-25T00:00:00+03:00", 1320],
      ["2026-10-26", "2026-10-26T00:00:00+02:00", 1440],
    ];
    for (const [date, at, denominator] of expected) {
      const m = byId.get(`avail/${date}`);
      expect(m?.at).toBe(at);
      expect(m?.denominator).toBe(denominator);
    }
    // The 2026-03-29 outage 04:20–04:55 (after the one-hour maintenance) costs 35 minutes.
    expect(byId.get("avail/2026-03-29")?.numerator).toBe(1285);
  });

  it("excludes the one-off maintenance window from the portal's eligible time", () => {
    // 17 May 2026: one-off window until 01:00 (60 min) + Sunday 02:00–04:00 (120 min) → 1440 − 180 = 1260; the outage
    // 23:30–01:30 counts only from 01:00 to 01:30 → 1230 available.
    expect(byId.get("avail/2026-05-17")).toMatchObject({ numerator: 1230, denominator: 1260 });
  });

  it("contains a correction chain and a correction to 0", () => {
    const original = byId.get("cost/permits/2026-03");
    const first = byId.get("cost/permits/2026-03/r1");
    const second = byId.get("cost/permits/2026-03/r2");
    expect(first).toMatchObject({ supersedes: "cost/permits/2026-03", status: "revised" });
    expect(second).toMatchObject({ supersedes: "cost/permits/2026-03/r1", status: "revised" });
    expect(Date.parse(original?.recordedAt ?? "")).toBeLessThan(Date.parse(first?.recordedAt ?? ""));
    expect(Date.parse(first?.recordedAt ?? "")).toBeLessThan(Date.parse(second?.recordedAt ?? ""));
    expect(byId.get("inc/dms/2025-04-08/r1")).toMatchObject({ value: 0, supersedes: "inc/dms/2025-04-08", status: "revised" });
    const revisions = raw.filter((m) => m.supersedes !== undefined);
    expect(revisions.every((m) => m.status === "revised" && m.recordedAt !== undefined)).toBe(true);
  });

  it("has one out-of-range ratio, the record that a correction replaces", () => {
    const percentKpis = new Set(workspace.kpis.filter((k) => k.unit === "%").map((k) => k.id as string));
    const above = raw.filter((m) => percentKpis.has(m.kpiId) && (m.numerator ?? 0) > (m.denominator ?? 0));
    expect(above.map((m) => m.id)).toEqual(["dtu/2025-09-15"]);
    expect(byId.get("dtu/2025-09-15/r1")?.supersedes).toBe("dtu/2025-09-15");
  });

  it("has a week without library data (ISO week 2025-W46)", () => {
    const library = raw.filter((m) => m.kpiId === "library-loans-per-opening-hour").map((m) => localDate(m.at));
    expect(library.filter((d) => d >= "2025-11-10" && d <= "2025-11-16")).toEqual([]);
    expect(library.filter((d) => d >= "2025-11-03" && d <= "2025-11-09").length).toBeGreaterThan(0);
    expect(library.filter((d) => d >= "2025-11-17" && d <= "2025-11-23").length).toBeGreaterThan(0);
  });

  it("marks provisional records only in the last month", () => {
    const provisional = raw.filter((m) => m.status === "provisional");
    expect(provisional.length).toBeGreaterThan(0);
    expect(provisional.every((m) => localDate(m.at) >= "2026-12-01")).toBe(true);
  });

  it("mixes manual and automated collections", () => {
    const fcr = raw.filter((m) => m.kpiId === "first-contact-resolution");
    expect(fcr.filter((m) => m.at < "2026").every((m) => m.collection === "manual")).toBe(true);
    expect(fcr.filter((m) => m.at >= "2026").every((m) => m.collection === "automated")).toBe(true);
    expect(new Set(raw.map((m) => m.collection))).toEqual(new Set(["manual", "automated"]));
  });

  it("pools survey answers per day with a weight per answer", () => {
    const survey = raw.filter((m) => m.kpiId === "recipient-satisfaction");
    expect(survey.every((m) => Number.isInteger(m.value) && m.value! >= 1 && m.value! <= 5 && m.weight! >= 1)).toBe(true);
  });
});

describe("examples/outages.json", () => {
  const spans = outages.map((o) => ({ id: o.id, start: Date.parse(o.start), end: Date.parse(o.end) }));

  it("has outages that end after they start, sorted by start", () => {
    expect(spans.every((s) => s.end > s.start)).toBe(true);
    expect(spans.every((s, i) => i === 0 || (spans[i - 1]?.start ?? 0) <= s.start)).toBe(true);
  });

  it("has an outage that crosses a month end", () => {
    expect(outages.some((o) => o.start.slice(0, 7) !== o.end.slice(0, 7))).toBe(true);
  });

  it("has two overlapping outages", () => {
    const overlapping = spans.filter((a, i) => spans.some((b, j) => i !== j && a.start < b.end && b.start < a.end));
    expect(overlapping.length).toBeGreaterThanOrEqual(2);
  });

  it("has an outage in the repeated hour of the autumn switch", () => {
    const o = outages.find((x) => x.start === "2025-10-26T03:40:00+03:00");
    // 03:40+03:00 is 00:40Z; 03:15+02:00 is 01:15Z: 35 minutes, though the local clock reads backwards.
    expect(o?.end).toBe("2025-10-26T03:15:00+02:00");
    expect(Date.parse(o?.end ?? "") - Date.parse(o?.start ?? "")).toBe(35 * 60_000);
  });
});

describe("examples/tickets.json", () => {
  it("links every ticket to the building-permit service", () => {
    const service = workspace.scopes.find((s) => s.id === "svc-building-permits");
    expect(service?.kind).toBe("service");
    expect(tickets.every((t) => t.serviceId === "svc-building-permits")).toBe(true);
    expect(new Set(tickets.map((t) => t.id)).size).toBe(tickets.length);
  });

  it("keeps response and resolution after the opening", () => {
    for (const t of tickets) {
      const opened = Date.parse(t.openedAt);
      if (t.respondedAt !== undefined) expect(Date.parse(t.respondedAt)).toBeGreaterThan(opened);
      if (t.resolvedAt !== undefined) expect(Date.parse(t.resolvedAt)).toBeGreaterThanOrEqual(Date.parse(t.respondedAt ?? ""));
    }
  });

  it("has pending tickets at the end of the data", () => {
    expect(tickets.filter((t) => t.resolvedAt === undefined).length).toBeGreaterThan(0);
    expect(tickets.find((t) => t.openedAt === "2026-12-30T16:45:00+02:00")).toMatchObject({ serviceId: "svc-building-permits" });
    expect(tickets.find((t) => t.openedAt === "2026-12-30T16:45:00+02:00")?.respondedAt).toBeUndefined();
  });

  it("has a ticket opened before a weekend and public holidays", () => {
    // Opened Thu 2025-04-17 16:40; Fri 18 (Good Friday), Sat, Sun and Mon 21 (Easter Monday) are off. Sixteen business
    // hours: Thu 20 min + Tue 22 08:30–17:00 (8 h 30 min) + Wed 23 7 h 10 min → deadline Wed 2025-04-23 15:40.
    const t = tickets.find((x) => x.openedAt === "2025-04-17T16:40:00+03:00");
    expect(t?.respondedAt).toBe("2025-04-23T11:05:00+03:00");
    expect(Date.parse(t?.respondedAt ?? "")).toBeLessThan(Date.parse("2025-04-23T15:40:00+03:00"));
  });
});
