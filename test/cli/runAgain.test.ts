import { describe, expect, it } from "vitest";
import { HUGE_PAGES_TUNABLE } from "../../src/cli/hugePages.js";
import { INLINE_COMPILER_OPTION } from "../../src/cli/inlineCompiler.js";
import { RAN_AGAIN_ENV, runAgain } from "../../src/cli/runAgain.js";

// The child reports what it got through its exit code.
const exitWith = (test: string) => ["-e", `process.exit(${test} ? 3 : 4)`];
const hasOption = `process.execArgv.includes(${JSON.stringify(INLINE_COMPILER_OPTION)})`;
const hasTunable = `(process.env.GLIBC_TUNABLES ?? "").split(":").includes(${JSON.stringify(HUGE_PAGES_TUNABLE)})`;

describe("runAgain", () => {
  it("matches the documented example", async () => {
    expect(await runAgain(["-e", "process.exit(process.env.GLIBC_TUNABLES.endsWith('glibc.malloc.hugetlb=1') ? 3 : 4)"], { hugePages: true, nodeOptions: [] })).toBe(3);
  });

  it("resolves the child's exit code", async () => {
    expect(await runAgain(["-e", "process.exitCode = 0"], { hugePages: false, nodeOptions: [] })).toBe(0);
    expect(await runAgain(["-e", "process.exit(7)"], { hugePages: true, nodeOptions: [] })).toBe(7);
  });

  it("gives the child the tunable and the options asked for, and only those", async () => {
    expect(await runAgain(exitWith(hasTunable), { hugePages: true, nodeOptions: [] })).toBe(3);
    expect(await runAgain(exitWith(`!${hasTunable} && !${hasOption}`), { hugePages: false, nodeOptions: [] })).toBe(3);
    expect(await runAgain(exitWith(`${hasOption} && !${hasTunable}`), { hugePages: false, nodeOptions: [INLINE_COMPILER_OPTION] })).toBe(3);
    expect(await runAgain(exitWith(`${hasOption} && ${hasTunable}`), { hugePages: true, nodeOptions: [INLINE_COMPILER_OPTION] })).toBe(3);
  });

  it("marks the child as run again", async () => {
    expect(await runAgain(exitWith(`process.env.${RAN_AGAIN_ENV} === "1"`), { hugePages: false, nodeOptions: [] })).toBe(3);
    expect(process.env[RAN_AGAIN_ENV]).toBeUndefined();
  });

  it("keeps this process's own Node.js options before the new ones", async () => {
    // For `node -e code`, the child's execArgv ends with the -e and its code.
    const wanted = JSON.stringify([...process.execArgv, INLINE_COMPILER_OPTION]);
    const test = `JSON.stringify(process.execArgv.slice(0, ${process.execArgv.length + 1})) === ${JSON.stringify(wanted)}`;
    expect(await runAgain(exitWith(test), { hugePages: false, nodeOptions: [INLINE_COMPILER_OPTION] })).toBe(3);
    expect(await runAgain(exitWith(test), { hugePages: false, nodeOptions: [] })).toBe(4);
  });
});
