import { useState, type FormEvent } from 'react';
import { failureOf } from '../../auth/mutationResult';
import { MoreCount } from '../../components/MoreCount';
import { executeQuery, isQueryError } from '../../graphql/client';
import { useQuery } from '../../graphql/useQuery';
import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from '../recommendations/messages';
import { IndicatorSearchQuery, LinkRecommendationMutation, UnlinkRecommendationMutation } from './documents';
import { Field } from './Field';
import { ActorPicker, FindingPicker } from './LinkPickers';
import { workspaceMessages } from './messages';
import type { WorkspaceRecommendation } from './RecommendationPage';

interface LinkChange {
  sdgTargets?: string[];
  indicatorIds?: string[];
  actorIds?: string[];
  findingIds?: string[];
}

/** "11.2, 11.6;12.5" → ["11.2", "11.6", "12.5"]: separators as people type them. */
export function parseTargetCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((code) => code.trim()).filter(Boolean))];
}

/**
 * The links of a recommendation with a remove button each, and a form to add SDG targets (by code),
 * indicators and responsible actors (by search) and findings (by municipality and wording).
 */
export function LinksEditor({
  recommendation: rec,
  onChanged,
  readOnly,
  reloading,
}: {
  recommendation: WorkspaceRecommendation;
  onChanged: () => void;
  readOnly: boolean;
  /** The page is loading the new version: changes wait for it, so they name the right version. */
  reloading: boolean;
}) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const { m: r } = useLocalMessages(recommendationMessages);
  const [targets, setTargets] = useState('');
  const [indicatorSearch, setIndicatorSearch] = useState('');
  const [indicatorId, setIndicatorId] = useState('');
  const [actorId, setActorId] = useState('');
  const [findingId, setFindingId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const busy = sending || reloading;
  const indicators = useQuery(IndicatorSearchQuery, { search: indicatorSearch.trim() || null });

  const send = async (mode: 'link' | 'unlink', change: LinkChange): Promise<boolean> => {
    setSending(true);
    setError(null);
    try {
      const input = { id: rec.id, expectedVersion: rec.version, ...change };
      const result =
        mode === 'link'
          ? (await executeQuery(LinkRecommendationMutation, { input }, { lang })).linkRecommendation
          : (await executeQuery(UnlinkRecommendationMutation, { input }, { lang })).unlinkRecommendation;
      const failure = failureOf(result);
      if (failure) {
        const detail = failure.problems.map((p) => `${p.field}: ${p.reason}`).join('; ') || failure.message;
        setError(failure.code === 'CONFLICT' ? m.conflictText : m.failed(detail));
        onChanged();
        return false;
      }
      onChanged();
      return true;
    } catch (caught) {
      setError(m.failed(isQueryError(caught) ? caught.message : String(caught)));
      return false;
    } finally {
      setSending(false);
    }
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const change: LinkChange = {};
    const codes = parseTargetCodes(targets);
    if (codes.length) change.sdgTargets = codes;
    if (indicatorId) change.indicatorIds = [indicatorId];
    if (actorId) change.actorIds = [actorId];
    if (findingId) change.findingIds = [findingId];
    if (Object.keys(change).length === 0) return;
    if (await send('link', change)) {
      setTargets('');
      setIndicatorId('');
      setActorId('');
      setFindingId('');
    }
  };

  const removable = (items: ReadonlyArray<{ key: string; text: string; change: LinkChange }>) =>
    items.length === 0 ? (
      <p className="rec-linked__none">{r.noneLinked}</p>
    ) : (
      <ul className="ws-links">
        {items.map((item) => (
          <li key={item.key}>
            <span>{item.text}</span>{' '}
            {readOnly ? null : (
              <button type="button" className="button-small button-secondary" disabled={busy} onClick={() => void send('unlink', item.change)}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{m.removeLink(item.text)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    );

  const indicatorOptions = indicators.status === 'success' ? indicators.data.indicators.edges.map((edge) => edge.node) : [];

  return (
    <section aria-labelledby="ws-links-heading" className="ws-links-editor">
      <h2 id="ws-links-heading">{m.linksTitle}</h2>
      <p className="ws-field__hint">{m.linksIntro}</p>
      {error ? (
        <p className="ws-form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="rec-links">
        <section className="rec-linked">
          <h3>{r.sdgTargetsHeading}</h3>
          {removable(rec.sdgTargets.map((target) => ({ key: target.code, text: `${target.code} ${target.title}`, change: { sdgTargets: [target.code] } })))}
        </section>
        <section className="rec-linked">
          <h3>{r.indicatorsHeading}</h3>
          {removable(rec.indicators.nodes.map((indicator) => ({ key: indicator.id, text: indicator.title, change: { indicatorIds: [indicator.id] } })))}
          <MoreCount connection={rec.indicators} />
        </section>
        <section className="rec-linked">
          <h3>{r.actorsHeading}</h3>
          {removable(rec.responsibleActors.nodes.map((actor) => ({ key: actor.id, text: actor.name, change: { actorIds: [actor.id] } })))}
          <MoreCount connection={rec.responsibleActors} />
        </section>
        <section className="rec-linked">
          <h3>{r.findingsHeading}</h3>
          {removable(
            rec.findings.nodes.map((finding) => ({
              key: finding.id,
              text: finding.statement ?? finding.publicStatement ?? finding.id,
              change: { findingIds: [finding.id] },
            })),
          )}
          <MoreCount connection={rec.findings} />
        </section>
      </div>
      {readOnly ? null : (
        <form className="ws-form ws-form--inline" onSubmit={(event) => void add(event)}>
          <Field label={m.sdgTargetsInputLabel} hint={m.sdgTargetsInputHint}>
            {(control) => <input {...control} type="text" name="sdgTargets" value={targets} onChange={(event) => setTargets(event.target.value)} />}
          </Field>
          <label className="ws-field">
            <span className="ws-field__label">{m.indicatorSearchLabel}</span>
            <input type="search" name="indicatorSearch" value={indicatorSearch} onChange={(event) => setIndicatorSearch(event.target.value)} />
          </label>
          <label className="ws-field">
            <span className="ws-field__label">{m.indicatorsInputLabel}</span>
            <select name="indicator" value={indicatorId} onChange={(event) => setIndicatorId(event.target.value)}>
              <option value="">–</option>
              {indicatorOptions.map((indicator) => (
                <option key={indicator.id} value={indicator.id}>
                  {indicator.title} ({indicator.key})
                </option>
              ))}
            </select>
          </label>
          <ActorPicker value={actorId} onChange={setActorId} linkedIds={rec.responsibleActors.nodes.map((actor) => actor.id)} />
          <FindingPicker
            value={findingId}
            onChange={setFindingId}
            linkedIds={rec.findings.nodes.map((finding) => finding.id)}
            initialMunicipality={rec.municipality?.ags ?? null}
          />
          <div className="ws-form__actions">
            <button type="submit" disabled={busy || (!targets.trim() && !indicatorId && !actorId && !findingId)}>
              {m.addLinks}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
