import { actorSectors, enumLabels } from '@atlas/domain';
import type { ActorSector } from '@atlas/domain';
import { useState, type FormEvent } from 'react';
import { executeQuery } from '../../../graphql/client';
import type { ResultOf } from '../../../graphql/graphql';
import { useQuery } from '../../../graphql/useQuery';
import { useLocalMessages } from '../../../i18n/localMessages';
import { Field } from '../Field';
import { CreateActorMutation, NetworkOptionsQuery, UpdateActorMutation } from './documents';
import { FieldLabel, FormAlerts } from './FormAlerts';
import { networkMessages } from './messages';
import { useMutationRun } from './useMutationRun';

export interface ActorFormValues {
  name: string;
  sector: ActorSector;
  municipalityAgs: string;
  description: string;
  website: string;
  sdgGoals: number[];
}

export const EMPTY_ACTOR: ActorFormValues = { name: '', sector: 'CIVIL_SOCIETY', municipalityAgs: '', description: '', website: '', sdgGoals: [] };

type Options = ResultOf<typeof NetworkOptionsQuery>;

/** The input both mutations take: empty optional texts are sent as null (clears them on update). */
function inputOf(values: ActorFormValues) {
  const optional = (value: string) => value.trim() || null;
  return {
    name: values.name.trim(),
    sector: values.sector,
    municipalityAgs: optional(values.municipalityAgs),
    description: optional(values.description),
    website: optional(values.website),
    sdgGoals: values.sdgGoals,
  };
}

/** Creates an actor (`actorId` null) or edits one; answers the saved actor's id. */
export function ActorForm({ initial, actorId, onSaved }: { initial: ActorFormValues; actorId: string | null; onSaved: (id: string) => void }) {
  const { lang, m } = useLocalMessages(networkMessages);
  const options = useQuery(NetworkOptionsQuery, {});
  const [values, setValues] = useState(initial);
  const { busy, failure, error, run, problem } = useMutationRun();

  const set = (field: 'name' | 'municipalityAgs' | 'description' | 'website') => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const toggleGoal = (goal: number) =>
    setValues((current) => ({
      ...current,
      sdgGoals: current.sdgGoals.includes(goal) ? current.sdgGoals.filter((g) => g !== goal) : [...current.sdgGoals, goal].sort((a, b) => a - b),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf(values);
    const result = await run(async () =>
      actorId
        ? (await executeQuery(UpdateActorMutation, { input: { id: actorId, ...input } }, { lang })).updateActor
        : (await executeQuery(CreateActorMutation, { input }, { lang })).createActor,
    );
    if (result && 'id' in result) onSaved(result.id);
  };

  const data: Options | undefined = options.status === 'success' ? options.data : undefined;
  const goalsProblem = problem('sdgGoals');

  return (
    <>
      <FormAlerts failure={failure} error={error} fields={['name', 'sector', 'municipalityAgs', 'description', 'descriptionDe', 'website', 'sdgGoals']} />
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate data-testid="actor-form">
        <Field label={<FieldLabel text={m.nameLabel} required />} problem={problem('name')}>
          {(control) => <input {...control} type="text" name="name" required value={values.name} onChange={set('name')} />}
        </Field>
        <Field label={<FieldLabel text={m.sectorLabel} required />} problem={problem('sector')}>
          {(control) => (
            <select {...control} name="sector" value={values.sector} onChange={(event) => setValues({ ...values, sector: event.target.value as ActorSector })}>
              {actorSectors.map((sector) => (
                <option key={sector} value={sector}>
                  {enumLabels.ActorSector[sector][lang]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.municipalityLabel} problem={problem('municipalityAgs')}>
          {(control) => (
            <select {...control} name="municipalityAgs" value={values.municipalityAgs} onChange={set('municipalityAgs')}>
              <option value="">{m.wholeRegion}</option>
              {(data?.municipalities ?? []).map((municipality) => (
                <option key={municipality.ags} value={municipality.ags}>
                  {municipality.name}
                </option>
              ))}
              {/* Keep the stored value selectable until the options have loaded. */}
              {values.municipalityAgs && !data ? <option value={values.municipalityAgs}>{values.municipalityAgs}</option> : null}
            </select>
          )}
        </Field>
        <Field label={<FieldLabel text={m.descriptionLabel} />} problem={problem('description', 'descriptionDe')}>
          {(control) => <textarea {...control} name="description" rows={4} value={values.description} onChange={set('description')} />}
        </Field>
        <Field label={<FieldLabel text={m.websiteLabel} />} hint={m.websiteHint} problem={problem('website')}>
          {(control) => <input {...control} type="url" name="website" value={values.website} onChange={set('website')} />}
        </Field>
        <fieldset className="ws-field" aria-describedby={goalsProblem ? 'actor-goals-problem' : undefined}>
          <legend className="ws-field__label">
            <FieldLabel text={m.sdgLabel} />
          </legend>
          <div className="ws-goal-choices">
            {(data?.sdgGoals ?? []).map((goal) => (
              <label key={goal.number} className="ws-radio">
                <input type="checkbox" name="sdgGoals" value={goal.number} checked={values.sdgGoals.includes(goal.number)} onChange={() => toggleGoal(goal.number)} />
                {goal.number} {goal.shortTitle}
              </label>
            ))}
          </div>
          {goalsProblem ? (
            <span id="actor-goals-problem" className="ws-field__problem">
              {goalsProblem}
            </span>
          ) : null}
        </fieldset>
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : actorId ? m.save : m.create}
          </button>
        </div>
      </form>
    </>
  );
}
