import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Loading, QueryErrorMessage } from '../../../components/QueryStatus';
import { useUrlState } from '../../../components/urlState';
import { useQuery } from '../../../graphql/useQuery';
import { formatIsoDate } from '../../../i18n/format';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { EventFilterOptionsQuery, PublicEventsQuery } from './documents';
import { EVENT_KINDS, eventFilterParams, eventFiltersFromSearch, eventQueryVariables, NO_EVENT_FILTERS, type EventFilters } from './filters';
import { eventMessages, type EventTime } from './messages';
import './events.css';

/** `/veranstaltungen`: public events, filtered by kind, place and upcoming/past. */
export function EventListPage() {
  const { m, t, lang, localize } = useLocalMessages(eventMessages);
  useDocumentTitle(`${m.eventsTitle} – ${t.appName}`);
  const { search, update } = useUrlState();
  const filters = eventFiltersFromSearch(search);
  const events = useQuery(PublicEventsQuery, eventQueryVariables(filters, new Date()));

  return (
    <div className="evt-page">
      <h1>{m.eventsTitle}</h1>
      <p className="lead">{m.eventsIntro}</p>
      <EventFilterForm filters={filters} onApply={(next) => update(eventFilterParams(next))} />
      <section aria-labelledby="evt-results-heading" aria-busy={events.status === 'loading'}>
        <h2 id="evt-results-heading" className="visually-hidden">
          {m.eventsTitle}
        </h2>
        {events.status === 'loading' ? <Loading /> : null}
        {events.status === 'error' ? <QueryErrorMessage error={events.error} onRetry={events.refetch} /> : null}
        {events.status === 'success'
          ? (() => {
              const nodes = events.data.events.edges.map((edge) => edge.node);
              // Past events: the most recent first.
              const items = filters.time === 'past' ? [...nodes].reverse() : nodes;
              const total = events.data.events.totalCount;
              return (
                <>
                  <p role="status" data-testid="event-count">
                    {m.resultCount(total)}
                  </p>
                  {total > items.length ? <p>{m.moreThanShown(items.length, total)}</p> : null}
                  {items.length === 0 ? (
                    <p>{m.noEvents}</p>
                  ) : (
                    <ul className="evt-list">
                      {items.map((event) => (
                        <li key={event.id} className="evt-card" data-testid="event-card" data-kind={event.kind}>
                          <p className="evt-card__meta">
                            <time dateTime={event.date}>{formatIsoDate(event.date, lang)}</time>
                            <span className="evt-kind">{m.kind[event.kind]}</span>
                          </p>
                          <h3 className="evt-card__title">
                            <Link to={localize(`/veranstaltungen/${encodeURIComponent(event.id)}`)}>{event.title}</Link>
                          </h3>
                          <p className="evt-card__place">
                            {event.municipality?.name ?? m.wholeRegion}
                            {event.place ? ` · ${event.place}` : ''}
                          </p>
                        </li>
                      ))}
                    </ul>
                  )}
                </>
              );
            })()
          : null}
      </section>
    </div>
  );
}

const TIMES: ReadonlyArray<'all' | EventTime> = ['all', 'upcoming', 'past'];

/** Kind, place and time; applied on submit, so moving through a select does not reload the list. */
function EventFilterForm({ filters, onApply }: { filters: EventFilters; onApply: (filters: EventFilters) => void }) {
  const { m } = useLocalMessages(eventMessages);
  const options = useQuery(EventFilterOptionsQuery, {});
  const [draft, setDraft] = useState(filters);
  const filtersKey = JSON.stringify(filters);
  const [shownKey, setShownKey] = useState(filtersKey);
  // The URL changed (back button, a link): show what it says.
  if (shownKey !== filtersKey) {
    setShownKey(filtersKey);
    setDraft(filters);
  }
  const municipalities = options.status === 'success' ? options.data.municipalities : [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="process-filters" onSubmit={submit} role="search" aria-label={m.filterHeading}>
      <label className="process-filters__field">
        <span>{m.kindLabel}</span>
        <select name="kind" value={draft.kind ?? ''} onChange={(event) => setDraft({ ...draft, kind: EVENT_KINDS.find((k) => k === event.target.value) ?? null })}>
          <option value="">{m.allKinds}</option>
          {EVENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {m.kind[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="process-filters__field">
        <span>{m.municipalityLabel}</span>
        <select name="municipality" value={draft.municipality ?? ''} onChange={(event) => setDraft({ ...draft, municipality: event.target.value || null })}>
          <option value="">{m.allMunicipalities}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.ags} value={municipality.ags}>
              {municipality.name}
            </option>
          ))}
          {draft.municipality && !municipalities.some((x) => x.ags === draft.municipality) ? <option value={draft.municipality}>{draft.municipality}</option> : null}
        </select>
      </label>
      <fieldset className="process-filters__choice">
        <legend>{m.timeLabel}</legend>
        {TIMES.map((time) => (
          <label key={time}>
            <input
              type="radio"
              name="time"
              value={time}
              checked={(draft.time ?? 'all') === time}
              onChange={() => setDraft({ ...draft, time: time === 'all' ? null : time })}
            />
            {m.time[time]}
          </label>
        ))}
      </fieldset>
      <div className="process-filters__actions">
        <button type="submit">{m.applyFilters}</button>
        <button type="button" className="process-button-secondary" onClick={() => onApply(NO_EVENT_FILTERS)}>
          {m.resetFilters}
        </button>
      </div>
    </form>
  );
}
