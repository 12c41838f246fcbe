import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { resetViewer } from '../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { emptyLinkPickers, recommendation, staffViewer } from './fixtures';
import { parseTargetCodes } from './LinksEditor';
import { lazyLoad } from '../../test/lazyLoad';

const adminViewer = { ...staffViewer, id: 'User:admin', displayName: 'Anna Admin', role: 'ADMIN' };

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

function common(request: RecordedRequest, viewer: unknown): unknown {
  if (request.operationName === 'Shell') return { data: shellData(false) };
  if (request.operationName === 'Viewer') return { data: { viewer } };
  const pickers = emptyLinkPickers(request.operationName);
  if (pickers) return pickers;
  if (request.operationName === 'RecommendationFormOptions') {
    return {
      data: {
        municipalities: shellData(false).municipalities,
        recommendations: { edges: [{ node: { id: 'Recommendation:7', title: 'Mobilität im Bergischen Land' } }] },
      },
    };
  }
  return undefined;
}

beforeEach(() => resetViewer());

describe('recommendation form', () => {
  it('creates a draft and names each refused field', async () => {
    let attempt = 0;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'CreateRecommendation') {
        attempt++;
        return attempt === 1
          ? {
              data: {
                createRecommendation: {
                  __typename: 'ValidationError',
                  code: 'VALIDATION',
                  message: 'dueDate: muss ein Datum im Format JJJJ-MM-TT sein',
                  problems: [{ field: 'dueDate', reason: 'muss ein Datum im Format JJJJ-MM-TT sein' }],
                },
              },
            }
          : { data: { createRecommendation: { __typename: 'Recommendation', id: 'Recommendation:9' } } };
      }
      if (request.operationName === 'WorkspaceRecommendation') return { data: { recommendation: recommendation({ id: 'Recommendation:9', status: 'DRAFT', progress: 0 }) } };
      return common(request, staffViewer) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/empfehlungen/neu');
    await screen.findByRole('heading', { level: 1, name: 'Neue Handlungsempfehlung' }, lazyLoad);
    fireEvent.change(screen.getByLabelText(/Titel \(deutsch\)/), { target: { value: 'Radverkehr ausbauen' } });
    fireEvent.change(screen.getByLabelText(/Text \(deutsch\)/), { target: { value: 'Mehr sichere Radwege.' } });
    const municipality = screen.getByLabelText('Kommune');
    await within(municipality).findByRole('option', { name: 'Wuppertal' });
    fireEvent.change(municipality, { target: { value: '05124000' } });
    fireEvent.change(screen.getByLabelText(/Übergeordnete Empfehlung/), { target: { value: 'Recommendation:7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anlegen' }));

    const dueDate = screen.getByLabelText(/Fällig am/);
    await waitFor(() => expect(dueDate.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(dueDate.getAttribute('aria-describedby') ?? '')?.textContent).toBe('muss ein Datum im Format JJJJ-MM-TT sein');
    expect(screen.getByTestId('form-error').textContent).toBe('Bitte prüfen Sie die markierten Felder.');

    fireEvent.click(screen.getByRole('button', { name: 'Anlegen' }));
    await screen.findByTestId('workspace-recommendation');
    expect(requests.filter((r) => r.operationName === 'CreateRecommendation').at(-1)?.variables).toEqual({
      input: {
        titleDe: 'Radverkehr ausbauen',
        titleEn: null,
        textDe: 'Mehr sichere Radwege.',
        textEn: null,
        dueDate: null,
        parentId: 'Recommendation:7',
        weight: 1,
        municipalityAgs: '05124000',
      },
    });
  });

  it('edits with the version it read', async () => {
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceRecommendation') return { data: { recommendation: recommendation() } };
      if (request.operationName === 'UpdateRecommendation') return { data: { updateRecommendation: { __typename: 'Recommendation', id: 'Recommendation:1', version: 4 } } };
      return common(request, staffViewer) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/empfehlungen/Recommendation%3A1/bearbeiten?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Edit “Radverkehr ausbauen”' }, lazyLoad);
    expect((screen.getByLabelText(/Municipality/) as HTMLSelectElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Title \(English\)/), { target: { value: 'Expand cycling' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByTestId('workspace-recommendation');
    expect(requests.find((r) => r.operationName === 'UpdateRecommendation')?.variables).toMatchObject({
      input: { id: 'Recommendation:1', expectedVersion: 3, titleDe: 'Radverkehr ausbauen', titleEn: 'Expand cycling', dueDate: '2027-06-30' },
    });
  });
});

describe('accounts (admin)', () => {
  it('lists accounts, changes a role, disables an account and creates one', async () => {
    const users = [
      { id: 'User:admin', displayName: 'Anna Admin', email: 'admin@example.org', role: 'ADMIN', disabled: false, lockedUntil: null, region: null },
      { id: 'User:staff', displayName: 'Petra Beispiel', email: 'petra@example.org', role: 'STAFF', disabled: false, lockedUntil: null, region: { id: 'Region:1', slug: 'bergisches-land' } },
    ];
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'Users') return { data: { users } };
      if (request.operationName === 'UpdateUser') return { data: { updateUser: { __typename: 'User', id: 'User:staff', displayName: 'Petra Beispiel', role: 'ADMIN', disabled: false } } };
      if (request.operationName === 'CreateUser') {
        const input = request.variables.input as { password: string };
        return input.password.length < 10
          ? {
              data: {
                createUser: {
                  __typename: 'ValidationError',
                  code: 'VALIDATION',
                  message: 'password: zu kurz',
                  problems: [{ field: 'password', reason: 'muss mindestens 10 Zeichen lang sein' }],
                },
              },
            }
          : { data: { createUser: { __typename: 'User', id: 'User:new', email: 'neu@example.org' } } };
      }
      return common(request, adminViewer) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/konten');
    const table = await screen.findByRole('table', { name: 'Konten der Region' }, lazyLoad);
    const rows = within(table).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('Anna Admin (Sie)');
    expect(within(rows[1]!).queryByRole('button')).toBeNull();
    expect((within(rows[1]!).getByRole('combobox') as HTMLSelectElement).disabled).toBe(true);

    fireEvent.change(within(table).getByLabelText('Rolle von Petra Beispiel'), { target: { value: 'ADMIN' } });
    expect(await screen.findByText('Konto von Petra Beispiel geändert.')).toBeDefined();
    fireEvent.click(within(table).getByRole('button', { name: 'Petra Beispiel sperren' }));
    await waitFor(() => expect(requests.filter((r) => r.operationName === 'UpdateUser')).toHaveLength(2));
    expect(requests.filter((r) => r.operationName === 'UpdateUser').map((r) => r.variables.input)).toEqual([
      { id: 'User:staff', role: 'ADMIN' },
      { id: 'User:staff', disabled: true },
    ]);

    fireEvent.change(screen.getByLabelText('E-Mail-Adresse'), { target: { value: 'neu@example.org' } });
    fireEvent.change(screen.getByLabelText('Anfangspasswort'), { target: { value: 'kurz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    expect(await screen.findByText('muss mindestens 10 Zeichen lang sein')).toBeDefined();
    fireEvent.change(screen.getByLabelText('Anfangspasswort'), { target: { value: 'lang-genug-2030' } });
    fireEvent.click(screen.getByRole('button', { name: 'Konto anlegen' }));
    expect(await screen.findByText('Konto neu@example.org angelegt.')).toBeDefined();
    expect(requests.filter((r) => r.operationName === 'CreateUser').at(-1)?.variables).toEqual({
      input: { email: 'neu@example.org', displayName: null, password: 'lang-genug-2030', role: 'STAFF' },
    });
  });
});

describe('signing out', () => {
  it('ends the session and leaves the workspace', async () => {
    let signedIn = true;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'Logout') {
        signedIn = false;
        return { data: { logout: true } };
      }
      if (request.operationName === 'WorkspaceRecommendations') return { data: { recommendations: { totalCount: 0, edges: [] } } };
      return common(request, signedIn ? staffViewer : null) ?? { data: { municipalities: [], sdgGoals: [] } };
    });
    renderAt('/arbeitsbereich/empfehlungen');
    await screen.findByRole('heading', { level: 1, name: 'Handlungsempfehlungen bearbeiten' }, lazyLoad);
    fireEvent.click(screen.getByRole('button', { name: 'Abmelden' }));
    expect(await screen.findByTestId('sign-in-link')).toBeDefined();
    expect(screen.queryByTestId('signed-in-as')).toBeNull();
    expect(requests.filter((r) => r.operationName === 'Logout')).toHaveLength(1);
    expect(screen.queryByRole('heading', { level: 1, name: 'Handlungsempfehlungen bearbeiten' })).toBeNull();
  });
});

describe('links of a recommendation', () => {
  it('reads target codes as people type them', () => {
    expect(parseTargetCodes(' 11.2, 11.6;12.5  11.2\n')).toEqual(['11.2', '11.6', '12.5']);
    expect(parseTargetCodes(' , ')).toEqual([]);
  });

  it('links targets and an indicator, and unlinks an actor, each with the version it read', async () => {
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceRecommendation') return { data: { recommendation: recommendation() } };
      if (request.operationName === 'IndicatorSearch') {
        return { data: { indicators: { edges: [{ node: { id: 'Indicator:modal_split', key: 'modal_split', title: 'Anteil des Radverkehrs' } }] } } };
      }
      if (request.operationName === 'LinkRecommendation' || request.operationName === 'UnlinkRecommendation') {
        const field = request.operationName === 'LinkRecommendation' ? 'linkRecommendation' : 'unlinkRecommendation';
        return { data: { [field]: { __typename: 'Recommendation', id: 'Recommendation:1', version: 4 } } };
      }
      return common(request, staffViewer) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/empfehlungen/Recommendation%3A1');
    await screen.findByRole('heading', { level: 2, name: 'Verknüpfungen' }, lazyLoad);
    fireEvent.change(screen.getByLabelText('SDG-Unterziele hinzufügen'), { target: { value: '11.6, 3.9' } });
    const indicator = screen.getByLabelText('Indikator hinzufügen');
    await within(indicator).findByRole('option', { name: 'Anteil des Radverkehrs (modal_split)' });
    fireEvent.change(indicator, { target: { value: 'Indicator:modal_split' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verknüpfen' }));
    await waitFor(() => expect(requests.some((r) => r.operationName === 'LinkRecommendation')).toBe(true));
    expect(requests.find((r) => r.operationName === 'LinkRecommendation')?.variables).toEqual({
      input: { id: 'Recommendation:1', expectedVersion: 3, sdgTargets: ['11.6', '3.9'], indicatorIds: ['Indicator:modal_split'] },
    });

    const remove = screen.getByRole('button', { name: '„Stadt Wuppertal, Verkehrsplanung“ entfernen' });
    // Changes wait until the page has reloaded the version the link produced.
    await waitFor(() => expect(remove).toHaveProperty('disabled', false));
    fireEvent.click(remove);
    await waitFor(() => expect(requests.some((r) => r.operationName === 'UnlinkRecommendation')).toBe(true));
    expect(requests.find((r) => r.operationName === 'UnlinkRecommendation')?.variables).toEqual({
      input: { id: 'Recommendation:1', expectedVersion: 3, actorIds: ['Actor:1'] },
    });
  });

  it('links a responsible actor found by name and a finding chosen by municipality and wording', async () => {
    const actors = [
      { id: 'Actor:1', name: 'Stadt Wuppertal, Verkehrsplanung', municipality: { id: 'Municipality:05124000', name: 'Wuppertal' } },
      { id: 'Actor:2', name: 'Stadtwerke Solingen', municipality: { id: 'Municipality:05122000', name: 'Solingen' } },
      { id: 'Actor:3', name: 'Bergischer Fahrradclub', municipality: null },
    ];
    const findings = [
      { id: 'Finding:1', kind: 'BARRIER', statement: 'Die Radwege enden an der Stadtgrenze.', publicStatement: null, municipality: { id: 'Municipality:05124000', name: 'Wuppertal' } },
      { id: 'Finding:2', kind: 'IDEA', statement: 'Ein Lastenrad-Verleih an jeder Schule.', publicStatement: null, municipality: { id: 'Municipality:05122000', name: 'Solingen' } },
      { id: 'Finding:3', kind: 'NEED', statement: null, publicStatement: 'Mehr Bänke in der Innenstadt.', municipality: null },
    ];
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceRecommendation') return { data: { recommendation: recommendation() } };
      if (request.operationName === 'ActorSearch') {
        const search = (request.variables.search as string | null)?.toLowerCase() ?? '';
        return { data: { actors: { edges: actors.filter((actor) => actor.name.toLowerCase().includes(search)).map((node) => ({ node })) } } };
      }
      if (request.operationName === 'MunicipalityOptions') return { data: { municipalities: shellData(false).municipalities } };
      if (request.operationName === 'FindingSearch') {
        const ags = request.variables.municipality as string | null;
        const names: Record<string, string> = { '05124000': 'Wuppertal', '05122000': 'Solingen' };
        const chosen = ags ? findings.filter((finding) => finding.municipality?.name === names[ags]) : findings;
        return { data: { findings: { edges: chosen.map((node) => ({ node })) } } };
      }
      if (request.operationName === 'LinkRecommendation') return { data: { linkRecommendation: { __typename: 'Recommendation', id: 'Recommendation:1', version: 4 } } };
      return common(request, staffViewer) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/empfehlungen/Recommendation%3A1');
    await screen.findByRole('heading', { level: 2, name: 'Verknüpfungen' }, lazyLoad);

    fireEvent.change(screen.getByLabelText('Akteure suchen'), { target: { value: 'Stadt' } });
    const actor = screen.getByLabelText('Verantwortlichen Akteur hinzufügen');
    await within(actor).findByRole('option', { name: 'Stadtwerke Solingen (Solingen)' });
    // The actor linked already is not offered again.
    expect(within(actor).getAllByRole('option').map((option) => option.textContent)).toEqual(['–', 'Stadtwerke Solingen (Solingen)']);
    expect(requests.filter((r) => r.operationName === 'ActorSearch').at(-1)?.variables).toEqual({ search: 'Stadt' });
    fireEvent.change(actor, { target: { value: 'Actor:2' } });

    // Findings of the recommendation's municipality first, then of the whole region narrowed by wording.
    const finding = screen.getByLabelText('Erkenntnis hinzufügen');
    await within(finding).findByRole('option', { name: 'Die Radwege enden an der Stadtgrenze. – Hürde, Wuppertal' });
    expect(requests.find((r) => r.operationName === 'FindingSearch')?.variables).toEqual({ municipality: '05124000' });
    const place = screen.getByLabelText('Erkenntnisse aus');
    await within(place).findByRole('option', { name: 'Solingen' });
    fireEvent.change(place, { target: { value: '' } });
    await within(finding).findByRole('option', { name: 'Mehr Bänke in der Innenstadt. – Bedarf, ganze Region' });
    fireEvent.change(screen.getByLabelText('Erkenntnisse durchsuchen'), { target: { value: 'lastenrad' } });
    expect(within(finding).getAllByRole('option').map((option) => option.textContent)).toEqual(['–', 'Ein Lastenrad-Verleih an jeder Schule. – Idee, Solingen']);
    fireEvent.change(finding, { target: { value: 'Finding:2' } });

    fireEvent.click(screen.getByRole('button', { name: 'Verknüpfen' }));
    await waitFor(() => expect(requests.some((r) => r.operationName === 'LinkRecommendation')).toBe(true));
    expect(requests.find((r) => r.operationName === 'LinkRecommendation')?.variables).toEqual({
      input: { id: 'Recommendation:1', expectedVersion: 3, actorIds: ['Actor:2'], findingIds: ['Finding:2'] },
    });
    // After linking, the pickers are empty again.
    await waitFor(() => expect((screen.getByLabelText('Verantwortlichen Akteur hinzufügen') as HTMLSelectElement).value).toBe(''));
    expect((screen.getByLabelText('Erkenntnis hinzufügen') as HTMLSelectElement).value).toBe('');
  });

  it('offers the pickers in English', async () => {
    stubGraphQL((request) => {
      if (request.operationName === 'WorkspaceRecommendation') return { data: { recommendation: recommendation() } };
      if (request.operationName === 'FindingSearch') {
        const node = { id: 'Finding:1', kind: 'WORKS_WELL', statement: 'Das Bürgerbusnetz trägt.', publicStatement: null, municipality: null };
        return { data: { findings: { edges: [{ node }] } } };
      }
      return common(request, staffViewer) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/empfehlungen/Recommendation%3A1?lang=en');
    await screen.findByRole('heading', { level: 2, name: 'Links' }, lazyLoad);
    expect(screen.getByLabelText('Search actors')).toBeDefined();
    expect(screen.getByLabelText('Add a responsible actor')).toBeDefined();
    expect(within(screen.getByLabelText('Findings from')).getByRole('option', { name: 'all municipalities of the region' })).toBeDefined();
    await within(screen.getByLabelText('Add a finding')).findByRole('option', { name: 'Das Bürgerbusnetz trägt. – What works well, whole region' });
  });
});
