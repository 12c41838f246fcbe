import { useLocalMessages } from '../../i18n/localMessages';
import { componentMessages } from '../messages';
import { sparklinePath, type SparkPoint } from './sparklinePath';

const WIDTH = 120;
const HEIGHT = 32;

/**
 * A small line of a series' course, drawn without the chart library so cards stay light. Its
 * accessible name says the years; the values themselves are next to it as text.
 */
export function Sparkline({ points }: { points: readonly SparkPoint[] }) {
  const { m } = useLocalMessages(componentMessages);
  if (points.length < 2) return null;
  const years = points.map((p) => p.year);
  return (
    <svg
      className="sparkline"
      data-testid="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={m.sparklineLabel(Math.min(...years), Math.max(...years))}
    >
      <path d={sparklinePath(points, WIDTH, HEIGHT, 3)} fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round" />
    </svg>
  );
}
