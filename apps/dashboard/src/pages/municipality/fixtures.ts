// Stubbed answer of the profile's indicator query for the page tests.
import type { ResultOf } from '../../graphql/graphql';
import type { MunicipalityIndicatorsQuery } from './ProfileIndicators';

export function wuppertalIndicators(): ResultOf<typeof MunicipalityIndicatorsQuery> {
  const climate = { id: 'SdgGoal:13', number: 13, code: '13', shortTitle: 'Maßnahmen zum Klimaschutz', color: '#3F7E44' };
  const health = { id: 'SdgGoal:3', number: 3, code: '3', shortTitle: 'Gesundheit und Wohlergehen', color: '#4C9F38' };
  return {
    municipality: {
      id: 'Municipality:05124000',
      name: 'Wuppertal',
      profile: { commuters: { year: 2015, inbound: 60000, outbound: 70500, balance: -10500 } },
      indicators: [
        {
          computed: false,
          indicator: { id: 'Indicator:co2', key: 'co2', title: 'CO₂-Emissionen je Einwohner', unit: 't', decimals: 1, sourceName: 'INKAR, BBSR Bonn', goals: [climate, health] },
          latest: { year: 2020, value: 8.46, isDemo: false },
          sparkline: [
            { year: 2018, value: 9 },
            { year: 2020, value: 8.46 },
          ],
          trend: { direction: 'DOWN', assessment: 'IMPROVING', fromYear: 2015, toYear: 2020 },
          progress: { openSdg: { status: 'SUBSTANTIAL_PROGRESS', statusLabel: 'deutlicher Fortschritt' } },
        },
        {
          computed: false,
          indicator: { id: 'Indicator:population', key: 'population', title: 'Bevölkerung', unit: 'Personen', decimals: 0, sourceName: 'Regionaldatenbank Deutschland', goals: [] },
          latest: { year: 2015, value: 348190, isDemo: false },
          sparkline: [{ year: 2015, value: 348190 }],
          trend: null,
          progress: { openSdg: { status: 'NOT_AVAILABLE', statusLabel: 'keine Bewertung möglich' } },
        },
      ],
    },
  };
}
