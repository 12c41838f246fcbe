import { hiddenCount } from '../graphql/connection';
import type { CountedPage } from '../graphql/connection';
import { useLocalMessages } from '../i18n/localMessages';
import { componentMessages } from './messages';

/** "and N more" under a nested list that shows one page of a connection; nothing when it shows all. */
export function MoreCount({ connection, as: Tag = 'p' }: { connection: CountedPage; as?: 'p' | 'li' | 'span' }) {
  const { m } = useLocalMessages(componentMessages);
  const hidden = hiddenCount(connection);
  return hidden > 0 ? (
    <Tag className="more-count" data-testid="more-count">
      {m.andMore(hidden)}
    </Tag>
  ) : null;
}
