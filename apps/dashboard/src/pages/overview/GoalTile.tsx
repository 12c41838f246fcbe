import { textColorOn } from '../../lib/contrast';

export interface GoalTileProps {
  number: number;
  shortTitle: string;
  title: string;
  color: string;
  label: string;
}

export function GoalTile({ number, shortTitle, title, color, label }: GoalTileProps) {
  return (
    <li className="goal-tile" data-testid="goal-tile" style={{ backgroundColor: color, color: textColorOn(color) }} title={title}>
      <span className="goal-tile__number">
        <span className="visually-hidden">{label} </span>
        {number}
      </span>
      <span className="goal-tile__title">{shortTitle}</span>
    </li>
  );
}
