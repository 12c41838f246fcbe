import { NavLink } from 'react-router';
import { useLocalMessages } from '../../../i18n/localMessages';
import { networkMessages } from './messages';

/** The workspace navigation entry for actors (rendered inside WorkspaceNav's list). */
export function NetworkNavEntries() {
  const { m, localize } = useLocalMessages(networkMessages);
  return (
    <li>
      <NavLink to={localize('/arbeitsbereich/akteure')}>{m.navActors}</NavLink>
    </li>
  );
}
