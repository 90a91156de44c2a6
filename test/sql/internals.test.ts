import { describe, expect, it } from "vitest";
import { sqlLiteral } from "../../src/sql/_lib/sqlLiteral.js";

describe("sqlLiteral", () => {
  it("matches the documented example", () => {
    expect(sqlLiteral("it's.csv")).toBe("'it''s.csv'");
  });
  it("doubles every quote, and leaves the rest as it is", () => {
    expect(sqlLiteral("''")).toBe("''''''");
    expect(sqlLiteral('a "b" \\ c')).toBe("'a \"b\" \\ c'");
  });
});
