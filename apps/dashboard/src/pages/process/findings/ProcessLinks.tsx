// The public process pages of this area link to each other here, not from the top navigation
// (which stays short); the footer links the legal pages.
import { Link } from 'react-router';
import { useLocalMessages } from '../../../i18n/localMessages';
import { processMessages } from './messages';

export function ProcessLinks({ current }: { current: string }) {
  const { m, localize } = useLocalMessages(processMessages);
  const links = [
    { to: '/prozess', label: m.processLink },
    { to: '/befunde', label: m.findingsLink },
    { to: '/initiativkreise', label: m.circlesLink },
    { to: '/veroeffentlichungen', label: m.publicationsLink },
    { to: '/regionalkonferenz', label: m.conferenceLink },
  ].filter((link) => link.to !== current);
  return (
    <nav aria-label={m.moreLinks} className="page-actions">
      <ul className="public-links">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={localize(link.to)}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
