// The peak resident set size of this process, in bytes.
//
// On Linux it is read from /proc/self/status (VmHWM, the high-water mark of this program's own memory). Not from
// `process.resourceUsage().maxRSS`: getrusage carries the high-water mark across exec, so a child spawned by a
// parent holding 500 MB reports a peak of about 500 MB even when it never uses more than 40 MB. Every peak the
// benchmark reports is a child's, spawned by a runner that holds the generated data. Elsewhere, maxRSS.
import { createRequire } from "node:module";

/**
 * `peakRss` as CommonJS source: the one definition, for a `--require`d hook in a child that runs a program not ours
 * (the CLI), and compiled below for our own children.
 */
export const PEAK_RSS_SOURCE = `function peakRss() {
  try {
    const m = /VmHWM:\\s*(\\d+)\\s*kB/.exec(require("node:fs").readFileSync("/proc/self/status", "utf8"));
    if (m !== null) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}`;

/** This process's peak RSS in bytes (see the file's comment). */
export const peakRss = new Function("require", `${PEAK_RSS_SOURCE}\nreturn peakRss;`)(createRequire(import.meta.url)) as () => number;
