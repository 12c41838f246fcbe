import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubGraphQL, type RecordedRequest } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { renderAppAt } from '../decisionTestSupport';

function node(key: string, title: string, goals: number[] = []) {
  return {
    node: {
      id: `Indicator:${key}`,
      key,
      title,
      unit: '%',
      topic: 'SDG_MUNICIPAL',
      inferredByHand: key === 'b',
      goals: goals.map((number) => ({ id: `SdgGoal:${number}`, number })),
    },
  };
}

function respond({ operationName, variables }: RecordedRequest) {
  if (operationName === 'Shell') return { data: shellData(false) };
  if (operationName === 'IndicatorList') {
    const second = variables.after === 'cursor-1';
    return {
      data: {
        indicators: {
          totalCount: 3,
          pageInfo: { hasNextPage: !second, endCursor: second ? 'cursor-2' : 'cursor-1' },
          edges: second ? [node('c', 'Drittes')] : [node('a', 'Erstes', [3, 11]), node('b', 'Zweites')],
        },
      },
    };
  }
  throw new Error(`unexpected operation ${operationName}`);
}

describe('indicator catalogue page', () => {
  it('lists the indicators with links, filters from the URL, and appends further pages', async () => {
    const requests = stubGraphQL(respond);
    renderAppAt('/indikatoren?thema=SDG_MUNICIPAL&ziel=3&suche=Armut');

    const table = await screen.findByTestId('catalogue-table');
    expect(screen.getByTestId('catalogue-count').textContent).toBe('3 Indikatoren');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'IndikatorThemenfeldEinheitZiele',
      'ErstesSDG-Indikatoren für Kommunen%Ziel 3, Ziel 11',
      'Zweitesvon Hand abgeleitetSDG-Indikatoren für Kommunen%',
    ]);
    expect(within(table).getByRole('link', { name: 'Erstes' }).getAttribute('href')).toBe('/indikator/a');
    expect(requests.find((r) => r.operationName === 'IndicatorList')?.variables).toEqual({
      search: 'Armut',
      topic: 'SDG_MUNICIPAL',
      goal: 3,
      after: null,
      lang: 'DE',
    });

    fireEvent.click(screen.getByTestId('catalogue-more'));
    await waitFor(() => expect(within(screen.getByTestId('catalogue-table')).getAllByRole('row')).toHaveLength(4));
    expect(requests.at(-1)?.variables).toMatchObject({ after: 'cursor-1', goal: 3 });
    expect(screen.queryByTestId('catalogue-more')).toBeNull();
  });

  it('puts a changed filter into the URL', async () => {
    stubGraphQL(respond);
    renderAppAt('/indikatoren?lang=en');
    await screen.findByTestId('catalogue-table');
    fireEvent.change(screen.getByLabelText('Topic'), { target: { value: 'STRUCTURE' } });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/indikatoren?lang=en&thema=STRUCTURE'));
  });
});
