import type { RecommendationStatus } from '@atlas/domain';
import { Link } from 'react-router';
import { formatIsoDate } from '../../i18n/format';
import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from './messages';
import { ProgressBar } from './ProgressBar';
import { StatusBadge } from './StatusBadge';

export interface RecommendationSummary {
  id: string;
  title: string;
  status: RecommendationStatus;
  progress: number;
  rolledUpProgress: number;
  dueDate: string | null;
  isDemo: boolean;
  municipality: { ags: string; name: string } | null;
}

/** One recommendation in a list: title (linking to `href`), where, status, progress, due date. */
export function RecommendationCard({ recommendation: r, href, headingLevel = 3 }: { recommendation: RecommendationSummary; href: string; headingLevel?: 2 | 3 | 4 }) {
  const { lang, m } = useLocalMessages(recommendationMessages);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="rec-card" data-testid="recommendation-card">
      <Heading className="rec-card__title">
        <Link to={href}>{r.title}</Link>
      </Heading>
      <p className="rec-card__meta">
        <span>{r.municipality?.name ?? m.wholeRegion}</span>
        {r.isDemo ? <span className="rec-demo">{m.demoRecord}</span> : null}
      </p>
      <p className="rec-card__state">
        <StatusBadge status={r.status} />
        <ProgressBar value={r.rolledUpProgress} />
      </p>
      <p className="rec-card__due">
        {m.dueDateLabel}: {r.dueDate ? <time dateTime={r.dueDate}>{formatIsoDate(r.dueDate, lang)}</time> : m.noDueDate}
      </p>
    </article>
  );
}
