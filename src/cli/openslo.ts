/// <reference types="node" />
// `kpi-kit openslo validate|import|export`: OpenSLO v1 files in and out. Returns the exit code: 0 done, 1 invalid
// input, 2 a usage mistake (an option, a missing file).
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { isKpiError } from "../errors.js";
import { parseJsonText } from "./parseJsonText.js";
import { UsageError, toUsageError } from "./usageError.js";
import type { CliIo } from "./cliIo.js";
import { parseSlaTerms, type SlaTerms } from "../model/slaTerms.js";
import type { BurnAlertTier } from "../sla/evaluateBurnAlerts.js";
import { exportOpenSlo, formatOpenSloIssue, importOpenSlo, validateOpenSlo, type OpenSloSource } from "../interop/index.js";

export const OPENSLO_USAGE = `Usage:
  kpi-kit openslo validate <file.yaml|.json>… [--strict]
                              check OpenSLO v1 documents; an unresolved reference is a warning (an error with --strict)
  kpi-kit openslo import <file.yaml|.json>… [--out <terms.json>]
                              convert SLOs and burn-rate alert conditions to kpi-kit SLA terms; lists what is lost
  kpi-kit openslo export <terms.json> [--format yaml|json] [--out <file>]
                              write SLA terms (an object, an array, or the output of import) as OpenSLO v1`;

class OpensloUsageError extends Error {}

async function readSources(files: readonly string[]): Promise<OpenSloSource[]> {
  if (files.length === 0) throw new OpensloUsageError("give at least one file");
  return Promise.all(
    files.map(async (file) => {
      try {
        return { file, text: await readFile(file, "utf8") };
      } catch (error) {
        throw toUsageError(error, "read", file);
      }
    }),
  );
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

function termsOf(input: unknown): { terms: SlaTerms[]; burnAlerts: BurnAlertTier[] } {
  const holder = input as { terms?: unknown; burnAlerts?: unknown } | null;
  if (holder !== null && typeof holder === "object" && !Array.isArray(holder) && Array.isArray(holder.terms)) {
    return { terms: holder.terms.map((t) => parseSlaTerms(t)), burnAlerts: Array.isArray(holder.burnAlerts) ? (holder.burnAlerts as BurnAlertTier[]) : [] };
  }
  const list = Array.isArray(input) ? input : [input];
  return { terms: list.map((t) => parseSlaTerms(t)), burnAlerts: [] };
}

async function runOpenslo(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      strict: { type: "boolean" },
      out: { type: "string" },
      format: { type: "string" },
    },
  });
  if (sub === undefined || sub === "--help" || sub === "-h" || values.help === true) {
    io.stdout(`${OPENSLO_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  switch (sub) {
    case "validate": {
      if (values.out !== undefined || values.format !== undefined) throw new OpensloUsageError("validate takes only --strict");
      const result = validateOpenSlo(await readSources(positionals), { strict: values.strict === true });
      for (const issue of result.issues) io.stderr(`${formatOpenSloIssue(issue)}\n`);
      if (result.valid) io.stdout(`${result.documents.length} OpenSLO document(s): valid\n`);
      return result.valid ? 0 : 1;
    }
    case "import": {
      if (values.strict !== undefined || values.format !== undefined) throw new OpensloUsageError("import takes only --out");
      const result = importOpenSlo(await readSources(positionals));
      const terms = result.terms.map((t) => parseSlaTerms(t));
      for (const line of result.lost) io.stderr(`not imported: ${line}\n`);
      await emit(io, `${JSON.stringify({ terms, burnAlerts: result.burnAlerts, lost: result.lost }, null, 2)}\n`, values.out);
      return 0;
    }
    case "export": {
      if (values.strict !== undefined) throw new OpensloUsageError("export does not take --strict");
      const format = values.format ?? "yaml";
      if (format !== "yaml" && format !== "json") throw new OpensloUsageError(`--format must be yaml or json, not "${format}"`);
      if (positionals.length !== 1) throw new OpensloUsageError("export takes one terms file");
      const [source] = await readSources(positionals);
      const input = parseJsonText(source?.text ?? "", positionals[0] ?? "");
      const { terms, burnAlerts } = termsOf(input);
      await emit(io, exportOpenSlo(terms, { format, burnAlerts }), values.out);
      return 0;
    }
    default:
      throw new OpensloUsageError(`unknown openslo command "${sub}"`);
  }
}

/**
 * Runs `kpi-kit openslo …` with the arguments after `openslo`, printing to `io`.
 *
 * @param args - The arguments after `openslo`.
 * @param io - Where to write standard output and standard error.
 * @returns The exit code: 0 done, 1 invalid input, 2 a usage mistake.
 */
export async function openslo(args: string[], io: CliIo): Promise<number> {
  try {
    return await runOpenslo(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kpi-kit openslo: ${error.message}\n`);
      return 2;
    }
    if (error instanceof OpensloUsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      io.stderr(`kpi-kit openslo: ${(error as Error).message}\n${OPENSLO_USAGE}\n`);
      return 2;
    }
    if (isKpiError(error)) {
      io.stderr(`kpi-kit: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
