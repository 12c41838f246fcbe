import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../App';
import { resetViewer } from '../../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../../test/fetchStub';
import { shellData } from '../../../test/fixtures';
import { staffViewer } from '../fixtures';
import { lazyLoad } from '../../../test/lazyLoad';

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

const stored = {
  __typename: 'Publication',
  id: 'Publication:1',
  kind: 'SITUATION_ANALYSIS',
  slug: 'situationsanalyse-wuppertal',
  status: 'DRAFT',
  version: 4,
  titleDe: 'Situationsanalyse Wuppertal',
  titleEn: null,
  bodyDe: '## Ausgangslage\n\nText.',
  bodyEn: null,
  publishedAt: null,
  viewerCanEdit: true,
  municipality: { ags: '05124000', name: 'Wuppertal' },
};

function common(request: RecordedRequest, viewer: unknown = staffViewer): unknown {
  if (request.operationName === 'Shell') return { data: shellData(false) };
  if (request.operationName === 'Viewer') return { data: { viewer } };
  if (request.operationName === 'PublicationMunicipalities') return { data: { municipalities: shellData(false).municipalities } };
  if (request.operationName === 'WorkspacePublication') return { data: { node: stored } };
  return { data: {} };
}

beforeEach(() => resetViewer());

describe('publication editor', () => {
  it('previews Markdown with the server’s sanitiser: no script, no javascript: link', async () => {
    stubGraphQL((request) => common(request));
    renderAt('/arbeitsbereich/veroeffentlichungen/neu');
    await screen.findByRole('heading', { level: 1, name: 'Neue Veröffentlichung' }, lazyLoad);
    fireEvent.change(screen.getByLabelText(/^Text \(deutsch, Markdown\)/), {
      target: { value: '# Titel\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[böse](javascript:alert(3)) [gut](https://example.org)' },
    });
    const preview = screen.getByTestId('markdown-preview');
    await waitFor(() => expect(preview.querySelector('h1')?.textContent).toBe('Titel'));
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.querySelector('img')).toBeNull();
    expect(preview.textContent).toContain('<script>alert(1)</script>');
    const links = [...preview.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org']);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    // Imprint and privacy are offered to admins only.
    const kinds = [...(screen.getByLabelText(/^Art/) as HTMLSelectElement).options].map((option) => option.value);
    expect(kinds).not.toContain('IMPRINT');
    expect(kinds).not.toContain('PRIVACY');
  });

  it('shows a conflict without losing the text and saves it over the newer version on request', async () => {
    let updates = 0;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'UpdatePublication') {
        updates += 1;
        const input = request.variables.input as { bodyDe: string; expectedVersion: number };
        return updates === 1
          ? { data: { updatePublication: { __typename: 'ConflictError', code: 'CONFLICT', message: 'Version 5 ist neuer', currentVersion: 5 } } }
          : { data: { updatePublication: { ...stored, bodyDe: input.bodyDe, version: input.expectedVersion + 1 } } };
      }
      return common(request);
    });
    renderAt('/arbeitsbereich/veroeffentlichungen/Publication%3A1');
    await screen.findByRole('heading', { level: 1, name: 'Veröffentlichung bearbeiten: Situationsanalyse Wuppertal' }, lazyLoad);
    const body = screen.getByLabelText(/^Text \(deutsch, Markdown\)/) as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: '## Ausgangslage\n\nMein neuer Absatz.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));

    const alert = await screen.findByTestId('form-error');
    expect(alert.textContent).toContain('Inzwischen von jemand anderem geändert');
    expect(body.value).toBe('## Ausgangslage\n\nMein neuer Absatz.');
    fireEvent.click(screen.getByRole('button', { name: 'Meinen Text trotzdem speichern' }));
    await screen.findByText('Gespeichert.');
    const sent = requests.filter((r) => r.operationName === 'UpdatePublication').map((r) => (r.variables.input as { expectedVersion: number }).expectedVersion);
    expect(sent).toEqual([4, 5]);
    expect(screen.getByTestId('publication-status').textContent).toContain('Version 6');
  });

  it('shows an imprint read-only to staff', async () => {
    stubGraphQL((request) => {
      if (request.operationName === 'WorkspacePublication') return { data: { node: { ...stored, kind: 'IMPRINT', slug: 'impressum', titleDe: 'Impressum', viewerCanEdit: false, municipality: null } } };
      return common(request);
    });
    renderAt('/arbeitsbereich/veroeffentlichungen/Publication%3A2');
    await screen.findByText('Diese Seite dürfen Sie nicht ändern.', undefined, lazyLoad);
    expect((screen.getByLabelText(/^Titel \(deutsch\)/) as HTMLInputElement).closest('fieldset')?.disabled).toBe(true);
  });
});
