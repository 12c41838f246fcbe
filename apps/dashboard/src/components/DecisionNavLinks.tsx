import './decision.css';
import { NavLink } from 'react-router';
import { useLocalMessages } from '../i18n/localMessages';
import { componentMessages } from './messages';

/** Navigation entries of the decision-maker pages that are not per municipality. */
export function DecisionNavLinks() {
  const { m, localize } = useLocalMessages(componentMessages);
  return (
    <>
      <li>
        <NavLink to={localize('/indikatoren')}>{m.navIndicators}</NavLink>
      </li>
      <li>
        <NavLink to={localize('/vergleich')}>{m.navCompare}</NavLink>
      </li>
      <li>
        <NavLink to={localize('/karte')}>{m.navMap}</NavLink>
      </li>
      <li>
        <NavLink to={localize('/quellen')}>{m.navSources}</NavLink>
      </li>
    </>
  );
}
