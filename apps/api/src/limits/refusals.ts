// The errors of the limits: each names the limit, its value and what the request had, carries a
// machine-readable code, and the HTTP status Apollo should answer with.
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from '../schema/paging.js';
import type { OversizedPage } from './analysis.js';
import type { RateLimitResult } from './rate-limit.js';

function refusal(message: string, code: string, details: Record<string, unknown>, status = 400, headers = new HeaderMap()): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status, headers } } });
}

export function pageTooLarge(page: OversizedPage): GraphQLError {
  // Same wording and code as the resolvers' check (schema/paging.ts), but before anything runs.
  return refusal(
    `${page.argument}: at most ${MAX_PAGE_SIZE} items per page, got ${page.size}; page on with "after".`,
    'VALIDATION',
    { field: page.argument, reason: 'TOO_LARGE', path: page.path, limit: MAX_PAGE_SIZE, actual: page.size },
  );
}

export function queryTooDeep(depth: number, limit: number): GraphQLError {
  return refusal(`Query depth ${depth} exceeds the limit of ${limit}.`, 'QUERY_TOO_DEEP', { limit, actual: depth });
}

export function queryTooCostly(cost: number, limit: number): GraphQLError {
  return refusal(
    `Query cost ${cost} exceeds the limit of ${limit} points; ask for smaller pages (first/last) or fewer fields.`,
    'QUERY_TOO_COSTLY',
    { limit, actual: cost },
  );
}

export function tooManyAliases(aliases: number, limit: number): GraphQLError {
  return refusal(`The query uses ${aliases} aliases, more than the limit of ${limit}.`, 'TOO_MANY_ALIASES', { limit, actual: aliases });
}

export function tooManyTokens(tokens: number, limit: number): GraphQLError {
  return refusal(`The document has ${tokens} tokens, more than the limit of ${limit}.`, 'TOO_MANY_TOKENS', { limit, actual: tokens });
}

/** RateLimit-* headers (IETF draft names, without the X- prefix) for a request's budget. */
export function rateLimitHeaders(result: RateLimitResult): Array<[string, string]> {
  return [
    ['ratelimit-limit', String(result.limit)],
    ['ratelimit-remaining', String(result.remaining)],
    ['ratelimit-reset', String(result.resetSeconds)],
  ];
}

export function rateLimited(result: RateLimitResult, windowSeconds: number): GraphQLError {
  const headers = new HeaderMap([...rateLimitHeaders(result), ['retry-after', String(result.resetSeconds)]]);
  return refusal(
    `Rate limit exceeded: ${result.limit} cost points per ${windowSeconds} seconds are used up; retry after ${result.resetSeconds} seconds.`,
    'RATE_LIMITED',
    { limit: result.limit, windowSeconds, retryAfterSeconds: result.resetSeconds },
    429,
    headers,
  );
}
