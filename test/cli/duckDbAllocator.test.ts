import { afterEach, describe, expect, it } from "vitest";
import { DUCKDB_ALLOCATOR_SETTING, useEagerDuckDbPurge } from "../../src/cli/duckDbAllocator.js";
import { runCliText as cli } from "../cliCommand.js";

const KEY = "DUCKDB_JE_MALLOC_CONF";
const before = process.env[KEY];

afterEach(() => {
  if (before === undefined) delete process.env[KEY];
  else process.env[KEY] = before;
});

describe("useEagerDuckDbPurge", () => {
  it("matches the documented example", () => {
    expect([useEagerDuckDbPurge({})["DUCKDB_JE_MALLOC_CONF"], useEagerDuckDbPurge({ DUCKDB_JE_MALLOC_CONF: "narenas:1" })["DUCKDB_JE_MALLOC_CONF"]]).toEqual([
      "dirty_decay_ms:0,muzzy_decay_ms:0",
      "narenas:1",
    ]);
  });

  it("sets nothing else, and returns the environment it was given", () => {
    const env = { PATH: "/bin" };
    expect(useEagerDuckDbPurge(env)).toBe(env);
    expect(env).toEqual({ PATH: "/bin", DUCKDB_JE_MALLOC_CONF: DUCKDB_ALLOCATOR_SETTING });
  });

  it("is what report --engine duckdb sets before it opens DuckDB, and a user's own setting stays", { timeout: 60_000 }, async () => {
    const args = ["report", "examples/workspace.json", "--engine", "duckdb", "--measurements", "examples/measurements.ndjson", "--period", "2026-03",
      "--as-of", "2026-04-05T12:00:00+03:00", "--format", "json"];
    delete process.env[KEY];
    expect((await cli(...args)).code).toBe(0);
    expect(process.env[KEY]).toBe(DUCKDB_ALLOCATOR_SETTING);
    process.env[KEY] = "dirty_decay_ms:500";
    expect((await cli(...args)).code).toBe(0);
    expect(process.env[KEY]).toBe("dirty_decay_ms:500");
  });
});
