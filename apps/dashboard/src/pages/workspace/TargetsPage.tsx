import { useState, type FormEvent } from 'react';
import { failureOf, problemFor, type MutationFailure } from '../../auth/mutationResult';
import { IndicatorSelect } from '../../components/indicators/IndicatorSelect';
import { useIndicatorCatalogue, type CatalogueTopic } from '../../components/indicators/useIndicatorCatalogue';
import { MoreCount } from '../../components/MoreCount';
import { QueryStatus } from '../../components/QueryStatus';
import { executeQuery, isQueryError } from '../../graphql/client';
import type { ResultOf } from '../../graphql/graphql';
import { useQuery } from '../../graphql/useQuery';
import { useLocalMessages } from '../../i18n/localMessages';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { DeleteIndicatorTargetMutation, IndicatorTargetsQuery, MunicipalityOptionsQuery, SetIndicatorTargetMutation } from './documents';
import { Field } from './Field';
import { workspaceMessages } from './messages';
import { useLatestData } from './useLatestData';

const TOPICS: readonly CatalogueTopic[] = ['SDG_MUNICIPAL', 'SUSTAINABILITY_STRATEGY', 'STRUCTURE'];
const COMPARATORS = ['AT_LEAST', 'AT_MOST', 'EQUAL'] as const;
type Comparator = (typeof COMPARATORS)[number];
type Indicator = NonNullable<ResultOf<typeof IndicatorTargetsQuery>['indicator']>;
type Target = Indicator['targets']['nodes'][number];

/** `/arbeitsbereich/zielwerte`: pick an indicator, see its targets, set or delete regional and municipal ones. */
export function TargetsPage() {
  const { m, t } = useLocalMessages(workspaceMessages);
  useDocumentTitle(`${m.targetsTitle} – ${t.appName}`);
  const catalogue = useIndicatorCatalogue(TOPICS);
  const [indicatorKey, setIndicatorKey] = useState('');
  return (
    <div className="ws-targets-page">
      <h1>{m.targetsTitle}</h1>
      <p>{m.targetsIntro}</p>
      {catalogue.status === 'success' ? (
        <IndicatorSelect
          label={m.targetIndicatorLabel}
          entries={catalogue.entries}
          value={indicatorKey}
          onChange={setIndicatorKey}
          placeholder={m.targetIndicatorPlaceholder}
          testId="target-indicator"
        />
      ) : catalogue.status === 'error' ? (
        <p className="ws-form__error" role="alert">
          {m.failed(catalogue.error.message)}
        </p>
      ) : null}
      {indicatorKey ? <IndicatorTargets key={indicatorKey} indicatorKey={indicatorKey} /> : null}
    </div>
  );
}

function IndicatorTargets({ indicatorKey }: { indicatorKey: string }) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const query = useQuery(IndicatorTargetsQuery, { key: indicatorKey });
  const data = useLatestData(query);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = async (target: Target, unitName: string) => {
    if (!window.confirm(m.deleteTargetConfirm(unitName, target.year))) return;
    setNotice(null);
    setError(null);
    try {
      const { deleteIndicatorTarget: result } = await executeQuery(DeleteIndicatorTargetMutation, { id: target.id }, { lang });
      const failure = failureOf(result);
      if (failure) setError(m.failed(failure.message));
      else setNotice(m.targetDeleted);
    } catch (caught) {
      setError(m.failed(isQueryError(caught) ? caught.message : String(caught)));
    }
    query.refetch();
  };

  if (!data) return <QueryStatus query={query}>{() => null}</QueryStatus>;
  const indicator = data.indicator;
  if (!indicator) return null;
  return (
    <>
      <div aria-live="polite">
        {notice ? <p className="ws-alert ws-alert--success">{notice}</p> : null}
        {error ? (
          <p className="ws-form__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <TargetTable indicator={indicator} onDelete={(target, unitName) => void remove(target, unitName)} />
      <TargetForm
        indicator={indicator}
        onSaved={() => {
          setError(null);
          setNotice(m.targetSaved);
          query.refetch();
        }}
      />
    </>
  );
}

function TargetTable({ indicator, onDelete }: { indicator: Indicator; onDelete: (target: Target, unitName: string) => void }) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const number = new Intl.NumberFormat(lang);
  if (indicator.targets.nodes.length === 0) return <p data-testid="targets-none">{m.targetsNone}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={m.targetsCaption(indicator.title)}>
      <table data-testid="targets-table">
        <caption>{m.targetsCaption(indicator.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnScope}</th>
            <th scope="col">{m.columnUnit}</th>
            <th scope="col" className="num">
              {m.columnYear}
            </th>
            <th scope="col">{m.columnTarget}</th>
            <th scope="col">{m.columnNote}</th>
            <th scope="col">{m.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.targets.nodes.map((target) => {
            const unitName = target.scope === 'COUNTRY' ? m.countryUnit : (target.municipality?.name ?? m.wholeRegionUnit);
            return (
              <tr key={target.id}>
                <td>{m.scopeLabel[target.scope]}</td>
                <td>{unitName}</td>
                <td className="num">{target.year}</td>
                <td>{`${m.comparatorLabel[target.comparator]} ${number.format(target.value)} ${indicator.unit}`.trim()}</td>
                <td>{[target.note, target.source].filter(Boolean).join(' – ')}</td>
                <td>
                  {target.scope === 'COUNTRY' ? (
                    m.readOnlyNational
                  ) : (
                    <button type="button" onClick={() => onDelete(target, unitName)}>
                      {m.deleteTarget(unitName, target.year)}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <MoreCount connection={indicator.targets} />
    </div>
  );
}

const EMPTY_FORM = { ags: '', year: '', value: '', comparator: '' as Comparator | '', note: '', noteEn: '', source: '' };

/** Reads a decimal number as typed in German or English ("12,5" or "12.5"); null when it is none. */
function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

function TargetForm({ indicator, onSaved }: { indicator: Indicator; onSaved: () => void }) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const municipalities = useQuery(MunicipalityOptionsQuery, {});
  const [values, setValues] = useState(EMPTY_FORM);
  const [failure, setFailure] = useState<MutationFailure | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setError(null);
    const year = parseDecimal(values.year);
    const value = parseDecimal(values.value);
    // Numbers are checked here because the mutation's Int/Float variables cannot carry a typo.
    const numberProblems = [
      ...(year === null || !Number.isInteger(year) ? [{ field: 'year', reason: m.targetNumberInvalid }] : []),
      ...(value === null ? [{ field: 'value', reason: m.targetNumberInvalid }] : []),
    ];
    if (year === null || value === null || numberProblems.length > 0) {
      setFailure({ code: 'VALIDATION', message: m.checkFields, problems: numberProblems, csvProblems: [], currentVersion: null });
      return;
    }
    setBusy(true);
    try {
      const input = {
        indicatorKey: indicator.key,
        ags: values.ags || null,
        year,
        value,
        comparator: values.comparator || null,
        note: values.note.trim() || null,
        noteEn: values.noteEn.trim() || null,
        source: values.source.trim() || null,
      };
      const { setIndicatorTarget: result } = await executeQuery(SetIndicatorTargetMutation, { input }, { lang });
      const refused = failureOf(result);
      if (refused) setFailure(refused);
      else {
        setValues(EMPTY_FORM);
        onSaved();
      }
    } catch (caught) {
      setError(isQueryError(caught) ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  const problem = (field: string) => problemFor(failure, field);
  const set = (field: keyof typeof EMPTY_FORM) => (event: { target: { value: string } }) => setValues({ ...values, [field]: event.target.value });
  return (
    <section aria-labelledby="ws-target-form-heading">
      <h2 id="ws-target-form-heading">{m.targetFormHeading}</h2>
      <p>{m.targetFormHint}</p>
      {failure ? (
        <p className="ws-form__error" role="alert" data-testid="form-error">
          {failure.code === 'VALIDATION' ? m.checkFields : m.failed(failure.message)}
        </p>
      ) : null}
      {error ? (
        <p className="ws-form__error" role="alert">
          {m.failed(error)}
        </p>
      ) : null}
      <form className="ws-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={m.targetUnitLabel} problem={problem('ags')}>
          {(control) => (
            <select {...control} name="ags" value={values.ags} onChange={set('ags')}>
              <option value="">{m.wholeRegionUnit}</option>
              {municipalities.status === 'success'
                ? municipalities.data.municipalities.map((place) => (
                    <option key={place.ags} value={place.ags}>
                      {place.name}
                    </option>
                  ))
                : null}
            </select>
          )}
        </Field>
        <Field label={m.targetYearLabel} problem={problem('year')}>
          {(control) => <input {...control} type="text" inputMode="numeric" name="year" required value={values.year} onChange={set('year')} />}
        </Field>
        <Field label={m.targetValueLabel(indicator.unit)} problem={problem('value')}>
          {(control) => <input {...control} type="text" inputMode="decimal" name="value" required value={values.value} onChange={set('value')} />}
        </Field>
        <Field label={m.targetComparatorLabel} problem={problem('comparator')}>
          {(control) => (
            <select {...control} name="comparator" value={values.comparator} onChange={set('comparator')}>
              <option value="">{m.targetComparatorDefault}</option>
              {COMPARATORS.map((comparator) => (
                <option key={comparator} value={comparator}>
                  {m.comparatorLabel[comparator]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.targetNoteDeLabel} problem={problem('note')}>
          {(control) => <textarea {...control} name="note" rows={2} value={values.note} onChange={set('note')} />}
        </Field>
        <Field label={m.targetNoteEnLabel} problem={problem('noteEn')}>
          {(control) => <textarea {...control} name="noteEn" rows={2} value={values.noteEn} onChange={set('noteEn')} />}
        </Field>
        <Field label={m.targetSourceLabel} hint={m.targetSourceHint} problem={problem('source')}>
          {(control) => <input {...control} type="text" name="source" value={values.source} onChange={set('source')} />}
        </Field>
        <div className="ws-form__actions">
          <button type="submit" disabled={busy}>
            {busy ? m.saving : m.targetSave}
          </button>
        </div>
      </form>
    </section>
  );
}
