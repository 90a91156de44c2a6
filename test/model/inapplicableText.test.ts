import { describe, expect, it } from "vitest";
import { inapplicableText } from "../../src/model/_lib/inapplicableText.js";

describe("inapplicableText", () => {
  it("matches the documented example", () => {
    expect([inapplicableText("backlog", ["service"], "dome", "institution"), inapplicableText("staff", ["resource", "institution", "sector"], "svc", "service")]).toEqual([
      'KPI "backlog" applies to service scope nodes only; "dome" is an institution scope node',
      'KPI "staff" applies to resource, institution and sector scope nodes only; "svc" is a service scope node',
    ]);
  });

  it("lists two kinds with 'and', and puts 'an' before a vowel", () => {
    expect(inapplicableText("k", ["service", "institution"], "x", "resource")).toBe('KPI "k" applies to service and institution scope nodes only; "x" is a resource scope node');
    expect(inapplicableText("k", ["service"], "lv", "national")).toBe('KPI "k" applies to service scope nodes only; "lv" is a national scope node');
  });
});
