import { describe, expect, it, vi } from "vitest";
import { processIo } from "../../src/cli/cliIo.js";

describe("processIo", () => {
  it("matches the documented example", () => {
    const io = processIo();
    expect(io.stderrIsTerminal === (process.stderr.isTTY === true)).toBe(true);
  });

  it("writes to the process's standard output and standard error", () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const io = processIo();
      io.stdout("to stdout");
      io.stderr("to stderr");
      expect(out.mock.calls).toEqual([["to stdout"]]);
      expect(err.mock.calls).toEqual([["to stderr"]]);
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
