import { parseAllDocuments } from "yaml";
import { KpiError, type KpiErrorCode } from "../../errors.js";
import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import { OpenSloDocumentSchema, type OpenSloDocument } from "./openSloSchemas.js";

/** One OpenSLO source text and the name it is reported under. @category Interop */
export interface OpenSloSource {
  /** The file name used in issues. */
  readonly file: string;
  /** YAML (one or many documents, each an object or a list of objects) or JSON. */
  readonly text: string;
}

/** One problem found in an OpenSLO source. @category Interop */
export interface OpenSloIssue {
  /** `error` makes the input invalid; a `warning` (an unresolved reference without `strict`) does not. */
  readonly severity: "error" | "warning";
  /** The error code, from the closed {@link KpiErrorCode} set. */
  readonly code: KpiErrorCode;
  readonly file: string;
  /** The object's place in the file: the YAML document's index, then the index within a list (`"0"`, `"1.2"`). */
  readonly documentIndex: string;
  /** The object's `kind`, when it has one. */
  readonly kind: string | null;
  /** The object's `metadata.name`, when it has one. */
  readonly name: string | null;
  /** Where in the object, as a zod issue path. */
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** One valid OpenSLO document and where it came from. @category Interop */
export interface LocatedOpenSloDocument {
  readonly file: string;
  readonly documentIndex: string;
  readonly document: OpenSloDocument;
}

/** Options for {@link validateOpenSlo}. @category Interop */
export interface ValidateOpenSloOptions {
  /**
   * Treat a reference to an object that is not among the sources as an error instead of a warning.
   * @defaultValue false
   */
  readonly strict?: boolean | undefined;
}

/** The result of {@link validateOpenSlo}. @category Interop */
export interface OpenSloValidation {
  /** `true` when no issue is an error. */
  readonly valid: boolean;
  /** The documents that passed their schema, in input order. */
  readonly documents: readonly LocatedOpenSloDocument[];
  readonly issues: readonly OpenSloIssue[];
}

function textOf(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function objectsOf(source: OpenSloSource, issues: OpenSloIssue[]): { documentIndex: string; value: unknown }[] {
  const out: { documentIndex: string; value: unknown }[] = [];
  const add = (index: string, value: unknown): void => {
    if (Array.isArray(value)) value.forEach((v, j) => out.push({ documentIndex: `${index}.${j}`, value: v }));
    else if (value !== null && value !== undefined) out.push({ documentIndex: index, value });
  };
  const trimmed = source.text.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      add("0", JSON.parse(source.text));
      return out;
    } catch {
      // Not JSON after all: YAML is a superset, so let the YAML parser report the error with its line.
    }
  }
  parseAllDocuments(source.text).forEach((doc, i) => {
    if ("errors" in doc && doc.errors.length > 0) {
      const e = doc.errors[0];
      issues.push({
        severity: "error", code: "invalid_input", file: source.file, documentIndex: String(i), kind: null, name: null, path: [],
        message: `YAML: ${e?.message ?? "syntax error"}`,
      });
      return;
    }
    add(String(i), doc.toJS({ maxAliasCount: 100 }));
  });
  return out;
}

interface Reference {
  readonly kind: string;
  readonly name: string;
  readonly path: readonly PropertyKey[];
}

interface PolicySpec {
  readonly conditions: readonly unknown[];
  readonly notificationTargets: readonly unknown[];
}

function referencesOf(d: OpenSloDocument): Reference[] {
  const refs: Reference[] = [];
  const metric = (m: unknown, path: PropertyKey[]): void => {
    const ref = (m as { metricSource?: { metricSourceRef?: unknown } } | undefined)?.metricSource?.metricSourceRef;
    if (typeof ref === "string") refs.push({ kind: "DataSource", name: ref, path: [...path, "metricSource", "metricSourceRef"] });
  };
  const sli = (spec: { thresholdMetric?: unknown; ratioMetric?: Record<string, unknown> | undefined }, path: PropertyKey[]): void => {
    metric(spec.thresholdMetric, [...path, "thresholdMetric"]);
    for (const key of ["good", "bad", "total", "raw"]) metric(spec.ratioMetric?.[key], [...path, "ratioMetric", key]);
  };
  const policy = (spec: PolicySpec, path: PropertyKey[]): void => {
    spec.conditions.forEach((c, i) => {
      const ref = (c as { conditionRef?: unknown }).conditionRef;
      if (typeof ref === "string") refs.push({ kind: "AlertCondition", name: ref, path: [...path, "conditions", i, "conditionRef"] });
    });
    spec.notificationTargets.forEach((t, i) => {
      const ref = (t as { targetRef?: unknown }).targetRef;
      if (typeof ref === "string") refs.push({ kind: "AlertNotificationTarget", name: ref, path: [...path, "notificationTargets", i, "targetRef"] });
    });
  };
  switch (d.kind) {
    case "SLO":
      refs.push({ kind: "Service", name: d.spec.service, path: ["spec", "service"] });
      if (d.spec.indicatorRef !== undefined) refs.push({ kind: "SLI", name: d.spec.indicatorRef, path: ["spec", "indicatorRef"] });
      if (d.spec.indicator !== undefined) sli(d.spec.indicator.spec, ["spec", "indicator", "spec"]);
      d.spec.objectives.forEach((o, i) => {
        if (o.indicatorRef !== undefined) refs.push({ kind: "SLI", name: o.indicatorRef, path: ["spec", "objectives", i, "indicatorRef"] });
        if (o.indicator !== undefined) sli(o.indicator.spec, ["spec", "objectives", i, "indicator", "spec"]);
      });
      (d.spec.alertPolicies ?? []).forEach((p, i) => {
        if (p.kind === "AlertPolicy") policy(p.spec as PolicySpec, ["spec", "alertPolicies", i, "spec"]);
        else if (typeof p.alertPolicyRef === "string") {
          refs.push({ kind: "AlertPolicy", name: p.alertPolicyRef, path: ["spec", "alertPolicies", i, "alertPolicyRef"] });
        }
      });
      break;
    case "SLI":
      sli(d.spec, ["spec"]);
      break;
    case "AlertPolicy":
      policy(d.spec, ["spec"]);
      break;
    case "Service":
    case "DataSource":
    case "AlertCondition":
    case "AlertNotificationTarget":
      break;
  }
  return refs;
}

/**
 * Parses and validates OpenSLO v1 sources (YAML multi-document streams, lists of objects, or JSON) against the
 * schemas of the seven kinds, and resolves the references between them.
 *
 * @remarks
 * Each issue names the file, the document index, the object's kind and name, and the path in it. A reference to an
 * object that is not among the sources is a warning (the official examples refer to objects defined elsewhere), or
 * an error with `strict`. Two objects of one kind with one name are a `duplicate_id` error. A source that holds no
 * object at all (an empty text, or only comments, nulls or empty lists) is an `invalid_input` error at document `"0"`.
 *
 * @param sources - The texts to check, each with its file name.
 * @param options - See {@link ValidateOpenSloOptions}.
 * @returns The valid documents and every issue; never throws for bad OpenSLO text.
 * @throws {@link KpiError} `invalid_argument` for missing or wrong-shaped arguments: `sources` not an array (path
 * `["sources"]`), a source not an object (path `["sources", i]`) or its `file` or `text` not a string (path
 * `["sources", i, "file" | "text"]`), `options` not an object (path `["options"]`).
 *
 * @example
 * ```ts
 * const r = validateOpenSlo([{ file: "svc.yaml", text: "apiVersion: openslo/v1\nkind: Service\nmetadata:\n  name: Web_Shop\nspec: {}\n" }]);
 * [r.valid, r.issues[0]?.kind, r.issues[0]?.name, r.issues[0]?.path];
 * //=> [false, "Service", "Web_Shop", ["metadata", "name"]]
 * ```
 *
 * @category Interop
 */
export function validateOpenSlo(sources: readonly OpenSloSource[], options: ValidateOpenSloOptions = {}): OpenSloValidation {
  requireArray(sources, "validateOpenSlo", "sources", ["sources"]);
  sources.forEach((source, i) => {
    requireObject(source, "validateOpenSlo", `sources[${i}]`, ["sources", i]);
    const bad = typeof source.file !== "string" ? "file" : typeof source.text !== "string" ? "text" : null;
    if (bad !== null) throw new KpiError("invalid_argument", `validateOpenSlo: sources[${i}].${bad} must be a string`, { path: ["sources", i, bad] });
  });
  requireObject(options, "validateOpenSlo", "options", ["options"]);
  const strict = options.strict ?? false;
  const issues: OpenSloIssue[] = [];
  const documents: LocatedOpenSloDocument[] = [];
  for (const source of sources) {
    const before = issues.length;
    const objects = objectsOf(source, issues);
    if (objects.length === 0 && issues.length === before) {
      // An empty file, or one of comments, nulls or empty lists: almost certainly the wrong file, never "valid".
      issues.push({
        severity: "error", code: "invalid_input", file: source.file, documentIndex: "0", kind: null, name: null, path: [],
        message: `${source.text.trim() === "" ? "the file is empty" : "the file holds no object (only an empty list, null or comments)"}; expected OpenSLO v1 documents (objects with apiVersion: openslo/v1 and a kind)`,
      });
    }
    for (const { documentIndex, value } of objects) {
      const raw = value as { kind?: unknown; metadata?: { name?: unknown } } | null;
      const kind = textOf(raw?.kind);
      const name = textOf(raw?.metadata?.name);
      const result = OpenSloDocumentSchema.safeParse(value);
      if (result.success) {
        documents.push({ file: source.file, documentIndex, document: result.data });
        continue;
      }
      for (const issue of result.error.issues) {
        const params = (issue as { params?: { code?: unknown } }).params;
        const code = typeof params?.code === "string" ? (params.code as KpiErrorCode) : "invalid_input";
        issues.push({ severity: "error", code, file: source.file, documentIndex, kind, name, path: issue.path, message: issue.message });
      }
    }
  }
  const seen = new Map<string, LocatedOpenSloDocument>();
  for (const located of documents) {
    const key = `${located.document.kind}/${located.document.metadata.name}`;
    if (seen.has(key)) {
      issues.push({
        severity: "error", code: "duplicate_id", file: located.file, documentIndex: located.documentIndex, kind: located.document.kind,
        name: located.document.metadata.name, path: ["metadata", "name"], message: `${key} is defined twice`,
      });
    }
    seen.set(key, located);
  }
  for (const located of documents) {
    for (const ref of referencesOf(located.document)) {
      if (seen.has(`${ref.kind}/${ref.name}`)) continue;
      issues.push({
        severity: strict ? "error" : "warning", code: "unknown_reference", file: located.file, documentIndex: located.documentIndex,
        kind: located.document.kind, name: located.document.metadata.name, path: ref.path,
        message: `${ref.kind} "${ref.name}" is not among the documents given`,
      });
    }
  }
  return { valid: !issues.some((i) => i.severity === "error"), documents, issues };
}

/**
 * Formats one issue as `file#document kind/name path: message`, the form the CLI prints.
 *
 * @param issue - An issue from {@link validateOpenSlo}.
 * @returns One line of text.
 * @throws {@link KpiError} `invalid_argument` when `issue` is not an object (path `[]`) or its `path` is not an array
 * (path `["path"]`).
 *
 * @example
 * ```ts
 * formatOpenSloIssue({ severity: "error", code: "invalid_input", file: "a.yaml", documentIndex: "1", kind: "SLO", name: "x", path: ["spec", "budgetingMethod"], message: "bad" });
 * //=> "a.yaml#1 SLO/x spec.budgetingMethod: error invalid_input: bad"
 * ```
 *
 * @category Interop
 */
export function formatOpenSloIssue(issue: OpenSloIssue): string {
  requireObject(issue, "formatOpenSloIssue", "issue");
  requireArray(issue.path, "formatOpenSloIssue", "issue.path", ["path"]);
  const object = issue.kind === null && issue.name === null ? "" : ` ${issue.kind ?? "?"}/${issue.name ?? "?"}`;
  const where = `${issue.file}#${issue.documentIndex}${object}`;
  const path = issue.path.map(String).join(".");
  return `${where}${path === "" ? "" : ` ${path}`}: ${issue.severity} ${issue.code}: ${issue.message}`;
}
