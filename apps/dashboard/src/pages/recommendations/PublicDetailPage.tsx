import { Link, useParams } from 'react-router';
import { MoreCount } from '../../components/MoreCount';
import { QueryStatus } from '../../components/QueryStatus';
import type { ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatIsoDate } from '../../i18n/format';
import { toApiLanguage } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { PublicRecommendationQuery } from './documents';
import { feedUrl } from './feeds';
import { FeedLink } from './FeedLink';
import { HistoryTimeline } from './HistoryTimeline';
import { LinkedList } from './LinkedList';
import { recommendationMessages } from './messages';
import { ProgressBar } from './ProgressBar';
import { StatusBadge } from './StatusBadge';

type PublicRecommendation = NonNullable<ResultOf<typeof PublicRecommendationQuery>['recommendation']>;

/** `/empfehlungen/:id`: one recommendation with its links and its history (without authors). */
export function PublicDetailPage() {
  const { id = '' } = useParams();
  const { lang } = useLocalMessages(recommendationMessages);
  const query = useQuery(PublicRecommendationQuery, { id, lang: toApiLanguage(lang) });
  return (
    <QueryStatus query={query}>
      {(data) => (data.recommendation ? <PublicDetail recommendation={data.recommendation} /> : <RecommendationNotFound />)}
    </QueryStatus>
  );
}

export function RecommendationNotFound() {
  const { m, t, localize } = useLocalMessages(recommendationMessages);
  useDocumentTitle(`${m.notFoundTitle} – ${t.appName}`);
  return (
    <div className="not-found" data-testid="recommendation-not-found">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFoundText}</p>
      <p>
        <Link to={localize('/empfehlungen')}>{m.backToList}</Link>
      </p>
    </div>
  );
}

function PublicDetail({ recommendation: r }: { recommendation: PublicRecommendation }) {
  const { lang, m, t, localize } = useLocalMessages(recommendationMessages);
  useDocumentTitle(`${r.title} – ${t.appName}`);
  const scope = r.municipality ? { municipality: r.municipality.ags } : {};
  return (
    <article className="rec-page rec-detail" data-testid="public-recommendation">
      <p className="rec-detail__back">
        <Link to={localize('/empfehlungen')}>{m.backToList}</Link>
      </p>
      <h1>{r.title}</h1>
      {r.isDemo ? <p className="rec-demo">{m.demoRecord}</p> : null}
      <dl className="rec-facts">
        <div>
          <dt>{m.statusLabel}</dt>
          <dd>
            <StatusBadge status={r.status} />
          </dd>
        </div>
        <div>
          <dt>{m.progressLabel}</dt>
          <dd>
            <ProgressBar value={r.progress} />
            {r.rolledUpProgress !== r.progress ? <span className="rec-facts__note">{m.rolledUpProgress(r.rolledUpProgress)}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{m.municipalityLabel}</dt>
          <dd>{r.municipality ? <Link to={localize(`/kommune/${r.municipality.ags}`)}>{r.municipality.name}</Link> : m.wholeRegion}</dd>
        </div>
        <div>
          <dt>{m.dueDateLabel}</dt>
          <dd>{r.dueDate ? <time dateTime={r.dueDate}>{formatIsoDate(r.dueDate, lang)}</time> : m.noDueDate}</dd>
        </div>
      </dl>

      <section aria-labelledby="rec-text-heading">
        <h2 id="rec-text-heading">{m.textHeading}</h2>
        <div className="rec-text">
          {r.text.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </section>

      <div className="rec-links">
        {r.parent ? (
          <LinkedList heading={m.parentHeading} items={[{ key: r.parent.id, text: r.parent.title, href: localize(`/empfehlungen/${encodeURIComponent(r.parent.id)}`) }]} />
        ) : null}
        {r.children.nodes.length ? (
          <LinkedList
            heading={m.childrenHeading}
            items={r.children.nodes.map((child) => ({
              key: child.id,
              text: `${child.title} (${m.status[child.status]}, ${m.progressValue(child.progress)})`,
              href: localize(`/empfehlungen/${encodeURIComponent(child.id)}`),
            }))}
          />
        ) : null}
        <MoreCount connection={r.children} />
        <LinkedList heading={m.sdgTargetsHeading} items={r.sdgTargets.map((target) => ({ key: target.code, text: `${target.code} ${target.title}` }))} />
        <LinkedList heading={m.indicatorsHeading} items={r.indicators.nodes.map((indicator) => ({ key: indicator.id, text: indicator.title }))} />
        <MoreCount connection={r.indicators} />
        <LinkedList heading={m.actorsHeading} items={r.responsibleActors.nodes.map((actor) => ({ key: actor.id, text: actor.name }))} />
        <MoreCount connection={r.responsibleActors} />
        <LinkedList
          heading={m.findingsHeading}
          items={r.findings.nodes.flatMap((finding) => (finding.publicStatement ? [{ key: finding.id, text: finding.publicStatement }] : []))}
        />
        <MoreCount connection={r.findings} />
      </div>

      <section aria-labelledby="rec-history-heading">
        <h2 id="rec-history-heading">{m.historyHeading}</h2>
        <HistoryTimeline entries={r.history.nodes} />
        <MoreCount connection={r.history} />
      </section>

      <p className="rec-feeds">
        <FeedLink href={feedUrl(scope)} title={m.feedTitle(r.municipality?.name ?? m.wholeRegion)} text={r.municipality ? m.feedForMunicipality(r.municipality.name) : m.feedAll} />
      </p>
    </article>
  );
}
