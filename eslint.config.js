// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import jsdoc from "eslint-plugin-jsdoc";

export default tseslint.config(
  { ignores: ["dist/", "docs/api/", "coverage/", "out/", "node_modules/", "schema/", "test/.generated/", "bench/.generated/", "test/docs/.generated/", "test/docs/.typecheck/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-empty-object-type": "off",
      "no-restricted-syntax": [
        "error",
        { selector: "TSEnumDeclaration", message: "Use a string-literal union, not an enum (STYLE G3)." },
        { selector: "TSModuleDeclaration[kind='namespace']", message: "No namespaces (STYLE G11)." },
        { selector: "ExportDefaultDeclaration", message: "No default exports (STYLE G11)." },
      ],
    },
  },
  {
    // Every exported function and class in the library has a description and a runnable example (STYLE G7).
    files: ["src/**/*.ts"],
    // Internal boundary helpers (src/internal, and the zod helpers that moved to src/model/_lib) are exempt.
    ignores: ["src/internal/**", "src/cli/**", "src/model/_lib/parseWith.ts", "src/model/_lib/parseArrayOf.ts", "src/model/_lib/checkWorkspaceReferences.ts",
      // The section builders split out of buildReport: each needs a full report context, so they are tested through it.
      "src/report/_lib/compose*.ts", "src/report/_lib/reportRows.ts",
      // The steps split out of the aggregation engine: each works on the engine's scratch state of one call, so they
      // are tested through aggregateColumnsCore, aggregateRows and aggregateColumns (and their property tests).
      "src/aggregate/_lib/{engineColumns,scanColumns,countGroups,orderGroups,allocateColumns,scatterRuns,summarizeRuns,finalizeRuns}.ts"],
    plugins: { jsdoc },
    rules: {
      "jsdoc/require-jsdoc": ["error", { publicOnly: true, require: { FunctionDeclaration: true, ClassDeclaration: true } }],
      "jsdoc/require-description": ["error", { contexts: ["ExportNamedDeclaration > FunctionDeclaration", "ClassDeclaration"] }],
      "jsdoc/require-example": ["error", { contexts: ["ExportNamedDeclaration > FunctionDeclaration"] }],
    },
  },
  {
    files: ["**/*.mjs", "scripts/**", "bench/**", "examples/**"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly", performance: "readonly" },
    },
  },
  {
    files: ["*.config.ts", "eslint.config.js"],
    rules: { "no-restricted-syntax": "off" },
  },
);
