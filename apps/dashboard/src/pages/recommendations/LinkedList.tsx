import { Link } from 'react-router';
import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from './messages';

export interface LinkedItem {
  key: string;
  text: string;
  href?: string;
}

/** A heading with the linked records of one kind, or "none". */
export function LinkedList({ heading, items }: { heading: string; items: readonly LinkedItem[] }) {
  const { m } = useLocalMessages(recommendationMessages);
  return (
    <section className="rec-linked">
      <h3>{heading}</h3>
      {items.length === 0 ? (
        <p className="rec-linked__none">{m.noneLinked}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.key}>{item.href ? <Link to={item.href}>{item.text}</Link> : item.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
