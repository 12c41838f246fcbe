// Stubbed API responses for component tests, shaped by the typed documents they answer.
import type { ShellQuery } from '../components/Layout';
import type { ResultOf } from '../graphql/graphql';
import type { MunicipalityPageQuery } from '../pages/municipality/MunicipalityPage';
import type { RegionOverviewQuery } from '../pages/overview/OverviewPage';

/** The 17 goals: number, short title de/en, official colour. */
export const SDG_GOALS: ReadonlyArray<readonly [number, string, string, string]> = [
  [1, 'Keine Armut', 'No poverty', '#E5243B'],
  [2, 'Kein Hunger', 'Zero hunger', '#DDA63A'],
  [3, 'Gesundheit und Wohlergehen', 'Good health and well-being', '#4C9F38'],
  [4, 'Hochwertige Bildung', 'Quality education', '#C5192D'],
  [5, 'Geschlechtergleichstellung', 'Gender equality', '#FF3A21'],
  [6, 'Sauberes Wasser und Sanitärversorgung', 'Clean water and sanitation', '#26BDE2'],
  [7, 'Bezahlbare und saubere Energie', 'Affordable and clean energy', '#FCC30B'],
  [8, 'Menschenwürdige Arbeit und Wirtschaftswachstum', 'Decent work and economic growth', '#A21942'],
  [9, 'Industrie, Innovationen und Infrastruktur', 'Industry, innovation and infrastructure', '#FD6925'],
  [10, 'Weniger Ungleichheiten', 'Reduced inequalities', '#DD1367'],
  [11, 'Nachhaltige Städte und Gemeinden', 'Sustainable cities and communities', '#FD9D24'],
  [12, 'Verantwortungsvolle Konsum- und Produktionsmuster', 'Responsible consumption and production', '#BF8B2E'],
  [13, 'Maßnahmen zum Klimaschutz', 'Climate action', '#3F7E44'],
  [14, 'Leben unter Wasser', 'Life below water', '#0A97D9'],
  [15, 'Leben an Land', 'Life on land', '#56C02B'],
  [16, 'Frieden, Gerechtigkeit und starke Institutionen', 'Peace, justice and strong institutions', '#00689D'],
  [17, 'Partnerschaften zur Erreichung der Ziele', 'Partnerships for the goals', '#19486A'],
];

const MUNICIPALITIES = [
  { ags: '05124000', name: 'Wuppertal', kind: 'CITY', population: 354572 },
  { ags: '05122000', name: 'Solingen', kind: 'CITY', population: 158957 },
  { ags: '05120000', name: 'Remscheid', kind: 'CITY', population: 111770 },
  { ags: '05316000', name: 'Leverkusen', kind: 'CITY', population: 163851 },
  { ags: '05374000', name: 'Oberbergischer Kreis', kind: 'DISTRICT', population: 271621 },
  { ags: '05378000', name: 'Rheinisch-Bergischer Kreis', kind: 'DISTRICT', population: 283429 },
] as const;

export function regionOverviewData(lang: 'DE' | 'EN'): ResultOf<typeof RegionOverviewQuery> {
  return {
    region: { id: 'Region:1', name: 'Bergisches Land' },
    sdgGoals: SDG_GOALS.map(([number, de, en, color]) => ({
      id: `SdgGoal:${number}`,
      number,
      code: String(number),
      title: lang === 'EN' ? en : de,
      shortTitle: lang === 'EN' ? en : de,
      color,
    })),
    municipalities: MUNICIPALITIES.map((m) => ({ id: `Municipality:${m.ags}`, ...m })),
  };
}

export function shellData(hasDemoData: boolean): ResultOf<typeof ShellQuery> {
  return {
    region: { id: 'Region:1', name: 'Bergisches Land', hasDemoData },
    municipalities: MUNICIPALITIES.map((m) => ({ id: `Municipality:${m.ags}`, ags: m.ags, name: m.name })),
  };
}

export function wuppertalData(): ResultOf<typeof MunicipalityPageQuery> {
  return {
    municipality: {
      id: 'Municipality:05124000',
      ags: '05124000',
      name: 'Wuppertal',
      officialName: 'Wuppertal, Stadt',
      kind: 'CITY',
      population: 354572,
      populationDate: '2021-12-31',
      areaKm2: 168.39,
      density: 2105.66,
      nuts3: 'DEA1A',
      populationSeries: {
        nodes: [
          { year: 1995, value: 382360, category: null, isDemo: false },
          { year: 2015, value: 348190, category: null, isDemo: false },
        ],
      },
      ageGroups: { nodes: [
        { year: 2015, value: 350000, category: null, categoryLabel: null, isDemo: false },
        { year: 2015, value: 30000, category: 'age=10-15', categoryLabel: '10 bis unter 15 Jahre', isDemo: false },
        { year: 2015, value: 9000, category: 'age=0-3', categoryLabel: 'unter 3 Jahre', isDemo: false },
        { year: 2015, value: 9500, category: 'age=3-6', categoryLabel: '3 bis unter 6 Jahre', isDemo: false },
      ] },
    },
    populationIndicator: { id: 'Indicator:population', title: 'Bevölkerung', sourceName: 'Regionaldatenbank Deutschland' },
    ageIndicator: { id: 'Indicator:population_by_age', title: 'Bevölkerung nach Altersgruppen', sourceName: 'Regionaldatenbank Deutschland' },
  };
}
