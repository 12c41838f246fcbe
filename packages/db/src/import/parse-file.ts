// Which parser reads a file: the caller's choice, or the file's first line.
import { decodeText } from './decode.js';
import type { TextEncoding } from './decode.js';
import { looksLikeGenesisClassic, parseGenesisClassic } from './genesis-classic.js';
import type { GenesisParseOptions } from './genesis-classic.js';
import { looksLikeGenesisFfcsv, parseGenesisFfcsv } from './genesis-ffcsv.js';
import { parseTidyCsv } from './tidy-csv.js';
import type { ImportFormat, ParsedFile, RequestedFormat } from './types.js';

export interface ParseFileOptions extends GenesisParseOptions {
  format?: RequestedFormat;
  /** For tidy files without an indicator column (--indicator). */
  indicatorKey?: string;
}

export function detectFormat(text: string): ImportFormat {
  if (looksLikeGenesisClassic(text)) return 'genesis-classic';
  if (looksLikeGenesisFfcsv(text)) return 'genesis-ffcsv';
  return 'tidy-csv';
}

/** The layout to read `text` with: the detected one, narrowed or overridden by the requested format. */
export function chooseFormat(text: string, requested: RequestedFormat | undefined): ImportFormat {
  const detected = detectFormat(text);
  switch (requested) {
    case undefined:
      return detected;
    case 'tidy':
      return 'tidy-csv';
    case 'genesis':
      // Neither GENESIS layout recognised: read it as classic, whose parser says what the first line lacks.
      return detected === 'tidy-csv' ? 'genesis-classic' : detected;
    default:
      return requested;
  }
}

export function parseImportFile(
  content: Uint8Array,
  options: ParseFileOptions = {},
): ParsedFile & { encoding: TextEncoding } {
  const { text, encoding } = decodeText(content);
  const format = chooseFormat(text, options.format);
  switch (format) {
    case 'tidy-csv':
      return { ...parseTidyCsv(text, options.indicatorKey ? { indicatorKey: options.indicatorKey } : {}), encoding };
    case 'genesis-classic':
      return { ...parseGenesisClassic(text, options), encoding };
    case 'genesis-ffcsv':
      return { ...parseGenesisFfcsv(text, options), encoding };
  }
}
