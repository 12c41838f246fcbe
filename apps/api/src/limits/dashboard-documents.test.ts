// Every GraphQL document the dashboard sends must stay well inside the limits: this collects them
// from the dashboard's source (gql.tada `graphql(`…`)` calls), adds the fragments they spread, and
// checks depth, aliases, tokens and cost against the defaults with every Int variable at the page
// maximum (the worst the dashboard could ask for).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getIntrospectionQuery, getOperationAST, Kind, parse, print, visit } from 'graphql';
import type { DefinitionNode, FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { MAX_PAGE_SIZE } from '../schema/paging.js';
import { analyzeOperation } from './analysis.js';
import { DEFAULT_LIMITS } from './settings.js';
import { countTokens } from './tokens.js';

const dashboardSrc = fileURLToPath(new URL('../../../dashboard/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const definitions: Array<{ file: string; definition: DefinitionNode }> = [];
for (const file of sourceFiles(dashboardSrc)) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/graphql\(\s*`([^`]*)`/g)) {
    // gql.tada removes its client-only @_unmask directive before sending; so does this.
    const source = match[1]!.replaceAll('@_unmask', '');
    for (const definition of parse(source).definitions) definitions.push({ file: path.relative(dashboardSrc, file), definition });
  }
}
const fragments = new Map<string, FragmentDefinitionNode>();
for (const { definition } of definitions) {
  if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
}
const operations = definitions.filter(
  (entry): entry is { file: string; definition: OperationDefinitionNode } => entry.definition.kind === Kind.OPERATION_DEFINITION,
);

/** The operation plus every fragment it spreads, transitively: what gql.tada sends. */
function documentOf(operation: OperationDefinitionNode): string {
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (!fragment || needed.has(spread.name.value)) return;
        needed.set(spread.name.value, fragment);
        collect(fragment);
      },
    });
  };
  collect(operation);
  return [operation, ...needed.values()].map((node) => print(node)).join('\n\n');
}

describe('the dashboard’s documents stay well inside the limits', () => {
  it('finds the dashboard’s operations', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  const measured = operations.map(({ file, definition }) => {
    const source = documentOf(definition);
    const document = parse(source);
    const operation = getOperationAST(document)!;
    const worstCase = Object.fromEntries(
      (operation.variableDefinitions ?? []).flatMap((variable) => {
        const type = print(variable.type).replace(/!$/, '');
        return type === 'Int' ? [[variable.variable.name.value, MAX_PAGE_SIZE]] : [];
      }),
    );
    return { name: `${definition.name?.value ?? '(anonymous)'} (${file})`, source, document, operation, worstCase };
  });

  it('lets GraphiQL’s introspection query through', () => {
    const source = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
    const document = parse(source);
    const analysis = analyzeOperation(schema, document, getOperationAST(document)!, {});
    expect(countTokens(source)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens / 2);
    expect(analysis).toMatchObject({ depth: 0, cost: 0 });
  });

  it.each(measured.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const analysis = analyzeOperation(schema, entry.document, entry.operation, entry.worstCase);
    const tokens = countTokens(entry.source);
    // "Well inside": at most half of each limit, so the dashboard can grow before a limit bites.
    // (Whether the fields exist is `gql.tada check`'s job in the dashboard's typecheck.)
    expect(analysis.oversizedPages).toEqual([]);
    expect(analysis.depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth / 2);
    expect(analysis.aliases).toBeLessThanOrEqual(DEFAULT_LIMITS.maxAliases / 2);
    expect(tokens).toBeLessThanOrEqual(DEFAULT_LIMITS.maxTokens / 2);
    expect(analysis.cost).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 2);
  });
});
