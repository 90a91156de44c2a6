import { z } from "zod";
import { InstantSchema } from "../model/instant.js";
import { parseArrayOf } from "../model/_lib/parseArrayOf.js";
import type { Outage } from "./outage.js";
import { checkEventReferences, checkEventWorkspace } from "../internal/checkEventReferences.js";

/**
 * Schema of a {@link ServiceOutage}: `start` and `end` as an ISO-8601 string with `Z` or an offset, epoch ms or a
 * `Date`; `end` not before `start`.
 *
 * @category Sla
 */
export const ServiceOutageSchema = z
  .object({
    id: z.string().min(1).optional(),
    start: InstantSchema,
    end: InstantSchema,
    serviceId: z.string().min(1).optional(),
  })
  .strict()
  .readonly()
  .refine((o) => o.end >= o.start, { message: "an outage ends before it starts", path: ["end"], params: { code: "invalid_interval" } });

/**
 * An outage `[start, end)` (epoch ms), optionally of one service (a scope node id); without `serviceId` it counts for
 * every service.
 *
 * @category Sla
 */
export interface ServiceOutage extends Outage {
  /** The scope node of the service that was down; absent: every service. */
  readonly serviceId?: string | undefined;
}

/**
 * Parses a batch of outages, optionally checked against a workspace: instants normalised to epoch ms, ids unique,
 * each `serviceId` a scope node.
 *
 * @remarks
 * Accepts what the rest of the model accepts for an instant (see docs/conventions.md#time-and-calendars); a calendar
 * field that does not exist (30 February) is refused. An outage may have no `id`; ids that are given must be unique.
 * Without `workspace`, `serviceId` is not checked.
 *
 * @param input - Untrusted data: an array of outage objects `{ id?, start, end, serviceId? }`.
 * @param workspace - The scope nodes that `serviceId` must name (a parsed {@link Workspace} will do).
 * @returns The frozen outages, in input order.
 * @throws {@link KpiError} with the path `[i, field]` of the first bad outage: `invalid_input` for a malformed field
 * or an unknown field, `invalid_interval` for an outage that ends before it starts, `duplicate_id` for a repeated
 * id, `unknown_reference` for a `serviceId` that is not a scope node of `workspace`;
 * `invalid_argument` for a `workspace` given but not an object (path `["workspace"]`), without a `scopes` array
 * (path `["workspace", "scopes"]`) or with a scope node that is not an object (path `["workspace", "scopes", i]`).
 *
 * @example
 * ```ts
 * parseOutages([{ id: "inc-7", start: "2026-03-04T10:00:00+02:00", end: "2026-03-04T10:30:00+02:00" }])[0]?.end;
 * //=> 1772613000000
 * ```
 *
 * @category Sla
 */
export function parseOutages(input: unknown, workspace?: { readonly scopes: readonly { readonly id: string }[] }): ServiceOutage[] {
  if (workspace !== undefined) checkEventWorkspace(workspace, "parseOutages");
  const outages = parseArrayOf(ServiceOutageSchema, input, "parseOutages", "outages");
  checkEventReferences(outages, "parseOutages", "outage", workspace);
  return outages;
}
