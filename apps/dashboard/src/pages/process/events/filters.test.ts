import { describe, expect, it } from 'vitest';
import { eventFilterParams, eventFiltersFromSearch, eventQueryVariables, germanToday } from './filters';

describe('event filters', () => {
  it('read kind, place and time from the URL and ignore unknown values', () => {
    expect(eventFiltersFromSearch('?art=WORKSHOP&kommune=05124000&zeit=vergangen')).toEqual({ kind: 'WORKSHOP', municipality: '05124000', time: 'past' });
    expect(eventFiltersFromSearch('?art=PARTY&kommune=Wuppertal&zeit=gestern')).toEqual({ kind: null, municipality: null, time: null });
    expect(eventFilterParams({ kind: 'OTHER', municipality: null, time: 'upcoming' })).toEqual({ art: 'OTHER', kommune: null, zeit: 'kommend' });
  });

  it('count the day in German time', () => {
    // 23:30 UTC on 31 March is already 1 April in Germany (summer time).
    expect(germanToday(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
  });

  it('ask for upcoming events from today and for the latest past events up to yesterday', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(eventQueryVariables({ kind: null, municipality: null, time: 'upcoming' }, now)).toMatchObject({ from: '2026-03-01', to: null, first: 100, last: null });
    expect(eventQueryVariables({ kind: 'KICK_OFF', municipality: '05122000', time: 'past' }, now)).toEqual({
      kind: ['KICK_OFF'],
      municipality: '05122000',
      from: null,
      to: '2026-02-28',
      first: null,
      last: 100,
    });
  });
});
