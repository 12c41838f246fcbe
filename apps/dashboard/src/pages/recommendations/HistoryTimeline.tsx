import type { RecommendationStatus } from '@atlas/domain';
import { localeOf, type Language } from '../../i18n/language';
import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from './messages';

export interface HistoryEntry {
  fromStatus: RecommendationStatus | null;
  toStatus: RecommendationStatus;
  fromProgress: number | null;
  toProgress: number;
  note: string | null;
  /** ISO timestamp. */
  at: string;
  /** Staff only: the public pages never ask for the author. */
  author?: { displayName: string } | null;
}

/** A timestamp in the office's time zone, e.g. de "12.03.2026, 14:05", en "12 Mar 2026, 14:05". */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(date);
}

/** Every change of a recommendation, newest first. */
export function HistoryTimeline({ entries }: { entries: readonly HistoryEntry[] }) {
  const { lang, m } = useLocalMessages(recommendationMessages);
  if (entries.length === 0) return <p>{m.historyEmpty}</p>;
  const newestFirst = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className="rec-timeline" data-testid="recommendation-history">
      {newestFirst.map((entry, index) => (
        <li key={`${entry.at}-${index}`} className="rec-timeline__entry">
          <time dateTime={entry.at} className="rec-timeline__time">
            {formatDateTime(entry.at, lang)}
          </time>
          <p className="rec-timeline__what">
            {entry.fromStatus === null
              ? m.historyCreated(m.status[entry.toStatus])
              : entry.fromStatus !== entry.toStatus
                ? m.historyStatusChange(m.status[entry.fromStatus], m.status[entry.toStatus])
                : null}
            {entry.fromProgress !== null && entry.fromProgress !== entry.toProgress ? (
              <>
                {entry.fromStatus !== null && entry.fromStatus !== entry.toStatus ? <br /> : null}
                {m.historyProgressChange(entry.fromProgress, entry.toProgress)}
              </>
            ) : null}
          </p>
          {entry.note ? <p className="rec-timeline__note">{entry.note}</p> : null}
          {entry.author ? <p className="rec-timeline__author">{m.historyBy(entry.author.displayName)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
