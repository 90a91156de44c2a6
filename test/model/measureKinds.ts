// A small workspace with one KPI of each measure kind, shared by the parseMeasurements tests (unit and property).
import type { KpiDefinitionInput } from "../../src/model/kpiDefinition.js";
import { parseWorkspace, type Workspace } from "../../src/model/workspace.js";
import { backlog, permitsInTime, workspaceInput } from "../fixtures.js";

const base = { ...backlog, drivers: [] } satisfies KpiDefinitionInput;

/** KPI ids of the workspace below, by measure kind. */
export const KPI_OF_KIND = {
  ratio: "permits-in-time",
  count: "backlog",
  value: "temperature",
  duration: "handling-days",
  weighted: "wait-minutes",
  survey: "csat",
} as const;

/** Inputs of the four KPIs beyond the fixture's ratio and count KPIs. */
export const extraKpis: KpiDefinitionInput[] = [
  { ...base, id: "temperature", unit: "°C", direction: "target_band", measure: { kind: "value" }, aggregation: "mean", rollUp: "max" },
  { ...base, id: "handling-days", unit: "days", measure: { kind: "duration" }, aggregation: "median", rollUp: "max" },
  { ...base, id: "wait-minutes", unit: "min", measure: { kind: "weighted" }, aggregation: "weighted_mean", rollUp: "weighted_mean" },
  {
    ...base,
    id: "csat",
    unit: "%",
    direction: "higher_is_better",
    measure: { kind: "survey", statistic: "csat", scaleMin: 1, scaleMax: 5 },
    aggregation: "survey",
    rollUp: "recompute",
  },
];

/** The fixture workspace (service "permits" under institution "admin") with one KPI of each of the six measure kinds. */
export function measureKindsWorkspace(): Workspace {
  const input = workspaceInput();
  return parseWorkspace({ ...input, kpis: [permitsInTime, { ...backlog }, ...extraKpis] });
}
