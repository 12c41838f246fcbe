import type { TadaDocumentNode } from 'gql.tada';

/**
 * Dotted paths of the selected fields whose type gql.tada could not resolve: gql.tada types a
 * field that the schema does not have as `unknown` (and so a custom scalar without a mapping).
 * `never` when every field resolved.
 */
export type UnresolvedFields<T, Path extends string = ''> = unknown extends T
  ? Path extends ''
    ? '(document)'
    : Path
  : T extends readonly (infer Item)[]
    ? UnresolvedFields<Item, Path>
    : T extends object
      ? { [K in keyof T & string]-?: UnresolvedFields<T[K], Path extends '' ? K : `${Path}.${K}`> }[keyof T & string]
      : never;

/**
 * A typed document whose every field exists in the schema. The GraphQLSP plugin reports unknown
 * fields only in editors; this makes `tsc --noEmit` fail as well, naming the field, wherever such a
 * document is executed (`executeQuery`, `useQuery`). `npm run typecheck` also runs `gql.tada check`
 * for everything else (unknown arguments, wrong variable types).
 */
export type SchemaCheckedDocument<Result, Variables> = TadaDocumentNode<Result, Variables> &
  ([UnresolvedFields<Result>] extends [never]
    ? unknown
    : { 'GraphQL field not in the schema (see apps/api/schema.graphql)': UnresolvedFields<Result> });
