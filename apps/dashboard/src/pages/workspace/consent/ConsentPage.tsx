import { enumLabels } from '@atlas/domain';
import { useState } from 'react';
import type { Viewer } from '../../../auth/viewer';
import { QueryStatus } from '../../../components/QueryStatus';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { formatDateTime } from '../../recommendations/HistoryTimeline';
import { FormAlerts } from '../network/FormAlerts';
import { useMutationRun } from '../network/useMutationRun';
import { CONSENTS_PAGE_SIZE, ConsentLogQuery, WithdrawConsentMutation } from './documents';
import { consentMessages } from './messages';
import '../network/network.css';
import { useLatestData } from '../useLatestData';
import { PersonsSection } from './PersonsSection';
import { RecordConsentForm } from './RecordConsentForm';

type Consent = ResultOf<typeof ConsentLogQuery>['consents']['edges'][number]['node'];
type Filter = 'all' | 'current' | 'withdrawn';
const currentOf: Record<Filter, boolean | null> = { all: null, current: true, withdrawn: false };

/** The mail tool's CSV of exactly the persons with a consent in force (session cookie: staff of the region). */
export function consentCsvPath(regionSlug: string | null | undefined): string {
  return regionSlug ? `/export/consents.csv?region=${encodeURIComponent(regionSlug)}` : '/export/consents.csv';
}

/** `/arbeitsbereich/einwilligungen`: consent log, recording and withdrawal, exports, erasure of a person. */
export function ConsentPage({ viewer }: { viewer: Viewer }) {
  const { m, t } = useLocalMessages(consentMessages);
  useDocumentTitle(`${m.title} – ${t.appName}`);
  const [filter, setFilter] = useState<Filter>('all');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [notice, setNotice] = useState<string | null>(null);
  // Bumped after an erasure: the record form starts afresh, so its person list no longer holds the name.
  const [erasures, setErasures] = useState(0);
  const query = useQuery(ConsentLogQuery, { current: currentOf[filter], first: CONSENTS_PAGE_SIZE, after: cursors[cursors.length - 1] ?? null });
  const { refetch } = query;
  const log = useLatestData(query);

  const changed = (text: string) => {
    setNotice(text);
    refetch();
  };

  return (
    <div className="ws-consent-page">
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <div aria-live="polite">{notice ? <p className="ws-alert ws-alert--success" data-testid="consent-notice">{notice}</p> : null}</div>
      <section aria-labelledby="consent-downloads-heading">
        <h2 id="consent-downloads-heading">{m.downloadsHeading}</h2>
        <p>
          <a href={consentCsvPath(viewer.region?.slug)} download data-testid="consent-csv-link">
            {m.csvLink}
          </a>
        </p>
        <p className="ws-field__hint">{m.csvHint}</p>
      </section>
      <RecordConsentForm key={erasures} onRecorded={(name) => changed(m.recorded(name))} />
      <section aria-labelledby="consent-log-heading">
        <h2 id="consent-log-heading">{m.logCaption}</h2>
        <fieldset className="ws-field ws-filter-choice">
          <legend className="ws-field__label">{m.filterLabel}</legend>
          {(['all', 'current', 'withdrawn'] as const).map((value) => (
            <label key={value} className="ws-radio">
              <input
                type="radio"
                name="consentFilter"
                value={value}
                checked={filter === value}
                onChange={() => {
                  setFilter(value);
                  setCursors([null]);
                }}
              />
              {{ all: m.filterAll, current: m.filterCurrent, withdrawn: m.filterWithdrawn }[value]}
            </label>
          ))}
        </fieldset>
        {/* The table stays while it reloads after a change, so keyboard focus stays on the changed row. */}
        {log ? (
          <ConsentTable
            consents={log.consents.edges.map((edge) => edge.node)}
            total={log.consents.totalCount}
            offset={(cursors.length - 1) * CONSENTS_PAGE_SIZE}
            onWithdrawn={(name) => changed(m.withdrawn(name))}
            onPrevious={cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : null}
            onNext={log.consents.pageInfo.hasNextPage ? () => setCursors([...cursors, log.consents.pageInfo.endCursor ?? null]) : null}
          />
        ) : (
          <QueryStatus query={query}>{() => null}</QueryStatus>
        )}
      </section>
      <PersonsSection
        onErased={() => {
          setErasures((n) => n + 1);
          changed(m.erased);
        }}
      />
    </div>
  );
}

const personName = (consent: Consent) => `${consent.contact.firstName} ${consent.contact.lastName}`;

function ConsentTable({
  consents,
  total,
  offset,
  onWithdrawn,
  onPrevious,
  onNext,
}: {
  consents: readonly Consent[];
  total: number;
  offset: number;
  onWithdrawn: (name: string) => void;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
}) {
  const { lang, m } = useLocalMessages(consentMessages);
  const { busy, failure, error, run } = useMutationRun();
  const withdraw = async (consent: Consent) => {
    const result = await run(async () => (await executeQuery(WithdrawConsentMutation, { input: { id: consent.id } }, { lang })).withdrawConsent);
    if (result) onWithdrawn(personName(consent));
  };
  if (!consents.length) return <p>{m.noConsents}</p>;
  return (
    <>
      <FormAlerts failure={failure} error={error} />
      <p data-testid="consent-count">{m.count(offset + consents.length, total)}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={m.logCaption}>
        <table data-testid="consent-log">
          <caption>{m.logCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columnPerson}</th>
              <th scope="col">{m.columnGiven}</th>
              <th scope="col">{m.columnMethod}</th>
              <th scope="col">{m.columnVersion}</th>
              <th scope="col">{m.columnState}</th>
              <th scope="col">{m.columnActions}</th>
            </tr>
          </thead>
          <tbody>
            {consents.map((consent) => (
              <tr key={consent.id}>
                <th scope="row">
                  {personName(consent)}
                  {consent.contact.actor ? <span className="ws-detail__meta"> ({consent.contact.actor.name})</span> : null}
                </th>
                <td>{formatDateTime(consent.givenAt, lang)}</td>
                <td>{enumLabels.ConsentMethod[consent.method][lang]}</td>
                <td>{consent.textVersion}</td>
                <td>
                  {consent.current
                    ? m.stateCurrent
                    : consent.contact.erased
                      ? m.stateErased
                      : m.stateWithdrawn(formatDateTime(consent.withdrawnAt ?? '', lang))}
                </td>
                <td>
                  {consent.current ? (
                    <button type="button" className="button-small button-secondary" disabled={busy} onClick={() => void withdraw(consent)}>
                      {m.withdraw(personName(consent))}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {onPrevious || onNext ? (
        <nav className="ws-actions" aria-label={m.logCaption}>
          <button type="button" className="button-secondary" onClick={onPrevious ?? undefined} disabled={!onPrevious}>
            {m.previousPage}
          </button>
          <button type="button" className="button-secondary" onClick={onNext ?? undefined} disabled={!onNext}>
            {m.nextPage}
          </button>
        </nav>
      ) : null}
    </>
  );
}
