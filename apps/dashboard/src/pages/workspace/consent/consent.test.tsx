import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../App';
import { resetViewer } from '../../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../../test/fetchStub';
import { shellData } from '../../../test/fixtures';
import { staffViewer } from '../fixtures';
import { isoOfLocal } from './RecordConsentForm';
import { lazyLoad } from '../../../test/lazyLoad';

function renderAt(url: string) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <App />
    </MemoryRouter>,
  );
}

const eva = { id: 'Contact:1', firstName: 'Eva', lastName: 'Muster', email: 'eva@example.org', actor: { id: 'Actor:1', name: 'Eine Welt Forum' } };

function consentLog(current: boolean, erased = false) {
  return {
    consents: {
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [
        {
          node: {
            id: 'Consent:1',
            givenAt: '2026-01-21T19:00:00.000Z',
            withdrawnAt: current ? null : '2026-02-01T10:00:00.000Z',
            current,
            method: 'SIGNED_LIST',
            textVersion: '2026-01',
            contact: erased
              ? { id: 'Contact:erased', firstName: 'Gelöscht', lastName: 'Gelöscht', email: null, erased: true, actor: null }
              : { ...eva, erased: false },
          },
        },
      ],
    },
  };
}

function common(request: RecordedRequest): unknown {
  switch (request.operationName) {
    case 'Shell':
      return { data: shellData(false) };
    case 'Viewer':
      return { data: { viewer: staffViewer } };
    case 'ConsentEvents':
      return { data: { events: { edges: [{ node: { id: 'Event:1', title: 'Kick-off Wuppertal', date: '2026-01-21' } }] } } };
    default:
      return undefined;
  }
}

beforeEach(() => resetViewer());

describe('consent log', () => {
  it('links the exports, filters, records a consent with a refused field first, and withdraws one', async () => {
    let withdrawn = false;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'ConsentLog') return { data: consentLog(!withdrawn) };
      if (request.operationName === 'ConsentPersons') return { data: { contacts: { totalCount: 1, edges: [{ node: eva }] } } };
      if (request.operationName === 'RecordConsent') {
        const input = request.variables.input as { textVersion: string };
        return input.textVersion === ''
          ? {
              data: {
                recordConsent: {
                  __typename: 'ValidationError',
                  code: 'VALIDATION',
                  message: 'textVersion: fehlt',
                  problems: [{ field: 'textVersion', reason: 'fehlt' }],
                },
              },
            }
          : { data: { recordConsent: { __typename: 'Consent', id: 'Consent:2' } } };
      }
      if (request.operationName === 'WithdrawConsent') {
        withdrawn = true;
        return { data: { withdrawConsent: { __typename: 'Consent', id: 'Consent:1', withdrawnAt: '2026-02-01T10:00:00.000Z' } } };
      }
      return common(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/einwilligungen');
    const log = await screen.findByRole('table', { name: 'Einwilligungsprotokoll, neueste zuerst' }, lazyLoad);
    expect(within(log).getByText('Eva Muster')).toBeDefined();
    expect(screen.getByTestId('consent-csv-link').getAttribute('href')).toBe('/export/consents.csv?region=bergisches-land');
    expect(screen.getByRole('link', { name: 'Daten von Eva Muster (JSON)' }).getAttribute('href')).toBe('/export/contacts/Contact%3A1.json');

    fireEvent.click(screen.getByLabelText('Gültige'));
    await waitFor(() => expect(requests.filter((r) => r.operationName === 'ConsentLog').at(-1)?.variables.current).toBe(true));

    const form = screen.getByTestId('consent-form');
    const person = within(form).getByLabelText(/^Person \(/);
    await within(person).findByRole('option', { name: 'Eva Muster (Eine Welt Forum)' });
    fireEvent.change(person, { target: { value: 'Contact:1' } });
    fireEvent.change(within(form).getByLabelText(/^Erteilt am/), { target: { value: '2026-01-21T20:00' } });
    const eventSelect = within(form).getByLabelText(/^Veranstaltung/);
    await within(eventSelect).findByRole('option', { name: '2026-01-21 – Kick-off Wuppertal' });
    fireEvent.change(eventSelect, { target: { value: 'Event:1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Einwilligung speichern' }));
    const version = within(form).getByLabelText(/^Fassung des Einwilligungstexts/);
    await waitFor(() => expect(version.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('fehlt')).toBeDefined();
    expect((person as HTMLSelectElement).value).toBe('Contact:1');

    fireEvent.change(version, { target: { value: '2026-01' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Einwilligung speichern' }));
    expect((await screen.findByTestId('consent-notice')).textContent).toBe('Die Einwilligung von Eva Muster ist gespeichert.');
    expect(requests.filter((r) => r.operationName === 'RecordConsent').at(-1)?.variables).toEqual({
      input: { contactId: 'Contact:1', givenAt: isoOfLocal('2026-01-21T20:00'), eventId: 'Event:1', method: 'SIGNED_LIST', textVersion: '2026-01' },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Einwilligung von Eva Muster widerrufen' }));
    // The notice of the last step is still there until the answer arrives: wait for the new text.
    await waitFor(() => expect(screen.getByTestId('consent-notice').textContent).toBe('Die Einwilligung von Eva Muster ist widerrufen.'));
    expect(requests.find((r) => r.operationName === 'WithdrawConsent')?.variables).toEqual({ input: { id: 'Consent:1' } });
    expect(await within(screen.getByTestId('consent-log')).findByText(/widerrufen am/)).toBeDefined();
  });

  it('erases a person only after the name is typed, and says what is kept', async () => {
    let erased = false;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'ConsentLog') return { data: consentLog(!erased, erased) };
      if (request.operationName === 'ConsentPersons') return { data: { contacts: { totalCount: erased ? 0 : 1, edges: erased ? [] : [{ node: eva }] } } };
      if (request.operationName === 'EraseContact') {
        erased = true;
        return { data: { eraseContact: { __typename: 'Contact', id: 'Contact:erased', erased: true } } };
      }
      return common(request) ?? { data: {} };
    });
    renderAt('/arbeitsbereich/einwilligungen?lang=en');
    fireEvent.click(await screen.findByRole('button', { name: 'Erase Eva Muster' }, lazyLoad));
    const dialog = await screen.findByRole('dialog', { name: 'Erase the personal data of Eva Muster?' });
    expect(dialog.textContent).toContain('Only anonymous facts stay');
    const confirm = within(dialog).getByRole('button', { name: 'Erase for good' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('To confirm, type the name “Eva Muster”'), { target: { value: 'Eva' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('To confirm, type the name “Eva Muster”'), { target: { value: 'eva muster' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);

    expect((await screen.findByTestId('consent-notice')).textContent).toBe('The personal data is erased.');
    expect(requests.find((r) => r.operationName === 'EraseContact')?.variables).toEqual({ id: 'Contact:1' });
    await waitFor(() => expect(screen.queryByText('Eva Muster')).toBeNull());
    expect(within(screen.getByTestId('consent-log')).getByText('person erased')).toBeDefined();
  });
});
