import type { RecommendationStatus } from '@atlas/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { useLocalMessages } from '../../i18n/localMessages';
import { useQuery } from '../../graphql/useQuery';
import { toApiLanguage } from '../../i18n/language';
import { RecommendationFilterOptionsQuery } from './documents';
import { DEFAULT_FILTERS, RECOMMENDATION_STATUSES, type RecommendationFilters } from './filters';
import { recommendationMessages } from './messages';

/**
 * Filters of a recommendation list. Changes apply on submit (not on every keystroke or arrow key in
 * a select), then `onApply` puts them in the URL. `full` adds the staff filters: status and text.
 */
export function FilterForm({
  filters,
  onApply,
  full = false,
  statusLabel,
  searchLabel,
  extra,
}: {
  filters: RecommendationFilters;
  onApply: (filters: RecommendationFilters) => void;
  full?: boolean;
  statusLabel?: string;
  searchLabel?: string;
  extra?: ReactNode;
}) {
  const { m } = useLocalMessages(recommendationMessages);
  const { lang } = useI18n();
  const options = useQuery(RecommendationFilterOptionsQuery, { lang: toApiLanguage(lang) });
  const [draft, setDraft] = useState(filters);
  const filtersKey = JSON.stringify(filters);
  const [shownKey, setShownKey] = useState(filtersKey);
  // The URL changed (back button, a link): show what it says.
  if (shownKey !== filtersKey) {
    setShownKey(filtersKey);
    setDraft(filters);
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, search: draft.search.trim() });
  };
  const toggleStatus = (status: RecommendationStatus, checked: boolean) =>
    setDraft((current) => ({
      ...current,
      statuses: RECOMMENDATION_STATUSES.filter((s) => (s === status ? checked : current.statuses.includes(s))),
    }));

  const municipalities = options.status === 'success' ? options.data.municipalities : [];
  const goals = options.status === 'success' ? [...options.data.sdgGoals].sort((a, b) => a.number - b.number) : [];

  return (
    <form className="rec-filters" onSubmit={submit} role="search" aria-label={m.filterHeading}>
      <label className="rec-filters__field">
        <span>{m.municipalityLabel}</span>
        <select
          name="municipality"
          value={draft.municipality ?? ''}
          onChange={(event) => setDraft({ ...draft, municipality: event.target.value || null })}
        >
          <option value="">{m.allMunicipalities}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.ags} value={municipality.ags}>
              {municipality.name}
            </option>
          ))}
          {draft.municipality && !municipalities.some((x) => x.ags === draft.municipality) ? (
            <option value={draft.municipality}>{draft.municipality}</option>
          ) : null}
        </select>
      </label>
      <label className="rec-filters__field">
        <span>{m.goalLabel}</span>
        <select
          name="goal"
          value={draft.goal ?? ''}
          onChange={(event) => setDraft({ ...draft, goal: event.target.value ? Number(event.target.value) : null })}
        >
          <option value="">{m.allGoals}</option>
          {goals.map((goal) => (
            <option key={goal.number} value={goal.number}>
              {m.goalOption(goal.number, goal.shortTitle)}
            </option>
          ))}
          {draft.goal !== null && !goals.some((goal) => goal.number === draft.goal) ? <option value={draft.goal}>{draft.goal}</option> : null}
        </select>
      </label>
      {full ? (
        <>
          <label className="rec-filters__field">
            <span>{searchLabel}</span>
            <input type="search" name="search" value={draft.search} onChange={(event) => setDraft({ ...draft, search: event.target.value })} />
          </label>
          <fieldset className="rec-filters__statuses">
            <legend>{statusLabel}</legend>
            {RECOMMENDATION_STATUSES.map((status) => (
              <label key={status} className="rec-filters__check">
                <input
                  type="checkbox"
                  name="status"
                  value={status}
                  checked={draft.statuses.includes(status)}
                  onChange={(event) => toggleStatus(status, event.target.checked)}
                />
                {m.status[status]}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      {extra}
      <div className="rec-filters__actions">
        <button type="submit">{m.applyFilters}</button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => onApply({ ...DEFAULT_FILTERS, sort: filters.sort, direction: filters.direction, view: filters.view })}
        >
          {m.resetFilters}
        </button>
      </div>
    </form>
  );
}
