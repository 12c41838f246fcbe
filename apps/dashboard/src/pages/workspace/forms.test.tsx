import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { resetViewer } from '../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { recommendation, staffViewer } from './fixtures';
import { parseTargetCodes } from './LinksEditor';

const lazyLoad = { timeout: 10_000 };
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
      if (request.operationName === 'IndicatorSearch') return { data: { indicators: { edges: [] } } };
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
      if (request.operationName === 'IndicatorSearch') return { data: { indicators: { edges: [] } } };
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
});
