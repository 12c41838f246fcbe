// Bytes to text. Regionaldatenbank "classic" downloads are ISO-8859-1 / Windows-1252, everything newer is
// UTF-8, often with a byte-order mark. A file that is valid UTF-8 is read as UTF-8; anything else as
// Windows-1252 (a superset of ISO-8859-1 for printable characters), so "Städte" reads right either way.

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  /** The text without byte-order mark, with line endings normalised to "\n". */
  text: string;
  encoding: TextEncoding;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const windows1252 = new TextDecoder('windows-1252');

export function decodeText(content: Uint8Array): DecodedText {
  let text: string;
  let encoding: TextEncoding;
  try {
    text = utf8.decode(content);
    encoding = 'utf-8';
  } catch {
    text = windows1252.decode(content);
    encoding = 'windows-1252';
  }
  // The UTF-8 decoder drops a BOM itself; this catches one that arrived already decoded.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  return { text: text.replace(/\r\n?/g, '\n'), encoding };
}
