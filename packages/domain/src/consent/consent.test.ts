import { describe, expect, it } from 'vitest';
import { ValidationFailed } from '../errors.js';
import { parseRecordConsent, parseWithdrawConsent, withdrawalProblem } from './inputs.js';
import { mailingListCsv } from './mailing-list.js';

describe('consent inputs', () => {
  it('accepts a signed list with event and text version', () => {
    const value = parseRecordConsent({ contactId: 'c1', givenAt: '2026-01-21T20:00:00+01:00', method: 'SIGNED_LIST', textVersion: '2026-01', eventId: 'e1' });
    expect(value.givenAt.toISOString()).toBe('2026-01-21T19:00:00.000Z');
    expect(value.eventId).toBe('e1');
  });

  it('names every refused field with a reason in both languages', () => {
    try {
      parseRecordConsent({ contactId: '', givenAt: 'gestern', method: 'PHONE', textVersion: ' ' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationFailed);
      const problems = (error as ValidationFailed).problems;
      expect(problems.map((p) => p.field).sort()).toEqual(['contactId', 'givenAt', 'method', 'textVersion']);
      expect(problems.find((p) => p.field === 'method')?.reason).toEqual({ de: 'ist keine bekannte Art der Einwilligung', en: 'is not a known consent method' });
    }
  });

  it('withdraws now unless a time is named, and not before the consent', () => {
    expect(parseWithdrawConsent({ id: 'x' }).withdrawnAt).toBeNull();
    expect(withdrawalProblem(new Date('2026-02-01'), new Date('2026-01-01'))?.en).toBe('is before the consent was given');
    expect(withdrawalProblem(new Date('2026-01-01'), new Date('2026-02-01'))).toBeNull();
  });
});

describe('mailingListCsv', () => {
  it('writes one row per address, the earliest consent, sorted, formula cells defused', () => {
    const csv = mailingListCsv([
      { email: 'B@example.org', firstName: 'Bea', lastName: 'Zett', organisation: null, givenAt: new Date('2026-03-01T00:00:00Z'), method: 'ONLINE_FORM', textVersion: '2026-01' },
      { email: 'b@example.org', firstName: 'Bea', lastName: 'Zett', organisation: null, givenAt: new Date('2026-01-01T00:00:00Z'), method: 'SIGNED_LIST', textVersion: '2026-01' },
      { email: 'a@example.org', firstName: '=HYPERLINK()', lastName: 'A, B', organisation: 'Verein', givenAt: new Date('2026-02-01T00:00:00Z'), method: 'EMAIL', textVersion: '2026-01' },
    ]);
    const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines).toEqual([
      'email,first_name,last_name,organisation,consent_given_at,consent_method,consent_text_version',
      "a@example.org,'=HYPERLINK(),\"A, B\",Verein,2026-02-01T00:00:00.000Z,EMAIL,2026-01",
      'b@example.org,Bea,Zett,,2026-01-01T00:00:00.000Z,SIGNED_LIST,2026-01',
    ]);
  });
});
