import { KpiError } from "../errors.js";

/**
 * Returns the canonical JSON text of a value: object keys sorted by code unit, no whitespace, `undefined` fields
 * left out — so equal data give equal text, whatever the order its keys were written in.
 *
 * @remarks
 * Arrays keep their order (it carries meaning). Numbers print as `JSON.stringify` prints them (shortest
 * round-trip form). Used for the digests in a report's provenance.
 *
 * @param value - JSON-like data: objects, arrays, strings, finite numbers, booleans, `null`.
 * @returns The canonical JSON text.
 * @throws {@link KpiError} `non_finite` (path to the number) for `NaN` or an infinite number; `invalid_argument`
 * (path to the value) for a function, symbol or bigint.
 *
 * @example
 * ```ts
 * toCanonicalJson({ b: 1, a: [true, null], c: undefined });
 * //=> '{"a":[true,null],"b":1}'
 * ```
 *
 * @category Report
 */
export function toCanonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, [], parts);
  return parts.join("");
}

function write(value: unknown, path: PropertyKey[], out: string[]): void {
  if (value === null) {
    out.push("null");
    return;
  }
  switch (typeof value) {
    case "string":
      out.push(JSON.stringify(value));
      return;
    case "boolean":
      out.push(value ? "true" : "false");
      return;
    case "number":
      if (!Number.isFinite(value)) {
        throw new KpiError("non_finite", "toCanonicalJson: a number is not finite", { path: [...path] });
      }
      out.push(JSON.stringify(value));
      return;
    case "object": {
      if (Array.isArray(value)) {
        out.push("[");
        value.forEach((item, i) => {
          if (i > 0) out.push(",");
          path.push(i);
          write(item === undefined ? null : item, path, out);
          path.pop();
        });
        out.push("]");
        return;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      out.push("{");
      keys.forEach((k, i) => {
        if (i > 0) out.push(",");
        out.push(JSON.stringify(k), ":");
        path.push(k);
        write(record[k], path, out);
        path.pop();
      });
      out.push("}");
      return;
    }
    default:
      throw new KpiError("invalid_argument", `toCanonicalJson: a ${typeof value} has no JSON form`, { path: [...path] });
  }
}
