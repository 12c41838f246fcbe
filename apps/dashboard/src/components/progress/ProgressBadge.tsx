import { useLocalMessages } from '../../i18n/localMessages';
import { componentMessages, type OpenSdgStatusKey } from '../messages';

/** A symbol per status, so the status does not rest on colour alone (also in greyscale print). */
export const STATUS_SYMBOL: Record<OpenSdgStatusKey, string> = {
  TARGET_ACHIEVED: '✓',
  SUBSTANTIAL_PROGRESS: '▲▲',
  MODERATE_PROGRESS: '▲',
  LIMITED_PROGRESS: '►',
  DETERIORATION: '▼',
  NOT_AVAILABLE: '○',
};

/** The Open SDG progress status as coloured badge with a symbol and the status in words. */
export function ProgressBadge({ status, label }: { status: OpenSdgStatusKey; label?: string }) {
  const { m } = useLocalMessages(componentMessages);
  return (
    <span className={`progress-badge progress-badge--${status.toLowerCase().replaceAll('_', '-')}`} data-testid="progress-badge">
      <span className="progress-badge__symbol" aria-hidden="true">
        {STATUS_SYMBOL[status]}
      </span>{' '}
      {label ?? m.openSdgStatus[status]}
    </span>
  );
}
