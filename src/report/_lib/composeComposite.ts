import { ragStatus } from "../../score/ragStatus.js";
import { percent, type ComposedRow } from "./composeRows.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportCompositeSection } from "../reportModel.js";
import { compositeOf, rowsFor } from "./reportRows.js";

/** The composite score section with its explanation. Internal: a section builder of `buildReport`, tested through it. */
export function composite(ctx: ReportContext, rows: readonly ComposedRow[]): ReportCompositeSection {
  const used = rowsFor(ctx, rows, ctx.scope.id);
  const result = compositeOf(used);
  const excluded = result.items.filter((i) => i.excluded !== null).length;
  return {
    kind: "composite",
    heading: ctx.text("heading_composite"),
    raw: result.raw,
    capped: result.capped,
    cappedText: percent(ctx, result.capped),
    rawText: percent(ctx, result.raw),
    status: ctx.status(ragStatus(result.capped)),
    explanation: ctx.text("composite_explanation", {
      n: result.items.length - excluded,
      excluded,
      raw: percent(ctx, result.raw),
    }),
    items: result.items.map((i, k) => ({
      kpiId: i.kpiId,
      kpiName:
        used[k] !== undefined && used[k].view.scopeId !== ctx.scope.id
          ? `${ctx.kpiName(i.kpiId)} — ${used[k].view.scopeName}`
          : ctx.kpiName(i.kpiId),
      scoreText: percent(ctx, i.score),
      weight: i.weight,
      shareText: percent(ctx, i.normalisedWeight),
      contributionText: percent(ctx, i.cappedContribution),
      excluded: i.excluded,
      excludedText: i.excluded === null ? "" : ctx.text(`excluded_${i.excluded}`),
    })),
  };
}
