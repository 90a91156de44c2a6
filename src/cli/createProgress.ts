/** What the CLI shows on standard error about long work. */
export interface Progress {
  /** The reading of a file: records and bytes so far (called every few thousand records). */
  reading(path: string, records: number, bytes: number): void;
  /** A later stage starts (one line on a terminal). */
  stage(text: string): void;
  /** The work is done: with `verbose`, one summary line, on a terminal or not. */
  done(summary: string): void;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

function seconds(s: number): string {
  return s < 60 ? `${s.toFixed(s < 10 ? 1 : 0)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

/**
 * The CLI's progress display. On a terminal: a bar while a file is read (bytes and records, records per second, the
 * estimated time left when the file's size is known), then a line per later stage. Elsewhere (a pipe, a file, CI):
 * nothing but errors, and with `verbose` one summary line at the end.
 *
 * @param options - The stream (standard error), whether it is a terminal, the sizes of the files by path, the clock.
 * @returns The progress display.
 */
export function createProgress(options: {
  readonly write: (text: string) => void;
  readonly terminal: boolean;
  readonly verbose: boolean;
  readonly sizeOf: (path: string) => number | null;
  readonly now?: () => number;
}): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  // The reading of a file began when the previous step ended (the first progress call comes thousands of records in).
  let lastStep = started;
  let readStart = started;
  let readingPath: string | null = null;
  let lineOpen = false;
  let stageStart = started;
  let stageText: string | null = null;
  const endLine = (): void => {
    if (lineOpen) options.write("\n");
    lineOpen = false;
  };
  const closeStage = (): void => {
    if (stageText === null) return;
    if (options.terminal) options.write(`${stageText}: ${seconds((now() - stageStart) / 1000)}\n`);
    stageText = null;
    lastStep = now();
  };
  return {
    reading(path, records, bytes) {
      if (!options.terminal) return;
      if (readingPath !== path) {
        closeStage();
        readingPath = path;
        readStart = lastStep;
      }
      const elapsed = Math.max(1e-3, (now() - readStart) / 1000);
      const rate = records / elapsed;
      const size = options.sizeOf(path);
      let text = `reading ${path}: ${records.toLocaleString("en")} records, ${mb(bytes)}`;
      if (size !== null && size > 0) {
        const share = Math.min(1, bytes / size);
        const width = 20;
        const full = Math.round(share * width);
        const left = share > 0 ? (elapsed / share) * (1 - share) : 0;
        text = `reading ${path} [${"#".repeat(full)}${".".repeat(width - full)}] ${Math.floor(share * 100)} %  ${records.toLocaleString("en")} records  ${mb(bytes)} of ${mb(size)}  ${Math.round(rate).toLocaleString("en")} records/s  ${share < 1 ? `about ${seconds(left)} left` : ""}`;
      } else text += `  ${Math.round(rate).toLocaleString("en")} records/s`;
      options.write(`\r${text.trimEnd()}\u001b[K`);
      lineOpen = true;
    },
    stage(text) {
      endLine();
      closeStage();
      stageText = text;
      stageStart = now();
    },
    done(summary) {
      endLine();
      closeStage();
      if (options.verbose) options.write(`${summary} (${seconds((now() - started) / 1000)})\n`);
    },
  };
}
