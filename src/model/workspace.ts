import { z } from "zod";
import { CalendarIdSchema } from "./ids.js";
import { CalendarSchema } from "./calendar.js";
import { LocalizedTextSchema } from "./localizedText.js";
import { ScopeNodeSchema, checkScopeTree } from "./scopeTree.js";
import { RoleAssignmentSchema, RoleSchema, STANDARD_ROLES } from "./role.js";
import { ResponsibilityMatrixSchema } from "./responsibilityMatrix.js";
import { PU2_23_RESPONSIBILITY_MATRIX } from "./pu223ResponsibilityMatrix.js";
import { KpiDefinitionSchema } from "./kpiDefinition.js";
import { GoalSchema } from "./goal.js";
import { AnnotationSchema } from "./annotation.js";
import { TargetSchema } from "./target.js";
import { requireObject } from "../internal/requireObject.js";
import { SlaTermsSchema } from "./slaTerms.js";
import { checkWorkspaceReferences } from "./_lib/checkWorkspaceReferences.js";
import { KpiError } from "../errors.js";
import { jsonErrorPosition } from "../internal/jsonErrorOffset.js";
import { parseWith } from "./_lib/parseWith.js";

/** Schema of a {@link Workspace}. @category Model */
export const WorkspaceSchema = z
  .object({
    version: z.literal(1).default(1),
    name: LocalizedTextSchema,
    calendars: z.array(CalendarSchema).min(1, "a workspace has at least one calendar").readonly(),
    /** The calendar used where nothing else is named; the first calendar when omitted. */
    defaultCalendarId: CalendarIdSchema.optional(),
    scopes: z.array(ScopeNodeSchema).min(1, "a workspace has at least one scope node").readonly(),
    roles: z.array(RoleSchema).readonly().default(STANDARD_ROLES as never),
    roleAssignments: z.array(RoleAssignmentSchema).readonly().default([]),
    responsibilityMatrix: ResponsibilityMatrixSchema.default(PU2_23_RESPONSIBILITY_MATRIX as never),
    kpis: z.array(KpiDefinitionSchema).readonly().default([]),
    goals: z.array(GoalSchema).readonly().default([]),
    annotations: z.array(AnnotationSchema).readonly().default([]),
    targets: z.array(TargetSchema).readonly().default([]),
    slaTerms: z.array(SlaTermsSchema).readonly().default([]),
  })
  .strict()
  .readonly()
  .superRefine((w, ctx) => {
    checkScopeTree(w.scopes, ctx, ["scopes"]);
    checkWorkspaceReferences(w, ctx);
  });

/**
 * One JSON document with everything an institution defines: calendars, the scope tree, roles and assignments, the
 * responsibility matrix, KPI definitions, goals, annotations, targets and SLA terms (bulk measurements travel apart).
 *
 * @remarks
 * Parsing checks every cross-reference: ids exist and are unique, targets and KPIs apply to the scope kinds they are
 * used at, driver links go from leading to lagging KPIs without cycles, targets for one KPI and node do not overlap.
 * When omitted, `roles` are {@link STANDARD_ROLES} and `responsibilityMatrix` is {@link PU2_23_RESPONSIBILITY_MATRIX}.
 *
 * @category Model
 */
export interface Workspace extends z.output<typeof WorkspaceSchema> {}

/** A workspace as written by a user, before defaults. @category Model */
export type WorkspaceInput = z.input<typeof WorkspaceSchema>;

/**
 * Options for {@link parseWorkspace}.
 *
 * @category Model
 */
export interface ParseWorkspaceOptions {
  /**
   * The largest JSON text accepted, in bytes (UTF-16 code units for strings), when `input` is a string.
   * @defaultValue 64 MiB
   */
  readonly maxBytes?: number | undefined;
}

/**
 * Parses and validates a workspace, given as an object or as JSON text, with every cross-reference checked.
 *
 * @remarks
 * JSON keys such as `__proto__` and `constructor` are refused as unknown keys and never reach an object's prototype.
 * A string input longer than `maxBytes` is refused before it is parsed.
 *
 * @param input - Untrusted data, or JSON text.
 * @param options - See {@link ParseWorkspaceOptions}.
 * @returns A frozen {@link Workspace}.
 * @throws {@link KpiError} `input_too_large` for JSON text above `maxBytes`; `invalid_input` for malformed JSON or a
 * malformed field; `duplicate_id`, `unknown_reference`, `cycle`, `inapplicable_kpi`, `overlapping_targets`,
 * `invalid_rollup`, `invalid_time_zone`, `invalid_interval`, `invalid_slo`, `non_finite` — each with the path of the
 * offending field; `invalid_input` (path `[]`) too for an `input` that is neither an object nor JSON text of one
 * (`null`, a number, an array); `invalid_argument` (path `["options"]`) for `options` given but not an object, or
 * (path `["options", "maxBytes"]`) for a `maxBytes` that is not a number of 0 or more.
 *
 * @example
 * ```ts
 * const workspace = parseWorkspace({
 *   name: { lv: "Piemērs", en: "Example" },
 *   calendars: [{ timeZone: "Europe/Riga" }],
 *   scopes: [{ id: "lv", kind: "national", name: { lv: "Latvija", en: "Latvia" }, parentId: null }],
 * });
 * workspace.responsibilityMatrix.duties.length;
 * //=> 4
 * ```
 *
 * @category Model
 */
export function parseWorkspace(input: unknown, options: ParseWorkspaceOptions = {}): Workspace {
  // `input` is untrusted data (the schema refuses what is not a workspace object); `options` is the caller's.
  requireObject(options, "parseWorkspace", "options", ["options"]);
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  if (typeof maxBytes !== "number" || !(maxBytes >= 0)) {
    // A limit that is not a number would have compared false with every length: no limit at all.
    throw new KpiError("invalid_argument", "parseWorkspace: options.maxBytes must be a number of characters, 0 or more", { path: ["options", "maxBytes"] });
  }
  let data = input;
  if (typeof input === "string") {
    if (input.length > maxBytes) {
      throw new KpiError(
        "input_too_large",
        `parseWorkspace: the JSON text has ${input.length} characters, above the limit of ${maxBytes}`,
        { path: [] },
      );
    }
    try {
      data = JSON.parse(input) as unknown;
    } catch (cause) {
      throw new KpiError("invalid_input", `parseWorkspace: not valid JSON${whereJsonStops(input)} (${(cause as Error).message.replace(/\r\n|\r|\n/g, "\\n")})`, {
        path: [],
        cause,
      });
    }
  }
  return parseWith(WorkspaceSchema, data, "parseWorkspace");
}

/** " at line L, column C" where JSON text stops being JSON, or "" when that is not found. */
function whereJsonStops(text: string): string {
  const at = jsonErrorPosition(text);
  return at === null ? "" : ` at line ${at.line}, column ${at.column}`;
}
