import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/**/*.test.ts"] } },
      { test: { name: "prop", include: ["test/**/*.test-prop.ts"] } },
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
