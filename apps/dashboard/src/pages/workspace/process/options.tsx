// The choices of the process forms' pickers, loaded once per page by ProcessOptionsProvider and
// shared by all its forms. While they load the lists are empty; the forms stay usable (the server
// checks every id again).
import { createContext, useContext, type ReactNode } from 'react';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { ProcessOptionsQuery } from './documents';
import type { Option } from './formKit';
import { processMessages } from './messages';

export interface ProcessOptions {
  municipalities: Option[];
  actors: Option[];
  contacts: Option[];
  events: Option[];
  interviews: Option[];
  recommendations: Option[];
}

const NONE: ProcessOptions = { municipalities: [], actors: [], contacts: [], events: [], interviews: [], recommendations: [] };

function useLoadedOptions(): ProcessOptions {
  const { m } = useLocalMessages(processMessages);
  const query = useQuery(ProcessOptionsQuery, {});
  if (query.status !== 'success') return NONE;
  const data = query.data;
  return {
    municipalities: data.municipalities.map((municipality) => ({ value: municipality.ags, label: municipality.name })),
    actors: data.actors.edges.map(({ node }) => ({ value: node.id, label: node.name })),
    contacts: data.contacts.edges.map(({ node }) => ({ value: node.id, label: `${node.firstName} ${node.lastName}` })),
    events: data.events.edges.map(({ node }) => ({ value: node.id, label: `${node.date} – ${node.title}` })),
    interviews: data.interviews.edges.map(({ node }) => ({
      value: node.id,
      label: `${node.conductedAt.slice(0, 10)} – ${[node.actor?.name, node.contact ? `${node.contact.firstName} ${node.contact.lastName}` : null].filter(Boolean).join(', ') || m.none}`,
    })),
    recommendations: data.recommendations.edges.map(({ node }) => ({ value: node.id, label: node.title })),
  };
}

const OptionsContext = createContext<ProcessOptions>(NONE);

export function ProcessOptionsProvider({ children }: { children: ReactNode }) {
  return <OptionsContext.Provider value={useLoadedOptions()}>{children}</OptionsContext.Provider>;
}

export const useProcessOptions = (): ProcessOptions => useContext(OptionsContext);
