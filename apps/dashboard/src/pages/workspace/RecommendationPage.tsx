import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { failureOf } from '../../auth/mutationResult';
import { MoreCount } from '../../components/MoreCount';
import { Loading, QueryErrorMessage } from '../../components/QueryStatus';
import { executeQuery, isQueryError } from '../../graphql/client';
import type { ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { formatIsoDate } from '../../i18n/format';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { HistoryTimeline } from '../recommendations/HistoryTimeline';
import { LinkedList } from '../recommendations/LinkedList';
import { recommendationMessages } from '../recommendations/messages';
import { ProgressBar } from '../recommendations/ProgressBar';
import { RecommendationNotFound } from '../recommendations/PublicDetailPage';
import { StatusBadge } from '../recommendations/StatusBadge';
import { ArchiveRecommendationMutation, WorkspaceRecommendationQuery } from './documents';
import { LinksEditor } from './LinksEditor';
import { workspaceMessages } from './messages';
import { StatusDialog } from './StatusDialog';
import { isFinalStatus } from './statusChange';
import { useLatestData } from './useLatestData';

export type WorkspaceRecommendation = NonNullable<ResultOf<typeof WorkspaceRecommendationQuery>['recommendation']>;

/** `/arbeitsbereich/empfehlungen/:id`: details, links, history, and the status dialog. */
export function RecommendationPage() {
  const { id = '' } = useParams();
  const query = useQuery(WorkspaceRecommendationQuery, { id });
  const data = useLatestData(query);
  if (data) {
    return data.recommendation ? (
      <RecommendationView recommendation={data.recommendation} reload={query.refetch} reloading={query.status === 'loading'} />
    ) : (
      <RecommendationNotFound />
    );
  }
  if (query.status === 'error') return <QueryErrorMessage error={query.error} onRetry={query.refetch} />;
  return <Loading />;
}

function RecommendationView({ recommendation: rec, reload, reloading }: { recommendation: WorkspaceRecommendation; reload: () => void; reloading: boolean }) {
  const { lang, m, t, localize } = useLocalMessages(workspaceMessages);
  const { m: r } = useLocalMessages(recommendationMessages);
  useDocumentTitle(`${rec.title} – ${m.navHeading} – ${t.appName}`);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [archiveError, setArchiveError] = useState<string | null>(null);
  const statusButton = useRef<HTMLButtonElement>(null);

  const archive = async () => {
    if (!window.confirm(m.archiveConfirm)) return;
    setArchiveError(null);
    try {
      const { archiveRecommendation: result } = await executeQuery(
        ArchiveRecommendationMutation,
        { input: { id: rec.id, expectedVersion: rec.version } },
        { lang },
      );
      const failure = failureOf(result);
      if (failure) setArchiveError(failure.code === 'CONFLICT' ? m.conflictText : m.failed(failure.message));
      else setNotice(m.archived);
      reload();
    } catch (caught) {
      setArchiveError(m.failed(isQueryError(caught) ? caught.message : String(caught)));
    }
  };

  return (
    <article className="ws-detail" aria-busy={reloading} data-testid="workspace-recommendation">
      <h1>{rec.title}</h1>
      <p className="ws-detail__meta">
        {m.detailVersion(rec.version)}
        {rec.archived ? <span className="ws-badge">{m.archivedBadge}</span> : null}
        {rec.isDemo ? <span className="rec-demo">{r.demoRecord}</span> : null}
      </p>
      {notice ? (
        <p className="ws-alert ws-alert--success" role="status" data-testid="workspace-notice">
          {notice}
        </p>
      ) : null}
      {archiveError ? (
        <p className="ws-form__error" role="alert">
          {archiveError}
        </p>
      ) : null}

      <dl className="rec-facts">
        <div>
          <dt>{r.statusLabel}</dt>
          <dd>
            <StatusBadge status={rec.status} />
          </dd>
        </div>
        <div>
          <dt>{r.progressLabel}</dt>
          <dd>
            <ProgressBar value={rec.progress} />
            {rec.rolledUpProgress !== rec.progress ? <span className="rec-facts__note">{r.rolledUpProgress(rec.rolledUpProgress)}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{r.municipalityLabel}</dt>
          <dd>{rec.municipality?.name ?? r.wholeRegion}</dd>
        </div>
        <div>
          <dt>{r.dueDateLabel}</dt>
          <dd>{rec.dueDate ? <time dateTime={rec.dueDate}>{formatIsoDate(rec.dueDate, lang)}</time> : r.noDueDate}</dd>
        </div>
      </dl>
      {rec.status === 'DRAFT' ? <p className="ws-field__hint">{m.draftHint}</p> : null}

      {rec.archived ? null : (
        <div className="ws-actions" role="group" aria-label={m.actionsLabel}>
          <button type="button" ref={statusButton} onClick={() => setDialogOpen(true)} disabled={isFinalStatus(rec.status)}>
            {m.changeStatus}
          </button>
          <Link className="button-link" to={localize(`/arbeitsbereich/empfehlungen/${encodeURIComponent(rec.id)}/bearbeiten`)}>
            {m.edit}
          </Link>
          <button type="button" className="button-secondary" onClick={() => void archive()}>
            {m.archive}
          </button>
          {rec.status !== 'DRAFT' ? <Link to={localize(`/empfehlungen/${encodeURIComponent(rec.id)}`)}>{m.publicPageLink}</Link> : null}
        </div>
      )}
      {isFinalStatus(rec.status) && !rec.archived ? <p className="ws-field__hint">{m.finalStatus}</p> : null}

      <section aria-labelledby="ws-text-heading">
        <h2 id="ws-text-heading">{r.textHeading}</h2>
        <div className="rec-text">
          {rec.text.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </section>

      <div className="rec-links">
        {rec.parent ? (
          <LinkedList
            heading={r.parentHeading}
            items={[{ key: rec.parent.id, text: rec.parent.title, href: localize(`/arbeitsbereich/empfehlungen/${encodeURIComponent(rec.parent.id)}`) }]}
          />
        ) : null}
        {rec.children.nodes.length ? (
          <LinkedList
            heading={r.childrenHeading}
            items={rec.children.nodes.map((child) => ({
              key: child.id,
              text: `${child.title} (${r.status[child.status]}, ${r.progressValue(child.progress)})`,
              href: localize(`/arbeitsbereich/empfehlungen/${encodeURIComponent(child.id)}`),
            }))}
          />
        ) : null}
        <MoreCount connection={rec.children} />
      </div>
      <LinksEditor recommendation={rec} onChanged={reload} readOnly={rec.archived} reloading={reloading} />

      <section aria-labelledby="ws-history-heading">
        <h2 id="ws-history-heading">{r.historyHeading}</h2>
        <HistoryTimeline entries={rec.history.nodes} />
        <MoreCount connection={rec.history} />
      </section>

      {dialogOpen ? (
        <StatusDialog
          current={{ id: rec.id, status: rec.status, progress: rec.progress, version: rec.version }}
          onClose={() => setDialogOpen(false)}
          onReload={reload}
          onSaved={() => {
            setDialogOpen(false);
            setNotice(m.saved);
            reload();
          }}
        />
      ) : null}
    </article>
  );
}
