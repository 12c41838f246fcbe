// Static analysis of one GraphQL operation before it runs: depth, aliases, page sizes and cost.
// Pure functions over the parsed document, the schema and the request's variables, so the limits
// can be checked (and unit-tested) without executing anything.
//
// The cost model (documented in ./README.md):
// - every field that returns an object (or a list or connection of them) costs 1, scalar and enum
//   fields cost 0 (they are loaded with their object), as do `__typename` and introspection;
// - a connection (a type named …Connection with `edges` or `nodes`) counts what its `edges`/`nodes`
//   select once per item of the requested page: `first`/`last`, else the default page size;
//   `pageInfo` is counted once;
// - a plain list counts its children LIST_FACTOR times (lists without paging are bounded by the data,
//   e.g. 17 goals or 6 units, but nesting them multiplies);
// - fragments and inline fragments add up all their branches (an upper bound).
import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
} from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/paging.js';

/** A plain (unpaged) list is assumed to hold this many items for the cost estimate. */
export const LIST_FACTOR = 10;

export interface OversizedPage {
  /** Response path of the connection field, e.g. "recommendations" or "actor.events". */
  path: string;
  argument: 'first' | 'last';
  size: number;
}

export interface OperationAnalysis {
  /** Levels of nested fields; `{ a { b } }` is 2. Introspection does not count. */
  depth: number;
  /** Fields selected under an alias (each use of a fragment counts again). */
  aliases: number;
  /** Estimated cost in points (see the model above). */
  cost: number;
  /** Connections asked for more than MAX_PAGE_SIZE items. */
  oversizedPages: OversizedPage[];
}

interface SelectionSummary {
  depth: number;
  aliases: number;
  cost: number;
}

type Variables = Readonly<Record<string, unknown>> | null | undefined;

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Analyzes the operation of a document that already passed GraphQL validation. */
export function analyzeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): OperationAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { depth: 0, aliases: 0, cost: 0, oversizedPages: [] };

  const oversizedPages: OversizedPage[] = [];
  const defaults = variableDefaults(operation);
  // A fragment's summary does not depend on where it is spread, so each is computed once: a
  // document that spreads fragments into fragments costs linear time, not exponential.
  const fragmentSummaries = new Map<string, SelectionSummary>();

  const argumentValue = (node: ValueNode | undefined): unknown => {
    if (!node) return undefined;
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      return variables && name in variables ? variables[name] : defaults.get(name);
    }
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.NULL) return null;
    return undefined;
  };

  const pageSize = (field: FieldNode, path: string): number => {
    let size: number | null = null;
    for (const name of ['first', 'last'] as const) {
      const node = field.arguments?.find((argument) => argument.name.value === name)?.value;
      const value = argumentValue(node);
      if (typeof value !== 'number' || !Number.isInteger(value)) continue;
      if (value > MAX_PAGE_SIZE) oversizedPages.push({ path, argument: name, size: value });
      size = Math.max(size ?? 0, Math.min(Math.max(value, 0), MAX_PAGE_SIZE));
    }
    return size ?? DEFAULT_PAGE_SIZE;
  };

  // `items` is the page size of the connection whose fields are being summarized (edges/nodes
  // count once per item), also through fragments spread on the connection type.
  const summarize = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, path: string, items: number): SelectionSummary => {
    const total: SelectionSummary = { depth: 0, aliases: 0, cost: 0 };
    const add = (part: SelectionSummary) => {
      total.depth = Math.max(total.depth, part.depth);
      total.aliases += part.aliases;
      total.cost += part.cost;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        add(summarizeField(selection, parent, path, items));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parent;
        if (type) add(summarize(selection.selectionSet, type, path, items));
      } else {
        add(summarizeFragment(selection.name.value, path, items));
      }
    }
    return total;
  };

  const summarizeFragment = (name: string, path: string, items: number): SelectionSummary => {
    const key = `${name}:${items}`;
    const known = fragmentSummaries.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
    // Validation rejects cycles; the placeholder keeps a malformed document from recursing forever.
    fragmentSummaries.set(key, { depth: 0, aliases: 0, cost: 0 });
    const summary = fragment && type ? summarize(fragment.selectionSet, type, path, items) : { depth: 0, aliases: 0, cost: 0 };
    fragmentSummaries.set(key, summary);
    return summary;
  };

  const summarizeField = (node: FieldNode, parent: GraphQLNamedType, parentPath: string, items: number): SelectionSummary => {
    const name = node.name.value;
    const alias = node.alias ? 1 : 0;
    // The schema's own description is static and cheap; aliases of it still count (no multiplying).
    if (name === '__typename' || INTROSPECTION_FIELDS.has(name)) return { depth: 0, aliases: alias, cost: 0 };
    const field = fieldOf(parent, name);
    const responseName = node.alias?.value ?? name;
    const path = parentPath ? `${parentPath}.${responseName}` : responseName;
    // Scalars and enums come with the object that holds them: only objects (rows, lookups) cost.
    if (!field || !node.selectionSet) return { depth: 1, aliases: alias, cost: 0 };

    const type = getNamedType(field.type);
    const pageItems = isConnection(type) ? pageSize(node, path) : 1;
    const children = summarize(node.selectionSet, type, path, pageItems);
    const factor = isConnection(parent) && (name === 'edges' || name === 'nodes')
      ? items
      : isListType(getNullableType(field.type)) ? LIST_FACTOR : 1;
    return { depth: children.depth + 1, aliases: alias + children.aliases, cost: 1 + factor * children.cost };
  };

  const summary = summarize(operation.selectionSet, rootType, '', 1);
  return { ...summary, oversizedPages };
}

function fieldOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  return undefined;
}

function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type) || !type.name.endsWith('Connection')) return false;
  const fields = type.getFields();
  return 'edges' in fields || 'nodes' in fields;
}

function variableDefaults(operation: OperationDefinitionNode): Map<string, unknown> {
  const defaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    const value = definition.defaultValue;
    if (value?.kind === Kind.INT) defaults.set(definition.variable.name.value, Number(value.value));
  }
  return defaults;
}
