// Stubbed API answers for the workspace and recommendation page tests, typed by their documents.
import type { Viewer } from '../../auth/viewer';
import type { ResultOf } from '../../graphql/graphql';
import type { WorkspaceRecommendationQuery } from './documents';

type Recommendation = NonNullable<ResultOf<typeof WorkspaceRecommendationQuery>['recommendation']>;

export const staffViewer: Viewer = {
  id: 'User:staff',
  email: 'staff@demo.agenda-atlas.de',
  displayName: 'Petra Beispiel',
  role: 'STAFF',
  region: { slug: 'bergisches-land' },
};

export function recommendation(overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id: 'Recommendation:1',
    version: 3,
    status: 'AGREED',
    progress: 5,
    rolledUpProgress: 5,
    title: 'Radverkehr ausbauen',
    text: 'Mehr sichere Radwege zwischen den Stadtteilen.',
    titleDe: 'Radverkehr ausbauen',
    titleEn: null,
    textDe: 'Mehr sichere Radwege zwischen den Stadtteilen.',
    textEn: null,
    dueDate: '2027-06-30',
    weight: 1,
    archived: false,
    isDemo: true,
    municipality: { id: 'Municipality:05124000', ags: '05124000', name: 'Wuppertal' },
    parent: null,
    children: { totalCount: 0, nodes: [] },
    sdgTargets: [{ id: 'SdgTarget:11.2', code: '11.2', title: 'Nachhaltige Verkehrssysteme' }],
    indicators: { totalCount: 0, nodes: [] },
    responsibleActors: { totalCount: 1, nodes: [{ id: 'Actor:1', name: 'Stadt Wuppertal, Verkehrsplanung' }] },
    findings: { totalCount: 0, nodes: [] },
    history: { totalCount: 3, nodes: [
      { fromStatus: null, toStatus: 'DRAFT', fromProgress: null, toProgress: 0, note: null, at: '2026-01-10T09:00:00.000Z', author: { displayName: 'Petra Beispiel' } },
      { fromStatus: 'DRAFT', toStatus: 'PUBLISHED', fromProgress: 0, toProgress: 0, note: null, at: '2026-02-01T09:00:00.000Z', author: { displayName: 'Petra Beispiel' } },
      { fromStatus: 'PUBLISHED', toStatus: 'AGREED', fromProgress: 0, toProgress: 5, note: 'Auf der Vernetzungskonferenz vereinbart', at: '2026-03-12T13:05:00.000Z', author: { displayName: 'Jan Muster' } },
    ] },
    ...overrides,
  };
}

/** Empty answers for the pickers of the links editor; a test that picks something answers first. */
export function emptyLinkPickers(operationName: string | undefined): unknown {
  switch (operationName) {
    case 'IndicatorSearch':
      return { data: { indicators: { edges: [] } } };
    case 'ActorSearch':
      return { data: { actors: { edges: [] } } };
    case 'FindingSearch':
      return { data: { findings: { edges: [] } } };
    case 'MunicipalityOptions':
      return { data: { municipalities: [] } };
    default:
      return undefined;
  }
}
