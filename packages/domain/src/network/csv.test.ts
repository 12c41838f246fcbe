import { describe, expect, it } from 'vitest';
import { readActorCsv } from './csv.js';

describe('readActorCsv', () => {
  it('reads actors with their contact persons, one row per person', () => {
    const result = readActorCsv(
      [
        'name;sector;municipality_ags;sdg_goals;contact_first_name;contact_last_name;contact_email',
        'Tafel Remscheid;civil_society;05120000;1 2;Eva;Kraus;eva@example.org',
        'Tafel Remscheid;;;;Jan;Berg;',
        'Stadtbibliothek;SCIENCE_EDUCATION;;4;;;',
      ].join('\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.actors.map((actor) => [actor.fields.name, actor.fields.sector, actor.fields.sdgGoals, actor.contacts.length])).toEqual([
      ['Tafel Remscheid', 'CIVIL_SOCIETY', [1, 2], 2],
      ['Stadtbibliothek', 'SCIENCE_EDUCATION', [4], 0],
    ]);
    expect(result.actors[0]?.contacts[1]).toEqual({ line: 3, fields: { firstName: 'Jan', lastName: 'Berg', email: null, phone: null, roleTitle: null, notes: null } });
  });

  it('lists every problem with line, column and reason', () => {
    const result = readActorCsv(
      [
        'name,sector,municipality_ags,sdg_goals,contact_first_name,contact_last_name,contact_email',
        ',CIVIL_SOCIETY,,,,,',
        'Verein,PIRATES,0512,,,,',
        'Laden,BUSINESS,,19,Eva,,eva(at)example.org',
        'Kurz,BUSINESS',
      ].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'name'],
      [3, 'sector'],
      [3, 'municipality_ags'],
      [4, 'sdg_goals'],
      [5, null],
    ]);
    expect(result.problems[3]?.reason.en).toBe('must be an SDG from 1 to 17');
  });

  it('reports contact problems once the actor is fine, and refuses unknown or missing columns', () => {
    const contact = readActorCsv('name,sector,contact_first_name,contact_last_name,contact_email\nLaden,BUSINESS,Eva,,eva(at)example.org');
    expect(contact.ok ? [] : contact.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [2, 'contact_last_name'],
      [2, 'contact_email'],
    ]);
    const columns = readActorCsv('name,colour\nLaden,rot');
    expect(columns.ok ? [] : columns.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [1, 'colour'],
      [1, 'sector'],
    ]);
  });

  it('refuses a repeated actor with different values', () => {
    const result = readActorCsv('name,sector\nLaden,BUSINESS\nLaden,MEDIA');
    expect(result.ok ? [] : result.problems.map((problem) => [problem.line, problem.reason.en])).toEqual([
      [3, 'actor "Laden" is already in line 2 with different values'],
    ]);
  });
});
