import { defineConfig } from "tsup";

export default defineConfig([
  {
    // ESM unbundled, one file per module, so consumers can drop whole modules.
    entry: ["src/**/*.ts"],
    bundle: false,
    format: ["esm"],
    dts: { entry: { index: "src/index.ts", "report/index": "src/report/index.ts", "interop/index": "src/interop/index.ts" } },
    clean: true,
    sourcemap: true,
    target: "es2022",
  },
  {
    // The core entry point and kpi-kit/interop (yaml ships CJS too); kpi-kit/report stays ESM only.
    entry: ["src/index.ts", "src/interop/index.ts"],
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "es2022",
  },
]);
