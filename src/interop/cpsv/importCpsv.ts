import { KpiError } from "../../errors.js";
import type { ScopeNode } from "../../model/scopeTree.js";
import { CPSV_AP_CONTEXT, CPSV_AP_CONTEXT_URL } from "./_lib/cpsvApContext.js";

const CV = "http://data.europa.eu/m8g/";
const DCT = "http://purl.org/dc/terms/";
/** IRIs of the classes and properties kpi-kit reads and writes. */
export const CPSV = {
  PublicService: "http://purl.org/vocab/cpsv#PublicService",
  PublicOrganisation: `${CV}PublicOrganisation`,
  Channel: `${CV}Channel`,
  LifeEvent: `${CV}LifeEvent`,
  BusinessEvent: `${CV}BusinessEvent`,
  Event: `${CV}Event`,
  hasCompetentAuthority: `${CV}hasCompetentAuthority`,
  hasChannel: `${CV}hasChannel`,
  isGroupedBy: `${CV}isGroupedBy`,
  identifier: `${DCT}identifier`,
  title: `${DCT}title`,
  description: `${DCT}description`,
  spatial: `${DCT}spatial`,
  prefLabel: "http://www.w3.org/2004/02/skos/core#prefLabel",
  lifecyclePhase: "https://kpi-kit.dev/ns#lifecyclePhase",
} as const;

/** Mandatory properties (SHACL `minCount 1`) of the CPSV-AP 3.2.0 shapes for the classes kpi-kit maps. */
export const CPSV_MANDATORY: Readonly<Record<string, readonly string[]>> = {
  [CPSV.PublicService]: [CPSV.identifier, CPSV.title, CPSV.description, CPSV.hasCompetentAuthority],
  [CPSV.PublicOrganisation]: [CPSV.prefLabel, CPSV.spatial],
  [CPSV.Channel]: [CPSV.identifier],
  [CPSV.LifeEvent]: [CPSV.identifier, CPSV.title],
  [CPSV.BusinessEvent]: [CPSV.identifier, CPSV.title],
  [CPSV.Event]: [CPSV.identifier, CPSV.title],
};

/** One problem found in a CPSV-AP catalogue. @category Interop */
export interface CpsvIssue {
  /** The `@id` of the node concerned. */
  readonly id: string;
  /** `missing_property` for a property the SHACL shapes make mandatory; `lost` for what kpi-kit cannot hold. */
  readonly kind: "missing_property" | "lost";
  /** The property's IRI, when one is concerned. */
  readonly property: string | null;
  readonly message: string;
}

/** Options for {@link importCpsv}. @category Interop */
export interface ImportCpsvOptions {
  /** The scope node (e.g. a municipality) under which the public organisations become institutions. */
  readonly parentId: string;
}

/** The result of {@link importCpsv}. @category Interop */
export interface CpsvImport {
  /** Institution, service and resource nodes in the shape of `ScopeNode` (parse them with the workspace). */
  readonly nodes: readonly ScopeNode[];
  /** Names in languages other than Latvian and English, by node id, then language. */
  readonly otherNames: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly issues: readonly CpsvIssue[];
}

type JsonLdNode = Record<string, unknown> & { "@id"?: string; "@type"?: string[] };

/** A document loader that serves the bundled CPSV-AP context and refuses every other address. */
function cpsvDocumentLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  if (url === CPSV_AP_CONTEXT_URL) return Promise.resolve({ contextUrl: null, documentUrl: url, document: { "@context": CPSV_AP_CONTEXT } });
  return Promise.reject(new KpiError("invalid_input", `importCpsv: the context ${url} is not bundled; kpi-kit does not load documents from the network`));
}

function values(node: JsonLdNode, property: string): Record<string, unknown>[] {
  const v = node[property];
  return Array.isArray(v) ? (v as Record<string, unknown>[]) : [];
}

function ids(node: JsonLdNode, property: string): string[] {
  return values(node, property).flatMap((v) => (typeof v["@id"] === "string" ? [v["@id"]] : []));
}

function texts(node: JsonLdNode, property: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values(node, property)) {
    if (typeof v["@value"] !== "string") continue;
    const lang = typeof v["@language"] === "string" ? v["@language"].toLowerCase() : "und";
    out[lang] ??= v["@value"];
  }
  return out;
}

function firstText(node: JsonLdNode, property: string): string | undefined {
  const v = values(node, property)[0]?.["@value"];
  return typeof v === "string" ? v : undefined;
}

/** The tail of an IRI (after the last `/`, `#` or `:`), used as a scope id when the node has no identifier. */
function tailOf(iri: string): string {
  return iri.split(/[/#:]/).filter((s) => s !== "").pop() ?? iri;
}

/**
 * Imports a CPSV-AP 3.2 catalogue (JSON-LD, compacted or expanded) into kpi-kit scope nodes.
 *
 * @remarks
 * Public organisations become institution nodes under `parentId`; public services become service nodes under their
 * competent authority; channels become resource nodes (under the service's authority) linked from the service's
 * `resourceIds`; life and business events (`isGroupedBy`) become life situations. Multilingual titles become
 * `{ lv, en }` names (one stands in for the other when missing; other languages are kept in `otherNames`). A
 * property that the CPSV-AP SHACL shapes make mandatory and that is missing is reported with the node's `@id`.
 * JSON-LD is processed with the `jsonld` package (an optional peer dependency, loaded when this runs) and a
 * document loader that serves the bundled CPSV-AP context and never the network. See docs/interop.md.
 *
 * @param catalogue - The parsed JSON-LD document.
 * @param options - See {@link ImportCpsvOptions}.
 * @returns The scope nodes, other-language names and issues.
 * @throws {@link KpiError} `invalid_input` when the document is not JSON-LD, refers to a context that is not bundled,
 * or holds no `PublicService` (not a public-service catalogue: e.g. JSON without the CPSV-AP context).
 *
 * @example
 * ```ts
 * const r = await importCpsv({
 *   "@context": "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld",
 *   "@graph": [
 *     { "@id": "urn:x:org", "@type": "PublicOrganization", "PublicOrganization.preferredLabel": [{ "@language": "lv", "@value": "Dome" }] },
 *     { "@id": "urn:x:svc", "@type": "PublicService", "PublicService.identifier": "permits",
 *       "PublicService.name": [{ "@language": "en", "@value": "Permits" }], "PublicService.hasCompetentAuthority": ["urn:x:org"] },
 *   ],
 * }, { parentId: "town" });
 * [r.nodes.map((n) => `${n.kind} ${n.id} < ${n.parentId}`), r.issues.map((i) => `${i.id} ${i.property}`)];
 * //=> [["institution org < town", "service permits < org"], ["urn:x:org http://purl.org/dc/terms/spatial", "urn:x:svc http://purl.org/dc/terms/description"]]
 * ```
 *
 * @category Interop
 */
export async function importCpsv(catalogue: unknown, options: ImportCpsvOptions): Promise<CpsvImport> {
  const jsonld = (await import("jsonld")).default;
  let flat: JsonLdNode[];
  try {
    const expanded = await jsonld.expand(catalogue as never, { documentLoader: cpsvDocumentLoader as never });
    const flattened = (await jsonld.flatten(expanded, null as never, { documentLoader: cpsvDocumentLoader as never })) as unknown;
    flat = (Array.isArray(flattened) ? flattened : ((flattened as { "@graph"?: unknown[] })["@graph"] ?? [])) as JsonLdNode[];
  } catch (error) {
    if (error instanceof KpiError) throw error;
    throw new KpiError("invalid_input", `importCpsv: not a JSON-LD document: ${(error as Error).message}`, { cause: error });
  }
  const issues: CpsvIssue[] = [];
  const otherNames: Record<string, Record<string, string>> = {};
  const byIri = new Map(flat.flatMap((n) => (typeof n["@id"] === "string" ? [[n["@id"], n] as const] : [])));
  const typed = (type: string) => flat.filter((n) => n["@type"]?.includes(type) === true);
  if (typed(CPSV.PublicService).length === 0) {
    // Not a public-service catalogue (another kind of JSON, or JSON-LD without the CPSV-AP context): refuse it rather
    // than return no scope nodes, which looks like success.
    const types = flat.filter((n) => (n["@type"]?.length ?? 0) > 0).length;
    const found = types === 0 ? "it has no typed JSON-LD node (no CPSV-AP @context?)" : `none of its ${types} typed node(s) is one`;
    throw new KpiError("invalid_input", `importCpsv: no public service (${CPSV.PublicService}): ${found}; expected a CPSV-AP 3.2 catalogue`);
  }
  for (const node of flat) {
    for (const type of node["@type"] ?? []) {
      for (const property of CPSV_MANDATORY[type] ?? []) {
        if (values(node, property).length === 0) {
          issues.push({ id: node["@id"] ?? "?", kind: "missing_property", property, message: `${tailOf(type)} ${node["@id"] ?? "?"} has no ${property}` });
        }
      }
    }
  }
  const nameOf = (node: JsonLdNode, scopeId: string, property: string) => {
    const t = texts(node, property);
    const { lv, en, ...rest } = t;
    const fallback = lv ?? en ?? Object.values(rest)[0] ?? scopeId;
    if (Object.keys(rest).length > 0) otherNames[scopeId] = rest;
    return { lv: lv ?? fallback, en: en ?? fallback };
  };
  const scopeIdOf = new Map<string, string>();
  const idOf = (node: JsonLdNode): string => {
    const iri = node["@id"] ?? "";
    let id = scopeIdOf.get(iri);
    if (id === undefined) {
      id = firstText(node, CPSV.identifier) ?? tailOf(iri);
      scopeIdOf.set(iri, id);
    }
    return id;
  };
  const nodes: ScopeNode[] = [];
  const phase = (node: JsonLdNode) => {
    const p = firstText(node, CPSV.lifecyclePhase);
    return p === undefined ? {} : { lifecyclePhase: p };
  };
  for (const org of typed(CPSV.PublicOrganisation)) {
    nodes.push({ id: idOf(org), kind: "institution", name: nameOf(org, idOf(org), CPSV.prefLabel), parentId: options.parentId } as unknown as ScopeNode);
  }
  const resources = new Map<string, ScopeNode>();
  for (const svc of typed(CPSV.PublicService)) {
    const id = idOf(svc);
    const authority = ids(svc, CPSV.hasCompetentAuthority)[0];
    const authorityNode = authority === undefined ? undefined : byIri.get(authority);
    if (authorityNode === undefined || authorityNode["@type"]?.includes(CPSV.PublicOrganisation) !== true) {
      issues.push({ id: svc["@id"] ?? "?", kind: "lost", property: CPSV.hasCompetentAuthority, message: `PublicService ${svc["@id"] ?? "?"}: its competent authority is not a PublicOrganisation in the catalogue; the service is placed under ${options.parentId}` });
    }
    const parentId = authorityNode === undefined ? options.parentId : idOf(authorityNode);
    const resourceIds: string[] = [];
    for (const channelIri of ids(svc, CPSV.hasChannel)) {
      const channel = byIri.get(channelIri) ?? { "@id": channelIri };
      const rid = idOf(channel);
      resourceIds.push(rid);
      if (!resources.has(rid)) {
        resources.set(rid, { id: rid, kind: "resource", name: nameOf(channel, rid, CPSV.title), parentId, ...phase(channel) } as unknown as ScopeNode);
      }
    }
    const lifeSituations = ids(svc, CPSV.isGroupedBy).map((iri) => {
      const event = byIri.get(iri) ?? { "@id": iri };
      const t = texts(event, CPSV.title);
      return t["lv"] ?? t["en"] ?? Object.values(t)[0] ?? firstText(event, CPSV.identifier) ?? tailOf(iri);
    });
    nodes.push({
      id,
      kind: "service",
      name: nameOf(svc, id, CPSV.title),
      parentId,
      ...phase(svc),
      ...(lifeSituations.length > 0 ? { lifeSituations } : {}),
      ...(resourceIds.length > 0 ? { resourceIds } : {}),
    } as unknown as ScopeNode);
  }
  nodes.push(...resources.values());
  return { nodes, otherNames, issues };
}
