import { KpiError } from "../errors.js";

/** One CSV record: its cells and the line it starts on (1-based). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

/** An RFC 4180 parser fed text piece by piece: see {@link createCsvParser}. */
export interface CsvParser {
  /** Reads the next piece of text; each record it completes goes to the parser's `onRecord`. */
  push(text: string): void;
  /** Ends the input: the last record, if the text did not end with a line break. */
  finish(): void;
  /** Whether the text so far ends at a record's end (no field, quote or CR pending). */
  atRecordStart(): boolean;
  /** The line of the next character (1-based). */
  line(): number;
  /** Counts a line read elsewhere (only {@link CsvParser.atRecordStart}): the next record starts a line later. */
  skipLine(): void;
}

// Parser states: at the start of a field, inside an unquoted field, inside a quoted one, just after a quote in one.
const State = { FieldStart: 0, Unquoted: 1, Quoted: 2, QuoteSeen: 3 } as const;

const UNQUOTED_STOP = /[,"\r\n]/g;
const QUOTED_STOP = /["\r\n]/g;

/**
 * An RFC 4180 CSV parser that reads text in pieces (any split, even inside a CRLF or a quoted field) in one pass:
 * each character is looked at once, so any input, well-formed or not, takes linear time. A field is quoted only from
 * its first character; `""` inside a quoted field is one quote; a quoted field may span lines; CRLF, LF and a lone CR
 * end a record; a leading byte-order mark is skipped. Each record goes to `onRecord` with the line it starts on.
 * Internal to the CLI: {@link readCsvRecords} reads a stream with it, and the measurement reader feeds it the lines
 * it does not read from their bytes.
 *
 * @param path - The file's name, for error messages.
 * @param onRecord - Called with each record's cells and line.
 * @param continued - The text continues a file from the start of a line (a part of it read on its own): a byte-order
 * mark is not skipped, and lines are counted from 1 at the part's start.
 * @returns The parser.
 * @throws {@link KpiError} `invalid_input` (path `[line]`), from `push` or `finish`, for a quote inside an unquoted
 * field, a character after a closing quote, or a quoted field that is never closed; the message names the file and
 * the record's line.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const parser = createCsvParser("f.csv", (cells, line) => out.push(`${line}: ${cells.join("|")}`));
 * parser.push('a,"b\n');
 * parser.push('c"\nd,e');
 * parser.finish();
 * out;
 * //=> ["1: a|b\nc", "3: d|e"]
 * ```
 */
export function createCsvParser(path: string, onRecord: (cells: string[], line: number) => void, continued = false): CsvParser {
  let state: number = State.FieldStart;
  let line = 1; // the line of the character being read
  let recordLine = 1;
  let quoteLine = 1;
  let prevCr = false;
  let first = !continued;
  let field = "";
  let cells: string[] = [];
  const fail = (what: string): never => {
    throw new KpiError("invalid_input", `${path}:${recordLine}: malformed CSV line: ${what}`, { path: [recordLine] });
  };
  const endRecord = (): void => {
    cells.push(field);
    const done = cells;
    const at = recordLine;
    cells = [];
    field = "";
    state = State.FieldStart;
    recordLine = line + 1;
    onRecord(done, at);
  };
  return {
    push(piece: string): void {
      let text = piece;
      if (first && text !== "") {
        first = false;
        if (text.startsWith("\uFEFF")) text = text.slice(1);
      }
      let i = 0;
      while (i < text.length) {
        const c = text[i] as string;
        if (c === "\n" && prevCr) {
          // The LF of a CRLF: the line was already counted at the CR.
          prevCr = false;
          if (state === State.Quoted) field += c;
          i++;
          continue;
        }
        prevCr = c === "\r";
        const newline = c === "\n" || c === "\r";
        switch (state) {
          case State.FieldStart:
          case State.Unquoted:
            if (c === ",") {
              cells.push(field);
              field = "";
              state = State.FieldStart;
            } else if (newline) {
              endRecord();
            } else if (c === '"') {
              if (state === State.Unquoted) fail(`a quote inside an unquoted field on line ${line} (quote the whole field and double the quote)`);
              state = State.Quoted;
              quoteLine = line;
            } else {
              // A run of ordinary characters at once.
              UNQUOTED_STOP.lastIndex = i;
              const stop = UNQUOTED_STOP.exec(text)?.index ?? text.length;
              field += text.slice(i, stop);
              state = State.Unquoted;
              i = stop;
              continue;
            }
            break;
          case State.Quoted:
            if (c === '"') state = State.QuoteSeen;
            else if (newline) field += c;
            else {
              QUOTED_STOP.lastIndex = i;
              const stop = QUOTED_STOP.exec(text)?.index ?? text.length;
              field += text.slice(i, stop);
              i = stop;
              continue;
            }
            break;
          case State.QuoteSeen:
            if (c === '"') {
              field += '"';
              state = State.Quoted;
            } else if (c === ",") {
              cells.push(field);
              field = "";
              state = State.FieldStart;
            } else if (newline) {
              endRecord();
            } else {
              fail(
                quoteLine === line
                  ? `"${c}" after the closing quote of a field on line ${line}`
                  : `the quoted field opened on line ${quoteLine} closes on line ${line} and is followed by "${c}" (is a quote left open on line ${quoteLine}?)`,
              );
            }
            break;
        }
        if (newline) line++;
        i++;
      }
    },
    finish(): void {
      if (state === State.Quoted) fail(`a quoted field opened on line ${quoteLine} is never closed`);
      if (state !== State.FieldStart || cells.length > 0) {
        cells.push(field);
        const done = cells;
        cells = [];
        field = "";
        state = State.FieldStart;
        onRecord(done, recordLine);
      }
    },
    atRecordStart: () => state === State.FieldStart && cells.length === 0 && field === "" && !prevCr,
    line: () => line,
    skipLine(): void {
      line++;
      recordLine = line;
      first = false;
    },
  };
}

/**
 * Reads RFC 4180 CSV records from a stream of text chunks in one pass (see {@link createCsvParser}).
 *
 * @throws {@link KpiError} `invalid_input` (path `[line]`) for a quote inside an unquoted field, a character after a
 * closing quote, or a quoted field that is never closed; the message names the file and the record's line.
 */
export async function* readCsvRecords(chunks: AsyncIterable<string | Buffer>, path: string): AsyncGenerator<CsvRecord> {
  let out: CsvRecord[] = [];
  const parser = createCsvParser(path, (cells, line) => out.push({ line, cells }));
  for await (const chunk of chunks) {
    parser.push(typeof chunk === "string" ? chunk : chunk.toString("utf8"));
    const done = out;
    out = [];
    yield* done;
  }
  parser.finish();
  yield* out;
}
