import type { Measurement } from "../../src/model/measurement.js";

/** The fields a test gives; the rest default to a `normal` record of KPI `k`, subject `s`, value 1. */
export interface RecordFields {
  readonly id: string;
  readonly kpiId?: string;
  readonly subjectId?: string;
  readonly at?: number | string;
  readonly value?: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly weight?: number;
  readonly status?: Measurement["status"];
  readonly collection?: Measurement["collection"];
  readonly recordedAt?: number;
  readonly supersedes?: string;
}

/** Builds a frozen measurement for tests; `at` may be an ISO string with an offset. */
export function record(fields: RecordFields): Measurement {
  const { at, ...rest } = fields;
  const m: Record<string, unknown> = {
    kpiId: "k",
    subjectId: "s",
    status: "normal",
    ...rest,
    at: typeof at === "string" ? Date.parse(at) : (at ?? 0),
  };
  if (m["value"] === undefined && m["numerator"] === undefined) m["value"] = 1;
  return Object.freeze(m) as unknown as Measurement;
}
