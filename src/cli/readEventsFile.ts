/// <reference types="node" />
import { readFile } from "node:fs/promises";
import { KpiError } from "../errors.js";
import { toEpochMs } from "../model/toEpochMs.js";
import type { Ticket } from "../sla/ticket.js";
import type { ReportOutage } from "../report/index.js";

type Kind = "outage" | "ticket";
type Result<K extends Kind> = K extends "outage" ? ReportOutage[] : Ticket[];

function instant(value: unknown, path: string, index: number, field: string, required: boolean): number | undefined {
  if (value === undefined && !required) return undefined;
  const ms = typeof value === "number" && Number.isInteger(value) ? value : typeof value === "string" ? toEpochMs(value) : null;
  if (ms === null) {
    throw new KpiError("invalid_input", `${path}: [${index}].${field}: not an ISO-8601 instant with Z or an offset`, { path: [index, field] });
  }
  return ms;
}

function text(value: unknown, path: string, index: number, field: string): string {
  if (typeof value !== "string" || value === "") {
    throw new KpiError("invalid_input", `${path}: [${index}].${field}: a non-empty string is required`, { path: [index, field] });
  }
  return value;
}

/** Reads outages `[{ id, start, end, serviceId? }]` or tickets `[{ id, serviceId, openedAt, respondedAt?, resolvedAt? }]`. */
export async function readEventsFile<K extends Kind>(path: string, kind: K): Promise<Result<K>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, "utf8")) as unknown;
  } catch (cause) {
    throw new KpiError("invalid_input", `${path}: ${(cause as Error).message}`, { path: [], cause });
  }
  if (!Array.isArray(data)) throw new KpiError("invalid_input", `${path}: expected a JSON array of ${kind}s`, { path: [] });
  const out = data.map((raw: unknown, i) => {
    if (typeof raw !== "object" || raw === null) throw new KpiError("invalid_input", `${path}: [${i}]: an object is required`, { path: [i] });
    const r = raw as Record<string, unknown>;
    const id = text(r["id"], path, i, "id");
    if (kind === "outage") {
      const start = instant(r["start"], path, i, "start", true) as number;
      const end = instant(r["end"], path, i, "end", true) as number;
      if (end < start) throw new KpiError("invalid_interval", `${path}: [${i}].end: an outage ends before it starts`, { path: [i, "end"] });
      return r["serviceId"] === undefined ? { id, start, end } : { id, start, end, serviceId: text(r["serviceId"], path, i, "serviceId") };
    }
    const ticket: { id: string; serviceId: string; openedAt: number; respondedAt?: number; resolvedAt?: number } = {
      id,
      serviceId: text(r["serviceId"], path, i, "serviceId"),
      openedAt: instant(r["openedAt"], path, i, "openedAt", true) as number,
    };
    const responded = instant(r["respondedAt"], path, i, "respondedAt", false);
    const resolved = instant(r["resolvedAt"], path, i, "resolvedAt", false);
    if (responded !== undefined) ticket.respondedAt = responded;
    if (resolved !== undefined) ticket.resolvedAt = resolved;
    return ticket;
  });
  return out as Result<K>;
}
