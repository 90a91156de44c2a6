/**
 * Refreshes the KPI definitions of `examples/workspace.json` that come from kpi-kit's catalogue: every KPI whose id
 * is a catalogue id is replaced by the catalogue's current definition, verbatim; the others (the municipality's own
 * KPIs) are kept. The workspace stays self-contained JSON; run this after the catalogue changes:
 *
 * ```sh
 * npx tsx examples/syncCatalogKpis.ts
 * ```
 */
import { readFileSync, realpathSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { findCatalogKpi } from "../src/catalog/findCatalogKpi.js";

/** Returns the workspace JSON text with its catalogue KPIs replaced by the catalogue's definitions. */
export function syncCatalogKpis(workspaceText: string): string {
  const workspace = JSON.parse(workspaceText) as { kpis?: { id: string }[] };
  workspace.kpis = (workspace.kpis ?? []).map((kpi) => findCatalogKpi(kpi.id) ?? kpi);
  return `${JSON.stringify(workspace, null, 2)}\n`;
}

const invokedAs = process.argv[1];
if (invokedAs !== undefined && import.meta.url === pathToFileURL(realpathSync(invokedAs)).href) {
  const file = new URL("./workspace.json", import.meta.url);
  const before = readFileSync(file, "utf8");
  const after = syncCatalogKpis(before);
  writeFileSync(file, after);
  console.log(before === after ? "examples/workspace.json is up to date" : "examples/workspace.json updated");
}
