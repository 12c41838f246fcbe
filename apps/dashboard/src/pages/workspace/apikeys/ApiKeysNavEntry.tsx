import { NavLink } from 'react-router';
import { useLocalMessages } from '../../../i18n/localMessages';
import { apiKeyMessages } from './messages';

/** The workspace navigation entry for API keys (rendered inside WorkspaceNav's list, for admins). */
export function ApiKeysNavEntry() {
  const { m, localize } = useLocalMessages(apiKeyMessages);
  return (
    <li>
      <NavLink to={localize('/arbeitsbereich/schluessel')}>{m.nav}</NavLink>
    </li>
  );
}
