// /befunde: the published findings per kind, for the whole region or one municipality and/or SDG.
// The filters live in the URL (?kommune=AGS&ziel=N) so a selection can be shared and printed.
import { useState, type FormEvent } from 'react';
import { readIntParam, readParam, useUrlState } from '../../../components/urlState';
import { useQuery } from '../../../graphql/useQuery';
import { toApiLanguage } from '../../../i18n/language';
import { useLocalMessages } from '../../../i18n/localMessages';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { FindingsFilterOptionsQuery } from './documents';
import { FindingsOverview } from './FindingsOverview';
import { processMessages } from './messages';
import { ProcessLinks } from './ProcessLinks';

function validGoal(goal: number | undefined): number | null {
  return goal !== undefined && Number.isInteger(goal) && goal >= 1 && goal <= 17 ? goal : null;
}

export function FindingsPage() {
  const { m, t, lang } = useLocalMessages(processMessages);
  // One request for the filter choices and the municipality's name in the heading.
  const options = useQuery(FindingsFilterOptionsQuery, { lang: toApiLanguage(lang) });
  const municipalities = options.status === 'success' ? options.data.municipalities : [];
  const goals = options.status === 'success' ? [...options.data.sdgGoals].sort((a, b) => a.number - b.number) : [];
  const { search, update } = useUrlState();
  const ags = readParam(search, 'kommune') ?? null;
  const goal = validGoal(readIntParam(search, 'ziel'));
  useDocumentTitle(`${m.findingsTitle} – ${t.appName}`);
  return (
    <>
      <h1>{m.findingsTitle}</h1>
      <p className="lead">{m.findingsIntro}</p>
      <FindingsFilters ags={ags} goal={goal} municipalities={municipalities} goals={goals} onApply={(next) => update({ kommune: next.ags, ziel: next.goal })} />
      <section aria-labelledby="findings-overview-heading">
        <h2 id="findings-overview-heading">
          {m.overviewCaption(ags === null ? m.wholeRegion : (municipalities.find((x) => x.ags === ags)?.name ?? ags), goal)}
        </h2>
        <FindingsOverview ags={ags} goal={goal} />
      </section>
      <ProcessLinks current="/befunde" />
    </>
  );
}

interface Selection {
  ags: string | null;
  goal: number | null;
}

/** Applies on submit, not on every arrow key in a select. */
function FindingsFilters({
  ags,
  goal,
  municipalities,
  goals,
  onApply,
}: Selection & {
  municipalities: ReadonlyArray<{ ags: string; name: string }>;
  goals: ReadonlyArray<{ number: number; shortTitle: string }>;
  onApply: (selection: Selection) => void;
}) {
  const { m } = useLocalMessages(processMessages);
  const [draft, setDraft] = useState<Selection>({ ags, goal });
  const key = `${ags}|${goal}`;
  const [shownKey, setShownKey] = useState(key);
  // The URL changed (back button, a link): show what it says.
  if (shownKey !== key) {
    setShownKey(key);
    setDraft({ ags, goal });
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="public-filters" role="search" aria-label={m.filterHeading} onSubmit={submit}>
      <label>
        <span>{m.municipalityLabel}</span>
        <select name="kommune" value={draft.ags ?? ''} onChange={(event) => setDraft({ ...draft, ags: event.target.value || null })}>
          <option value="">{m.allMunicipalities}</option>
          {municipalities.map((municipality) => (
            <option key={municipality.ags} value={municipality.ags}>
              {municipality.name}
            </option>
          ))}
          {draft.ags && !municipalities.some((x) => x.ags === draft.ags) ? <option value={draft.ags}>{draft.ags}</option> : null}
        </select>
      </label>
      <label>
        <span>{m.goalLabel}</span>
        <select
          name="ziel"
          value={draft.goal ?? ''}
          onChange={(event) => setDraft({ ...draft, goal: event.target.value ? Number(event.target.value) : null })}
        >
          <option value="">{m.allGoals}</option>
          {goals.map((g) => (
            <option key={g.number} value={g.number}>
              {m.goalOption(g.number, g.shortTitle)}
            </option>
          ))}
          {draft.goal !== null && !goals.some((g) => g.number === draft.goal) ? <option value={draft.goal}>{draft.goal}</option> : null}
        </select>
      </label>
      <button type="submit">{m.applyFilters}</button>
    </form>
  );
}
