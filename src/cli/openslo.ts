/// <reference types="node" />
// `kpi-kit openslo validate|import|export`: OpenSLO v1 files in and out. Returns the exit code: 0 done, 1 invalid
// input (the message names the file), 2 a usage mistake (an option, a missing file).
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { isKpiError, KpiError } from "../errors.js";
import { parseJsonText } from "./parseJsonText.js";
import { UsageError, toUsageError } from "./usageError.js";
import type { CliIo } from "./cliIo.js";
import { parseSlaTerms, SlaTermsSchema, type SlaTerms } from "../model/slaTerms.js";
import { parseWorkspace } from "../model/workspace.js";
import { parseWith } from "../model/_lib/parseWith.js";
import type { BurnAlertTier } from "../sla/evaluateBurnAlerts.js";
import { exportOpenSlo, formatOpenSloIssue, importOpenSlo, validateOpenSlo, type OpenSloSource } from "../interop/index.js";
import { printable } from "./printable.js";
import { nameInputFile } from "./nameInputFile.js";
import { isRecord } from "../internal/isRecord.js";

export const OPENSLO_USAGE = `Usage:
  kpi-kit openslo validate <file.yaml|.json>… [--strict]
                              check OpenSLO v1 documents; an unresolved reference is a warning (an error with
                              --strict); a file that holds no document is an error
  kpi-kit openslo import <file.yaml|.json>… [--out <terms.json>]
                              convert SLOs and burn-rate alert conditions to kpi-kit SLA terms; lists what is lost
  kpi-kit openslo export <terms.json|workspace.json> [--format yaml|json] [--out <file>]
                              write SLA terms as OpenSLO v1: the output of import, one set of terms or an array of
                              them, or a kpi-kit workspace's slaTerms (calendar windows in its calendar's time zone);
                              lists what is not exported`;

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

const decimal = z.union([z.number().positive(), z.string().regex(/^\d+(\.\d+)?$/, "must be a positive decimal")]);
/** A burn-rate rule as `openslo import` writes it (see BurnAlertTier). */
const BurnAlertTierSchema = z
  .object({
    name: z.string().min(1).optional(),
    severity: z.enum(["page", "ticket"]),
    longWindowMinutes: z.number().positive(),
    shortWindowMinutes: z.number().positive(),
    budgetPercent: decimal.optional(),
    threshold: decimal.optional(),
  })
  .strict()
  .refine((t) => (t.budgetPercent === undefined) !== (t.threshold === undefined), { message: "give exactly one of budgetPercent and threshold", path: ["threshold"] });

const TermsListSchema = z.array(SlaTermsSchema).min(1, "no SLA terms, nothing to export");
const EXPECTED = `expected the output of openslo import ({ "terms": [...] }), one set of SLA terms, an array of them, or a kpi-kit workspace`;

interface TermsToExport {
  readonly terms: readonly SlaTerms[];
  readonly burnAlerts: readonly BurnAlertTier[];
  /** The time zone of calendar windows, from a workspace's calendars. */
  readonly timeZone?: string | undefined;
  readonly warnings: readonly string[];
}

/** What `openslo export` reads from its file; errors carry the path in the file (`terms.0.objectives.0.slo`). */
function termsOf(input: unknown): TermsToExport {
  const where = "openslo export";
  if (isRecord(input) && !("terms" in input) && ["version", "calendars", "kpis", "scopes", "slaTerms"].some((key) => key in input)) {
    const workspace = parseWorkspace(input);
    if (workspace.slaTerms.length === 0) {
      throw new KpiError("invalid_input", `${where}: slaTerms: the workspace has no SLA terms, nothing to export`, { path: ["slaTerms"] });
    }
    const zoneOf = (t: SlaTerms) => {
      const id = t.calendarId ?? workspace.defaultCalendarId;
      return (workspace.calendars.find((c) => c.id === id) ?? workspace.calendars[0])?.timeZone;
    };
    const zones = [...new Set(workspace.slaTerms.map(zoneOf).filter((zone) => zone !== undefined))];
    const warnings = zones.length > 1 ? [`warning: the SLA terms use calendars in ${zones.length} time zones (${zones.join(", ")}); calendar windows are written with ${zones[0]}`] : [];
    return { terms: workspace.slaTerms, burnAlerts: [], timeZone: zones[0], warnings };
  }
  if (isRecord(input) && "terms" in input) {
    const parsed = parseWith(z.object({ terms: TermsListSchema, burnAlerts: z.array(BurnAlertTierSchema).optional() }), input, where);
    return { terms: parsed.terms, burnAlerts: parsed.burnAlerts ?? [], warnings: [] };
  }
  if (Array.isArray(input)) {
    if (input.length === 0) throw new KpiError("invalid_input", `${where}: no SLA terms, nothing to export`);
    return { terms: parseWith(TermsListSchema, input, where), burnAlerts: [], warnings: [] };
  }
  if (isRecord(input) && ("objectives" in input || "serviceId" in input)) {
    return { terms: [parseWith(SlaTermsSchema, input, where)], burnAlerts: [], warnings: [] };
  }
  throw new KpiError("invalid_input", `${where}: ${EXPECTED}${isRecord(input) ? "" : `, not ${input === null ? "null" : typeof input}`}`);
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
  if (sub === undefined || sub === "--help" || sub === "-h" || sub === "help" || values.help === true) {
    io.stdout(`${OPENSLO_USAGE}\n`);
    return sub === undefined ? 2 : 0;
  }
  switch (sub) {
    case "validate": {
      if (values.out !== undefined || values.format !== undefined) throw new OpensloUsageError("validate takes only --strict");
      const result = validateOpenSlo(await readSources(positionals), { strict: values.strict === true });
      for (const issue of result.issues) io.stderr(`${printable(formatOpenSloIssue(issue))}\n`);
      if (result.valid) io.stdout(`${result.documents.length} OpenSLO document(s): valid\n`);
      return result.valid ? 0 : 1;
    }
    case "import": {
      if (values.strict !== undefined || values.format !== undefined) throw new OpensloUsageError("import takes only --out");
      const result = importOpenSlo(await readSources(positionals));
      const terms = result.terms.map((t) => parseSlaTerms(t));
      for (const line of result.lost) io.stderr(`not imported: ${printable(line)}\n`);
      if (terms.length === 0 && result.burnAlerts.length === 0) {
        throw new KpiError("invalid_input", `${positionals.join(", ")}: openslo import: nothing to import: no SLO, and no burn-rate AlertCondition kpi-kit can read, among the documents`);
      }
      await emit(io, `${JSON.stringify({ terms, burnAlerts: result.burnAlerts, lost: result.lost }, null, 2)}\n`, values.out);
      return 0;
    }
    case "export": {
      if (values.strict !== undefined) throw new OpensloUsageError("export does not take --strict");
      const format = values.format ?? "yaml";
      if (format !== "yaml" && format !== "json") throw new OpensloUsageError(`--format must be yaml or json, not "${format}"`);
      if (positionals.length !== 1) throw new OpensloUsageError("export takes one file (SLA terms or a workspace)");
      const [source] = await readSources(positionals);
      const file = source?.file ?? "";
      const input = parseJsonText(source?.text ?? "", file);
      let toExport: TermsToExport;
      try {
        toExport = termsOf(input);
      } catch (error) {
        throw nameInputFile(error, file);
      }
      for (const warning of toExport.warnings) io.stderr(`${printable(`${file}: ${warning}`)}\n`);
      const result = exportOpenSlo(toExport.terms, { format, burnAlerts: toExport.burnAlerts, timeZone: toExport.timeZone });
      for (const line of result.lost) io.stderr(`not exported: ${printable(line)}\n`);
      await emit(io, result.text, values.out);
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
      io.stderr(`kpi-kit openslo: ${printable(error.message)}\n`);
      return 2;
    }
    if (error instanceof OpensloUsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS") === true) {
      io.stderr(`kpi-kit openslo: ${printable((error as Error).message)}\n${OPENSLO_USAGE}\n`);
      return 2;
    }
    if (isKpiError(error)) {
      io.stderr(`kpi-kit: ${printable(error.message)}\n`);
      return 1;
    }
    throw error;
  }
}
