/// <reference types="node" />
// `kpi-kit cpsv import|export`: CPSV-AP 3.2 public-service catalogues in and out. Returns the exit code: 0 done,
// 1 invalid input, 2 a usage mistake (an option, a missing file or the missing optional package jsonld).
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isKpiError } from "../errors.js";
import { parseJsonText } from "./parseJsonText.js";
import { UsageError, toUsageError } from "./usageError.js";
import type { CliIo } from "./cliIo.js";
import { parseWorkspace } from "../model/workspace.js";
import { parseScopeTree } from "../model/scopeTree.js";
import { exportCpsv, importCpsv } from "../interop/index.js";

export const CPSV_USAGE = `Usage:
  kpi-kit cpsv import <catalogue.jsonld> --parent <scope id> [--out <scopes.json>]
                              CPSV-AP 3.2 catalogue → institution, service and resource scope nodes (needs jsonld)
  kpi-kit cpsv export <workspace.json|scopes.json> [--out <catalogue.jsonld>]
                              the scope tree's institutions, services and channels as CPSV-AP 3.2 JSON-LD`;

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

async function runCpsv(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { help: { type: "boolean", short: "h" }, parent: { type: "string" }, out: { type: "string" } },
  });
  if (sub === undefined || sub === "--help" || sub === "-h" || values.help === true) {
    io.stdout(`${CPSV_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  if (positionals.length !== 1) throw new CpsvUsageError(`${sub} takes one file`);
  switch (sub) {
    case "import": {
      if (values.parent === undefined) throw new CpsvUsageError("import needs --parent <scope id>");
      const catalogue = await readJson(positionals[0]);
      try {
        await import("jsonld");
      } catch {
        throw new CpsvUsageError("cpsv import needs the optional package jsonld: npm install jsonld");
      }
      const result = await importCpsv(catalogue, { parentId: values.parent });
      for (const issue of result.issues) io.stderr(`${issue.kind === "lost" ? "not imported" : "missing"}: ${issue.message}\n`);
      await emit(io, `${JSON.stringify({ scopes: result.nodes, otherNames: result.otherNames, issues: result.issues }, null, 2)}\n`, values.out);
      return 0;
    }
    case "export": {
      if (values.parent !== undefined) throw new CpsvUsageError("export does not take --parent");
      const input = await readJson(positionals[0]);
      const scopes =
        input !== null && typeof input === "object" && "kpis" in input ? parseWorkspace(input).scopes : parseScopeTree((input as { scopes?: unknown }).scopes ?? input);
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
      io.stderr(`kpi-kit cpsv: ${error.message}\n`);
      return 2;
    }
    if (error instanceof CpsvUsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      io.stderr(`kpi-kit cpsv: ${(error as Error).message}\n${CPSV_USAGE}\n`);
      return 2;
    }
    if (isKpiError(error)) {
      io.stderr(`kpi-kit: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
