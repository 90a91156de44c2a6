import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/errors.js";
import { nameInputFile } from "../../src/cli/nameInputFile.js";

describe("nameInputFile", () => {
  it("matches the documented example", () => {
    const error = new KpiError("invalid_input", "importCpsv: no public service");
    expect((nameInputFile(error, "c.jsonld") as KpiError).message).toBe("c.jsonld: importCpsv: no public service");
  });

  it("names the file once, keeps the code and path, and leaves other errors alone", () => {
    const error = new KpiError("unknown_reference", "t.json: terms.0.serviceId: is missing", { path: ["terms", 0, "serviceId"] });
    expect(nameInputFile(error, "t.json")).toBe(error);
    expect([error.message, error.code, error.path]).toEqual(["t.json: terms.0.serviceId: is missing", "unknown_reference", ["terms", 0, "serviceId"]]);
    const other = new Error("disk");
    expect(nameInputFile(other, "t.json")).toBe(other);
    expect(other.message).toBe("disk");
  });
});
