import { Link } from 'react-router';
import { textColorOn } from '../../../lib/contrast';
import { useLocalMessages } from '../../../i18n/localMessages';
import { SECTOR_COLORS, type NetworkLayout, type LayoutInput } from './layout';
import { networkMessages } from './messages';

/** Bridging scores from this value up get a thick outline (the table shows the exact values). */
const BRIDGING_MARK = 0.1;

/**
 * The network as an SVG: numbered circles linked to the actor pages, curved links. Screen readers
 * get the graph's summary and use the table that follows it; the circles stay keyboard links, so the
 * group is not an image (an image's children would be hidden from assistive technology).
 */
export function NetworkGraph<Node extends LayoutInput & { bridging: number }>({ layout, linkCount }: { layout: NetworkLayout<Node>; linkCount: number }) {
  const { m, localize } = useLocalMessages(networkMessages);
  return (
    <figure className="net-graph" data-testid="network-graph">
      <svg viewBox={`0 0 ${layout.size} ${layout.size}`} role="group" aria-label={m.graphLabel(layout.nodes.length, linkCount)} className="net-graph__svg">
        <g className="net-graph__edges" aria-hidden="true">
          {layout.edges.map((edge) => (
            <path key={edge.id} d={edge.path} data-testid="network-edge" />
          ))}
        </g>
        <g className="net-graph__nodes">
          {layout.nodes.map(({ node, number, x, y, r }) => {
            const fill = SECTOR_COLORS[node.sector];
            return (
              <Link key={node.id} to={localize(`/netzwerk/akteure/${encodeURIComponent(node.id)}`)} aria-label={`${number}: ${node.name}`} data-testid="network-node">
                <title>{`${number}: ${node.name} (${m.sector[node.sector]})`}</title>
                <circle
                  cx={x}
                  cy={y}
                  r={r}
                  fill={fill}
                  className={node.bridging >= BRIDGING_MARK ? 'net-graph__node net-graph__node--bridge' : 'net-graph__node'}
                />
                <text x={x} y={y} dy="0.35em" textAnchor="middle" fill={textColorOn(fill)} className="net-graph__number">
                  {number}
                </text>
              </Link>
            );
          })}
        </g>
      </svg>
      <figcaption>{m.graphCaption}</figcaption>
    </figure>
  );
}
