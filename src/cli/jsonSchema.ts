import { z } from "zod";
import { WorkspaceSchema } from "../model/workspace.js";
import { MeasurementSchema } from "../model/measurement.js";

/** The documents kpi-kit publishes a JSON Schema for. */
export type SchemaName = "workspace" | "measurement";

// Instants accept string | number | Date; JSON has no Date, so that branch is described as impossible.
function override(ctx: { zodSchema: z.core.$ZodType; jsonSchema: Record<string, unknown> }): void {
  const def = (ctx.zodSchema as { _zod: { def: { type: string } } })._zod.def;
  if (def.type === "date") {
    for (const k of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[k];
    ctx.jsonSchema["not"] = {};
  }
}

const META: Record<SchemaName, { schema: z.ZodType; title: string; description: string }> = {
  workspace: {
    schema: WorkspaceSchema,
    title: "kpi-kit workspace",
    description:
      "Calendars, scope tree, roles, responsibility matrix, KPI definitions, goals, annotations, targets and SLA terms of one kpi-kit workspace. Cross-references (ids that must exist, non-overlapping targets, driver links) are checked by parseWorkspace, not by this schema.",
  },
  measurement: {
    schema: MeasurementSchema,
    title: "kpi-kit measurement",
    description:
      "One measurement: a KPI's value (or numerator and denominator, or weighted value) for one scope node at one instant. Instants are ISO-8601 strings with Z or an offset, or epoch milliseconds.",
  },
};

/** Renders the JSON Schema (draft 2020-12) of a kpi-kit document as formatted JSON text. */
export function renderJsonSchema(name: SchemaName): string {
  const { schema, title, description } = META[name];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12", override }) as Record<string, unknown>;
  delete json["readOnly"];
  const out = { $id: `https://kpi-kit.dev/schema/${name}.schema.json`, title, description, ...json };
  return `${JSON.stringify(out, null, 2)}\n`;
}
