import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from './messages';

/** Progress 0–100 as a bar with the number beside it (readable without colour and in print). */
export function ProgressBar({ value, label }: { value: number; label?: string }) {
  const { m } = useLocalMessages(recommendationMessages);
  const percent = Math.min(100, Math.max(0, Math.round(value)));
  return (
    <span className="rec-progress">
      <span
        className="rec-progress__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label ?? m.progressLabel}
      >
        <span className="rec-progress__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="rec-progress__value">{m.progressValue(percent)}</span>
    </span>
  );
}
