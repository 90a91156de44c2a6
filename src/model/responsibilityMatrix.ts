import { z } from "zod";
import { DutyIdSchema } from "./ids.js";
import { LocalizedTextSchema } from "./localizedText.js";
import { ScopeKindSchema } from "./scopeKind.js";
import { parseWith } from "./_lib/parseWith.js";

/** Schema of a {@link Responsibility}. @category Model */
export const ResponsibilitySchema = z.enum(["A", "L"]);
/** `A` — accountable (atbildīgā); `L` — co-responsible (līdzatbildīgā). @category Model */
export type Responsibility = z.output<typeof ResponsibilitySchema>;

/** Schema of a {@link Duty}. @category Model */
export const DutySchema = z
  .object({
    id: DutyIdSchema,
    name: LocalizedTextSchema,
    scopeKind: ScopeKindSchema,
    /** Role id → A or L. Role ids are matched exactly (case-sensitive). */
    assignments: z.record(z.string().min(1), ResponsibilitySchema).readonly(),
  })
  .strict()
  .readonly();
/**
 * One duty of a responsibility matrix, with the roles that are accountable (A) or co-responsible (L) for it.
 *
 * @category Model
 */
export interface Duty extends z.output<typeof DutySchema> {}

/** Schema of a {@link ResponsibilityMatrix}. @category Model */
export const ResponsibilityMatrixSchema = z
  .object({ duties: z.array(DutySchema).readonly() })
  .strict()
  .readonly()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.duties.forEach((d, i) => {
      if (seen.has(d.id)) {
        ctx.addIssue({ code: "custom", message: `duty id "${d.id}" is used twice`, path: ["duties", i, "id"], params: { code: "duplicate_id" } });
      }
      seen.add(d.id);
    });
  });
/**
 * Duties × roles with `A` (accountable) or `L` (co-responsible).
 *
 * @category Model
 */
export interface ResponsibilityMatrix extends z.output<typeof ResponsibilityMatrixSchema> {}

/**
 * Parses and validates a responsibility matrix (role ids are checked against the roles by
 * {@link checkResponsibilityMatrix}, so that unknown roles are findings, not errors).
 *
 * @param input - Untrusted data.
 * @returns A frozen {@link ResponsibilityMatrix}.
 * @throws {@link KpiError} `invalid_input` for a malformed field or a value other than `A` / `L`, `duplicate_id` for
 * two duties with one id.
 *
 * @example
 * ```ts
 * parseResponsibilityMatrix({ duties: [{ id: "d1", name: { lv: "Mērīt", en: "Measure" }, scopeKind: "service",
 *   assignments: { service_owner: "A" } }] }).duties.length;
 * //=> 1
 * ```
 *
 * @category Model
 */
export function parseResponsibilityMatrix(input: unknown): ResponsibilityMatrix {
  return parseWith(ResponsibilityMatrixSchema, input, "parseResponsibilityMatrix");
}

