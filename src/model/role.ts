import { z } from "zod";
import { RoleIdSchema, ScopeNodeIdSchema } from "./ids.js";
import { LocalDateSchema } from "./instant.js";
import { LocalizedTextSchema } from "./localizedText.js";
import { ScopeKindSchema } from "./scopeKind.js";

/** Schema of a {@link Role}. @category Model */
export const RoleSchema = z
  .object({
    id: RoleIdSchema,
    name: LocalizedTextSchema,
    scopeKinds: z.array(ScopeKindSchema).min(1).readonly(),
  })
  .strict()
  .readonly();
/**
 * A role of the framework (e.g. `service_owner`), with the scope kinds it is held at.
 *
 * @category Model
 */
export interface Role extends z.output<typeof RoleSchema> {}

/** Schema of a {@link RoleAssignment}. @category Model */
export const RoleAssignmentSchema = z
  .object({
    roleId: RoleIdSchema,
    scopeId: ScopeNodeIdSchema,
    holder: z
      .object({ name: z.string().min(1).max(200), unit: z.string().min(1).max(200).optional(), email: z.string().max(200).optional() })
      .strict()
      .readonly(),
    from: LocalDateSchema,
    to: LocalDateSchema.optional(),
  })
  .strict()
  .readonly()
  .refine((a) => a.to === undefined || a.from < a.to, {
    message: "an assignment must end after it starts",
    path: ["to"],
    params: { code: "invalid_interval" },
  });
/**
 * A named person or unit holding a role on a scope node for the local dates `[from, to)`.
 *
 * @category Model
 */
export interface RoleAssignment extends z.output<typeof RoleAssignmentSchema> {}

const role = (id: string, lv: string, en: string, scopeKinds: readonly z.output<typeof ScopeKindSchema>[]): Role =>
  Object.freeze({ id: id as Role["id"], name: Object.freeze({ lv, en }), scopeKinds: Object.freeze([...scopeKinds]) });

/**
 * The ten roles of PU2-23 with their Latvian and English names, as ready-made {@link Role}s.
 *
 * @remarks
 * `national_lead`, `sector_lead`, `municipal_lead`, `service_portfolio_owner`, `resource_portfolio_owner`,
 * `service_owner`, `service_provider`, `service_recipient`, `resource_owner`, `resource_user`.
 *
 * @category Model
 */
export const STANDARD_ROLES: readonly Role[] = Object.freeze([
  role("national_lead", "Pakalpojumu pārvaldības valsts vadošā iestāde", "National leading institution for service management", ["national"]),
  role("sector_lead", "Pakalpojumu pārvaldības nozares vadošā iestāde", "Sector leading institution", ["sector"]),
  role("municipal_lead", "Pakalpojumu pārvaldības pašvaldības vadošā iestāde", "Municipal leading institution", ["municipality"]),
  role("service_portfolio_owner", "Iestādes pakalpojumu kopuma saimnieks", "Institution service portfolio owner", ["institution"]),
  role("resource_portfolio_owner", "Iestādes resursu kopuma saimnieks", "Institution resource portfolio owner", ["institution"]),
  role("service_owner", "Pakalpojuma saimnieks", "Service owner", ["service"]),
  role("service_provider", "Pakalpojuma sniedzējs", "Service provider", ["service"]),
  role("service_recipient", "Pakalpojuma saņēmējs", "Service recipient", ["service"]),
  role("resource_owner", "Resursa saimnieks", "Resource owner", ["resource"]),
  role("resource_user", "Resursa lietotājs", "Resource user", ["resource"]),
]);
