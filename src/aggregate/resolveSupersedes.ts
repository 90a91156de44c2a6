import { requireArray } from "../internal/requireArray.js";
import { requireObject } from "../internal/requireObject.js";
import { supersededMask } from "./_lib/supersededMask.js";
import type { CorrectableRecord } from "./correctableRecord.js";

/**
 * Returns the effective records: every record that no other record corrects, in input order (docs/conventions.md#data-quality-and-history).
 *
 * @remarks
 * A record whose `supersedes` names another record replaces it; chains are followed (if C corrects B and B corrects
 * A, only C is effective). When several records correct the same record, the one with the latest `recordedAt` wins
 * (at equal or missing `recordedAt`, the later one in the input) and the others are dropped too. A correction to 0 is
 * a value, not a deletion. Nothing is mutated; the full bitemporal history ("as known at") is in the quality
 * functions — this is the minimal version the aggregation functions apply by default.
 *
 * @param records - Records, some of which may correct others.
 * @returns The effective records (the same objects), in input order.
 * @throws {@link KpiError} with path `[index, field]`: `unknown_reference` (`supersedes`) for a correction of an id
 * that is not in the input; `duplicate_id` (`id`) for two records with one id; `invalid_correction` (`supersedes`)
 * for a correction of a record of another KPI or subject; `cycle` (`supersedes`) for corrections that loop;
 * `invalid_input` (`recordedAt`) for a competing correction whose `recordedAt` is not an instant with a zone.
 * `invalid_argument` for missing or wrong-shaped arguments: `records` not an array (path `[]`), a record that is not
 * an object (path `[index]`).
 *
 * @example
 * ```ts
 * resolveSupersedes([
 *   { id: "a", kpiId: "k", subjectId: "s", value: 5 },
 *   { id: "b", kpiId: "k", subjectId: "s", value: 0, supersedes: "a" },
 * ]).map((r) => r.id);
 * //=> ["b"]
 * ```
 *
 * @category Aggregate
 */
export function resolveSupersedes<T extends CorrectableRecord>(records: readonly T[]): T[] {
  requireArray(records, "resolveSupersedes", "records");
  records.forEach((r, i) => {
    if (typeof r !== "object" || r === null) requireObject(r, "resolveSupersedes", `records[${i}]`, [i]);
  });
  const dropped = supersededMask(records, "resolveSupersedes");
  return dropped === null ? [...records] : records.filter((_, i) => dropped[i] === 0);
}
