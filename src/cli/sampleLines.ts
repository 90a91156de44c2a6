/// <reference types="node" />
import { closeSync, openSync, readSync, statSync } from "node:fs";

/** The first MiB of a file and the line breaks in it: what the CLI estimates a file's lines from. */
export interface LineSample {
  /** The file's size in bytes. */
  readonly size: number;
  /** The first MiB (or the whole file when smaller). */
  readonly bytes: Buffer;
  /** The line breaks (LF) in `bytes`. */
  readonly breaks: number;
  /** Where the first line break is in `bytes`, or -1. */
  readonly firstBreak: number;
}

/**
 * Reads the first MiB of a file and counts its line breaks. Internal to the CLI: the measurement reader sizes its
 * columns from it, and a file read on two threads is planned from it.
 *
 * @param path - The file.
 * @returns The sample, or `null` when the file cannot be read (the reader then says why).
 *
 * @example
 * ```ts
 * writeFileSync("/tmp/s.ndjson", "a\nbb\nccc\n");
 * const s = sampleLines("/tmp/s.ndjson");
 * [s?.size, s?.breaks, s?.firstBreak];
 * //=> [9, 3, 1]
 * ```
 */
export function sampleLines(path: string): LineSample | null {
  try {
    const size = statSync(path).size;
    const fd = openSync(path, "r");
    try {
      const sample = Buffer.allocUnsafe(Math.min(1 << 20, size));
      const bytes = sample.subarray(0, readSync(fd, sample, 0, sample.length, 0));
      let breaks = 0;
      let firstBreak = -1;
      for (let i = bytes.indexOf(0x0a, 0); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
        if (firstBreak < 0) firstBreak = i;
        breaks++;
      }
      return { size, bytes, breaks, firstBreak };
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/**
 * About how many lines a file has, from its {@link sampleLines}: the line breaks in its first MiB scaled to its size,
 * 5 % more (so that a file of even lines fits); 0 when there is no sample or no line break in it.
 *
 * @param sample - The file's sample.
 * @returns The lines to expect.
 *
 * @example
 * ```ts
 * expectedLines({ size: 9, bytes: Buffer.from("a\nbb\nccc\n"), breaks: 3, firstBreak: 1 });
 * //=> 4
 * ```
 */
export function expectedLines(sample: LineSample | null): number {
  if (sample === null) return 0;
  const { size, bytes, breaks } = sample;
  if (bytes.length >= size) return breaks + 1;
  return breaks === 0 ? 0 : Math.ceil(((breaks * size) / bytes.length) * 1.05);
}
