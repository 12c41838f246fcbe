import { useId } from 'react';
import { useLocalMessages } from '../../i18n/localMessages';
import { componentMessages } from '../messages';
import type { CatalogueEntry, CatalogueTopic } from './useIndicatorCatalogue';

const TOPIC_ORDER: readonly CatalogueTopic[] = ['SDG_MUNICIPAL', 'STRUCTURE', 'SUSTAINABILITY_STRATEGY'];

/** A labelled select of indicators, grouped by topic and sorted by title. */
export function IndicatorSelect({
  label,
  entries,
  value,
  onChange,
  placeholder,
  testId,
}: {
  label: string;
  entries: readonly CatalogueEntry[];
  value: string;
  onChange: (key: string) => void;
  placeholder?: string;
  testId?: string;
}) {
  const { lang, m } = useLocalMessages(componentMessages);
  const id = useId();
  const collator = new Intl.Collator(lang);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {TOPIC_ORDER.map((topic) => {
          const group = entries.filter((entry) => entry.topic === topic).sort((a, b) => collator.compare(a.title, b.title));
          return group.length === 0 ? null : (
            <optgroup key={topic} label={m.topic[topic]}>
              {group.map((entry) => (
                <option key={entry.key} value={entry.key}>
                  {entry.title}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
