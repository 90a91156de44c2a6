import { readdirSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as main from "../src/index.js";
import * as catalog from "../src/catalog/index.js";
import * as schemas from "../src/schemas/index.js";
import * as lv from "../src/lv/index.js";

// The shape of the public surface (docs: README "What is in the box"): the main entry holds the domain functions a
// user calls or reads, at most 120 runtime names; the catalogue, the zod schemas and the Latvian profile have their
// own subpaths, and no runtime name is exported by two entry points.
describe("entry points", () => {
  const names = (m: object): string[] => Object.keys(m).sort();

  it("keeps the main entry at 120 runtime names or fewer", () => {
    expect(names(main).length).toBeLessThanOrEqual(120);
  });

  it("exports no zod schema from the main entry, and only zod schemas from kpi-kit/schemas", () => {
    expect(names(main).filter((n) => n.endsWith("Schema"))).toEqual([]);
    expect(names(schemas).filter((n) => !n.endsWith("Schema"))).toEqual([]);
    for (const n of names(schemas)) expect(typeof (schemas as Record<string, { safeParse?: unknown }>)[n]?.safeParse, n).toBe("function");
  });

  it("puts the catalogue and the task card's presets on their subpaths", () => {
    expect(names(catalog)).toEqual(expect.arrayContaining(["kpiCatalog", "catalogKpis", "findCatalogKpi", "satisfactionKpis"]));
    expect(names(lv)).toEqual(["PU2_23_RESPONSIBILITY_MATRIX", "STANDARD_ROLES", "easterSunday", "latvianPublicHolidays"]);
  });

  it("exports each runtime name from one entry point only", () => {
    const all = [...names(main), ...names(catalog), ...names(schemas), ...names(lv)];
    expect(all.filter((n, i) => all.indexOf(n) !== i)).toEqual([]);
  });
});

// Internals live where the tree shows it: src/<folder>/_lib/ (and src/internal/). No entry point exports from there,
// and no internal file carries a public typedoc @category.
describe("internal modules", () => {
  const root = fileURLToPath(new URL("../src/", import.meta.url));
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  const isInternal = (f: string): boolean => /(^|\/)(_lib|internal)\//.test(f.replaceAll("\\", "/"));

  it("are not exported by any entry point", () => {
    const entries = files.filter((f) => /^(index|[a-z]+\/index)\.ts$/.test(f.replaceAll("\\", "/")));
    expect(entries).toEqual(expect.arrayContaining(["index.ts", "catalog/index.ts", "report/index.ts"]));
    for (const entry of entries) {
      const text = readFileSync(`${root}${entry}`, "utf8");
      expect(text.match(/from "[^"]*\/(_lib|internal)\/[^"]*"/g) ?? [], entry).toEqual([]);
    }
  });

  it("carry no public @category", () => {
    expect(files.filter((f) => isInternal(f) && readFileSync(`${root}${f}`, "utf8").includes("@category"))).toEqual([]);
  });

  it("leave every other source file public: exported by an entry point (the CLI aside)", () => {
    const entries = files.filter((f) => /^(index|[a-z]+\/index)\.ts$/.test(f.replaceAll("\\", "/")));
    const exported = new Set<string>();
    for (const entry of entries) {
      for (const m of readFileSync(`${root}${entry}`, "utf8").matchAll(/from "(\.{1,2}\/[^"]*)\.js"/g)) {
        exported.add(posix.join(posix.dirname(entry.replaceAll("\\", "/")), `${m[1]!}.ts`));
      }
    }
    const unreachable = files
      .map((f) => f.replaceAll("\\", "/"))
      .filter((f) => !isInternal(f) && !f.startsWith("cli/") && !/(^|\/)index\.ts$/.test(f) && f !== "errors.ts")
      .filter((f) => !exported.has(f));
    expect(unreachable).toEqual([]);
  });

  it("in src/internal/ import nothing from src/model/ (model uses internal, so the other way would be a folder loop)", () => {
    const loops = files
      .map((f) => f.replaceAll("\\", "/"))
      .filter((f) => f.startsWith("internal/") && /from "\.\.\/model\//.test(readFileSync(`${root}${f}`, "utf8")));
    expect(loops).toEqual([]);
  });

  it("form no import loop between files, type-only imports included", () => {
    // Each file's relative imports; a search from each file reports every file that can reach itself.
    const graph = new Map<string, string[]>();
    for (const f of files.map((x) => x.replaceAll("\\", "/"))) {
      const text = readFileSync(`${root}${f}`, "utf8");
      const deps = [...text.matchAll(/(?:import|export)\s[^;]*?from "(\.{1,2}\/[^"]*)\.js"/g)].map((m) =>
        posix.normalize(posix.join(posix.dirname(f), `${m[1]!}.ts`)),
      );
      graph.set(f, deps);
    }
    const reachesItself = (start: string): boolean => {
      const seen = new Set<string>();
      const stack = [...(graph.get(start) ?? [])];
      while (stack.length > 0) {
        const f = stack.pop()!;
        if (f === start) return true;
        if (seen.has(f)) continue;
        seen.add(f);
        stack.push(...(graph.get(f) ?? []));
      }
      return false;
    };
    expect([...graph.keys()].filter(reachesItself)).toEqual([]);
  });
});
