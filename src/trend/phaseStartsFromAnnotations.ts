import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import type { Period } from "../time/period.js";

/**
 * The process changes that concern one KPI at one scope node.
 *
 * @category Trend
 */
export interface PhaseSubject {
  /** The KPI of the series. */
  readonly kpiId: string;
  /** The scope node of the series. */
  readonly scopeId: string;
}

/**
 * The fields of an annotation (see `Annotation`) that decide whether it starts a control-chart phase.
 *
 * @category Trend
 */
export interface PhaseAnnotation {
  /** `process_change` starts a phase; any other kind does not. */
  readonly kind: string;
  /** When the change happened (epoch ms). */
  readonly at: number;
  /** The KPI it concerns, or every KPI when absent. */
  readonly kpiId?: string | undefined;
  /** The scope node it concerns, or every node when absent. */
  readonly scopeId?: string | undefined;
}

/**
 * Returns the period indices at which a control chart starts a new phase: where the workspace's annotations mark a
 * process change (a new process, a new system) for this KPI and scope node.
 *
 * @remarks
 * An annotation counts when its `kind` is `process_change` and it names this KPI or no KPI, and this node or no node.
 * Its instant `at` falls in one period `[start, end)`; that period's index starts a phase. A change in the first period
 * (index 0), or before or after the series, starts nothing; the indices come sorted and without repeats, ready for
 * `xmrChart(points, { phaseStarts })`.
 *
 * @param annotations - The workspace's annotations.
 * @param periods - The series' periods, in order (index `i` is the series point with `index: i`).
 * @param subject - The KPI and scope node of the series.
 * @returns The phase starts, e.g. `[7]`.
 * @throws {@link KpiError} `invalid_argument` for missing or wrong-shaped arguments: `annotations` or `periods` that is
 *   not an array (path `["annotations"]` or `["periods"]`) or has an element that is not an object (path
 *   `["annotations", i]` or `["periods", i]`), a `subject` that is not an object (path `["subject"]`).
 *
 * @example
 * ```ts
 * const months = [0, 1, 2, 3].map((m) => ({ start: Date.UTC(2026, m, 1), end: Date.UTC(2026, m + 1, 1) }));
 * const launch = { id: "a1", kind: "process_change", at: Date.UTC(2026, 2, 10), kpiId: "csat", text: { lv: "Jauna sistēma", en: "New system" } };
 * phaseStartsFromAnnotations([launch], months, { kpiId: "csat", scopeId: "svc-permits" });
 * //=> [2]
 * ```
 *
 * @category Trend
 */
export function phaseStartsFromAnnotations(
  annotations: readonly PhaseAnnotation[],
  periods: readonly Pick<Period, "start" | "end">[],
  subject: PhaseSubject,
): number[] {
  requireArray(annotations, "phaseStartsFromAnnotations", "annotations", ["annotations"]);
  requireArray(periods, "phaseStartsFromAnnotations", "periods", ["periods"]);
  for (let i = 0; i < periods.length; i++) requireElement(periods[i], "periods", i);
  requireObject(subject, "phaseStartsFromAnnotations", "subject", ["subject"]);
  const starts = new Set<number>();
  for (let j = 0; j < annotations.length; j++) {
    const a = annotations[j] as PhaseAnnotation;
    requireElement(a, "annotations", j);
    if (a.kind !== "process_change") continue;
    if (a.kpiId !== undefined && a.kpiId !== subject.kpiId) continue;
    if (a.scopeId !== undefined && a.scopeId !== subject.scopeId) continue;
    const i = periods.findIndex((p) => a.at >= p.start && a.at < p.end);
    if (i > 0) starts.add(i);
  }
  return [...starts].sort((x, y) => x - y);
}

// Refuses an element of `annotations` or `periods` that is not an object, before its fields are read.
function requireElement(element: unknown, name: "annotations" | "periods", i: number): void {
  if (typeof element !== "object" || element === null) {
    requireObject(element, "phaseStartsFromAnnotations", `${name}[${i}]`, [name, i]);
  }
}
