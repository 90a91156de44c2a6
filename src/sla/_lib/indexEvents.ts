import { KpiError } from "../../errors.js";
import { describeValue, showValue } from "../../internal/describeValue.js";
import type { SliEvent } from "../sliEvent.js";

/**
 * Events sorted by instant with prefix sums, for window sums by binary search.
 */
export interface EventIndex {
  /** Instants, ascending. */
  readonly at: Float64Array;
  /** `good[k]` = good events among the first `k` (length n + 1). */
  readonly good: Float64Array;
  /** `total[k]` = all events among the first `k` (length n + 1). */
  readonly total: Float64Array;
}

/**
 * Validates SLI events and indexes them by instant with prefix sums of good and total counts.
 *
 * @remarks
 * Sorts a copy of the order (the input is not mutated). Prefix sums of whole counts are exact up to 2^53, far beyond
 * any real traffic. Internal to kpi-kit's SLA functions.
 *
 * @param events - The events.
 * @param where - The calling function's name.
 * @returns The index.
 * @throws {@link KpiError} `non_finite` (path `["events", i, field]`) for a field that is not a finite number (for an
 * `at` given as ISO-8601 text or a `Date`, the message says how to convert it to epoch ms);
 * `invalid_argument` for a negative or fractional count or `good > total` (path `["events", i, "good" | "total"]`).
 *
 * @example
 * ```ts
 * indexEvents([{ at: 60_000, good: 9, total: 10 }, { at: 0, good: 5, total: 5 }], "measureBurnRate").total;
 * //=> Float64Array [0, 5, 15]
 * ```
 */
export function indexEvents(events: readonly SliEvent[], where: string): EventIndex {
  if (!Array.isArray(events)) throw new KpiError("invalid_argument", `${where}: events must be an array`, { path: ["events"] });
  const n = events.length;
  for (let i = 0; i < n; i++) {
    const e = events[i] as SliEvent;
    if (typeof e !== "object" || e === null) {
      throw new KpiError("invalid_argument", `${where}: event ${i} is not an object`, { path: ["events", i] });
    }
    for (const field of ["at", "good", "total"] as const) {
      const v = e[field];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new KpiError("non_finite", `${where}: ${notFinite(v, i, field)}`, { path: ["events", i, field] });
      }
    }
    if (!Number.isInteger(e.total) || e.total < 0) {
      throw new KpiError("invalid_argument", `${where}: counts are whole numbers ≥ 0`, { path: ["events", i, "total"] });
    }
    if (!Number.isInteger(e.good) || e.good < 0 || e.good > e.total) {
      throw new KpiError("invalid_argument", `${where}: good must be a whole number from 0 to total`, {
        path: ["events", i, "good"],
      });
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (events[a] as SliEvent).at - (events[b] as SliEvent).at,
  );
  const at = new Float64Array(n);
  const good = new Float64Array(n + 1);
  const total = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    const e = events[order[k] as number] as SliEvent;
    at[k] = e.at;
    good[k + 1] = (good[k] as number) + e.good;
    total[k + 1] = (total[k] as number) + e.total;
  }
  return { at, good, total };
}

// What is wrong with an event's field, and for an instant given as text or a Date, how to convert it to epoch ms.
function notFinite(value: unknown, i: number, field: "at" | "good" | "total"): string {
  const shown = typeof value === "number" ? String(value) : typeof value === "string" ? "a string" : describeValue(value);
  if (field !== "at") return `event ${i} has a ${field} that is not a finite number, but ${shown}`;
  const must = `event ${i} has an at that is not a finite number of epoch ms`;
  if (typeof value === "string") {
    return `${must}, but the string ${showValue(value)}: convert each ISO-8601 instant with toEpochMs, e.g. events.map((e) => ({ ...e, at: toEpochMs(e.at) }))`;
  }
  if (value instanceof Date) return `${must}, but a Date: convert it with getTime()`;
  return `${must}, but ${shown}`;
}
