// Stubbed API answers for the indicator, goal, comparison and map page tests, typed by their documents.
import type { ResultOf } from '../../graphql/graphql';
import type { IndicatorPageQuery } from './IndicatorPage';

type IndicatorData = NonNullable<ResultOf<typeof IndicatorPageQuery>['indicator']>;
type SeriesData = IndicatorData['series'][number];

const notAssessed = (lang: 'DE' | 'EN'): SeriesData['progress'] => ({
  openSdg: {
    status: 'NOT_AVAILABLE',
    statusLabel: lang === 'EN' ? 'not available' : 'keine Bewertung möglich',
    explanation: lang === 'EN' ? 'Neutral indicator: no assessment.' : 'Neutraler Indikator: keine Bewertung.',
  },
  dnsWeather: {
    status: 'NOT_AVAILABLE',
    statusLabel: lang === 'EN' ? 'not available' : 'keine Bewertung möglich',
    explanation: lang === 'EN' ? 'No direction.' : 'Keine Richtung.',
  },
});

function series(unitKind: SeriesData['unitKind'], ags: string | null, name: string, values: Record<number, number>, lang: 'DE' | 'EN'): SeriesData {
  return {
    unitKind,
    ags,
    name,
    computed: unitKind === 'REGION',
    points: Object.entries(values).map(([year, value]) => ({ year: Number(year), value, isDemo: false })),
    progress: notAssessed(lang),
  };
}

/** "population" as the seed has it: six units, the computed region, no references or targets. */
export function populationIndicator(lang: 'DE' | 'EN' = 'DE'): IndicatorData {
  return {
    id: 'Indicator:population',
    key: 'population',
    title: lang === 'EN' ? 'Population' : 'Bevölkerung',
    definition: lang === 'EN' ? 'Average population of the year.' : 'Durchschnittliche Bevölkerung des Jahres.',
    unit: lang === 'EN' ? 'persons' : 'Personen',
    decimals: 0,
    polarity: 'NEUTRAL',
    aggregation: 'SUM',
    topic: 'STRUCTURE',
    sourceName: 'Regionaldatenbank Deutschland',
    sourceUrl: 'https://www.regionalstatistik.de/',
    licence: 'dl-de/by-2-0',
    method: 'Fortschreibung des Bevölkerungsstandes',
    inferredByHand: false,
    inferenceNote: null,
    goals: [],
    sdgTargets: [],
    targets: { totalCount: 0, nodes: [] },
    series: [
      series('MUNICIPALITY', '05124000', 'Wuppertal', { 2014: 345425, 2015: 348190 }, lang),
      series('MUNICIPALITY', '05122000', 'Solingen', { 2014: 155316, 2015: 156771 }, lang),
      series('REGION', null, 'Bergisches Land', { 2014: 500741, 2015: 504961 }, lang),
    ],
  };
}

/** An SDG indicator with a target, references, a hand-inferred direction and assessed progress. */
export function emissionsIndicator(): IndicatorData {
  const assessed: SeriesData['progress'] = {
    openSdg: { status: 'SUBSTANTIAL_PROGRESS', statusLabel: 'deutlicher Fortschritt', explanation: 'Von 2015 bis 2020 sank der Wert um 2,1 % pro Jahr.' },
    dnsWeather: { status: 'CLOUD', statusLabel: 'bewölkt', explanation: 'Fortgeschrieben wird 2030 der Wert 7,5 erreicht.' },
  };
  return {
    ...populationIndicator(),
    id: 'Indicator:co2',
    key: 'co2',
    title: 'CO₂-Emissionen je Einwohner',
    unit: 't',
    decimals: 1,
    polarity: 'LOWER_IS_BETTER',
    aggregation: 'POPULATION_WEIGHTED_MEAN',
    topic: 'SDG_MUNICIPAL',
    inferredByHand: true,
    inferenceNote: 'Zielrichtung aus dem Indikatornamen.',
    goals: [{ id: 'SdgGoal:13', number: 13, code: '13', shortTitle: 'Maßnahmen zum Klimaschutz', color: '#3F7E44' }],
    sdgTargets: [{ id: 'SdgTarget:13.2', code: '13.2', title: 'Klimaschutzmaßnahmen in die Politik einbeziehen' }],
    targets: {
      totalCount: 1,
      nodes: [{ scope: 'COUNTRY', value: 5, year: 2030, comparator: 'AT_MOST', note: 'Minderung um 65 %', source: 'DNS 2021', municipality: null }],
    },
    series: [
      { ...series('MUNICIPALITY', '05124000', 'Wuppertal', { 2015: 9.44, 2020: 8.5 }, 'DE'), progress: assessed },
      series('REGION', null, 'Bergisches Land', { 2015: 9, 2020: 8.1 }, 'DE'),
      series('GERMANY', null, 'Deutschland', { 2015: 11, 2020: 9 }, 'DE'),
    ],
  };
}
