import { checkResponsibilityMatrix } from "../model/checkResponsibilityMatrix.js";
import { labelOf } from "../model/labels.js";
import type { Locale } from "../model/localizedText.js";
import { BATCH_STATUSES, type MeasurementBatch } from "../model/measurementBatch.js";
import type { Workspace } from "../model/workspace.js";

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const item of items) m.set(key(item), (m.get(key(item)) ?? 0) + 1);
  return m;
}

/** Renders a plain-text summary of a workspace (and optionally its measurements) for the terminal. */
export function summarizeWorkspace(workspace: Workspace, measurements: Pick<MeasurementBatch, "length" | "status" | "supersedes"> | undefined, locale: Locale): string {
  const lines: string[] = [];
  const en = locale === "en";
  lines.push(`${workspace.name[locale]}`);
  lines.push("=".repeat(workspace.name[locale].length));
  lines.push("");
  lines.push(en ? "Scopes" : "Mērogi");
  for (const [kind, n] of countBy(workspace.scopes, (s) => s.kind)) lines.push(`  ${labelOf("scopeKind", kind, locale).padEnd(24)} ${n}`);
  lines.push("");
  lines.push(en ? `KPIs (${workspace.kpis.length})` : `Rādītāji (${workspace.kpis.length})`);
  for (const [kind, n] of countBy(workspace.kpis, (k) => k.indicator)) lines.push(`  ${labelOf("indicator", kind, locale).padEnd(32)} ${n}`);
  for (const [cat, n] of countBy(workspace.kpis, (k) => k.category)) lines.push(`  ${labelOf("category", cat, locale).padEnd(32)} ${n}`);
  lines.push("");
  lines.push(
    en
      ? `Targets ${workspace.targets.length}, SLA terms ${workspace.slaTerms.length}, goals ${workspace.goals.length}, annotations ${workspace.annotations.length}, role assignments ${workspace.roleAssignments.length}`
      : `Mērķi ${workspace.targets.length}, PLV ${workspace.slaTerms.length}, stratēģiskie mērķi ${workspace.goals.length}, piezīmes ${workspace.annotations.length}, lomu piešķīrumi ${workspace.roleAssignments.length}`,
  );
  if (measurements !== undefined) {
    // Statuses in the order they first appear.
    const counts = [0, 0, 0, 0];
    const firstSeen: number[] = [];
    for (let i = 0; i < measurements.length; i++) {
      const code = measurements.status[i]!;
      if (counts[code]!++ === 0) firstSeen.push(code);
    }
    const byStatus = new Map(firstSeen.map((code) => [BATCH_STATUSES[code]!, counts[code]!]));
    const corrections = measurements.supersedes.size;
    // No records, no statuses: the line says 0 and stops there.
    const details =
      measurements.length === 0
        ? ""
        : ` (${[...byStatus].map(([s, n]) => `${labelOf("status", s, locale)} ${n}`).join(", ")}; ${en ? "corrections" : "labojumi"} ${corrections})`;
    lines.push(`${en ? "Measurements" : "Mērījumi"} ${measurements.length}${details}`);
  }
  lines.push("");
  const findings = checkResponsibilityMatrix(workspace.responsibilityMatrix, workspace.roles);
  lines.push(en ? `Responsibility matrix: ${findings.length} finding(s)` : `Atbildības matrica: ${findings.length} konstatējum(i)`);
  for (const f of findings) lines.push(`  - [${f.code}] ${f.message[locale]}`);
  return lines.join("\n");
}
