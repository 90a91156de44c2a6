import type { Measurement } from "../../model/measurement.js";
import { KpiError } from "../../errors.js";

/**
 * Checks what the types cannot rule out in a list of measurements: that it is an array of objects with finite
 * instants (internal to `quality/`).
 *
 * @param measurements - The records as given by the caller.
 * @param where - The public function's name, for the error message.
 * @throws {@link KpiError} `invalid_argument` (path `[]`) when `measurements` is not an array, or (path `[i]`) for an
 * element that is not an object; `non_finite` (path `[i, "at"]`) for an instant that is not a finite number.
 *
 * @example
 * ```ts
 * checkMeasurements([{ id: "a", at: 0 }] as never, "f");
 * //=> undefined
 * ```
 */
export function checkMeasurements(measurements: readonly Pick<Measurement, "at">[], where: string): void {
  if (!Array.isArray(measurements)) {
    throw new KpiError("invalid_argument", `${where}: measurements must be an array`, { path: [] });
  }
  for (let i = 0; i < measurements.length; i++) {
    const m = measurements[i] as Pick<Measurement, "at"> | undefined;
    if (typeof m !== "object" || m === null) {
      throw new KpiError("invalid_argument", `${where}: record ${i} is not a measurement object`, { path: [i] });
    }
    if (typeof m.at !== "number" || !Number.isFinite(m.at)) {
      throw new KpiError("non_finite", `${where}: record ${i} has an instant that is not a finite number`, {
        path: [i, "at"],
      });
    }
  }
}
