import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResultOf } from '../../graphql/graphql';
import { stubGraphQL } from '../../test/fetchStub';
import { shellData } from '../../test/fixtures';
import { renderAppAt } from '../decisionTestSupport';
import type { GoalPageQuery } from './GoalPage';

function goalData(): ResultOf<typeof GoalPageQuery> {
  const latest = (value: number, year: number) => ({ year, value, isDemo: false });
  return {
    sdgGoal: {
      id: 'SdgGoal:11',
      number: 11,
      code: '11',
      title: 'Städte und Siedlungen inklusiv, sicher, widerstandsfähig und nachhaltig gestalten',
      shortTitle: 'Nachhaltige Städte und Gemeinden',
      color: '#FD9D24',
      targets: [{ id: 'SdgTarget:11.6', code: '11.6', title: 'Umweltbelastung durch Städte senken' }],
    },
    indicators: {
      totalCount: 2,
      edges: [
        {
          node: {
            id: 'Indicator:b',
            key: 'b_leer',
            title: 'Angebotsmietpreise',
            unit: '€ je m²',
            decimals: 2,
            series: [{ unitKind: 'MUNICIPALITY', ags: '05124000', name: 'Wuppertal', computed: false, latest: null }],
          },
        },
        {
          node: {
            id: 'Indicator:a',
            key: 'a_flaeche',
            title: 'Siedlungs- und Verkehrsfläche',
            unit: '%',
            decimals: 1,
            series: [
              { unitKind: 'MUNICIPALITY', ags: '05124000', name: 'Wuppertal', computed: false, latest: latest(60.25, 2021) },
              { unitKind: 'MUNICIPALITY', ags: '05122000', name: 'Solingen', computed: false, latest: null },
              { unitKind: 'REGION', ags: null, name: 'Bergisches Land', computed: true, latest: latest(30, 2021) },
            ],
          },
        },
      ],
    },
  };
}

function recommendationsData(count: number) {
  return {
    recommendations: {
      totalCount: count,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: Array.from({ length: count }, (_, i) => ({
        node: {
          id: `Recommendation:${i}`,
          title: `Radwege ausbauen ${i}`,
          status: 'IN_PROGRESS',
          progress: 40,
          rolledUpProgress: 40,
          dueDate: null,
          isDemo: true,
          municipality: { id: 'Municipality:05124000', ags: '05124000', name: 'Wuppertal' },
        },
      })),
    },
  };
}

describe('goal page', () => {
  it('lists the indicators of the goal with the latest value per unit, and its recommendations', async () => {
    const requests = stubGraphQL(({ operationName }) => {
      if (operationName === 'Shell') return { data: shellData(true) };
      if (operationName === 'GoalPage') return { data: goalData() };
      if (operationName === 'PublicRecommendations') return { data: recommendationsData(1) };
      throw new Error(`unexpected operation ${operationName}`);
    });
    renderAppAt('/ziel/11');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ziel 11: Nachhaltige Städte und Gemeinden' })).toBeDefined();
    const table = screen.getByTestId('goal-table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'IndikatorWuppertalSolingenBergisches Land (berechnet)',
      'Siedlungs- und Verkehrsflächein %60,3 (2021)–30,0 (2021)',
      // Without values anywhere: listed, but after the indicators with numbers.
      'Angebotsmietpreisein € je m²–––',
    ]);
    expect(within(table).getByRole('link', { name: 'Siedlungs- und Verkehrsfläche' }).getAttribute('href')).toBe('/indikator/a_flaeche');
    expect(screen.getByText('Umweltbelastung durch Städte senken')).toBeDefined();
    expect(screen.getByRole('link', { name: /Nächstes Ziel/ }).getAttribute('href')).toBe('/ziel/12');

    const recommendations = await screen.findAllByTestId('recommendation-card');
    expect(recommendations).toHaveLength(1);
    expect(recommendations[0]?.textContent).toContain('Radwege ausbauen 0');
    expect(requests.find((r) => r.operationName === 'GoalPage')?.variables).toEqual({ number: 11, lang: 'DE' });
    expect(requests.find((r) => r.operationName === 'PublicRecommendations')?.variables).toMatchObject({ goal: 11 });
  });

  it('refuses goal numbers outside 1–17 without asking the API', async () => {
    const requests = stubGraphQL(({ operationName }) => (operationName === 'Shell' ? { data: shellData(false) } : { data: null }));
    renderAppAt('/ziel/18?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Goal not found' })).toBeDefined();
    expect(requests.map((r) => r.operationName)).toEqual(['Shell']);
  });
});
