// The site footer's links to the legal pages and the publications (the top navigation stays short).
import { Link } from 'react-router';
import { useLocalMessages } from '../../i18n/localMessages';
import { publicationMessages } from './messages';

export function FooterLinks() {
  const { m, localize } = useLocalMessages(publicationMessages);
  return (
    <nav aria-label={m.footerLegal} className="site-footer__links">
      <Link to={localize('/impressum')}>{m.imprint}</Link> · <Link to={localize('/datenschutz')}>{m.privacy}</Link> ·{' '}
      <Link to={localize('/veroeffentlichungen')}>{m.publications}</Link>
    </nav>
  );
}
