import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_HEADERS, createExplorerFetcher } from './fetcher';
import 'graphiql/style.css';
import './explorer.css';

const DEFAULT_QUERY = `# Agenda Atlas – GraphQL-Explorer
# Eigenen API-Schlüssel unten unter „Headers“ eintragen / paste your API key under "Headers".
# Mit Schlüssel zeigt viewer die Rolle PARTNER / with a key, viewer shows the role PARTNER.
{
  viewer {
    role
  }
  municipalities {
    ags
    name
  }
}
`;

const container = document.getElementById('graphiql');
if (!container) throw new Error('index.html has no #graphiql element');

const fetcher = createExplorerFetcher(new URL('/graphql', window.location.origin).toString());

createRoot(container).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={DEFAULT_QUERY}
      defaultHeaders={DEFAULT_HEADERS}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
      // Keys stay out of localStorage unless the partner ticks the setting.
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
