import { z } from "zod";

/**
 * Schema of a scope kind.
 *
 * @category Model
 */
export const ScopeKindSchema = z.enum(["national", "sector", "municipality", "institution", "service", "resource"]);

/**
 * The five scopes of PU2-23 (sector and municipality share a level): `national`, `sector`, `municipality`,
 * `institution`, `service`, `resource`.
 *
 * @category Model
 */
export type ScopeKind = z.output<typeof ScopeKindSchema>;

/**
 * The depth of each scope kind, largest first: a child's kind must have a greater depth than its parent's.
 *
 * @category Model
 */
export const SCOPE_KIND_DEPTH: Readonly<Record<ScopeKind, number>> = Object.freeze({
  national: 0,
  sector: 1,
  municipality: 1,
  institution: 2,
  service: 3,
  resource: 4,
});
