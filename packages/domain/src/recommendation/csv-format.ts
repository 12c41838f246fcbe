// RFC 4180 CSV, as spreadsheet programs write it: comma or semicolon (German Excel) as separator,
// quoted cells with doubled quotes and line breaks, an optional UTF-8 byte order mark.
// Hand-written rather than csv-parse (which the server-side imports use): the dashboard runs this
// reader in the browser to preview an actor upload, and csv-parse needs Node's Buffer at load time.
// Moving it to csv-parse was tried: the library came along into the dashboard's shared chunk, 31 KB.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export type CsvParseResult = { ok: true; header: string[]; records: CsvRecord[] } | { ok: false; line: number; reason: string };

// Spreadsheets run cells starting with these as formulas; exported text gets a leading apostrophe.
const formulaStart = /^[=+\-@\t\r]/;

export function parseCsv(text: string): CsvParseResult {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLineEnd = source.search(/\r?\n/);
  const firstLine = firstLineEnd === -1 ? source : source.slice(0, firstLineEnd);
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';

  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let cellStarted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i);
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
    } else if (char === '"') {
      return { ok: false, line, reason: 'Anführungszeichen mitten in einer Zelle / quote inside an unquoted cell' };
    } else if (char === separator) {
      cells.push(cell);
      cell = '';
      cellStarted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((value) => value !== '')) records.push({ line: recordLine, cells });
      cells = [];
      cell = '';
      cellStarted = false;
      line++;
      recordLine = line;
    } else {
      cell += char;
      cellStarted = true;
    }
  }
  if (quoted) return { ok: false, line: recordLine, reason: 'Anführungszeichen nicht geschlossen / unclosed quote' };
  cells.push(cell);
  if (cells.some((value) => value !== '')) records.push({ line: recordLine, cells });

  const [header, ...rest] = records;
  if (!header) return { ok: false, line: 1, reason: 'Die Datei ist leer / the file is empty' };
  return { ok: true, header: header.cells.map((name) => name.trim()), records: rest.map(unprotect) };
}

function unprotect(record: CsvRecord): CsvRecord {
  return { ...record, cells: record.cells.map((value) => (/^'[=+\-@]/.test(value) ? value.slice(1) : value)) };
}

function quoteCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV file with a byte order mark (so Excel reads UTF-8), comma-separated, CRLF line ends. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(quoteCell).join(',')).join('\r\n') + '\r\n';
}
