import { describe, expect, it } from 'vitest';
import { actorFieldsSchema, actorLinkSchema, contactFieldsSchema, parseNetworkInput, partnershipFieldsSchema } from './inputs.js';
import { eventFieldsSchema, participationSchema } from '../process/inputs.js';

describe('network and process inputs', () => {
  it('accepts an actor and fills defaults', () => {
    const parsed = parseNetworkInput(actorFieldsSchema, { name: ' Repair-Café ', sector: 'CIVIL_SOCIETY', website: '' });
    expect(parsed).toEqual({
      ok: true,
      value: { name: 'Repair-Café', sector: 'CIVIL_SOCIETY', municipalityAgs: null, descriptionDe: null, website: null, sdgGoals: [] },
    });
  });

  it('names each refused field with a reason in both languages', () => {
    const parsed = parseNetworkInput(actorFieldsSchema, { name: '', sector: 'PIRATES', municipalityAgs: '5124', website: 'ftp://x', sdgGoals: [18] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.field).sort()).toEqual(['municipalityAgs', 'name', 'sdgGoals.0', 'sector', 'website']);
    expect(parsed.problems.find((problem) => problem.field === 'sdgGoals.0')?.reason).toEqual({ de: 'muss ein SDG von 1 bis 17 sein', en: 'must be an SDG from 1 to 17' });
  });

  it('refuses a link of an actor to itself, a bad e-mail and a bad country', () => {
    const link = parseNetworkInput(actorLinkSchema, { fromActorId: 'a', toActorId: 'a', kind: 'COOPERATION' });
    expect(link.ok ? [] : link.problems.map((problem) => problem.field)).toEqual(['toActorId']);
    const contact = parseNetworkInput(contactFieldsSchema, { firstName: 'Ada', lastName: 'L', email: 'no-at-sign' });
    expect(contact.ok ? [] : contact.problems.map((problem) => problem.field)).toEqual(['email']);
    const partnership = parseNetworkInput(partnershipFieldsSchema, { kind: 'TOWN_TWINNING', partnerPlace: 'Matagalpa', partnerCountry: 'nic' });
    expect(partnership.ok ? [] : partnership.problems.map((problem) => problem.field)).toEqual(['partnerCountry']);
    const lowerCase = parseNetworkInput(partnershipFieldsSchema, { kind: 'TOWN_TWINNING', partnerPlace: 'Matagalpa', partnerCountry: 'ni' });
    expect(lowerCase.ok && lowerCase.value.partnerCountry).toBe('NI');
  });

  it('checks that an event ends after it starts and a participation names somebody', () => {
    const event = parseNetworkInput(eventFieldsSchema, { kind: 'WORKSHOP', titleDe: 'W', startsAt: '2026-05-02T10:00:00+02:00', endsAt: '2026-05-02T09:00:00+02:00' });
    expect(event.ok ? [] : event.problems.map((problem) => problem.field)).toEqual(['endsAt']);
    const badDate = parseNetworkInput(eventFieldsSchema, { kind: 'WORKSHOP', titleDe: 'W', startsAt: 'morgen' });
    expect(badDate.ok ? [] : badDate.problems.map((problem) => problem.field)).toEqual(['startsAt']);
    const nobody = parseNetworkInput(participationSchema, { eventId: 'e', role: 'HOST' });
    expect(nobody.ok ? [] : nobody.problems.map((problem) => problem.field)).toEqual(['actorId']);
  });
});
