/** A {@link LineIndex}'s contents: runs (`starts`, `firsts`), or one line per record (`starts` null). */
export interface LineIndexParts {
  readonly count: number;
  readonly starts: Int32Array | null;
  readonly firsts: Int32Array;
}

/**
 * The line each record of a file was read from, noted record by record, kept as runs of consecutive lines: a file of
 * one record per line is one run (two after a blank line or a record over several lines), so ten million records cost
 * a few bytes instead of 40 MB of line numbers touched one by one. When the runs would take more room than one number
 * per record (a JSON array written over many lines a record), it keeps one number per record instead. Internal to the
 * CLI.
 *
 * @example
 * ```ts
 * const lines = new LineIndex();
 * [2, 3, 4, 6, 7].forEach((line, i) => lines.note(i, line));
 * [lines.at(0), lines.at(2), lines.at(3), lines.at(4), lines.at(5), lines.runs];
 * //=> [2, 4, 6, 7, 0, 2]
 * ```
 */
export class LineIndex {
  /** The first record of each run, and its line. */
  private starts: Int32Array = new Int32Array(16);
  private firsts: Int32Array = new Int32Array(16);
  /** Runs in use (while `dense` is null). */
  runs = 0;
  /** One line per record, once the runs outgrow it. */
  private dense: Int32Array | null = null;
  /** Records noted. */
  private count = 0;

  /** Record `i` (the next one, or one noted before: it and those after it are noted again) is at `line`. */
  note(i: number, line: number): void {
    if (i < this.count) this.truncate(i);
    else if (i > this.count) throw new RangeError(`LineIndex: record ${i} noted before record ${this.count}`);
    if (this.dense !== null) {
      if (i === this.dense.length) this.dense = grow(this.dense, i + 1);
      this.dense[i] = line;
      this.count = i + 1;
      return;
    }
    const runs = this.runs;
    // In the last run when it is the line after the previous record's.
    if (runs > 0 && this.firsts[runs - 1]! + (i - this.starts[runs - 1]!) === line) {
      this.count = i + 1;
      return;
    }
    if (runs >= 1024 && 2 * runs >= i) {
      this.toDense(i);
      this.note(i, line);
      return;
    }
    if (runs === this.starts.length) {
      this.starts = grow(this.starts, runs + 1);
      this.firsts = grow(this.firsts, runs + 1);
    }
    this.starts[runs] = i;
    this.firsts[runs] = line;
    this.runs = runs + 1;
    this.count = i + 1;
  }

  /** Record `i`'s line, or 0 when it has not been noted. */
  at(i: number): number {
    if (!(i >= 0 && i < this.count)) return 0;
    if (this.dense !== null) return this.dense[i]!;
    // The last run starting at or before i.
    let lo = 0;
    let hi = this.runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.firsts[lo]! + (i - this.starts[lo]!);
  }

  /** Each record's line, for a message to another thread ({@link LineIndex.append}). */
  parts(): LineIndexParts {
    return this.dense !== null
      ? { count: this.count, starts: null, firsts: this.dense.slice(0, this.count) }
      : { count: this.count, starts: this.starts.slice(0, this.runs), firsts: this.firsts.slice(0, this.runs) };
  }

  /**
   * Notes the records of another index's {@link LineIndex.parts} after this one's: their record `i` as record
   * `this records + i`, at their line plus `lineOffset`.
   */
  append(parts: LineIndexParts, lineOffset: number): void {
    const base = this.count;
    if (parts.starts === null) {
      for (let i = 0; i < parts.count; i++) this.note(base + i, parts.firsts[i]! + lineOffset);
      return;
    }
    const runs = parts.starts.length;
    for (let r = 0; r < runs; r++) {
      const first = parts.starts[r]!;
      const last = (r + 1 < runs ? parts.starts[r + 1]! : parts.count) - 1;
      const line = parts.firsts[r]! + lineOffset;
      this.note(base + first, line);
      // The run's other records continue it: one at a time only in one number per record.
      if (this.dense === null) this.count = base + last + 1;
      else for (let i = first + 1; i <= last; i++) this.note(base + i, line + (i - first));
    }
  }

  // Forgets records i and after.
  private truncate(i: number): void {
    if (this.dense === null) while (this.runs > 0 && this.starts[this.runs - 1]! >= i) this.runs--;
    this.count = i;
  }

  // One line per record from now on, for the `n` records noted.
  private toDense(n: number): void {
    const dense = new Int32Array(Math.max(1024, 2 * n));
    for (let i = 0; i < n; i++) dense[i] = this.at(i);
    this.dense = dense;
    this.runs = 0;
    this.starts = new Int32Array(0);
    this.firsts = new Int32Array(0);
  }
}

function grow(array: Int32Array, least: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(least, 2 * array.length));
  grown.set(array);
  return grown;
}
