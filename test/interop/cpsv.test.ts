import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportCpsv, importCpsv } from "../../src/interop/index.js";
import type { ScopeNode } from "../../src/index.js";
import { Readable } from "node:stream";
import rdf from "@zazuko/env-node";
import SHACLValidator from "rdf-validate-shacl";
import jsonld from "jsonld";
import { CPSV_AP_CONTEXT, CPSV_AP_CONTEXT_URL } from "../../src/interop/cpsv/_lib/cpsvApContext.js";

const DATA = join(import.meta.dirname, "data", "cpsv-ap");
const example = JSON.parse(readFileSync(join(DATA, "example-rdf_public_service.jsonld"), "utf8")) as unknown;
const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", "catalogue.jsonld"), "utf8")) as unknown;
const CONTEXT_URL = "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld";
const workspace = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "examples", "workspace.json"), "utf8")) as { scopes: ScopeNode[] };

describe("importCpsv", () => {
  it("matches the documented example", async () => {
    const r = await importCpsv({
      "@context": "https://semiceu.github.io/uri.semic.eu-generated/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld",
      "@graph": [
        { "@id": "urn:x:org", "@type": "PublicOrganization", "PublicOrganization.preferredLabel": [{ "@language": "lv", "@value": "Dome" }] },
        { "@id": "urn:x:svc", "@type": "PublicService", "PublicService.identifier": "permits",
          "PublicService.name": [{ "@language": "en", "@value": "Permits" }], "PublicService.hasCompetentAuthority": ["urn:x:org"] },
      ],
    }, { parentId: "town" });
    expect([r.nodes.map((n) => `${n.kind} ${n.id} < ${n.parentId}`), r.issues.map((i) => `${i.id} ${i.property}`)])
      .toEqual([["institution org < town", "service permits < org"], ["urn:x:org http://purl.org/dc/terms/spatial", "urn:x:svc http://purl.org/dc/terms/description"]]);
  });

  it("imports the official example with the bundled context (no network)", async () => {
    const r = await importCpsv(example, { parentId: "be" });
    // By hand from the example: one organisation (names in fr, nl, en, de), one service "Tax-on-web" under it, one channel.
    expect(r.nodes).toEqual([
      { id: "publicOrganisation1", kind: "institution", name: { lv: "Federal Public Service FINANCE", en: "Federal Public Service FINANCE" }, parentId: "be" },
      { id: "Tax-on-web", kind: "service", name: { lv: "Tax-on-web", en: "Tax-on-web" }, parentId: "publicOrganisation1", resourceIds: ["cha-123"] },
      { id: "cha-123", kind: "resource", name: { lv: "cha-123", en: "cha-123" }, parentId: "publicOrganisation1" },
    ]);
    expect(r.otherNames["publicOrganisation1"]).toEqual({ fr: "Service Public Fédéral FINANCES", nl: "Federale Overheidsdiesnt FINANCIEN", de: "Foderaler Offentlicher Dienst FINANZEN" });
    expect(r.issues).toEqual([]);
  });

  it("refuses a document with no public service (not a catalogue) instead of returning no nodes", async () => {
    const workspaceJson = workspace as unknown;
    await expect(importCpsv(workspaceJson, { parentId: "p" })).rejects.toMatchObject({
      code: "invalid_input",
      message: "importCpsv: no public service (http://purl.org/vocab/cpsv#PublicService): it has no typed JSON-LD node (no CPSV-AP @context?); expected a CPSV-AP 3.2 catalogue",
    });
    const organisationOnly = { "@context": CONTEXT_URL, "@id": "urn:x:org", "@type": "PublicOrganization" };
    await expect(importCpsv(organisationOnly, { parentId: "p" })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("none of its 1 typed node(s) is one") });
    await expect(importCpsv([], { parentId: "p" })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("imports examples/catalogue.jsonld with every mandatory property present", async () => {
    const r = await importCpsv(catalogue, { parentId: "ezerkrasts" });
    expect(r.issues).toEqual([]);
    // One office, three services, two channels (examples/README.md).
    expect(r.nodes.map((n) => n.kind)).toEqual(["institution", "service", "service", "service", "resource", "resource"]);
  });

  it("refuses a context that is not bundled", async () => {
    await expect(importCpsv({ "@context": "https://example.org/ctx.jsonld", "@id": "urn:x" }, { parentId: "p" })).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("exportCpsv", () => {
  it("matches the documented example", () => {
    const doc = exportCpsv([
      { id: "org", kind: "institution", name: { lv: "Dome", en: "Council" }, parentId: "town" },
      { id: "permits", kind: "service", name: { lv: "Atļaujas", en: "Permits" }, parentId: "org" },
    ] as ScopeNode[]);
    expect(doc["@graph"].map((n) => n["@type"][0])).toEqual(["http://data.europa.eu/m8g/PublicOrganisation", "http://purl.org/vocab/cpsv#PublicService", "http://purl.org/dc/terms/Location"]);
  });

  it("exports the example municipality so that it re-imports to the same tree, with no mandatory property missing", async () => {
    const below = workspace.scopes.filter((n) => n.kind === "institution" || n.kind === "service" || n.kind === "resource");
    const r = await importCpsv(exportCpsv(workspace.scopes), { parentId: "ezerkrasts" });
    expect(r.issues).toEqual([]);
    const byId = (xs: readonly ScopeNode[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(r.nodes)).toEqual(byId(below));
  });

  it("re-imports an imported catalogue to the same tree", async () => {
    const first = await importCpsv(example, { parentId: "be" });
    const again = await importCpsv(exportCpsv(first.nodes), { parentId: "be" });
    expect(again.nodes).toEqual(first.nodes);
  });
});

describe("exportCpsv and the CPSV-AP SHACL shapes", () => {
  it("exports the example municipality as a catalogue that conforms to the bundled shapes (rdf-validate-shacl)", async () => {
    const shapes = await rdf.dataset().import(rdf.fromFile(join(DATA, "cpsv-ap-SHACL.ttl")));
    const nquads = (await jsonld.toRDF(exportCpsv(workspace.scopes) as never, { format: "application/n-quads" })) as unknown as string;
    const stream = rdf.formats.parsers.import("application/n-quads", Readable.from([nquads]));
    if (stream === null) throw new Error("no N-Quads parser");
    const data = await rdf.dataset().import(stream);
    const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
    expect(report.results.map((r) => `${r.focusNode?.value ?? "?"} ${r.path?.value ?? "?"}`)).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it("finds examples/catalogue.jsonld conforming to the bundled shapes", async () => {
    const shapes = await rdf.dataset().import(rdf.fromFile(join(DATA, "cpsv-ap-SHACL.ttl")));
    // The bundled context, never the network.
    const documentLoader = (url: string) => {
      if (url !== CPSV_AP_CONTEXT_URL) throw new Error(`not bundled: ${url}`);
      return Promise.resolve({ contextUrl: null, documentUrl: url, document: { "@context": CPSV_AP_CONTEXT } });
    };
    const nquads = (await jsonld.toRDF(catalogue as never, { format: "application/n-quads", documentLoader } as never)) as unknown as string;
    const stream = rdf.formats.parsers.import("application/n-quads", Readable.from([nquads]));
    if (stream === null) throw new Error("no N-Quads parser");
    const report = await new SHACLValidator(shapes, { factory: rdf }).validate(await rdf.dataset().import(stream));
    expect(report.results.map((r) => `${r.focusNode?.value ?? "?"} ${r.path?.value ?? "?"}`)).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it("finds a violation when a mandatory property is removed (the check can fail)", async () => {
    const shapes = await rdf.dataset().import(rdf.fromFile(join(DATA, "cpsv-ap-SHACL.ttl")));
    const doc = exportCpsv(workspace.scopes);
    const broken = { "@graph": doc["@graph"].map((n) => (n["@type"].includes("http://purl.org/vocab/cpsv#PublicService") ? { ...n, "http://purl.org/dc/terms/identifier": [] } : n)) };
    const nquads = (await jsonld.toRDF(broken as never, { format: "application/n-quads" })) as unknown as string;
    const stream = rdf.formats.parsers.import("application/n-quads", Readable.from([nquads]));
    if (stream === null) throw new Error("no N-Quads parser");
    const report = await new SHACLValidator(shapes, { factory: rdf }).validate(await rdf.dataset().import(stream));
    expect(report.conforms).toBe(false);
  });
});
