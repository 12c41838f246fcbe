import { useEffect, useState } from 'react';
import { executeQuery, isAbortError, isQueryError, NetworkError, type QueryError } from '../../graphql/client';
import { graphql, type ResultOf } from '../../graphql/graphql';
import { toApiLanguage } from '../../i18n/language';
import { useI18n } from '../../i18n/useI18n';

export const IndicatorCatalogueQuery = graphql(`
  query IndicatorCatalogue($topic: IndicatorTopic, $after: String, $lang: Language) {
    indicators(first: 100, after: $after, topic: $topic) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          key
          title(lang: $lang)
          topic
        }
      }
    }
  }
`);

export type CatalogueTopic = 'SDG_MUNICIPAL' | 'SUSTAINABILITY_STRATEGY' | 'STRUCTURE';

export interface CatalogueEntry {
  key: string;
  title: string;
  topic: CatalogueTopic;
}

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'error'; error: QueryError }
  | { status: 'success'; entries: CatalogueEntry[] };

/**
 * Every indicator of the given topics, for pickers. The API serves at most 100 per page, so this
 * follows the cursor until the last page.
 */
export function useIndicatorCatalogue(topics: readonly CatalogueTopic[]): CatalogueState {
  const { lang } = useI18n();
  const topicsKey = topics.join(',');
  const [state, setState] = useState<{ key: string; value: CatalogueState }>({ key: '', value: { status: 'loading' } });
  const requestKey = `${lang}|${topicsKey}`;

  useEffect(() => {
    const controller = new AbortController();
    const options = { lang, signal: controller.signal };
    const loadTopic = async (topic: CatalogueTopic) => {
      const entries: CatalogueEntry[] = [];
      let after: string | null = null;
      for (;;) {
        const data: ResultOf<typeof IndicatorCatalogueQuery> = await executeQuery(IndicatorCatalogueQuery, { topic, after, lang: toApiLanguage(lang) }, options);
        entries.push(...data.indicators.edges.map(({ node }) => ({ key: node.key, title: node.title, topic: node.topic })));
        if (!data.indicators.pageInfo.hasNextPage || !data.indicators.pageInfo.endCursor) return entries;
        after = data.indicators.pageInfo.endCursor;
      }
    };
    setState({ key: requestKey, value: { status: 'loading' } });
    Promise.all(topicsKey.split(',').map((topic) => loadTopic(topic as CatalogueTopic))).then(
      (lists) => {
        if (!controller.signal.aborted) setState({ key: requestKey, value: { status: 'success', entries: lists.flat() } });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({
          key: requestKey,
          value: { status: 'error', error: isQueryError(error) ? error : new NetworkError(String(error), { cause: error }) },
        });
      },
    );
    return () => controller.abort();
  }, [lang, topicsKey, requestKey]);

  return state.key === requestKey ? state.value : { status: 'loading' };
}
