/// <reference types="node" />
import { readFile } from "node:fs/promises";
import { isKpiError } from "../errors.js";
import type { ScopeNode } from "../model/scopeTree.js";
import { parseOutages, type ServiceOutage } from "../sla/parseOutages.js";
import { parseTickets } from "../sla/parseTickets.js";
import type { Ticket } from "../sla/ticket.js";
import { lineOfArrayElements } from "./lineOfArrayElements.js";
import { parseJsonText } from "./parseJsonText.js";
import { toUsageError } from "./usageError.js";

type Kind = "outage" | "ticket";
type Result<K extends Kind> = K extends "outage" ? ServiceOutage[] : Ticket[];

/**
 * Reads a JSON file of outages `[{ id?, start, end, serviceId? }]` or tickets
 * `[{ id, serviceId?, openedAt, respondedAt?, resolvedAt? }]` (a UTF-8 byte-order mark is skipped) and parses it with
 * parseOutages / parseTickets against the workspace; an error names the file, the line, the index and the event's id.
 */
export async function readEventsFile<K extends Kind>(path: string, kind: K, workspace: { readonly scopes: readonly ScopeNode[] }): Promise<Result<K>> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw toUsageError(error, "read", path);
  }
  const data = parseJsonText(text, path);
  try {
    return (kind === "outage" ? parseOutages(data, workspace) : parseTickets(data, workspace)) as Result<K>;
  } catch (error) {
    if (isKpiError(error)) {
      const index = error.path[0];
      const raw: unknown = typeof index === "number" && Array.isArray(data) ? data[index] : undefined;
      const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
      // file:line of the event (its index is in the parser's message), or file[index] when the line is unknown.
      const line = typeof index === "number" && Array.isArray(data) ? lineOfArrayElements(text.replace(/^\uFEFF/, ""))[index] : undefined;
      const at = typeof index !== "number" ? path : line === undefined ? `${path}[${index}]` : `${path}:${line}`;
      const named = `(${kind} "${String(id)}")`;
      const where = typeof id === "string" && !error.message.includes(named) ? `${at} ${named}` : at;
      error.message = `${where}: ${error.message}`;
    }
    throw error;
  }
}
