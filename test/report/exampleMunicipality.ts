// The example municipality (examples/*.json, *.ndjson) parsed once, and its reports for March 2026 as the demo
// builds them: shared by the report tests and the browser test.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseWorkspace } from "../../src/model/workspace.js";
import { parseMeasurements } from "../../src/model/parseMeasurements.js";
import { toEpochMs } from "../../src/model/toEpochMs.js";
import { buildReport } from "../../src/report/buildReport.js";
import type { Report, ReportAudience } from "../../src/report/reportModel.js";
import type { Locale } from "../../src/model/localizedText.js";

const root = join(import.meta.dirname, "..", "..");
export const exampleWorkspace = parseWorkspace(readFileSync(join(root, "examples", "workspace.json"), "utf8"));
const lines = readFileSync(join(root, "examples", "measurements.ndjson"), "utf8").split("\n").filter((l) => l !== "");
export const exampleMeasurements = parseMeasurements(lines.map((l) => JSON.parse(l) as unknown), exampleWorkspace);
export const exampleOutages = (JSON.parse(readFileSync(join(root, "examples", "outages.json"), "utf8")) as { id: string; start: string; end: string }[]).map(
  (o) => ({ id: o.id, start: toEpochMs(o.start) ?? 0, end: toEpochMs(o.end) ?? 0 }),
);

type TicketFile = { id: string; serviceId?: string; openedAt: string; respondedAt?: string; resolvedAt?: string }[];
export const exampleTickets = (JSON.parse(readFileSync(join(root, "examples", "tickets.json"), "utf8")) as TicketFile).map((t) => ({
  id: t.id,
  ...(t.serviceId === undefined ? {} : { serviceId: t.serviceId }),
  openedAt: toEpochMs(t.openedAt) ?? 0,
  ...(t.respondedAt === undefined ? {} : { respondedAt: toEpochMs(t.respondedAt) ?? 0 }),
  ...(t.resolvedAt === undefined ? {} : { resolvedAt: toEpochMs(t.resolvedAt) ?? 0 }),
}));

/**
 * The report of the example municipality for March 2026, as known on 5 April 2026 at noon in Riga, with the outages
 * and tickets: the reports `npm run demo` writes.
 */
export function exampleReport(audience: ReportAudience, locale: Locale): Report {
  return buildReport(exampleWorkspace, exampleMeasurements, {
    audience,
    scope: "ezerkrasts",
    period: "2026-03",
    asOf: "2026-04-05T12:00:00+03:00",
    locale,
    outages: exampleOutages,
    tickets: exampleTickets,
  });
}
