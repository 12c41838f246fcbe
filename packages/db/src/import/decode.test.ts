import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe('decodeText', () => {
  it('reads a Latin-1 GENESIS download as Windows-1252', () => {
    const { text, encoding } = decodeText(fixture('regionalstatistik_classic_table_latin1_12411-01-01-4.csv'));
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Bevölkerungsstand');
    expect(text).toContain('Lübeck, Hansestadt');
  });

  it('reads UTF-8 and drops the byte-order mark', () => {
    const { text, encoding } = decodeText(fixture('genesis_ffcsv_2024_61111-0001_de_flat.csv'));
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('statistics_code;')).toBe(true);
    expect(text).toContain('Verbraucherpreisindex für Deutschland');
  });

  it('turns CRLF and CR line endings into LF', () => {
    expect(decodeText(Buffer.from('a;b\r\nc;d\re;f')).text).toBe('a;b\nc;d\ne;f');
  });

  it('keeps the same text for UTF-8 and Latin-1 bytes of the same umlauts', () => {
    expect(decodeText(Buffer.from('Städte', 'latin1')).text).toBe('Städte');
    expect(decodeText(Buffer.from('Städte', 'utf8')).text).toBe('Städte');
  });
});
