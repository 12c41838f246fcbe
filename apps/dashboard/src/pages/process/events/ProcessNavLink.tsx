import { NavLink } from 'react-router';
import { useLocalMessages } from '../../../i18n/localMessages';
import { eventMessages } from './messages';

/**
 * The main navigation's one entry for the public process pages: `/prozess` leads to the network,
 * partnerships, events and the other process pages, so the navigation still fits a phone.
 */
export function ProcessNavLink() {
  const { m, localize } = useLocalMessages(eventMessages);
  return (
    <li>
      <NavLink to={localize('/prozess')}>{m.navProcess}</NavLink>
    </li>
  );
}
