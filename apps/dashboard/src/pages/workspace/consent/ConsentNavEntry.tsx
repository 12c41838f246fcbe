import { NavLink } from 'react-router';
import { useLocalMessages } from '../../../i18n/localMessages';
import { consentMessages } from './messages';

/** The workspace navigation entry for the consent log (rendered inside WorkspaceNav's list). */
export function ConsentNavEntry() {
  const { m, localize } = useLocalMessages(consentMessages);
  return (
    <li>
      <NavLink to={localize('/arbeitsbereich/einwilligungen')}>{m.navConsents}</NavLink>
    </li>
  );
}
