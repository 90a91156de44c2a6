import { defineConfig } from "vitest/config";

// The library is pure (no module state that a test could leak), so test files share one module graph per worker
// (`isolate: false`): importing zod, vega and the sources once instead of once per file keeps the suite fast.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/**/*.test.ts"], isolate: false, pool: "threads" } },
      { test: { name: "prop", include: ["test/**/*.test-prop.ts"], isolate: false, pool: "threads" } },
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
