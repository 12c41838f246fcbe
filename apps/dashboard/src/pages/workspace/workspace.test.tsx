import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { resetViewer } from '../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { emptyLinkPickers, recommendation, staffViewer } from './fixtures';
import { lazyLoad } from '../../test/lazyLoad';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
      <Routes>
        <Route path="*" element={<LocationProbe />} />
      </Routes>
    </MemoryRouter>,
  );
}

const shell = (request: RecordedRequest) => (request.operationName === 'Shell' ? { data: shellData(false) } : undefined);

beforeEach(() => resetViewer());

describe('workspace access', () => {
  it('sends anonymous visitors to the sign-in page, which returns them after signing in', async () => {
    let signedIn = false;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'Viewer') return { data: { viewer: signedIn ? staffViewer : null } };
      if (request.operationName === 'Login') {
        signedIn = request.variables.password === 'richtig-langes-passwort';
        return {
          data: {
            login: signedIn
              ? { __typename: 'User', id: staffViewer.id }
              : { __typename: 'UnauthenticatedError', code: 'UNAUTHENTICATED', message: 'Anmeldung fehlgeschlagen: E-Mail-Adresse oder Passwort stimmt nicht.' },
          },
        };
      }
      if (request.operationName === 'WorkspaceRecommendations') return { data: { recommendations: { totalCount: 0, edges: [] } } };
      return shell(request) ?? { data: { municipalities: [], sdgGoals: [] } };
    });
    renderAt('/arbeitsbereich/import?lang=en');

    await screen.findByRole('heading', { level: 1, name: 'Sign in' }, lazyLoad);
    const location = new URL(screen.getByTestId('location').textContent ?? '', 'http://x');
    expect(location.pathname).toBe('/anmelden');
    expect(location.searchParams.get('weiter')).toBe('/arbeitsbereich/import?lang=en');

    fireEvent.change(screen.getByLabelText('Email address'), { target: { value: 'staff@demo.agenda-atlas.de' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'falsch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByTestId('sign-in-error')).textContent).toContain('Anmeldung fehlgeschlagen');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'richtig-langes-passwort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'CSV import and export' });
    expect(screen.getByTestId('location').textContent).toBe('/arbeitsbereich/import?lang=en');
    expect(screen.getByTestId('signed-in-as').textContent).toBe('Signed in as Petra Beispiel');
    expect(requests.filter((r) => r.operationName === 'Login').map((r) => r.variables.email)).toEqual([
      'staff@demo.agenda-atlas.de',
      'staff@demo.agenda-atlas.de',
    ]);
  });

  it('tells a partner account it has no access, and hides the accounts page from staff', async () => {
    let viewer = { ...staffViewer, role: 'PARTNER' };
    stubGraphQL((request) => (request.operationName === 'Viewer' ? { data: { viewer } } : (shell(request) ?? { data: {} })));
    const first = renderAt('/arbeitsbereich/empfehlungen');
    expect((await screen.findByTestId('workspace-forbidden', {}, lazyLoad)).textContent).toContain('keinen Zugang');
    first.unmount();

    resetViewer();
    viewer = staffViewer;
    renderAt('/arbeitsbereich/konten');
    expect((await screen.findByTestId('workspace-forbidden', {}, lazyLoad)).textContent).toContain('Administration vorbehalten');
    expect(screen.queryByRole('link', { name: 'Konten' })).toBeNull();
  });
});

describe('status dialog', () => {
  function stubRecommendation(options: { onUpdate: (request: RecordedRequest) => unknown; afterConflict?: ReturnType<typeof recommendation> }) {
    let conflicted = false;
    return stubGraphQL((request) => {
      if (request.operationName === 'Viewer') return { data: { viewer: staffViewer } };
      if (request.operationName === 'WorkspaceRecommendation') {
        return { data: { recommendation: conflicted && options.afterConflict ? options.afterConflict : recommendation() } };
      }
      if (request.operationName === 'UpdateRecommendationStatus') {
        const answer = options.onUpdate(request) as { data: { updateRecommendationStatus: { code?: string } } };
        if (answer.data.updateRecommendationStatus.code === 'CONFLICT') conflicted = true;
        return answer;
      }
      return emptyLinkPickers(request.operationName) ?? shell(request) ?? { data: {} };
    });
  }

  async function openDialog() {
    renderAt('/arbeitsbereich/empfehlungen/Recommendation%3A1');
    await screen.findByRole('heading', { level: 1, name: 'Radverkehr ausbauen' }, lazyLoad);
    const open = screen.getByRole('button', { name: 'Status und Fortschritt ändern' });
    open.focus();
    fireEvent.click(open);
    return screen.getByRole('dialog', { name: 'Status und Fortschritt ändern' });
  }

  it('offers only the allowed statuses, constrains progress, and requires a note for on hold', async () => {
    const requests = stubRecommendation({ onUpdate: () => ({ data: { updateRecommendationStatus: { __typename: 'Recommendation', id: 'Recommendation:1', version: 4, status: 'ON_HOLD', progress: 5 } } }) });
    const dialog = await openDialog();
    const options = within(dialog).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(options).toEqual(['Vereinbart (nur Fortschritt ändern)', 'In Umsetzung', 'Zurückgestellt', 'Abgelehnt']);
    expect(within(dialog).getByRole('radio', { name: 'In Umsetzung' })).toHaveProperty('checked', true);

    const progress = within(dialog).getByLabelText(/Fortschritt in %/) as HTMLInputElement;
    expect(progress.value).toBe('5');
    expect(progress.min).toBe('1');
    expect(progress.max).toBe('99');
    expect(dialog.textContent).toContain('erlaubt: 1 bis 99 %');

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Zurückgestellt' }));
    expect(progress.readOnly).toBe(true);
    expect(dialog.textContent).toContain('Pflichtfeld: Begründen Sie die Änderung.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await within(dialog).findByText(/muss begründen/)).toBeDefined();
    expect(requests.some((r) => r.operationName === 'UpdateRecommendationStatus')).toBe(false);

    fireEvent.change(within(dialog).getByLabelText(/Notiz/), { target: { value: 'Haushaltssperre bis Herbst' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.find((r) => r.operationName === 'UpdateRecommendationStatus')?.variables).toEqual({
      input: { id: 'Recommendation:1', status: 'ON_HOLD', progress: 5, note: 'Haushaltssperre bis Herbst', expectedVersion: 3 },
    });
    expect((await screen.findByTestId('workspace-notice')).textContent).toBe('Gespeichert.');
  });

  it('explains a conflict, reloads the current version and keeps the note for the next try', async () => {
    let attempts = 0;
    const requests = stubRecommendation({
      afterConflict: recommendation({ version: 4, status: 'IN_PROGRESS', progress: 20, rolledUpProgress: 20 }),
      onUpdate: () => {
        attempts++;
        return attempts === 1
          ? {
              data: {
                updateRecommendationStatus: {
                  __typename: 'ConflictError',
                  code: 'CONFLICT',
                  message: 'Inzwischen geändert: gelesen wurde Version 3, aktuell ist Version 4.',
                  currentVersion: 4,
                },
              },
            }
          : { data: { updateRecommendationStatus: { __typename: 'Recommendation', id: 'Recommendation:1', version: 5, status: 'IN_PROGRESS', progress: 30 } } };
      },
    });
    const dialog = await openDialog();
    fireEvent.change(within(dialog).getByLabelText(/Notiz/), { target: { value: 'Erste Abschnitte gebaut' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    const conflict = await within(dialog).findByTestId('conflict-message');
    expect(conflict.getAttribute('role')).toBe('alert');
    expect(conflict.textContent).toContain('seit Sie sie geöffnet haben');
    await waitFor(() => expect(dialog.textContent).toContain('Aktuell: In Umsetzung, 20 %'));
    expect(conflict.textContent).toContain('Jetzt geladen: Version 4.');
    expect((within(dialog).getByLabelText(/Notiz/) as HTMLTextAreaElement).value).toBe('Erste Abschnitte gebaut');
    expect(within(dialog).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      'In Umsetzung (nur Fortschritt ändern)',
      'Umgesetzt',
      'Zurückgestellt',
    ]);

    fireEvent.change(within(dialog).getByLabelText(/Fortschritt in %/), { target: { value: '30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const updates = requests.filter((r) => r.operationName === 'UpdateRecommendationStatus').map((r) => r.variables.input);
    expect(updates).toEqual([
      { id: 'Recommendation:1', status: 'IN_PROGRESS', progress: 5, note: 'Erste Abschnitte gebaut', expectedVersion: 3 },
      { id: 'Recommendation:1', status: 'IN_PROGRESS', progress: 30, note: 'Erste Abschnitte gebaut', expectedVersion: 4 },
    ]);
  });

  it('is a labelled modal that keeps focus inside and closes with Escape', async () => {
    stubRecommendation({ onUpdate: () => ({ data: {} }) });
    const dialog = await openDialog();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getAllByRole('radio')[0]);
    const cancel = within(dialog).getByRole('button', { name: 'Abbrechen' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getAllByRole('radio')[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Status und Fortschritt ändern' }));
  });

  it('shows the history with authors, newest first', async () => {
    const requests = stubRecommendation({ onUpdate: () => ({ data: {} }) });
    renderAt('/arbeitsbereich/empfehlungen/Recommendation%3A1');
    const history = await screen.findByTestId('recommendation-history', {}, lazyLoad);
    const entries = within(history).getAllByRole('listitem').map((item) => item.textContent);
    expect(entries[0]).toContain('Status: Veröffentlicht → Vereinbart');
    expect(entries[0]).toContain('Fortschritt: 0 % → 5 %');
    expect(entries[0]).toContain('Auf der Vernetzungskonferenz vereinbart');
    expect(entries[0]).toContain('von Jan Muster');
    expect(entries[2]).toContain('Angelegt als „Entwurf“');
    // Of a long history, the newest changes.
    expect(requests.find((request) => request.operationName === 'WorkspaceRecommendation')?.query).toMatch(/history\(last: 100\)/);
  });
});

describe('CSV import', () => {
  it('shows the dry run problems as a table of line, column and reason, and offers no import', async () => {
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'Viewer') return { data: { viewer: staffViewer } };
      if (request.operationName === 'ImportRecommendationsCsv') {
        return {
          data: {
            importRecommendationsCsv: {
              __typename: 'CsvImportError',
              code: 'VALIDATION',
              message: 'Die Datei wurde nicht importiert: 2 Problem(e), nichts wurde gespeichert',
              csvProblems: [
                { line: 2, column: 'status', reason: '„FERTIG“ ist kein Status' },
                { line: 3, column: null, reason: 'hat 3 statt 8 Zellen' },
              ],
            },
          },
        };
      }
      return shell(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/import');
    await screen.findByRole('heading', { level: 1, name: 'CSV-Import und -Export' }, lazyLoad);
    expect(screen.getByTestId('csv-export-link').getAttribute('href')).toBe('/export/recommendations.csv');
    fireEvent.change(screen.getByLabelText('oder CSV-Text einfügen'), { target: { value: 'title_de,text_de,status\nA,B,FERTIG\nx,y\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Prüfen (Probelauf)' }));

    const table = await screen.findByRole('table', { name: 'Probleme der Datei' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'ZeileSpalteGrund',
      '2status„FERTIG“ ist kein Status',
      '3ganze Zeilehat 3 statt 8 Zellen',
    ]);
    expect(screen.getByTestId('csv-result').textContent).toContain('nichts wurde gespeichert: 2 Probleme');
    expect(screen.getByTestId('csv-import-button')).toHaveProperty('disabled', true);
    expect(requests.find((r) => r.operationName === 'ImportRecommendationsCsv')?.variables).toMatchObject({ dryRun: true });
  });

  it('imports only the text that passed the dry run', async () => {
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'Viewer') return { data: { viewer: staffViewer } };
      if (request.operationName === 'ImportRecommendationsCsv') {
        return { data: { importRecommendationsCsv: { __typename: 'RecommendationCsvImport', dryRun: request.variables.dryRun, created: 2, updated: 1 } } };
      }
      return shell(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/import?lang=en');
    const text = await screen.findByLabelText('or paste CSV text', {}, lazyLoad);
    fireEvent.change(text, { target: { value: 'title_de,text_de\nA,B\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    expect((await screen.findByTestId('csv-result')).textContent).toContain('Dry run without problems: 2 new and 1 changed');

    fireEvent.change(text, { target: { value: 'title_de,text_de\nA,B\nC,D\n' } });
    expect(screen.getByTestId('csv-import-button')).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    await waitFor(() => expect(screen.getByTestId('csv-import-button')).toHaveProperty('disabled', false));
    fireEvent.click(screen.getByTestId('csv-import-button'));
    expect((await screen.findByText(/Imported: 2 new/)).textContent).toBe('Imported: 2 new and 1 changed recommendations.');
    expect(requests.filter((r) => r.operationName === 'ImportRecommendationsCsv').map((r) => r.variables.dryRun)).toEqual([true, true, false]);
  });
});
