import { NavLink } from 'react-router';
import { useLocalMessages } from '../../i18n/localMessages';
import { recommendationMessages } from './messages';

/** The main navigation's entry for the public recommendation tracking (one list item). */
export function RecommendationNavLink() {
  const { m, localize } = useLocalMessages(recommendationMessages);
  return (
    <li>
      <NavLink to={localize('/empfehlungen')}>{m.navRecommendations}</NavLink>
    </li>
  );
}
