import { Link } from 'react-router';
import { textColorOn } from '../../lib/contrast';

export interface GoalTileProps {
  number: number;
  shortTitle: string;
  title: string;
  color: string;
  label: string;
  /** The goal page; the whole tile is the link. */
  href?: string;
}

export function GoalTile({ number, shortTitle, title, color, label, href }: GoalTileProps) {
  const content = (
    <>
      <span className="goal-tile__number">
        <span className="visually-hidden">{label} </span>
        {number}
      </span>
      <span className="goal-tile__title">{shortTitle}</span>
    </>
  );
  return (
    <li className="goal-tile" data-testid="goal-tile" style={{ backgroundColor: color, color: textColorOn(color) }} title={title}>
      {href ? (
        <Link className="goal-tile__link" to={href}>
          {content}
        </Link>
      ) : (
        content
      )}
    </li>
  );
}
