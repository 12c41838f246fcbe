import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../App';
import { resetViewer } from '../../../auth/viewer';
import type { ResultOf } from '../../../graphql/graphql';
import { stubGraphQL, type RecordedRequest } from '../../../test/fetchStub';
import { shellData } from '../../../test/fixtures';
import { staffViewer } from '../fixtures';
import type { WorkspaceActorQuery } from './documents';
import { lazyLoad } from '../../../test/lazyLoad';
import { pageOf } from '../../../test/connection';

type Actor = NonNullable<ResultOf<typeof WorkspaceActorQuery>['actor']>;

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    id: 'Actor:1',
    name: 'Eine Welt Forum Wuppertal',
    sector: 'CIVIL_SOCIETY',
    description: 'Netzwerk entwicklungspolitischer Gruppen',
    website: 'https://example.org',
    archived: false,
    viewerCanEdit: true,
    municipality: { ags: '05124000', name: 'Wuppertal' },
    sdgGoals: [{ number: 4 }, { number: 17 }],
    contacts: pageOf([{ id: 'Contact:1', firstName: 'Eva', lastName: 'Muster', email: 'eva@example.org', phone: null, roleTitle: 'Vorstand', notes: null }]),
    linksFrom: pageOf([{ id: 'ActorLink:1', kind: 'MEMBERSHIP', note: null, to: { id: 'Actor:2', name: 'Netzwerk Bergisches Land' } }]),
    linksTo: pageOf([]),
    partnerships: pageOf([]),
    ...overrides,
  };
}

const sdgGoals = Array.from({ length: 17 }, (_, index) => ({ id: `SdgGoal:${index + 1}`, number: index + 1, shortTitle: `Ziel ${index + 1}` }));

function common(request: RecordedRequest): unknown {
  switch (request.operationName) {
    case 'Shell':
      return { data: shellData(false) };
    case 'Viewer':
      return { data: { viewer: staffViewer } };
    case 'NetworkOptions':
      return { data: { municipalities: shellData(false).municipalities, sdgGoals } };
    case 'ActorOptions':
      return { data: { actors: { edges: [{ node: { id: 'Actor:3', name: 'Stadt Solingen' } }] } } };
    default:
      return undefined;
  }
}

beforeEach(() => resetViewer());

describe('actor list', () => {
  it('filters by search, sector and municipality, and pages with the cursor', async () => {
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceActors') {
        const after = request.variables.after;
        return {
          data: {
            actors: {
              totalCount: 26,
              pageInfo: { hasNextPage: after === null, endCursor: after === null ? 'cursor-25' : null },
              edges: [
                after === null
                  ? { node: { id: 'Actor:1', name: 'Eine Welt Forum Wuppertal', sector: 'CIVIL_SOCIETY', archived: false, municipality: { ags: '05124000', name: 'Wuppertal' } } }
                  : { node: { id: 'Actor:9', name: 'Zeitung im Tal', sector: 'MEDIA', archived: true, municipality: null } },
              ],
            },
          },
        };
      }
      return common(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/akteure');
    const table = await screen.findByRole('table', { name: 'Akteure der Region' }, lazyLoad);
    expect(within(table).getByRole('link', { name: 'Eine Welt Forum Wuppertal' }).getAttribute('href')).toBe('/arbeitsbereich/akteure/Actor%3A1');
    expect(within(table).getByText('Zivilgesellschaft')).toBeDefined();

    fireEvent.change(screen.getByLabelText('Suche in Name und Beschreibung'), { target: { value: 'Forum' } });
    fireEvent.change(screen.getByLabelText('Bereich'), { target: { value: 'CIVIL_SOCIETY' } });
    const municipality = screen.getByLabelText('Kommune');
    await within(municipality).findByRole('option', { name: 'Wuppertal' });
    fireEvent.change(municipality, { target: { value: '05124000' } });
    fireEvent.change(screen.getByLabelText('SDG'), { target: { value: '17' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filtern' }));
    await waitFor(() =>
      expect(requests.filter((r) => r.operationName === 'WorkspaceActors').at(-1)?.variables).toEqual({
        search: 'Forum',
        sector: 'CIVIL_SOCIETY',
        municipality: '05124000',
        goal: 17,
        includeArchived: false,
        first: 25,
        after: null,
      }),
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Nächste Seite' }));
    expect(await screen.findByText('Zeitung im Tal')).toBeDefined();
    expect(screen.getByText('archiviert')).toBeDefined();
    expect(requests.filter((r) => r.operationName === 'WorkspaceActors').at(-1)?.variables.after).toBe('cursor-25');
    expect(screen.getByTestId('actors-count').textContent).toBe('26 von 26 Akteuren');
  });
});

describe('actor form', () => {
  it('shows the refused field beside it, keeps the input, then creates the actor', async () => {
    let attempt = 0;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'CreateActor') {
        attempt++;
        return attempt === 1
          ? {
              data: {
                createActor: {
                  __typename: 'ValidationError',
                  code: 'VALIDATION',
                  message: 'website: muss mit http:// oder https:// beginnen',
                  problems: [{ field: 'website', reason: 'muss mit http:// oder https:// beginnen' }],
                },
              },
            }
          : { data: { createActor: { __typename: 'Actor', id: 'Actor:1' } } };
      }
      if (request.operationName === 'WorkspaceActor') return { data: { actor: actor() } };
      return common(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/akteure/neu');
    await screen.findByRole('heading', { level: 1, name: 'Neuer Akteur' }, lazyLoad);
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Eine Welt Forum Wuppertal' } });
    fireEvent.change(screen.getByLabelText(/^Bereich/), { target: { value: 'CIVIL_SOCIETY' } });
    fireEvent.change(screen.getByLabelText(/^Website \(/), { target: { value: 'example.org' } });
    fireEvent.click(await screen.findByLabelText('4 Ziel 4'));
    fireEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    const website = screen.getByLabelText(/^Website \(/) as HTMLInputElement;
    await waitFor(() => expect(website.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(website.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent).toBe('muss mit http:// oder https:// beginnen');
    expect(screen.getByTestId('form-error').textContent).toBe('Bitte prüfen Sie die markierten Felder.');
    expect(website.value).toBe('example.org');
    expect((screen.getByLabelText(/^Name/) as HTMLInputElement).value).toBe('Eine Welt Forum Wuppertal');

    fireEvent.change(website, { target: { value: 'https://example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anlegen' }));
    await screen.findByTestId('workspace-actor');
    expect(requests.filter((r) => r.operationName === 'CreateActor').at(-1)?.variables).toEqual({
      input: {
        name: 'Eine Welt Forum Wuppertal',
        sector: 'CIVIL_SOCIETY',
        municipalityAgs: null,
        description: null,
        website: 'https://example.org',
        sdgGoals: [4],
      },
    });
  });

  it('archives an actor only after the confirmation', async () => {
    let archived = false;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'ArchiveActor') {
        archived = true;
        return { data: { archiveActor: { __typename: 'Actor', id: 'Actor:1', archived: true } } };
      }
      if (request.operationName === 'WorkspaceActor') return { data: { actor: actor({ archived }) } };
      return common(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/akteure/Actor%3A1');
    fireEvent.click(await screen.findByRole('button', { name: 'Archivieren' }, lazyLoad));
    const dialog = await screen.findByRole('dialog', { name: '„Eine Welt Forum Wuppertal“ archivieren?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(requests.some((r) => r.operationName === 'ArchiveActor')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Archivieren' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, archivieren' }));
    expect(await screen.findByText('Dieser Akteur ist archiviert.', { selector: '.ws-alert--warning' })).toBeDefined();
    expect(requests.find((r) => r.operationName === 'ArchiveActor')?.variables).toEqual({ id: 'Actor:1' });
  });
});

describe('contacts, links and partnerships of an actor', () => {
  it('adds a contact, names a refused e-mail address beside its field, and edits a contact', async () => {
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'CreateContact') {
        const input = request.variables.input as { email: string | null };
        return input.email === 'kein-at'
          ? {
              data: {
                createContact: {
                  __typename: 'ValidationError',
                  code: 'VALIDATION',
                  message: 'email: ist keine gültige E-Mail-Adresse',
                  problems: [{ field: 'email', reason: 'ist keine gültige E-Mail-Adresse' }],
                },
              },
            }
          : { data: { createContact: { __typename: 'Contact', id: 'Contact:2' } } };
      }
      if (request.operationName === 'UpdateContact') return { data: { updateContact: { __typename: 'Contact', id: 'Contact:1' } } };
      if (request.operationName === 'WorkspaceActor') return { data: { actor: actor() } };
      return common(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/akteure/Actor%3A1');
    const contacts = await screen.findByRole('table', { name: /Ansprechpersonen/ }, lazyLoad);
    expect(within(contacts).getByText('Eva Muster')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Neue Ansprechperson' }));
    let dialog = await screen.findByRole('dialog', { name: 'Neue Ansprechperson' });
    fireEvent.change(within(dialog).getByLabelText(/^Vorname/), { target: { value: 'Jan' } });
    fireEvent.change(within(dialog).getByLabelText(/^Nachname/), { target: { value: 'Beispiel' } });
    fireEvent.change(within(dialog).getByLabelText(/^E-Mail-Adresse/), { target: { value: 'kein-at' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    expect(await within(dialog).findByText('ist keine gültige E-Mail-Adresse')).toBeDefined();
    expect((within(dialog).getByLabelText(/^Vorname/) as HTMLInputElement).value).toBe('Jan');
    fireEvent.change(within(dialog).getByLabelText(/^E-Mail-Adresse/), { target: { value: 'jan@example.org' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.filter((r) => r.operationName === 'CreateContact').at(-1)?.variables).toEqual({
      input: { actorId: 'Actor:1', firstName: 'Jan', lastName: 'Beispiel', email: 'jan@example.org', phone: null, roleTitle: null, notes: null },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Eva Muster bearbeiten' }));
    dialog = await screen.findByRole('dialog', { name: 'Eva Muster bearbeiten' });
    fireEvent.change(within(dialog).getByLabelText(/^Telefon/), { target: { value: '0202 123' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.find((r) => r.operationName === 'UpdateContact')?.variables).toEqual({
      input: { id: 'Contact:1', firstName: 'Eva', lastName: 'Muster', email: 'eva@example.org', phone: '0202 123', roleTitle: 'Vorstand', notes: null },
    });
  });

  it('removes a link, adds one and records a partnership', async () => {
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'UnlinkActors') return { data: { unlinkActors: { __typename: 'Actor', id: 'Actor:1' } } };
      if (request.operationName === 'LinkActors') return { data: { linkActors: { __typename: 'ActorLink', id: 'ActorLink:2' } } };
      if (request.operationName === 'CreatePartnership') {
        const input = request.variables.input as { partnerCountry: string };
        return input.partnerCountry.length !== 2
          ? {
              data: {
                createPartnership: {
                  __typename: 'ValidationError',
                  code: 'VALIDATION',
                  message: 'partnerCountry: muss ein Ländercode sein',
                  problems: [{ field: 'partnerCountry', reason: 'muss ein Ländercode aus zwei Buchstaben sein' }],
                },
              },
            }
          : { data: { createPartnership: { __typename: 'Partnership', id: 'Partnership:1' } } };
      }
      if (request.operationName === 'WorkspaceActor') return { data: { actor: actor() } };
      return common(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/akteure/Actor%3A1');
    fireEvent.click(await screen.findByRole('button', { name: 'Verbindung zu Netzwerk Bergisches Land entfernen' }, lazyLoad));
    await waitFor(() => expect(requests.find((r) => r.operationName === 'UnlinkActors')?.variables).toEqual({ linkId: 'ActorLink:1' }));

    const linkForm = screen.getByTestId('link-form');
    const target = within(linkForm).getByLabelText(/^Anderer Akteur/);
    await within(target).findByRole('option', { name: 'Stadt Solingen' });
    fireEvent.change(target, { target: { value: 'Actor:3' } });
    fireEvent.change(within(linkForm).getByLabelText('Art der Verbindung'), { target: { value: 'FUNDING' } });
    fireEvent.click(within(linkForm).getByRole('button', { name: 'Verbindung hinzufügen' }));
    await waitFor(() =>
      expect(requests.find((r) => r.operationName === 'LinkActors')?.variables).toEqual({
        input: { fromActorId: 'Actor:1', toActorId: 'Actor:3', kind: 'FUNDING', note: null },
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Neue Partnerschaft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Neue Partnerschaft' });
    fireEvent.change(within(dialog).getByLabelText(/^Partnerort/), { target: { value: 'Matagalpa' } });
    fireEvent.change(within(dialog).getByLabelText(/^Partnerland/), { target: { value: 'N' } });
    fireEvent.change(within(dialog).getByLabelText(/^Seit/), { target: { value: '1986' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    expect(await within(dialog).findByText('muss ein Ländercode aus zwei Buchstaben sein')).toBeDefined();
    fireEvent.change(within(dialog).getByLabelText(/^Partnerland/), { target: { value: 'NI' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Anlegen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.filter((r) => r.operationName === 'CreatePartnership').at(-1)?.variables).toEqual({
      input: { kind: 'ASSOCIATION', partnerPlace: 'Matagalpa', partnerCountry: 'NI', sinceYear: 1986, description: null, actorId: 'Actor:1', municipalityAgs: '05124000' },
    });
  });
});

describe('actor CSV import', () => {
  it('lists refused lines with column and reason, and imports only the text that passed the dry run', async () => {
    const good = 'name,sector,contact_first_name,contact_last_name\nEine Welt Forum,CIVIL_SOCIETY,Eva,Muster\n';
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'ImportActorsCsv') {
        if (request.variables.csv !== good) {
          return {
            data: {
              importActorsCsv: {
                __typename: 'CsvImportError',
                code: 'VALIDATION',
                message: '1 Problem',
                csvProblems: [{ line: 2, column: 'sector', reason: 'ist kein bekannter Bereich' }],
              },
            },
          };
        }
        const dryRun = request.variables.dryRun === true;
        return { data: { importActorsCsv: { __typename: 'ActorCsvImport', dryRun, actorsCreated: 1, actorsUpdated: 0, contactsCreated: 0, contactsUpdated: 0 } } };
      }
      return common(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/akteure/import');
    const text = await screen.findByLabelText('oder CSV-Text einfügen', {}, lazyLoad);
    fireEvent.change(text, { target: { value: 'name,sector\nEine Welt Forum,VEREIN\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Probelauf' }));
    const problems = await screen.findByRole('table', { name: 'Probleme je Zeile' });
    expect(within(problems).getAllByRole('row')[1]?.textContent).toBe('2sectorist kein bekannter Bereich');
    expect((screen.getByTestId('csv-import-button') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(text, { target: { value: good } });
    fireEvent.click(screen.getByRole('button', { name: 'Probelauf' }));
    expect((await screen.findByTestId('csv-result')).textContent).toContain('Probelauf ohne Fehler: 1 neue');
    const preview = screen.getByRole('table', { name: /Vorschau/ });
    expect(within(preview).getAllByRole('row')[1]?.textContent).toBe('2Eine Welt ForumZivilgesellschaftGanze RegionEva Muster');
    fireEvent.click(screen.getByTestId('csv-import-button'));
    await waitFor(() => expect(screen.getByTestId('csv-result').textContent).toBe('Importiert: 1 neue und 0 geänderte Akteure, 0 Ansprechpersonen.'));
    expect(requests.filter((r) => r.operationName === 'ImportActorsCsv').map((r) => r.variables.dryRun)).toEqual([true, true, false]);
  });
});
