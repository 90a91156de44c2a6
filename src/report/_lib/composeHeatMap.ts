import { ragStatus } from "../../score/ragStatus.js";
import { scopeHeatMapSpec } from "../charts/scopeHeatMapSpec.js";
import { type ComposedRow } from "./composeRows.js";
import { type ReportContext } from "./reportContext.js";
import type { ReportChart, ReportStatusValue } from "../reportModel.js";
import { compositeOf, rowsFor } from "./reportRows.js";

/** The scope heat map chart, or null when there is nothing to show. Internal: a section builder of `buildReport`, tested through it. */
export function heatMap(ctx: ReportContext, rows: readonly ComposedRow[]): ReportChart | null {
  if (ctx.subtree.length < 2) return null;
  const nodes = ctx.subtree.map(({ node, depth }) => {
    const own = rowsFor(ctx, rows, node.id);
    // A node whose rows all lack a target has nothing to score: "no target", not "no data".
    const status: ReportStatusValue =
      own.length === 0
        ? "no_data"
        : own.every((r) => r.scorecard.gap === "no_target")
          ? "no_target"
          : ragStatus(compositeOf(own).capped);
    return { label: ctx.nodeName(node.id), status, depth };
  });
  const title = ctx.text("chart_title_heat_map");
  return {
    kind: "heat_map",
    title,
    spec: scopeHeatMapSpec(nodes, { locale: ctx.locale }),
    table: {
      caption: ctx.text("chart_table_caption", { title }),
      columns: [ctx.text("col_scope"), ctx.text("chart_level"), ctx.text("col_status")],
      rows: nodes.map((n) => [n.label, String(n.depth), `${ctx.status(n.status).symbol} ${ctx.status(n.status).text}`]),
    },
  };
}
