// The `nodes` shortcut (builder.ts, relay's nodesOnConnection) on the real schema: every connection
// has it, typed like its edges' node, and the cost analysis charges it per item of the page, so the
// shortcut is no way around the cost limit.
import { getNamedType, getNullableType, getOperationAST, isListType, isNonNullType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { DEFAULT_PAGE_SIZE } from '../schema/paging.js';
import { analyzeOperation } from './analysis.js';

const connections = Object.values(schema.getTypeMap()).filter(
  (type) => isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields(),
);

function cost(query: string): number {
  const document = parse(query);
  return analyzeOperation(schema, document, getOperationAST(document)!, {}).cost;
}

describe('nodes on connections', () => {
  it('is on every connection, a non-null list of the edges’ non-null node type', () => {
    expect(connections.length).toBeGreaterThan(20);
    for (const connection of connections) {
      if (!isObjectType(connection)) continue;
      const fields = connection.getFields();
      const nodes = fields.nodes;
      expect(nodes, connection.name).toBeDefined();
      expect(nodes!.description).toBeTruthy();
      const edge = getNamedType(fields.edges!.type);
      const node = isObjectType(edge) ? edge.getFields().node : undefined;
      expect(isNonNullType(nodes!.type) && isListType(getNullableType(nodes!.type)), connection.name).toBe(true);
      const item = getNullableType(nodes!.type);
      expect(isListType(item) && isNonNullType(item.ofType), connection.name).toBe(true);
      expect(getNamedType(nodes!.type).name).toBe(getNamedType(node!.type).name);
    }
  });

  it('charges a `nodes` page per item like an `edges` page', () => {
    // recommendations 1 + nodes (1 + n × municipality 1); through edges each item also costs its node.
    const page = (n: number) => 1 + (1 + n * 1);
    expect(cost('{ recommendations(first: 50) { nodes { id municipality { name } } } }')).toBe(page(50));
    expect(cost('{ recommendations(last: 7) { nodes { id municipality { name } } } }')).toBe(page(7));
    expect(cost('{ recommendations { nodes { id municipality { name } } } }')).toBe(page(DEFAULT_PAGE_SIZE));
    expect(cost('{ recommendations(first: 50) { edges { node { id municipality { name } } } } }')).toBe(page(50) + 50);
  });
});
