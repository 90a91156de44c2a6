import { KpiError } from "../errors.js";

/** Ends an exhaustive `switch`: the compiler proves it unreachable; at run time a bad value from untyped JS throws. */
export function assertNever(value: never, where: string): never {
  throw new KpiError("invalid_argument", `${where}: unexpected value ${JSON.stringify(value)}`);
}
