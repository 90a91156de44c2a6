// Acceptance test on real data: GOV.UK Transactions Explorer, 658 central-government services, snapshots 2012-Q4 …
// 2013-Q2. Data and its README: test/data/real/govuk-transactions-explorer-2013/ (in the repository).
// Expected numbers are the README's published figures (The Guardian, 18 Jan 2013) and its regression values.
import { beforeAll, describe, expect, it } from "vitest";
import {
  aggregateRows,
  assessDataQuality,
  finalizePartial,
  findCatalogKpi,
  parseKpiDefinition,
  parseMeasurements,
  parsePeriod,
  parseWorkspace,
  rollUpPeriods,
  rollUpScopes,
  type KpiDefinition,
  type Measurement,
  type PartialAggregate,
  type Workspace,
} from "./api.js";
import { num, readCsv, type CsvRecord } from "./readCsv.js";

const DATASET = "govuk-transactions-explorer-2013";

const calendar = { id: "uk", timeZone: "Europe/London", fiscalYearStartMonth: 4 } as const;
const en = (text: string) => ({ lv: text, en: text });
const slug = (text: string) => text.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") || "none";
const SNAPSHOTS = ["2012-Q4", "2013-Q1", "2013-Q2"] as const;

// The GDS KPIs from kpi-kit's catalogue, with the unit and frequency of this data: pounds, one snapshot a quarter.
const takeUp = { ...findCatalogKpi("gds-digital-take-up")!, frequency: "quarterly" } as const;
const costPerTransaction = { ...findCatalogKpi("gds-cost-per-transaction")!, unit: "GBP", frequency: "quarterly" } as const;
// Volume is a 12-month flow observed at each snapshot (README, period semantics: "must never be summed across
// snapshots … aggregate across snapshots as a period-end or latest value"): `last` over time, `sum` across scopes.
const volume = {
  ...takeUp,
  id: "gds-volume",
  name: en("Completed transactions a year"),
  description: en("Transactions completed in a 12-month window, all channels."),
  category: "productivity",
  unit: "transactions",
  precision: 0,
  measure: { kind: "count" },
  aggregation: "last",
  rollUp: "sum",
  validRange: { min: 0 },
} as const;

interface Loaded {
  readonly services: readonly CsvRecord[];
  readonly snapshots: readonly CsvRecord[];
  readonly workspace: Workspace;
  readonly measurements: readonly Measurement[];
  readonly kpi: (id: string) => KpiDefinition;
}
let data: Loaded;

function load(): Loaded {
  const services = readCsv(DATASET, "services.csv");
  const snapshots = readCsv(DATASET, "kpi_snapshots.csv");
  // Scope tree: UK government → department → agency or body → service. kpi-kit has one `institution` level, so a
  // department becomes a `sector` node and its agencies `institution` nodes below it.
  const agencyId = (s: CsvRecord) => `${slug(s.department_abbr!)}/${slug(s.agency_abbr || s.agency_or_body!)}`;
  const departments = new Map(services.map((s) => [slug(s.department_abbr!), s.department!]));
  const agencies = new Map(services.map((s) => [agencyId(s), s]));
  const workspace = parseWorkspace({
    name: en("GOV.UK Transactions Explorer 2013"),
    calendars: [calendar],
    scopes: [
      { id: "uk", kind: "national", name: en("UK central government"), parentId: null },
      ...[...departments].map(([id, name]) => ({ id, kind: "sector", name: en(name), parentId: "uk" })),
      ...[...agencies].map(([id, s]) => ({ id, kind: "institution", name: en(s.agency_or_body!), parentId: slug(s.department_abbr!) })),
      ...services.map((s) => ({ id: s.service_key, kind: "service", name: en(s.service_name!), parentId: agencyId(s) })),
    ],
    kpis: [takeUp, costPerTransaction, volume],
  });
  // docs:begin govuk-measurements
  const quarterStart = new Map(SNAPSHOTS.map((q) => [q, parsePeriod(q, "quarter", calendar).start]));
  const input = snapshots.flatMap((r, row) => {
    const at = quarterStart.get(r.snapshot as (typeof SNAPSHOTS)[number]);
    const id = `row-${row}`; // service keys run up to 150 characters; a measurement id may have 200
    const v = num(r.volume);
    const digital = num(r.digital_volume);
    const cost = num(r.cost_per_transaction_gbp);
    const out: object[] = [];
    if (v !== null) out.push({ id: `${id}/volume`, kpiId: volume.id, subjectId: r.service_key, at, value: v });
    // A ratio KPI gets its numerator and denominator, only where both exist: the same services on both sides.
    if (v !== null && digital !== null) out.push({ id: `${id}/take-up`, kpiId: takeUp.id, subjectId: r.service_key, at, numerator: digital, denominator: v });
    if (v !== null && cost !== null) out.push({ id: `${id}/cost`, kpiId: costPerTransaction.id, subjectId: r.service_key, at, numerator: cost * v, denominator: v });
    return out;
  });
  // docs:end govuk-measurements
  const measurements = parseMeasurements(input, workspace);
  const kpi = (id: string) => workspace.kpis.find((k) => k.id === id)!;
  return { services, snapshots, workspace, measurements, kpi };
}

/** Every node's rolled-up value of a KPI in one snapshot. */
function rollUp(kpiId: string, snapshot: string): Map<string, number | null> {
  const kpi = data.kpi(kpiId);
  const records = data.measurements.filter((m) => m.kpiId === kpiId);
  const groups = aggregateRows(records, [kpi], { grain: "quarter", calendar }).groups.filter((g) => g.period === snapshot);
  const own = new Map<string, PartialAggregate>(groups.map((g) => [g.subjectId!, g.partial]));
  return new Map(rollUpScopes(own, data.workspace.scopes, kpi).map((s) => [s.nodeId, s.value]));
}

describe("GOV.UK Transactions Explorer 2013", () => {
  beforeAll(() => {
    data = load();
  });

  it("reads 658 services and 1,123 snapshot rows", () => {
    // README, Files: services.csv 658 rows; kpi_snapshots.csv 1,123 rows (2012-Q4 541, 2013-Q1 417, 2013-Q2 165).
    expect(data.services).toHaveLength(658);
    expect(SNAPSHOTS.map((q) => data.snapshots.filter((r) => r.snapshot === q).length)).toEqual([541, 417, 165]);
  });

  it("reproduces the Guardian's published service figures for 2012-Q4", () => {
    // README, published figures (The Guardian Datablog, 18 Jan 2013): vehicle excise duty £1.28 per transaction,
    // 46,012,000 applications, take-up 50.85 %; passports £65, 5,400,000, take-up 11.31 %; Stamp Duty Reserve Tax
    // 5p, 437,798,150 transactions, take-up 99.998 %.
    const cost = rollUp(costPerTransaction.id, "2012-Q4");
    const take = rollUp(takeUp.id, "2012-Q4");
    const vol = rollUp(volume.id, "2012-Q4");
    const ved = "dvla-vehicle-excise-duty-vehicle-tax";
    const passports = "hmpo-passport-applications";
    const sdrt = "hmrc-stamp-duty-reserve-tax-sdrt";
    expect(cost.get(ved)!).toBeCloseTo(1.28, 10);
    expect(vol.get(ved)).toBe(46_012_000);
    expect(take.get(ved)!.toFixed(2)).toBe("50.85");
    expect(cost.get(passports)!).toBeCloseTo(65, 10);
    expect(vol.get(passports)).toBe(5_400_000);
    expect(take.get(passports)!.toFixed(2)).toBe("11.31");
    expect(cost.get(sdrt)!).toBeCloseTo(0.05, 10);
    expect(vol.get(sdrt)).toBe(437_798_150);
    expect(take.get(sdrt)!.toFixed(3)).toBe("99.998");
  });

  it("gives 2012-Q4 digital take-up of 77.67 % over 125 services as a ratio of sums", () => {
    // README, regression values: "2012-Q4 digital take-up, ratio of sums: 77.67 % (125 services)".
    const records = data.measurements.filter((m) => m.kpiId === takeUp.id && m.at === parsePeriod("2012-Q4", "quarter", calendar).start);
    expect(records).toHaveLength(125);
    expect(rollUp(takeUp.id, "2012-Q4").get("uk")!.toFixed(2)).toBe("77.67");
  });

  it("gives a 2012-Q4 cost per transaction of £5.36 weighted by volume, not the £44.82 mean of unit costs", () => {
    // README, regression values: "2012-Q4 volume-weighted cost per transaction: £5.36 (64 services). The unweighted
    // mean of the same 64 values is £44.82." README, derived KPIs: "an aggregate cost per transaction must be
    // Σ total cost / Σ volume (a ratio of sums), never the mean of the per-service values."
    const cost = rollUp(costPerTransaction.id, "2012-Q4");
    expect(cost.get("uk")!.toFixed(2)).toBe("5.36");
    const perService = data.snapshots.filter((r) => r.snapshot === "2012-Q4" && r.cost_per_transaction_gbp !== "" && r.volume !== "");
    expect(perService).toHaveLength(64);
    const meanOfUnitCosts = perService.reduce((s, r) => s + num(r.cost_per_transaction_gbp)!, 0) / perService.length;
    expect(meanOfUnitCosts.toFixed(2)).toBe("44.82");
  });

  it("rolls cost per transaction up service → agency → department as total cost over total volume", () => {
    // Second method, without kpi-kit: Σ(cost × volume) / Σ volume over the 2012-Q4 rows of DVLA and of DfT.
    const cost = rollUp(costPerTransaction.id, "2012-Q4");
    const serviceOf = new Map(data.services.map((s) => [s.service_key!, s]));
    const byHand = (keep: (s: CsvRecord) => boolean) => {
      const rows = data.snapshots.filter((r) => r.snapshot === "2012-Q4" && r.cost_per_transaction_gbp !== "" && keep(serviceOf.get(r.service_key!)!));
      return rows.reduce((s, r) => s + num(r.cost_per_transaction_gbp)! * num(r.volume)!, 0) / rows.reduce((s, r) => s + num(r.volume)!, 0);
    };
    expect(cost.get("DfT/DVLA")!).toBeCloseTo(byHand((s) => s.agency_abbr === "DVLA"), 9);
    expect(cost.get("DfT")!).toBeCloseTo(byHand((s) => s.department_abbr === "DfT"), 9);
    expect(cost.get("uk")!).toBeCloseTo(byHand(() => true), 9);
  });

  // Was a library bug (fixed): rollUpScopes merged the children's partials and read `last` of the merged partial, so
  // with every service at the same instant the result was the largest single value (SDRT's 437.8 M). A `sum` of a
  // period-end stock now adds the services' own values.
  it("adds the services' latest volumes to the 1.27 bn 2012-Q4 total (roll-up sum of a last-aggregated KPI)", () => {
    // README quirk 1: "Σ volume is 1.27 bn in 2012-Q4"; Σ of the 541 volumes of 2012-Q4 = 1,265,850,071.
    expect(rollUp(volume.id, "2012-Q4").get("uk")).toBe(1_265_850_071);
  });

  it("adds HMRC's volume to about 987 M of the 1.27 bn 2012-Q4 total when one snapshot is summed", () => {
    // README quirk 1: "Σ volume is 1.27 bn in 2012-Q4 but 0.18 bn in 2013-Q1"; quirk 2: "HMRC's Stamp Duty Reserve
    // Tax alone is 437.8 M of the 1.27 bn 2012-Q4 total, and HMRC 987 M overall". Within one snapshot each service
    // has one record, so the same KPI aggregated by `sum` gives the roll-up that `last` should give (see above).
    const snapshotSum = parseKpiDefinition({ ...volume, id: "gds-volume-in-snapshot", aggregation: "sum" });
    const records = data.measurements.filter((m) => m.kpiId === volume.id).map((m) => ({ ...m, kpiId: snapshotSum.id }));
    const byQuarter = aggregateRows(records, [snapshotSum], { grain: "quarter", calendar }).groups;
    const total = (q: string, node: string) => {
      const own = new Map(byQuarter.filter((g) => g.period === q).map((g) => [g.subjectId!, g.partial]));
      return rollUpScopes(own, data.workspace.scopes, snapshotSum).find((s) => s.nodeId === node)!.value!;
    };
    expect(total("2012-Q4", "uk")).toBe(1_265_850_071);
    expect(total("2012-Q4", "uk") / 1e9).toBeCloseTo(1.27, 2);
    expect(total("2012-Q4", "HMRC") / 1e6).toBeCloseTo(987, 0);
    expect(total("2013-Q1", "uk") / 1e9).toBeCloseTo(0.18, 2);
  });

  describe("coverage: how many services report each KPI (data-quality findings)", () => {
    const assess = () =>
      assessDataQuality(data.measurements, data.workspace.kpis, {
        start: parsePeriod("2012-Q4", "quarter", calendar).start,
        end: parsePeriod("2013-Q2", "quarter", calendar).end,
        asOf: Date.parse("2013-08-09T00:00:00Z"), // the date of the source commit (README, How we got it)
        calendar,
      });

    it("finds the README's coverage of volume, digital volume and cost per transaction", () => {
      // README quirk 1: "587 services have a volume in at least one snapshot, but only 97 in all three. Digital volume
      // exists for 187 services (20 in all three)". Take-up and cost series exist where the volume does too (quirk 4
      // and the rows: no digital or cost value without a volume).
      const quality = assess();
      const series = (kpiId: string) => quality.filter((q) => q.kpiId === kpiId);
      expect(series(volume.id)).toHaveLength(587);
      expect(series(volume.id).filter((q) => q.completenessPercent === 100)).toHaveLength(97);
      expect(series(takeUp.id)).toHaveLength(187);
      expect(series(takeUp.id).filter((q) => q.completenessPercent === 100)).toHaveLength(20);
      expect(series(volume.id).every((q) => q.expectedPeriods === 3)).toBe(true);
    });

    it("counts cost per transaction in 64, 42 and 38 services in the three snapshots", () => {
      // README quirk 1: "cost per transaction exists for 64 / 42 / 38 services in the three snapshots".
      const perSnapshot = SNAPSHOTS.map((q) => {
        const start = parsePeriod(q, "quarter", calendar).start;
        return data.measurements.filter((m) => m.kpiId === costPerTransaction.id && m.at === start).length;
      });
      expect(perSnapshot).toEqual([64, 42, 38]);
    });

    it("lists 71 services that never report a volume, when the expected series are named", () => {
      // README: 658 services, of which "587 services have a volume in at least one snapshot" → 71 with none.
      const quality = assessDataQuality(data.measurements, data.workspace.kpis, {
        start: parsePeriod("2012-Q4", "quarter", calendar).start,
        end: parsePeriod("2013-Q2", "quarter", calendar).end,
        asOf: Date.parse("2013-08-09T00:00:00Z"),
        calendar,
        series: data.services.map((s) => ({ kpiId: volume.id as never, subjectId: s.service_key as never })),
      });
      const none = quality.filter((q) => q.kpiId === volume.id && q.periodsWithData === 0);
      expect(none).toHaveLength(658 - 587);
      expect(none.every((q) => q.completenessPercent === 0 && q.lastAt === null)).toBe(true);
    });
  });

  describe("the snapshots are overlapping 12-month windows", () => {
    it("keeps the latest snapshot's volume when the quarters are rolled up to a year (aggregation last)", () => {
      // README, period semantics: values "must never be summed across snapshots". With aggregation `last`,
      // 2013 (Q1 + Q2) gives the 2013-Q2 value. Passport applications have a volume in all three snapshots.
      const kpi = data.kpi(volume.id);
      const records = data.measurements.filter((m) => m.kpiId === volume.id && m.subjectId === "hmpo-passport-applications");
      const byQuarter = aggregateRows(records, [kpi], { grain: "quarter", calendar }).groups;
      const year = rollUpPeriods(byQuarter.map((g) => ({ period: g.period, partial: g.partial })), "year", calendar);
      const q2 = data.snapshots.find((r) => r.service_key === "hmpo-passport-applications" && r.snapshot === "2013-Q2")!;
      expect(year.map((y) => y.period)).toEqual(["2012", "2013"]);
      expect(finalizePartial(year[1]!.partial, kpi)).toBe(num(q2.volume)); // 5,365,323, not 5,315,466 + 5,365,323
    });

    it("cannot hold a ratio KPI as the latest snapshot: a ratio measure only aggregates over time as a ratio of sums", () => {
      // An awkward fit: the README asks for the latest value across snapshots, but kpi-kit refuses `last` for a
      // ratio measure, so a year of take-up would pool overlapping 12-month windows. Users must not roll such a
      // KPI up over time, and nothing in the definition says so.
      expect(() => parseKpiDefinition({ ...takeUp, aggregation: "last", rollUp: "last" })).toThrowError(
        expect.objectContaining({ code: "invalid_rollup", path: ["aggregation"] }),
      );
    });
  });
});
