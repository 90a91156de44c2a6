import { KpiError } from "../errors.js";
import { parseInstantFast } from "../time/_lib/parseInstantFast.js";
import { describeBadInstant } from "./describeBadInstant.js";
import type { InstantInput } from "../time/instantInput.js";


/**
 * Normalises an `InstantInput` to epoch milliseconds, once, at a function's boundary. Internal, not exported;
 * zod-free, so math-only bundles stay small.
 *
 * @param x - The caller's instant.
 * @param where - The public function's name, for the message.
 * @param path - The path of the argument.
 * @returns Epoch milliseconds.
 * @throws {@link KpiError} `non_finite` for a NaN or infinite number; `invalid_input` for a string that is not an
 * ISO-8601 instant with `Z` or an offset (saying which part is wrong) or an invalid `Date`; `invalid_argument` for
 * anything else.
 *
 * @example
 * ```ts
 * instantOf("2026-03-01T02:00:00+02:00", "f", ["at"]) === instantOf(Date.UTC(2026, 2, 1), "f", ["at"]);
 * //=> true
 * ```
 */
export function instantOf(x: InstantInput | unknown, where: string, path: readonly PropertyKey[]): number {
  if (typeof x === "number") {
    if (x - x !== 0) throw new KpiError("non_finite", `${where}: ${path.map(String).join(".")} must be a finite number of epoch ms, not ${x}`, { path });
    return x;
  }
  if (typeof x === "string") {
    const ms = parseInstantFast(x);
    if (ms === null) throw new KpiError("invalid_input", `${where}: ${path.map(String).join(".")} is refused: ${describeBadInstant(x)}`, { path });
    return ms;
  }
  if (x instanceof Date) {
    const ms = x.getTime();
    if (ms !== ms) throw new KpiError("invalid_input", `${where}: ${path.map(String).join(".")} is an invalid Date`, { path });
    return ms;
  }
  throw new KpiError("invalid_argument", `${where}: ${path.map(String).join(".")} must be epoch ms, an ISO-8601 string with Z or an offset, or a Date`, { path });
}
