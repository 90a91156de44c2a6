import type { Annotation } from "../../model/annotation.js";
import type { Calendar } from "../../model/calendar.js";
import type { KpiDefinition } from "../../model/kpiDefinition.js";
import type { Locale } from "../../model/localizedText.js";
import type { ScopeNode } from "../../model/scopeTree.js";
import type { Workspace } from "../../model/workspace.js";
import type { Period } from "../../time/period.js";
import { labelOf } from "../../model/labels.js";
import { REPORT_PALETTE } from "../charts/reportPalette.js";
import type { ReportAnnotation, ReportFlags, ReportStatus, ReportStatusValue } from "../reportModel.js";
import { formatLocalTime, formatPeriodName } from "./formatLocalTime.js";
import { statusText } from "./statusText.js";
import { reportLabel } from "../reportLabel.js";
import type { REPORT_NOUNS, ReportLabelKey } from "../reportLabels.js";
import { countText } from "./countText.js";

/** What every part of a report build shares. */
export interface ReportContext {
  readonly workspace: Workspace;
  readonly locale: Locale;
  readonly calendar: Calendar;
  readonly asOf: number;
  readonly period: Period;
  readonly scope: ScopeNode;
  /** The scope node and every node below it, depth-first in workspace order, with depth below the scope node. */
  readonly subtree: readonly { readonly node: ScopeNode; readonly depth: number }[];
  readonly inSubtree: ReadonlySet<string>;
  readonly nodeById: ReadonlyMap<string, ScopeNode>;
  readonly kpiById: ReadonlyMap<string, KpiDefinition>;
  /** A report text. */
  readonly text: (key: ReportLabelKey, values?: Readonly<Record<string, string | number>>) => string;
  /** A node's or KPI's name in the locale (the id when unknown). */
  readonly nodeName: (id: string) => string;
  readonly kpiName: (id: string) => string;
  /** A status as text and symbol. */
  readonly status: (status: ReportStatusValue) => ReportStatus;
  /** Flags as values and words. */
  readonly flags: (partialPeriod: boolean, provisional: boolean, estimated: boolean) => ReportFlags;
  /** Annotations about a KPI (or any) at a node (or any) that overlap `[from, to)`. */
  readonly annotations: (kpiId: string | null, scopeId: string | null, from: number, to: number) => ReportAnnotation[];
  /** An instant as ISO-8601 UTC. */
  readonly iso: (ms: number) => string;
  /** An instant as a local date of the calendar. */
  readonly localDate: (ms: number) => string;
  /** A period label in words. */
  readonly periodName: (label: string) => string;
  /** A whole count with its noun in the right plural form. */
  readonly count: (n: number, noun: keyof typeof REPORT_NOUNS) => string;
}

/**
 * Creates the shared context of a report build.
 *
 * @param workspace - The workspace.
 * @param scope - The scope node.
 * @param calendar - The calendar.
 * @param period - The report's period.
 * @param asOf - "Now".
 * @param locale - The language.
 * @returns The context.
  * @example
 * ```ts
 * createReportContext(workspace, root, calendar, march, asOf, "en").subtree.length;
 * //=> 3
 * ```
 */
export function createReportContext(
  workspace: Workspace,
  scope: ScopeNode,
  calendar: Calendar,
  period: Period,
  asOf: number,
  locale: Locale,
): ReportContext {
  const nodeById = new Map(workspace.scopes.map((s) => [s.id as string, s]));
  const kpiById = new Map(workspace.kpis.map((k) => [k.id as string, k]));
  const children = new Map<string, ScopeNode[]>();
  for (const s of workspace.scopes) {
    if (s.parentId === null) continue;
    const list = children.get(s.parentId) ?? [];
    list.push(s);
    children.set(s.parentId, list);
  }
  const subtree: { node: ScopeNode; depth: number }[] = [];
  const visit = (node: ScopeNode, depth: number) => {
    subtree.push({ node, depth });
    for (const child of children.get(node.id) ?? []) visit(child, depth + 1);
  };
  visit(scope, 0);
  const iso = (ms: number) => new Date(ms).toISOString();
  const localDate = (ms: number) => formatLocalTime(ms, locale, calendar.timeZone, "date");
  // An interval [at, until) is shown by its first and last local day.
  const lastDay = (until: number) => localDate(until - 1);
  const annotationView = (a: Annotation): ReportAnnotation => ({
    id: a.id,
    kind: a.kind,
    kindText: labelOf("annotationKind", a.kind, locale),
    at: iso(a.at),
    until: a.until === undefined ? null : iso(a.until),
    whenText: a.until === undefined || a.until - 1 <= a.at ? localDate(a.at) : `${localDate(a.at)} – ${lastDay(a.until)}`,
    text: a.text[locale],
  });
  const sortedAnnotations = [...workspace.annotations].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    workspace,
    locale,
    calendar,
    asOf,
    period,
    scope,
    subtree,
    inSubtree: new Set(subtree.map((s) => s.node.id as string)),
    nodeById,
    kpiById,
    text: (key, values = {}) => reportLabel(key, locale, values),
    nodeName: (id) => nodeById.get(id)?.name[locale] ?? id,
    kpiName: (id) => kpiById.get(id)?.name[locale] ?? id,
    status: (status) => ({ status, text: statusText(status, locale), symbol: REPORT_PALETTE.status[status].symbol }),
    flags: (partialPeriod, provisional, estimated) => {
      const notes: string[] = [];
      if (partialPeriod) notes.push(reportLabel("flag_partial", locale));
      if (provisional) notes.push(reportLabel("flag_provisional", locale));
      if (estimated) notes.push(reportLabel("flag_estimated", locale));
      return { partialPeriod, provisional, estimated, notes };
    },
    annotations: (kpiId, scopeId, from, to) =>
      sortedAnnotations
        .filter(
          (a) =>
            (a.kpiId === undefined || a.kpiId === kpiId) &&
            (a.scopeId === undefined || a.scopeId === scopeId) &&
            a.at < to &&
            (a.until ?? a.at) >= from,
        )
        .map(annotationView),
    iso,
    localDate,
    periodName: (label) => formatPeriodName(label, locale),
    count: (n, noun) => countText(n, noun, locale),
  };
}
