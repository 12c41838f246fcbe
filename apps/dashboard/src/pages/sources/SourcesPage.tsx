import { dataSources } from '@atlas/domain';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { sourcesMessages } from './messages';

/** Every data source with its credit line and licence, from the registry in @atlas/domain. */
export function SourcesPage() {
  const { lang, t, m } = useLocalMessages(sourcesMessages);
  useDocumentTitle(`${m.title} – ${t.appName}`);
  return (
    <>
      <h1>{m.title}</h1>
      <p className="lead">{m.intro}</p>
      <ul className="source-list">
        {dataSources.map((source) => (
          <li key={source.id} className="source-card" data-testid="data-source">
            <h2 id={`source-${source.id}`}>{source.name[lang]}</h2>
            <dl className="metadata">
              <div>
                <dt>{m.publisherLabel}</dt>
                <dd>{source.publisher}</dd>
              </div>
              <div>
                <dt>{m.website}</dt>
                <dd>
                  <a href={source.url}>{source.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>
                </dd>
              </div>
              <div className="metadata__wide">
                <dt>{m.creditLabel}</dt>
                <dd>{source.credit[lang]}</dd>
              </div>
              <div className="metadata__wide">
                <dt>{m.licenceLabel}</dt>
                <dd>
                  <a href={source.licence.url}>{source.licence.title[lang]}</a> ({source.licence.name})
                </dd>
              </div>
              <div className="metadata__wide">
                <dt>{m.usedForLabel}</dt>
                <dd>
                  {source.usedFor[lang]}
                  {source.id === 'bkg' ? <> {m.mapGeometry}</> : null}
                </dd>
              </div>
              {source.note ? (
                <div className="metadata__wide">
                  <dt>{m.noteLabel}</dt>
                  <dd>{source.note[lang]}</dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
