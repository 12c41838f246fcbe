// Numbers as the two kinds of file write them, and the GENESIS signs that stand where no number is.

/**
 * Tidy CSV: optional minus, digits, at most one decimal separator (point or comma), digits.
 * No thousands separators, so "1.234" is one point two three four in every file.
 */
export function parseTidyNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?\d+([.,]\d+)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(',', '.'));
}

/**
 * GENESIS German format: decimal comma, optional point as thousands separator ("1.234.567,8").
 * English downloads use a decimal point and no thousands separator ("1234567.8"), which the caller
 * asks for with `decimal: '.'`.
 */
export function parseGenesisNumber(text: string, decimal: ',' | '.' = ','): number | undefined {
  const trimmed = text.trim();
  if (decimal === '.') return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : undefined;
  if (/^-?\d+(,\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(trimmed)) return Number(trimmed.replaceAll('.', '').replace(',', '.'));
  return undefined;
}

/**
 * Destatis "Zeichenerklärung": - nothing (exactly zero), . unknown or secret, x not applicable,
 * / not reliable enough, ... not yet available. An empty cell is treated the same way.
 */
export const genesisSpecialValues = ['-', '.', 'x', '/', '...', ''] as const;
export type GenesisSpecialValue = (typeof genesisSpecialValues)[number];

export function genesisSpecialValue(text: string): GenesisSpecialValue | undefined {
  const trimmed = text.trim();
  return (genesisSpecialValues as readonly string[]).includes(trimmed) ? (trimmed as GenesisSpecialValue) : undefined;
}
