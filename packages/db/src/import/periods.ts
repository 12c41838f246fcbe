// The year an observation belongs to. Observations are yearly; a reference date (Stichtag) counts for
// its year: 31.12.2015 and 2015-12-31 are 2015.

const minYear = 1900;
const maxYear = 2100;

export function yearFromPeriod(text: string): number | undefined {
  const trimmed = text.trim();
  const match =
    /^(\d{4})$/.exec(trimmed) ?? /^\d{2}\.\d{2}\.(\d{4})$/.exec(trimmed) ?? /^(\d{4})-\d{2}-\d{2}$/.exec(trimmed);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= minYear && year <= maxYear ? year : undefined;
}
