import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { resetViewer } from '../../auth/viewer';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { staffViewer } from './fixtures';
import { lazyLoad } from '../../test/lazyLoad';

const nationalTarget = { id: 'IndicatorTarget:1', scope: 'COUNTRY', value: 20, year: 2030, comparator: 'AT_LEAST', note: 'Ziel der DNS', source: null, municipality: null };
const localTarget = {
  id: 'IndicatorTarget:2',
  scope: 'MUNICIPALITY',
  value: 25,
  year: 2030,
  comparator: 'AT_LEAST',
  note: 'Ratsbeschluss',
  source: 'Rat Wuppertal 2024',
  municipality: { ags: '05124000', name: 'Wuppertal' },
};

function indicatorAnswer(targets: unknown[]): unknown {
  return { data: { indicator: { id: 'Indicator:cycling', key: 'cycling', title: 'Radwegenetz', unit: 'km', targets: { totalCount: targets.length, nodes: targets } } } };
}

function common(request: RecordedRequest): unknown {
  if (request.operationName === 'Shell') return { data: shellData(false) };
  if (request.operationName === 'Viewer') return { data: { viewer: staffViewer } };
  if (request.operationName === 'MunicipalityOptions') return { data: { municipalities: shellData(false).municipalities } };
  if (request.operationName === 'IndicatorCatalogue') {
    const edges = request.variables.topic === 'SDG_MUNICIPAL' ? [{ node: { id: 'Indicator:cycling', key: 'cycling', title: 'Radwegenetz', topic: 'SDG_MUNICIPAL' } }] : [];
    return { data: { indicators: { pageInfo: { hasNextPage: false, endCursor: null }, edges } } };
  }
  return undefined;
}

async function openIndicator() {
  render(
    <MemoryRouter initialEntries={['/arbeitsbereich/zielwerte']}>
      <App />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Lokale Zielwerte' }, lazyLoad);
  const picker = await screen.findByTestId('target-indicator');
  await within(picker).findByRole('option', { name: 'Radwegenetz' });
  fireEvent.change(picker, { target: { value: 'cycling' } });
  await screen.findByTestId('targets-table');
}

beforeEach(() => resetViewer());
afterEach(() => vi.restoreAllMocks());

describe('targets page', () => {
  it('lists national targets read-only and adds a municipal target', async () => {
    let saved = false;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'IndicatorTargets') return indicatorAnswer(saved ? [nationalTarget, localTarget] : [nationalTarget]);
      if (request.operationName === 'SetIndicatorTarget') {
        saved = true;
        return { data: { setIndicatorTarget: { __typename: 'IndicatorTarget', id: 'IndicatorTarget:2' } } };
      }
      return common(request) ?? { data: {} };
    });
    await openIndicator();
    const national = within(screen.getByTestId('targets-table')).getAllByRole('row')[1]!;
    expect(national.textContent).toContain('nur lesbar');
    expect(within(national).queryByRole('button')).toBeNull();

    const unit = screen.getByLabelText('Gebiet');
    await within(unit).findByRole('option', { name: 'Wuppertal' });
    fireEvent.change(unit, { target: { value: '05124000' } });
    fireEvent.change(screen.getByLabelText('Zieljahr'), { target: { value: '2030' } });
    fireEvent.change(screen.getByLabelText('Zielwert (km)'), { target: { value: '25,5' } });
    fireEvent.change(screen.getByLabelText('Vergleich'), { target: { value: 'AT_LEAST' } });
    fireEvent.change(screen.getByLabelText('Beschreibung (deutsch)'), { target: { value: 'Ratsbeschluss' } });
    fireEvent.change(screen.getByLabelText(/^Quelle/), { target: { value: 'Rat Wuppertal 2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zielwert speichern' }));

    await screen.findByText('Zielwert gespeichert.');
    expect(requests.find((r) => r.operationName === 'SetIndicatorTarget')?.variables).toEqual({
      input: { indicatorKey: 'cycling', ags: '05124000', year: 2030, value: 25.5, comparator: 'AT_LEAST', note: 'Ratsbeschluss', noteEn: null, source: 'Rat Wuppertal 2024' },
    });
    await screen.findByRole('button', { name: 'Zielwert Wuppertal 2030 löschen' });
  });

  it('shows a refused field next to its field', async () => {
    stubGraphQL((request) => {
      if (request.operationName === 'IndicatorTargets') return indicatorAnswer([nationalTarget]);
      if (request.operationName === 'SetIndicatorTarget') {
        return {
          data: {
            setIndicatorTarget: {
              __typename: 'ValidationError',
              code: 'VALIDATION',
              message: 'year: muss zwischen 2000 und 2100 liegen',
              problems: [{ field: 'year', reason: 'muss zwischen 2000 und 2100 liegen' }],
            },
          },
        };
      }
      return common(request) ?? { data: {} };
    });
    await openIndicator();
    fireEvent.change(screen.getByLabelText('Zieljahr'), { target: { value: '1990' } });
    fireEvent.change(screen.getByLabelText('Zielwert (km)'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zielwert speichern' }));

    const year = screen.getByLabelText('Zieljahr');
    await waitFor(() => expect(year.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(year.getAttribute('aria-describedby') ?? '')?.textContent).toBe('muss zwischen 2000 und 2100 liegen');
    expect(screen.getByLabelText('Zielwert (km)').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('form-error').textContent).toBe('Bitte prüfen Sie die markierten Felder.');
  });

  it('refuses a value that is not a number without asking the API', async () => {
    const requests = stubGraphQL((request) => (request.operationName === 'IndicatorTargets' ? indicatorAnswer([]) : (common(request) ?? { data: {} })));
    render(
      <MemoryRouter initialEntries={['/arbeitsbereich/zielwerte']}>
        <App />
      </MemoryRouter>,
    );
    const picker = await screen.findByTestId('target-indicator', {}, lazyLoad);
    await within(picker).findByRole('option', { name: 'Radwegenetz' });
    fireEvent.change(picker, { target: { value: 'cycling' } });
    await screen.findByTestId('targets-none');
    fireEvent.change(screen.getByLabelText('Zieljahr'), { target: { value: '2030' } });
    fireEvent.change(screen.getByLabelText('Zielwert (km)'), { target: { value: 'viel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zielwert speichern' }));
    const value = screen.getByLabelText('Zielwert (km)');
    await waitFor(() => expect(value.getAttribute('aria-invalid')).toBe('true'));
    expect(requests.some((r) => r.operationName === 'SetIndicatorTarget')).toBe(false);
  });

  it('deletes a local target after confirming', async () => {
    let deleted = false;
    const requests = stubGraphQL((request) => {
      if (request.operationName === 'IndicatorTargets') return indicatorAnswer(deleted ? [nationalTarget] : [nationalTarget, localTarget]);
      if (request.operationName === 'DeleteIndicatorTarget') {
        deleted = true;
        return { data: { deleteIndicatorTarget: { __typename: 'IndicatorTarget', id: 'IndicatorTarget:2' } } };
      }
      return common(request) ?? { data: {} };
    });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await openIndicator();
    fireEvent.click(screen.getByRole('button', { name: 'Zielwert Wuppertal 2030 löschen' }));
    await screen.findByText('Zielwert gelöscht.');
    expect(confirm).toHaveBeenCalledWith('Zielwert für Wuppertal (2030) wirklich löschen?');
    expect(requests.find((r) => r.operationName === 'DeleteIndicatorTarget')?.variables).toEqual({ id: 'IndicatorTarget:2' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Zielwert Wuppertal 2030 löschen' })).toBeNull());
  });
});
