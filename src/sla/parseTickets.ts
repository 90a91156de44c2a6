import { z } from "zod";
import { InstantSchema } from "../model/instant.js";
import { parseArrayOf } from "../model/_lib/parseArrayOf.js";
import { checkEventReferences, checkEventWorkspace } from "../internal/checkEventReferences.js";
import type { Ticket } from "./ticket.js";

/**
 * Schema of a {@link Ticket}: instants as an ISO-8601 string with `Z` or an offset, epoch ms or a `Date`;
 * `respondedAt` and `resolvedAt` not before `openedAt`, `resolvedAt` not before `respondedAt`.
 *
 * @category Sla
 */
export const TicketSchema = z
  .object({
    id: z.string().min(1),
    serviceId: z.string().min(1).optional(),
    openedAt: InstantSchema,
    respondedAt: InstantSchema.optional(),
    resolvedAt: InstantSchema.optional(),
  })
  .strict()
  .readonly()
  .superRefine((t, ctx) => {
    for (const [field, what] of [["respondedAt", "responded to"], ["resolvedAt", "resolved"]] as const) {
      const at = t[field];
      if (at !== undefined && at < t.openedAt) {
        ctx.addIssue({ code: "custom", message: `a ticket cannot be ${what} before it was opened`, path: [field], params: { code: "invalid_interval" } });
      }
    }
    if (t.respondedAt !== undefined && t.resolvedAt !== undefined && t.resolvedAt < t.respondedAt) {
      ctx.addIssue({ code: "custom", message: "a ticket cannot be resolved before it was responded to", path: ["resolvedAt"], params: { code: "invalid_interval" } });
    }
  });

/**
 * Parses a batch of tickets, optionally checked against a workspace: instants normalised to epoch ms, ids unique,
 * each `serviceId` a scope node, no response or resolution before the ticket was opened, no resolution before the
 * response.
 *
 * @remarks
 * Accepts what the rest of the model accepts for an instant (see docs/conventions.md#time-and-calendars); a calendar
 * field that does not exist (30 February) is refused. Without `workspace`, `serviceId` is not checked; a ticket
 * without `serviceId` counts for every service.
 *
 * @param input - Untrusted data: an array of `{ id, serviceId?, openedAt, respondedAt?, resolvedAt? }`.
 * @param workspace - The scope nodes that `serviceId` must name (a parsed {@link Workspace} will do).
 * @returns The frozen tickets, in input order.
 * @throws {@link KpiError} with the path `[i, field]` of the first bad ticket: `invalid_input` for a malformed or
 * unknown field, `invalid_interval` for a `respondedAt` or `resolvedAt` before `openedAt` or a `resolvedAt` before
 * `respondedAt` (path `[i, "resolvedAt"]`), `duplicate_id` for a
 * repeated id, `unknown_reference` for a `serviceId` that is not a scope node of `workspace`;
 * `invalid_argument` for a `workspace` given but not an object (path `["workspace"]`), without a `scopes` array
 * (path `["workspace", "scopes"]`) or with a scope node that is not an object (path `["workspace", "scopes", i]`).
 *
 * @example
 * ```ts
 * try {
 *   parseTickets([{ id: "T-1", openedAt: "2026-03-02T09:00:00Z", resolvedAt: "2026-03-01T09:00:00Z" }]);
 * } catch (error) {
 *   [(error as KpiError).code, (error as KpiError).path];
 *   //=> ["invalid_interval", [0, "resolvedAt"]]
 * }
 * ```
 *
 * @category Sla
 */
export function parseTickets(input: unknown, workspace?: { readonly scopes: readonly { readonly id: string }[] }): Ticket[] {
  if (workspace !== undefined) checkEventWorkspace(workspace, "parseTickets");
  const tickets = parseArrayOf(TicketSchema, input, "parseTickets", "tickets");
  checkEventReferences(tickets, "parseTickets", "ticket", workspace);
  return tickets;
}
