// Counts and anonymised examples of the published findings per kind, for a municipality and/or an SDG.
// Self-contained (it runs its own query), so a publication can embed it with just an AGS.
import { QueryStatus } from '../../../components/QueryStatus';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { FindingsOverviewQuery } from './documents';
import { FINDING_KINDS, processMessages } from './messages';
import './public.css';

export function FindingsOverview({ ags, goal }: { ags: string | null; goal: number | null }) {
  const { m } = useLocalMessages(processMessages);
  const query = useQuery(FindingsOverviewQuery, { ags, goal });
  return (
    <QueryStatus query={query}>
      {({ findingsOverview }) => {
        const byKind = new Map(findingsOverview.map((entry) => [entry.kind, entry]));
        const total = findingsOverview.reduce((sum, entry) => sum + entry.count, 0);
        if (total === 0) return <p data-testid="findings-empty">{m.noFindings}</p>;
        return (
          <>
            <p>{m.totalFindings(total)}</p>
            <ul className="public-grid" data-testid="findings-overview">
              {FINDING_KINDS.map((kind) => {
                const entry = byKind.get(kind);
                const examples = entry?.examples ?? [];
                return (
                  <li key={kind} className="public-card" data-testid={`findings-kind-${kind}`}>
                    <h3 className="public-card__title">
                      {m.findingKind[kind]}
                      <span className="public-count">{m.findingCount(entry?.count ?? 0)}</span>
                    </h3>
                    {examples.length === 0 ? (
                      <p className="public-muted">{m.noExamples}</p>
                    ) : (
                      <ul className="public-examples" aria-label={`${m.examplesHeading}: ${m.findingKind[kind]}`}>
                        {examples.map((finding) => (
                          <li key={finding.id} id={`erkenntnis-${finding.id}`}>
                            <q>{finding.publicStatement}</q>
                            <span className="public-meta">
                              {[finding.municipality?.name, ...finding.sdgTargets.map((target) => `SDG ${target.code}`), ...finding.themes]
                                .filter(Boolean)
                                .join(' · ')}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        );
      }}
    </QueryStatus>
  );
}
