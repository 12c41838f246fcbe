import type { RecommendationStatus } from '@atlas/domain';
import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from './messages';

/** The status in words on a tinted background; the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: RecommendationStatus }) {
  const { m } = useLocalMessages(recommendationMessages);
  return (
    <span className={`rec-status rec-status--${status.toLowerCase().replaceAll('_', '-')}`} data-testid="recommendation-status">
      {m.status[status]}
    </span>
  );
}
