// Pickers for the links of a recommendation that are chosen from a list: responsible actors and findings.
import { enumLabels } from '@atlas/domain';
import { useState } from 'react';
import { useQuery } from '../../graphql/useQuery';
import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from '../recommendations/messages';
import { ActorSearchQuery, FindingSearchQuery, MunicipalityOptionsQuery } from './documents';
import { Field } from './Field';
import { workspaceMessages } from './messages';

/** Long statements are cut in the option text; the whole wording is shown once linked. */
const OPTION_TEXT_LENGTH = 90;

function shorten(text: string): string {
  return text.length > OPTION_TEXT_LENGTH ? `${text.slice(0, OPTION_TEXT_LENGTH - 1).trimEnd()}…` : text;
}

/** Actors found by name; already linked ones (`linkedIds`) are not offered again. */
export function ActorPicker({ value, onChange, linkedIds }: { value: string; onChange: (actorId: string) => void; linkedIds: readonly string[] }) {
  const { m } = useLocalMessages(workspaceMessages);
  const [search, setSearch] = useState('');
  const actors = useQuery(ActorSearchQuery, { search: search.trim() || null });
  const options = actors.status === 'success' ? actors.data.actors.edges.map((edge) => edge.node).filter((actor) => !linkedIds.includes(actor.id)) : [];
  return (
    <>
      <Field label={m.actorSearchLabel}>
        {(control) => <input {...control} type="search" name="actorSearch" value={search} onChange={(event) => setSearch(event.target.value)} />}
      </Field>
      <Field label={m.actorsInputLabel}>
        {(control) => (
          <select {...control} name="actor" value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">–</option>
            {options.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.municipality ? `${actor.name} (${actor.municipality.name})` : actor.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}

/**
 * Findings of one municipality (at first the recommendation's own) or of the whole region, narrowed
 * by a text in their wording; already linked ones are not offered again. The API has no text search
 * for findings, so the text filters the loaded page here.
 */
export function FindingPicker({
  value,
  onChange,
  linkedIds,
  initialMunicipality,
}: {
  value: string;
  onChange: (findingId: string) => void;
  linkedIds: readonly string[];
  initialMunicipality: string | null;
}) {
  const { lang, m } = useLocalMessages(workspaceMessages);
  const { m: r } = useLocalMessages(recommendationMessages);
  const [municipality, setMunicipality] = useState(initialMunicipality ?? '');
  const [search, setSearch] = useState('');
  const municipalities = useQuery(MunicipalityOptionsQuery, {});
  const findings = useQuery(FindingSearchQuery, { municipality: municipality || null });
  const needle = search.trim().toLocaleLowerCase(lang);
  const options =
    findings.status === 'success'
      ? findings.data.findings.edges
          .map((edge) => ({ ...edge.node, text: edge.node.statement ?? edge.node.publicStatement ?? edge.node.id }))
          .filter((finding) => !linkedIds.includes(finding.id) && finding.text.toLocaleLowerCase(lang).includes(needle))
      : [];
  return (
    <>
      <Field label={m.findingMunicipalityLabel}>
        {(control) => (
          <select {...control} name="findingMunicipality" value={municipality} onChange={(event) => setMunicipality(event.target.value)}>
            <option value="">{m.allMunicipalities}</option>
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
      <Field label={m.findingSearchLabel} hint={m.findingSearchHint}>
        {(control) => <input {...control} type="search" name="findingSearch" value={search} onChange={(event) => setSearch(event.target.value)} />}
      </Field>
      <Field label={m.findingsInputLabel}>
        {(control) => (
          <select {...control} name="finding" value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">–</option>
            {options.map((finding) => (
              <option key={finding.id} value={finding.id} title={finding.text}>
                {m.findingOption(shorten(finding.text), enumLabels.FindingKind[finding.kind][lang], finding.municipality?.name ?? r.wholeRegion)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
