// Actors (organisations of the regional network), minimal for now: what recommendations name as
// responsible. The network area extends this type.
import { builder } from '../builder.js';

export const ActorSectorEnum = builder.enumType('ActorSector', {
  values: {
    ADMINISTRATION: { description: 'Verwaltung' },
    POLITICS: { description: 'Politik' },
    CIVIL_SOCIETY: { description: 'Zivilgesellschaft' },
    BUSINESS: { description: 'Wirtschaft' },
    SCIENCE_EDUCATION: { description: 'Wissenschaft und Bildung' },
    CHURCH: { description: 'Kirche' },
    MIGRANT_ORGANISATION: { description: 'Migrantenorganisation' },
    MEDIA: { description: 'Medien' },
    OTHER: { description: 'Sonstige' },
  } as const,
});

export const Actor = builder.prismaNode('Actor', {
  description: 'An organisation of the regional network (Akteur).',
  id: { field: 'id' },
  fields: (t) => ({
    name: t.exposeString('name'),
    sector: t.expose('sector', { type: ActorSectorEnum }),
    municipality: t.relation('municipality', { nullable: true, description: 'Null for actors of the whole region.' }),
    isDemo: t.exposeBoolean('isDemo', { description: 'True for invented demo actors.' }),
  }),
});
