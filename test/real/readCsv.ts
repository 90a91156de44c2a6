import { readFileSync } from "node:fs";

/** One CSV record: column name → cell text (an empty cell is `""`). */
export type CsvRecord = Readonly<Record<string, string>>;

/**
 * Parses CSV text (RFC 4180): comma-separated, fields optionally in double quotes, `""` for a quote inside a quoted
 * field, line breaks allowed inside quotes, `\n` or `\r\n` line ends. The first record is the header.
 *
 * A tiny parser written for the acceptance tests on real data, as a user of kpi-kit would write one: the library does
 * no I/O, so turning files into rows is the caller's job.
 */
export function parseCsv(text: string): CsvRecord[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1; // a byte-order mark
  while (i < n) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\n" || c === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error("parseCsv: a quoted field is not closed at the end of the text");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (header === undefined) return [];
  return body.map((cells, r) => {
    if (cells.length !== header.length) {
      throw new Error(`parseCsv: record ${r + 1} has ${cells.length} fields, the header has ${header.length}`);
    }
    const record: Record<string, string> = {};
    header.forEach((name, k) => (record[name] = cells[k]!));
    return record;
  });
}

/**
 * The folder of the real public data sets, kept in the repository with their READMEs and licence notes:
 * `test/data/real/`. A missing file fails the test that reads it; nothing is skipped.
 */
export const REAL_DATA = new URL("../data/real/", import.meta.url);

/** Reads and parses one CSV file of a data set, e.g. `readCsv("nhs-england-ae-monthly", "ae_england_monthly.csv")`. */
export function readCsv(dataset: string, file: string): CsvRecord[] {
  return parseCsv(readFileSync(new URL(`${dataset}/${file}`, REAL_DATA), "utf8"));
}

/** A cell as a number, or `null` for an empty cell; throws on text that is not a number. */
export function num(cell: string | undefined): number | null {
  if (cell === undefined || cell === "") return null;
  const x = Number(cell);
  if (!Number.isFinite(x)) throw new Error(`num: "${cell}" is not a number`);
  return x;
}
