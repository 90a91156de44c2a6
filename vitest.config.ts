import { defineConfig } from "vitest/config";

// The library's functions are pure; its module state is the aggregation engine's pool of scratch buffers
// (src/aggregate/_lib/scratchArray.ts), which holds no results between calls (each call writes before it reads), and
// two memos of pure functions (a zone's offset at an instant, Latvia's public holidays of a year), so nothing a test
// could leak into another. Test files therefore share one module graph per worker
// (`isolate: false`): importing zod, vega and the sources once instead of once per file keeps the suite fast.
export default defineConfig({
  test: {
    // A PostgreSQL server for the kpi-kit/sql tests (test/setup/postgres.ts); the CLI bundled for the tests that run it
    // (test/setup/cli.ts).
    globalSetup: ["test/setup/postgres.ts", "test/setup/cli.ts"],
    maxWorkers: 2,
    projects: [
      { test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/sql/**"], isolate: false, pool: "threads" } },
      { test: { name: "prop", include: ["test/**/*.test-prop.ts"], exclude: ["test/sql/**"], isolate: false, pool: "threads" } },
      // The real database engines, in child processes (chdb's engine lives in the process): each file opens its own
      // sessions and closes them, so files share a process and its imports (DuckDB, pg, chdb, the sources).
      { test: { name: "sql", include: ["test/sql/**/*.test.ts", "test/sql/**/*.test-prop.ts"], pool: "forks", isolate: false } },
      {
        test: {
          name: "types",
          include: ["test/**/*.test-d.ts"],
          typecheck: { enabled: true, only: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
        },
      },
    ],
  },
});
