/** The setting of DuckDB's own allocator that `report --engine duckdb` uses unless the user gave one. */
export const DUCKDB_ALLOCATOR_SETTING = "dirty_decay_ms:0,muzzy_decay_ms:0";

/**
 * Has DuckDB's allocator give freed memory back to the system at once, unless `env` already sets it (a user's own
 * `DUCKDB_JE_MALLOC_CONF` is kept).
 *
 * @remarks
 * DuckDB's native library brings its own jemalloc, which keeps the pages a query frees for about a second before it
 * returns them; one query's working memory then lies under the next one's, and the process's peak holds both.
 * jemalloc reads `DUCKDB_JE_MALLOC_CONF` once, when the library loads, so this runs before the driver is imported. At
 * a million records `report --engine duckdb` peaked at 372–386 MB with it and 459–517 MB without, in the same time
 * (docs/at-scale.md#memory-of-the-node-process).
 *
 * @param env - The environment to set it in (the process's own, or a child's).
 * @returns `env`.
 *
 * @example
 * ```ts
 * [useEagerDuckDbPurge({})["DUCKDB_JE_MALLOC_CONF"], useEagerDuckDbPurge({ DUCKDB_JE_MALLOC_CONF: "narenas:1" })["DUCKDB_JE_MALLOC_CONF"]];
 * //=> ["dirty_decay_ms:0,muzzy_decay_ms:0", "narenas:1"]
 * ```
 */
export function useEagerDuckDbPurge(env: Record<string, string | undefined>): Record<string, string | undefined> {
  env["DUCKDB_JE_MALLOC_CONF"] ??= DUCKDB_ALLOCATOR_SETTING;
  return env;
}
