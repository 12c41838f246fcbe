import { QueryStatus } from '../../../components/QueryStatus';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { formatIsoDate } from '../../../i18n/format';
import { useLocalMessages } from '../../../i18n/localMessages';
import { ProcessTimelineQuery } from './documents';
import { eventMessages } from './messages';
import './events.css';

type Step = ResultOf<typeof ProcessTimelineQuery>['processTimeline'][number];

/**
 * Where the process of one city or district stands: the six steps in order, each reached or open,
 * with how often and when. An ordered list, so it reads as a sequence without the picture too.
 * `headingLevel` lets a page that lists several units nest the heading under its own.
 */
export function ProcessTimeline({ ags, name, headingLevel = 2 }: { ags: string; name: string; headingLevel?: 2 | 3 }) {
  const { m } = useLocalMessages(eventMessages);
  const query = useQuery(ProcessTimelineQuery, { ags });
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `process-timeline-${ags}`;
  return (
    <section className="process-timeline" aria-labelledby={headingId} data-testid="process-timeline">
      {/* Under the overview's own heading the unit's name says enough. */}
      <Heading id={headingId}>{headingLevel === 2 ? m.timelineHeading(name) : name}</Heading>
      <QueryStatus query={query}>
        {(data) => (
          <ol className="process-timeline__steps" aria-label={m.timelineLabel(name)}>
            {data.processTimeline.map((step) => (
              <TimelineStep key={step.step} step={step} />
            ))}
          </ol>
        )}
      </QueryStatus>
    </section>
  );
}

function TimelineStep({ step }: { step: Step }) {
  const { m, lang } = useLocalMessages(eventMessages);
  const details = [
    step.done && step.count > 1 ? m.stepCount(step.count) : null,
    step.firstDate ? m.stepSince(formatIsoDate(step.firstDate, lang)) : null,
    step.lastDate && step.count > 1 && step.lastDate !== step.firstDate ? m.stepLast(formatIsoDate(step.lastDate, lang)) : null,
    step.nextDate ? m.stepNext(formatIsoDate(step.nextDate, lang)) : null,
  ].filter((detail) => detail !== null);
  return (
    <li className={step.done ? 'process-step process-step--done' : 'process-step'} data-testid="process-step" data-step={step.step} data-done={step.done}>
      <span className="process-step__mark" aria-hidden="true">
        {step.done ? '✓' : ''}
      </span>
      <span className="process-step__body">
        <span className="process-step__name">{m.step[step.step]}</span>
        <span className="process-step__state">{step.done ? m.stepDone : m.stepOpen}</span>
        {details.length > 0 ? <span className="process-step__details">{details.join(' · ')}</span> : null}
      </span>
    </li>
  );
}
