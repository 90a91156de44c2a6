import { describe, expectTypeOf, it } from "vitest";
import { buildScorecard } from "../../src/score/buildScorecard.js";
import type { RagStatus } from "../../src/score/ragStatus.js";
import type { Target } from "../../src/model/target.js";
import type { ScopeTree } from "../../src/model/scopeTree.js";
import type { KpiDefinition } from "../../src/model/kpiDefinition.js";

describe("buildScorecard", () => {
  it("accepts model types and keeps the caller's target type on the rows", () => {
    const card = buildScorecard(
      {},
      { scopeId: "lv", period: { start: 0, end: 1 }, kpis: [] as KpiDefinition[], targets: [] as Target[] },
      { scopeNodes: [] as unknown as ScopeTree },
    );
    expectTypeOf(card.rows[0]!.target).toEqualTypeOf<Target | null>();
    expectTypeOf(card.rows[0]!.status).toEqualTypeOf<RagStatus>();
  });

  it("refuses a target whose kind is not a target kind", () => {
    buildScorecard(
      {},
      {
        scopeId: "lv",
        period: { start: 0, end: 1 },
        kpis: [],
        // @ts-expect-error — "exactly" is not a kind
        targets: [{ kpiId: "k", scopeId: "lv", validFrom: "2026-01-01", kind: "exactly", value: 1 }],
      },
    );
  });
});
