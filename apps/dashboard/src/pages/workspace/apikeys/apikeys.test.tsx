import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../App';
import { resetViewer } from '../../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../../test/fetchStub';
import { shellData } from '../../../test/fixtures';
import { staffViewer } from '../fixtures';

// The workspace is a lazily loaded chunk; on a busy machine its first load takes a while.
const lazyLoad = { timeout: 30_000 };
const adminViewer = { ...staffViewer, id: 'User:admin', role: 'ADMIN' as const, region: null };
const plainKey = 'atlas_AbCdEfGh0123456789AbCdEfGhIjKl012345';

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

function keyNode(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ApiKey:1',
    name: 'Stadtarchiv',
    prefix: 'atlas_Xy12Zw34',
    role: 'PARTNER',
    state: 'ACTIVE',
    createdAt: '2026-11-01T09:00:00.000Z',
    expiresAt: null,
    lastUsedAt: '2026-11-20T10:30:00.000Z',
    revokedAt: null,
    region: null,
    ...overrides,
  };
}

function stubKeys(respond: (request: RecordedRequest) => unknown, viewer: object = adminViewer) {
  return stubGraphQL((request) => {
    if (request.operationName === 'Shell') return { data: shellData(false) };
    if (request.operationName === 'Viewer') return { data: { viewer } };
    return respond(request) ?? { data: {} };
  });
}

beforeEach(() => resetViewer());

describe('API keys page', { timeout: 60_000 }, () => {
  it('lists keys with prefix, region, dates, last use and state', async () => {
    stubKeys((request) =>
      request.operationName === 'ApiKeys'
        ? {
            data: {
              apiKeys: {
                totalCount: 2,
                edges: [
                  { node: keyNode() },
                  { node: keyNode({ id: 'ApiKey:2', name: 'Alt', prefix: 'atlas_Old00000', state: 'REVOKED', revokedAt: '2026-11-10T12:00:00.000Z', lastUsedAt: null, region: { slug: 'bergisches-land' }, expiresAt: '2026-12-31T23:59:59.999Z' }) },
                ],
              },
            },
          }
        : undefined,
    );
    renderAt('/arbeitsbereich/schluessel');
    const table = await screen.findByRole('table', { name: 'API-Schlüssel, neueste zuerst' }, lazyLoad);
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(within(first!).getByRole('rowheader').textContent).toBe('Stadtarchiv');
    expect(first!.textContent).toContain('atlas_Xy12Zw34…');
    expect(first!.textContent).toContain('alle Regionen');
    expect(first!.textContent).toContain('nie');
    expect(first!.textContent).toContain('gültig');
    expect(within(first!).getByRole('button', { name: 'Schlüssel „Stadtarchiv“ widerrufen' })).toBeDefined();
    expect(second!.textContent).toContain('bergisches-land');
    expect(second!.textContent).toContain('noch nicht');
    expect(second!.textContent).toMatch(/widerrufen am 10\.11\.2026/);
    expect(within(second!).queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'API-Schlüssel' })).toBeDefined();
  });

  it('creates a key and shows it once with a copy button and a warning', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let created = false;
    const requests = stubKeys((request) => {
      if (request.operationName === 'ApiKeys') return { data: { apiKeys: { totalCount: created ? 1 : 0, edges: created ? [{ node: keyNode({ lastUsedAt: null }) }] : [] } } };
      if (request.operationName === 'CreateApiKey') {
        const input = request.variables.input as { name: string };
        if (!input.name) {
          return {
            data: { createApiKey: { __typename: 'ValidationError', code: 'VALIDATION', message: 'name: darf nicht leer sein', problems: [{ field: 'name', reason: 'darf nicht leer sein' }] } },
          };
        }
        created = true;
        return { data: { createApiKey: { __typename: 'CreatedApiKey', key: plainKey, apiKey: { id: 'ApiKey:1', name: input.name, prefix: 'atlas_Xy12Zw34' } } } };
      }
      return undefined;
    });
    renderAt('/arbeitsbereich/schluessel');
    expect(await screen.findByText('Noch keine API-Schlüssel.', {}, lazyLoad)).toBeDefined();
    const form = screen.getByRole('button', { name: 'Schlüssel anlegen' }).closest('form')!;

    fireEvent.click(within(form).getByRole('button', { name: 'Schlüssel anlegen' }));
    const name = within(form).getByLabelText('Name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('darf nicht leer sein')).toBeDefined();
    expect(screen.queryByTestId('apikey-created')).toBeNull();

    fireEvent.change(name, { target: { value: 'Stadtarchiv' } });
    fireEvent.change(within(form).getByLabelText('Läuft ab am'), { target: { value: '2027-03-31' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Schlüssel anlegen' }));
    const shown = await screen.findByTestId('apikey-created');
    expect((within(shown).getByLabelText('Schlüssel') as HTMLInputElement).value).toBe(plainKey);
    expect(shown.textContent).toContain('nur dieses eine Mal angezeigt');
    expect(requests.filter((r) => r.operationName === 'CreateApiKey').at(-1)?.variables).toEqual({
      input: { name: 'Stadtarchiv', role: 'PARTNER', regionSlug: null, expiresAt: '2027-03-31' },
    });
    fireEvent.click(within(shown).getByRole('button', { name: 'Schlüssel kopieren' }));
    expect(await within(shown).findByText('Kopiert.')).toBeDefined();
    expect(writeText).toHaveBeenCalledWith(plainKey);
    // The list reloads with the new key, by prefix only.
    const table = await screen.findByRole('table', { name: 'API-Schlüssel, neueste zuerst' });
    expect(table.textContent).toContain('atlas_Xy12Zw34…');
    expect(table.textContent).not.toContain(plainKey);

    fireEvent.click(within(shown).getByRole('button', { name: 'Fertig, Schlüssel ausblenden' }));
    expect(screen.queryByTestId('apikey-created')).toBeNull();
    expect(document.body.textContent).not.toContain(plainKey);
  });

  it('revokes a key only after confirmation', async () => {
    let revoked = false;
    const requests = stubKeys((request) => {
      if (request.operationName === 'ApiKeys') {
        return { data: { apiKeys: { totalCount: 1, edges: [{ node: keyNode(revoked ? { state: 'REVOKED', revokedAt: '2026-11-25T10:00:00.000Z' } : {}) }] } } };
      }
      if (request.operationName === 'RevokeApiKey') {
        revoked = true;
        return { data: { revokeApiKey: { __typename: 'ApiKey', id: 'ApiKey:1', state: 'REVOKED', revokedAt: '2026-11-25T10:00:00.000Z' } } };
      }
      return undefined;
    });
    renderAt('/arbeitsbereich/schluessel?lang=en');
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke key "Stadtarchiv"' }, lazyLoad));
    let dialog = await screen.findByRole('dialog', { name: 'Revoke key "Stadtarchiv"?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(requests.some((r) => r.operationName === 'RevokeApiKey')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Revoke key "Stadtarchiv"' }));
    dialog = await screen.findByRole('dialog', { name: 'Revoke key "Stadtarchiv"?' });
    expect(dialog.textContent).toContain('cannot be undone');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke for good' }));
    expect((await screen.findByTestId('apikey-notice')).textContent).toBe('The key "Stadtarchiv" is revoked.');
    expect(requests.find((r) => r.operationName === 'RevokeApiKey')?.variables).toEqual({ id: 'ApiKey:1' });
    expect(await screen.findByText(/revoked on/)).toBeDefined();
  });

  it('is for admins only', async () => {
    stubKeys(() => undefined, staffViewer);
    renderAt('/arbeitsbereich/schluessel');
    expect((await screen.findByTestId('workspace-forbidden', {}, lazyLoad)).textContent).toContain('Administration vorbehalten');
    expect(screen.queryByRole('link', { name: 'API-Schlüssel' })).toBeNull();
  });
});
