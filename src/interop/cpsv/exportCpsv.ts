import { requireArray } from "../../internal/requireArray.js";
import { requireObject } from "../../internal/requireObject.js";
import type { ScopeNode } from "../../model/scopeTree.js";
import { CPSV } from "./importCpsv.js";

/** Options for {@link exportCpsv}. @category Interop */
export interface ExportCpsvOptions {
  /**
   * The base of the `@id`s written (a node's id is appended).
   * @defaultValue "urn:kpi-kit:scope:"
   */
  readonly base?: string | undefined;
  /**
   * The `dct:spatial` of every public organisation (mandatory in CPSV-AP).
   * @defaultValue "http://publications.europa.eu/resource/authority/country/LVA"
   */
  readonly spatial?: string | undefined;
}

/** A CPSV-AP catalogue as written by {@link exportCpsv}: expanded JSON-LD nodes in a `@graph`. @category Interop */
export interface CpsvDocument {
  readonly "@graph": readonly (Record<string, unknown> & { readonly "@type": readonly string[] })[];
}

const lang = (name: { lv: string; en: string }) => [
  { "@language": "lv", "@value": name.lv },
  { "@language": "en", "@value": name.en },
];

/**
 * Exports a scope tree's institutions, services and resources to a CPSV-AP 3.2 catalogue in expanded JSON-LD.
 *
 * @remarks
 * Institutions become `PublicOrganisation`s, services `PublicService`s with their competent authority (the
 * institution above them), resources linked from a service become `Channel`s, life situations become `LifeEvent`s
 * (also typed `Event`, as the shapes ask) grouping the service; the spatial address is typed `dct:Location`. The
 * result validates against the CPSV-AP 3.2.0 SHACL shapes. Every mandatory property of the CPSV-AP SHACL shapes is written: a service's description is
 * its name (kpi-kit has no description), an organisation's `dct:spatial` is `options.spatial`. Nodes above the
 * institutions (national, sector, municipality) are not exported; the life-cycle phase travels in
 * `https://kpi-kit.dev/ns#lifecyclePhase`. See docs/interop.md.
 *
 * @param nodes - The scope nodes (e.g. `workspace.scopes`).
 * @param options - See {@link ExportCpsvOptions}.
 * @returns A JSON-LD document (`@graph` of expanded nodes).
 * @throws {@link KpiError} `invalid_argument` for missing or wrong-shaped arguments: `nodes` not an array (path
 * `["nodes"]`), a node not an object (path `["nodes", i]`), its `name` not an object (path `["nodes", i, "name"]`),
 * its `lifeSituations` or `resourceIds`, when given, not an array (path `["nodes", i, field]`), `options` not an
 * object (path `["options"]`).
 *
 * @example
 * ```ts
 * const doc = exportCpsv([
 *   { id: "org", kind: "institution", name: { lv: "Dome", en: "Council" }, parentId: "town" },
 *   { id: "permits", kind: "service", name: { lv: "Atļaujas", en: "Permits" }, parentId: "org" },
 * ]);
 * doc["@graph"].map((n) => n["@type"][0]);
 * //=> ["http://data.europa.eu/m8g/PublicOrganisation", "http://purl.org/vocab/cpsv#PublicService", "http://purl.org/dc/terms/Location"]
 * ```
 *
 * @category Interop
 */
export function exportCpsv(
  nodes: readonly ScopeNode[],
  options: ExportCpsvOptions = {},
): CpsvDocument {
  const where = "exportCpsv";
  requireArray(nodes, where, "nodes", ["nodes"]);
  nodes.forEach((n, i) => {
    requireObject(n, where, `nodes[${i}]`, ["nodes", i]);
    requireObject(n.name, where, `nodes[${i}].name`, ["nodes", i, "name"]);
    if (n.lifeSituations !== undefined) requireArray(n.lifeSituations, where, `nodes[${i}].lifeSituations`, ["nodes", i, "lifeSituations"]);
    if (n.resourceIds !== undefined) requireArray(n.resourceIds, where, `nodes[${i}].resourceIds`, ["nodes", i, "resourceIds"]);
  });
  requireObject(options, where, "options", ["options"]);
  const base = options.base ?? "urn:kpi-kit:scope:";
  const spatial = options.spatial ?? "http://publications.europa.eu/resource/authority/country/LVA";
  const iri = (id: string) => `${base}${encodeURIComponent(id)}`;
  const graph: (Record<string, unknown> & { "@type": string[] })[] = [];
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  const events = new Map<string, string>();
  const phase = (n: ScopeNode) => (n.lifecyclePhase === undefined ? {} : { [CPSV.lifecyclePhase]: [{ "@value": n.lifecyclePhase }] });
  for (const n of nodes) {
    if (n.kind === "institution") {
      graph.push({ "@id": iri(n.id), "@type": [CPSV.PublicOrganisation], [CPSV.prefLabel]: lang(n.name), [CPSV.spatial]: [{ "@id": spatial }] });
    }
  }
  const channels = new Set<string>();
  for (const n of nodes) {
    if (n.kind !== "service") continue;
    const situations = (n.lifeSituations ?? []).map((s) => {
      let id = events.get(s);
      if (id === undefined) {
        id = `urn:kpi-kit:life-event:${events.size + 1}`;
        events.set(s, id);
      }
      return { "@id": id };
    });
    const authority = n.parentId === null ? undefined : byId.get(n.parentId);
    for (const r of n.resourceIds ?? []) channels.add(r);
    graph.push({
      "@id": iri(n.id),
      "@type": [CPSV.PublicService],
      [CPSV.identifier]: [{ "@value": n.id }],
      [CPSV.title]: lang(n.name),
      [CPSV.description]: lang(n.name),
      [CPSV.hasCompetentAuthority]: authority === undefined ? [] : [{ "@id": iri(authority.id) }],
      ...(n.resourceIds === undefined ? {} : { [CPSV.hasChannel]: n.resourceIds.map((r) => ({ "@id": iri(r) })) }),
      ...(situations.length === 0 ? {} : { [CPSV.isGroupedBy]: situations }),
      ...phase(n),
    });
  }
  for (const id of channels) {
    const r = byId.get(id);
    graph.push({
      "@id": iri(id),
      "@type": [CPSV.Channel],
      [CPSV.identifier]: [{ "@value": id }],
      ...(r === undefined ? {} : { [CPSV.title]: lang(r.name), ...phase(r) }),
    });
  }
  for (const [title, id] of events) {
    graph.push({ "@id": id, "@type": [CPSV.LifeEvent, CPSV.Event], [CPSV.identifier]: [{ "@value": id.slice(id.lastIndexOf(":") + 1) }], [CPSV.title]: [{ "@language": "lv", "@value": title }] });
  }
  // The shapes require the value of dct:spatial to be a dct:Location.
  if (graph.some((n) => n["@type"].includes(CPSV.PublicOrganisation))) graph.push({ "@id": spatial, "@type": ["http://purl.org/dc/terms/Location"] });
  return { "@graph": graph };
}
