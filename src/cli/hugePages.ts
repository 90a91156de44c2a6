/// <reference types="node" />
// When the executable runs itself again with transparent huge pages for its large arrays (Linux, glibc's malloc).
import { readFileSync } from "node:fs";
import { asksHelpOrEngine, measurementsFile } from "./commandArgs.js";
import { fileSizeOf } from "./fileSizeOf.js";

/** The glibc tunable that makes malloc ask the kernel for transparent huge pages (`madvise`), glibc ≥ 2.35. */
export const HUGE_PAGES_TUNABLE = "glibc.malloc.hugetlb=1";

/** Measurement files from this size on are read in a process with huge pages (when the system offers them). */
export const HUGE_PAGES_MIN_BYTES = 256 * 1024 * 1024;

/** What {@link shouldUseHugePages} needs to know about the system; each is asked only when the answer matters. */
export interface HugePagesProbe {
  /** `process.platform`. */
  readonly platform: string;
  /** The environment (`KPIKIT_HUGE_PAGES`, `GLIBC_TUNABLES`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Node.js's own options for this process (`process.execArgv`): a debugger's `--inspect…` keeps the command here. */
  readonly execArgv: readonly string[];
  /** The contents of `/sys/kernel/mm/transparent_hugepage/enabled`, or `null` when it cannot be read. */
  readonly transparentHugePages: () => string | null;
  /** The C library's version when it is glibc (e.g. `"2.36"`), else `null` (musl, or unknown). */
  readonly glibcVersion: () => string | null;
  /** A file's size in bytes, or `null` when it cannot be read. */
  readonly fileSize: (path: string) => number | null;
}

/**
 * Whether the `kpi-kit` executable should run the command in a child process whose C library hands out transparent
 * huge pages (the glibc tunable {@link HUGE_PAGES_TUNABLE}). A large measurement file is held in typed arrays that
 * are written once, and on a virtual machine each 4 KiB page the process touches for the first time costs a page
 * fault of about 11 µs; with 2 MiB pages most of those faults go. Measured on the benchmark's 2-core VM at ten million
 * records, in pairs: `validate` from CSV 15.9–16.2 s instead of 16.6–18.6 s with about 200 000 fewer page faults; a
 * report as long as before, within the machine's noise; the same peak memory (docs/large-files.md). At a million
 * records (125–200 MB files) a report gains 0.03–0.19 s and `validate` nothing, against 0.11 s for the second
 * process, hence the threshold.
 *
 * Yes only when all hold: Linux; glibc 2.35 or later (earlier ones ignore the tunable); the kernel's transparent huge
 * pages in `madvise` mode (with `always` the process has them already, with `never` not at all); `report` or
 * `validate` reading a measurement file of at least 256 MiB in the process (not with `--engine`, whose database has
 * its own allocator); no debugger option (`--inspect…`) for Node.js; and `GLIBC_TUNABLES` not set — the child has it
 * set, so it never runs itself again, and tunables someone chose are left alone. `KPIKIT_HUGE_PAGES=0` turns this off;
 * `KPIKIT_HUGE_PAGES=1` asks for it on Linux whatever the file's size and the system.
 *
 * @param argv - The command's arguments (`process.argv.slice(2)`).
 * @param probe - The system, as {@link HugePagesProbe} asks about it.
 * @returns Whether to run the command again in a child process with the tunable.
 *
 * @example
 * ```ts
 * const probe = {
 *   platform: "linux",
 *   env: {},
 *   execArgv: [],
 *   transparentHugePages: () => "always [madvise] never\n",
 *   glibcVersion: () => "2.36",
 *   fileSize: () => 2_000_000_000,
 * };
 * [shouldUseHugePages(["report", "w.json", "--measurements", "m.csv"], probe),
 *  shouldUseHugePages(["report", "w.json", "--measurements", "m.csv"], { ...probe, fileSize: () => 5_000 })];
 * //=> [true, false]
 * ```
 */
export function shouldUseHugePages(argv: readonly string[], probe: HugePagesProbe): boolean {
  const setting = probe.env["KPIKIT_HUGE_PAGES"];
  if (setting === "0" || probe.platform !== "linux" || probe.env["GLIBC_TUNABLES"] !== undefined) return false;
  // A debugger attached to this process would not see the command run in another one.
  if (probe.execArgv.some((a) => a.startsWith("--inspect"))) return false;
  const command = argv[0];
  if (command !== "report" && command !== "validate") return false;
  if (asksHelpOrEngine(argv)) return false;
  if (setting === "1") return true;
  const file = measurementsFile(argv);
  if (file === null) return false;
  const size = probe.fileSize(file);
  if (size === null || size < HUGE_PAGES_MIN_BYTES) return false;
  if (!/\[madvise\]/.test(probe.transparentHugePages() ?? "")) return false;
  const version = /^(\d+)\.(\d+)/.exec(probe.glibcVersion() ?? "");
  return version !== null && Number(version[1]) * 1000 + Number(version[2]) >= 2035;
}

/**
 * The running system, for {@link shouldUseHugePages}: `process.platform` and `process.env`, the kernel's setting
 * from `/sys`, glibc's version from `process.report`, file sizes from `fileSizeOf`.
 *
 * @returns The probe.
 *
 * @example
 * ```ts
 * typeof systemHugePagesProbe().platform;
 * //=> "string"
 * ```
 */
export function systemHugePagesProbe(): HugePagesProbe {
  return {
    platform: process.platform,
    env: process.env,
    execArgv: process.execArgv,
    transparentHugePages: () => {
      try {
        return readFileSync("/sys/kernel/mm/transparent_hugepage/enabled", "utf8");
      } catch {
        return null;
      }
    },
    glibcVersion: () => {
      const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: unknown } } | undefined)?.header;
      return typeof header?.glibcVersionRuntime === "string" ? header.glibcVersionRuntime : null;
    },
    fileSize: fileSizeOf,
  };
}
