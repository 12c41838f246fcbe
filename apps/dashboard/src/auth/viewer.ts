// Who is signed in. The session is an HttpOnly cookie the server sets on `login`: the dashboard never
// sees the token, it only calls the mutations and re-reads `viewer`. One shared store, so the header,
// the sign-in page and the workspace guard all agree after a sign-in or sign-out.
import { useEffect, useSyncExternalStore } from 'react';
import { executeQuery, isQueryError, NetworkError, type QueryError } from '../graphql/client';
import { graphql, type ResultOf } from '../graphql/graphql';
import type { Language } from '../i18n/language';
import { MutationErrorFields } from './mutationResult';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ... on User {
        id
        email
        displayName
        role
        region {
          slug
        }
      }
    }
  }
`);

export const LoginMutation = graphql(
  `
    mutation Login($email: String!, $password: String!) {
      login(email: $email, password: $password) {
        __typename
        ... on User {
          id
        }
        ...MutationErrorFields
      }
    }
  `,
  [MutationErrorFields],
);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

// `viewer` is a User for a cookie session; an API key's viewer (never the dashboard's) counts as signed out.
export type Viewer = Extract<NonNullable<ResultOf<typeof ViewerQuery>['viewer']>, { email: string }>;
const accountOf = (viewer: ResultOf<typeof ViewerQuery>['viewer']): Viewer | null => (viewer && 'email' in viewer ? viewer : null);

export type ViewerState =
  | { status: 'loading' }
  | { status: 'error'; error: QueryError }
  | { status: 'ready'; viewer: Viewer | null };

let state: ViewerState = { status: 'loading' };
let pending: Promise<void> | null = null;
let loaded = false;
const listeners = new Set<() => void>();

function setState(next: ViewerState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** Reads `viewer` from the server again (after sign-in, sign-out, or a failed request). */
export function reloadViewer(lang: Language = 'de'): Promise<void> {
  loaded = true;
  const request = executeQuery(ViewerQuery, {}, { lang }).then(
    (data) => {
      if (pending === request) setState({ status: 'ready', viewer: accountOf(data.viewer) });
    },
    (error: unknown) => {
      if (pending === request) setState({ status: 'error', error: isQueryError(error) ? error : new NetworkError(String(error)) });
    },
  );
  pending = request;
  return request;
}

/** Forgets the signed-in user (tests start every case from scratch). */
export function resetViewer(): void {
  state = { status: 'loading' };
  pending = null;
  loaded = false;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in user; loads it on first use. */
export function useViewer(): ViewerState {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (!loaded) void reloadViewer();
  }, []);
  return current;
}
