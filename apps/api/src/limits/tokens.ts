// Counts the lexical tokens of a GraphQL document the way graphql-js' `maxTokens` parse option does,
// so a refusal can say how many tokens the document had (the parser only says it stopped).
import { Lexer, Source, TokenKind } from 'graphql';

/** Tokens of `source` up to `stopAt` (counting stops there); a lexing error ends the count. */
export function countTokens(source: string, stopAt = Number.POSITIVE_INFINITY): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (count < stopAt && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // Syntax errors are reported by the parser; the count so far is still a lower bound.
  }
  return count;
}
