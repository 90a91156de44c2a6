/// <reference types="node" />
// `kpi-kit cpsv import|export`: CPSV-AP 3.2 public-service catalogues in and out. Returns the exit code: 0 done,
// 1 invalid input (the message names the file), 2 a usage mistake (an option, a missing file or the missing optional
// package jsonld).
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { isKpiError, KpiError } from "../errors.js";
import { parseJsonText } from "./parseJsonText.js";
import { UsageError, toUsageError } from "./usageError.js";
import type { CliIo } from "./cliIo.js";
import { parseWorkspace } from "../model/workspace.js";
import { ScopeNodeSchema, ScopeTreeSchema, type ScopeNode } from "../model/scopeTree.js";
import { parseWith } from "../model/_lib/parseWith.js";
import { ScopeNodeIdSchema } from "../model/ids.js";
import { exportCpsv, importCpsv } from "../interop/index.js";
import { printable } from "./printable.js";
import { nameInputFile } from "./nameInputFile.js";
import { isRecord } from "../internal/isRecord.js";

export const CPSV_USAGE = `Usage:
  kpi-kit cpsv import <catalogue.jsonld> --parent <scope id> [--out <scopes.json>]
                              CPSV-AP 3.2 catalogue → institution, service and resource scope nodes (needs jsonld);
                              a file with no public service is refused
  kpi-kit cpsv export <workspace.json|scopes.json> [--out <catalogue.jsonld>]
                              the institutions, services and channels of a workspace's scope tree, or of a scopes file
                              (the output of import, or a JSON array of scope nodes: a whole tree, or a subtree whose
                              top nodes hang under one parent that is not in the file), as CPSV-AP 3.2 JSON-LD`;

class CpsvUsageError extends Error {}

async function readJson(file: string | undefined): Promise<unknown> {
  if (file === undefined) throw new CpsvUsageError("give one file");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw toUsageError(error, "read", file);
  }
  return parseJsonText(text, file);
}

async function emit(io: CliIo, text: string, out: string | undefined): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(out, text);
  } catch (error) {
    throw toUsageError(error, "write", out);
  }
}

/** A kpi-kit workspace rather than a scopes file: it has the fields only a workspace has. */
const looksLikeWorkspace = (input: unknown): boolean => isRecord(input) && ["version", "calendars", "kpis"].some((key) => key in input);

/**
 * The scope nodes of a scopes file: `{ "scopes": [...] }` (the output of `cpsv import`; its other fields are ignored)
 * or an array of nodes. The nodes form a whole tree (one root) or a subtree: the nodes whose parent is not in the file
 * all hang under one parent, which stands in as the root while the tree is checked (ids unique, no cycle, each kind
 * below its parent's, every linked resource in the file). Errors carry the path in the file (`scopes.0.parentId`).
 */
function scopesOfFile(input: unknown): readonly ScopeNode[] {
  const held = isRecord(input);
  if (!held && !Array.isArray(input)) {
    throw new KpiError("invalid_input", `cpsv export: expected a kpi-kit workspace, the output of cpsv import ({ "scopes": [...] }) or an array of scope nodes, not ${input === null ? "null" : typeof input}`);
  }
  if (held && !("scopes" in input)) {
    throw new KpiError("invalid_input", `cpsv export: scopes: missing; expected a kpi-kit workspace, the output of cpsv import ({ "scopes": [...] }) or an array of scope nodes`, { path: ["scopes"] });
  }
  const list: unknown = held ? input["scopes"] : input;
  if (Array.isArray(list) && list.length === 0) {
    throw new KpiError("invalid_input", `cpsv export: ${held ? "scopes: " : ""}no scope nodes, nothing to export`, { path: held ? ["scopes"] : [] });
  }
  const wrap = <S extends z.ZodType>(nodes: S) => (held ? z.object({ scopes: nodes }) : nodes);
  const unwrap = (parsed: unknown) => (held ? (parsed as { scopes: readonly ScopeNode[] }).scopes : (parsed as readonly ScopeNode[]));
  const at = held ? "scopes." : "";
  // Each node on its own first, so that the tree check below sees well-formed ids.
  const nodes = unwrap(parseWith(wrap(z.array(ScopeNodeSchema)), input, "cpsv export"));
  const ids = new Set(nodes.map((n) => n.id));
  const outside: { parentId: string; index: number }[] = [];
  nodes.forEach((n, index) => {
    if (n.parentId !== null && !ids.has(n.parentId) && !outside.some((o) => o.parentId === n.parentId)) outside.push({ parentId: n.parentId, index });
  });
  const [first, second] = outside;
  if (nodes.every((n) => n.parentId !== null) && first !== undefined) {
    if (second !== undefined) {
      throw new KpiError(
        "unknown_reference",
        `cpsv export: ${at}${second.index}.parentId: parent "${second.parentId}" is not in the file, nor is "${first.parentId}" (${at}${first.index}.parentId): a scopes file holds a whole tree, or a subtree under one parent`,
        { path: [...(held ? ["scopes"] : []), second.index, "parentId"] },
      );
    }
    // The subtree's parent, outside the file, stands in as the root (last, so that the paths of the nodes stay theirs).
    const root = { id: first.parentId, kind: "national", name: { lv: first.parentId, en: first.parentId }, parentId: null };
    unwrap(parseWith(wrap(ScopeTreeSchema), held ? { scopes: [...nodes, root] } : [...nodes, root], "cpsv export"));
    return nodes;
  }
  return unwrap(parseWith(wrap(ScopeTreeSchema), held ? { scopes: nodes } : nodes, "cpsv export"));
}

async function runCpsv(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { help: { type: "boolean", short: "h" }, parent: { type: "string" }, out: { type: "string" } },
  });
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help" || values.help === true) {
    io.stdout(`${CPSV_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (positionals.length !== 1) throw new CpsvUsageError(`${sub} takes one file`);
  const file = positionals[0] ?? "";
  switch (sub) {
    case "import": {
      if (values.parent === undefined) throw new CpsvUsageError("import needs --parent <scope id>");
      // The parent becomes every top node's parentId: an id the schemas refuse would make a file export refuses.
      const parentProblem = ScopeNodeIdSchema.safeParse(values.parent).error?.issues[0]?.message;
      if (parentProblem !== undefined) throw new CpsvUsageError(`--parent ${JSON.stringify(values.parent)} is not a scope id: ${parentProblem}`);
      const catalogue = await readJson(file);
      try {
        await import("jsonld");
      } catch {
        throw new CpsvUsageError("cpsv import needs the optional package jsonld: npm install jsonld");
      }
      let result;
      try {
        result = await importCpsv(catalogue, { parentId: values.parent });
      } catch (error) {
        if (isKpiError(error) && looksLikeWorkspace(catalogue) && !(isRecord(catalogue) && "@context" in catalogue)) {
          error.message += ` (this is a kpi-kit workspace: kpi-kit cpsv export ${file} writes its catalogue)`;
        }
        throw nameInputFile(error, file);
      }
      for (const issue of result.issues) io.stderr(`${printable(`${file}: ${issue.kind === "lost" ? "not imported" : "missing"}: ${issue.message}`)}\n`);
      await emit(io, `${JSON.stringify({ scopes: result.nodes, otherNames: result.otherNames, issues: result.issues }, null, 2)}\n`, values.out);
      return 0;
    }
    case "export": {
      if (values.parent !== undefined) throw new CpsvUsageError("export does not take --parent");
      const input = await readJson(file);
      let scopes: readonly ScopeNode[];
      try {
        scopes = looksLikeWorkspace(input) ? parseWorkspace(input).scopes : scopesOfFile(input);
        if (!scopes.some((n) => n.kind === "institution" || n.kind === "service")) {
          throw new KpiError("invalid_input", "cpsv export: no institution or service to export (a CPSV-AP catalogue describes public organisations and their services)");
        }
      } catch (error) {
        throw nameInputFile(error, file);
      }
      const kindOf = new Map<string, string>(scopes.map((n) => [n.id, n.kind]));
      for (const n of scopes) {
        if (n.kind === "service" && (n.parentId === null || kindOf.get(n.parentId) !== "institution")) {
          io.stderr(`${printable(`${file}: warning: service "${n.id}" has no institution above it in the file, so the catalogue names no competent authority for it (mandatory in CPSV-AP)`)}\n`);
        }
      }
      await emit(io, `${JSON.stringify(exportCpsv(scopes), null, 2)}\n`, values.out);
      return 0;
    }
    default:
      throw new CpsvUsageError(`unknown cpsv command "${sub}"`);
  }
}

/**
 * Runs `kpi-kit cpsv …` with the arguments after `cpsv`, printing to `io`.
 *
 * @param args - The arguments after `cpsv`.
 * @param io - Where to write standard output and standard error.
 * @returns The exit code: 0 done, 1 invalid input, 2 a usage mistake.
 */
export async function cpsv(args: string[], io: CliIo): Promise<number> {
  try {
    return await runCpsv(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kpi-kit cpsv: ${printable(error.message)}\n`);
      return 2;
    }
    if (error instanceof CpsvUsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      io.stderr(`kpi-kit cpsv: ${printable((error as Error).message)}\n${CPSV_USAGE}\n`);
      return 2;
    }
    if (isKpiError(error)) {
      io.stderr(`kpi-kit: ${printable(error.message)}\n`);
      return 1;
    }
    throw error;
  }
}
