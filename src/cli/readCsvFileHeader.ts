import { closeSync, openSync, readSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { checkHeader } from "./readMeasurementsFile.js";
import { createCsvParser } from "./readCsvRecords.js";

/** Thrown by the parser's callback once the header is read, to stop the parse there. */
class HeaderRead {
  constructor(readonly header: CsvFileHeader) {}
}

/** A CSV file's header: its column names (trimmed) and the line it is on (after blank lines, if any). */
export interface CsvFileHeader {
  readonly names: readonly string[];
  readonly line: number;
}

/**
 * Reads the header of a CSV measurements file as `kpi-kit validate` reads it (the first record that is not blank,
 * RFC 4180, a byte-order mark skipped) and refuses it as `validate` does (`checkHeader`). For `report --engine duckdb`,
 * which hands DuckDB these column names rather than let its reader guess the separator and the header, and so reads
 * the file as `validate` does. Reads only as far as the header's end.
 *
 * @returns The header's column names and line, or `null` for a file with no header (blank or empty).
 * @throws {@link KpiError} `invalid_input`: the header's error, or a malformed header line, as `validate` gives it.
 *
 * @example
 * ```ts
 * // A file whose first line is "id;kpiId;subjectId;at;value" (written with semicolons):
 * readCsvFileHeader(path);
 * // throws: `…:1: unknown CSV column "id;kpiId;subjectId;at;value" (column 1): the header seems to be separated by ";", …`
 * ```
 */
export function readCsvFileHeader(path: string): CsvFileHeader | null {
  const fd = openSync(path, "r");
  try {
    const parser = createCsvParser(path, (cells, line) => {
      if (cells.length === 1 && cells[0]!.trim() === "") return;
      const names = cells.map((c) => c.trim());
      checkHeader(names, path, line);
      throw new HeaderRead({ names, line });
    });
    const decoder = new StringDecoder("utf8");
    const buffer = Buffer.allocUnsafe(1 << 16);
    for (let position = 0; ; ) {
      const got = readSync(fd, buffer, 0, buffer.length, position);
      if (got === 0) {
        parser.push(decoder.end());
        parser.finish();
        return null;
      }
      position += got;
      parser.push(decoder.write(buffer.subarray(0, got)));
    }
  } catch (error) {
    if (error instanceof HeaderRead) return error.header;
    throw error;
  } finally {
    closeSync(fd);
  }
}
