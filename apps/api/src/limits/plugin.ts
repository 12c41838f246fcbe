// The Apollo plugin that enforces the limits before execution and reports the cost afterwards:
// tokens (parser), page sizes, depth, aliases and cost (didResolveOperation), then the rate limit;
// every executed operation's response carries `extensions.cost` and RateLimit-* headers.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { analyzeOperation } from './analysis.js';
import { rateLimitClientOf } from './clients.js';
import type { RateLimiter, RateLimitResult } from './rate-limit.js';
import {
  pageTooLarge,
  queryTooCostly,
  queryTooDeep,
  rateLimited,
  rateLimitHeaders,
  tooManyAliases,
  tooManyTokens,
} from './refusals.js';
import type { LimitSettings } from './settings.js';
import { countTokens } from './tokens.js';

/** What `extensions.cost` of a response says. */
export interface CostReport {
  /** Estimated cost of this operation in points (charged to the rate limit). */
  requested: number;
  /** Highest cost one operation may have. */
  limit: number;
  /** Points left in the client's current rate-limit window. */
  remaining: number;
  /** Points per window for this client. */
  budget: number;
  /** Seconds until the window ends and the budget is full again. */
  resetSeconds: number;
}

export function limitsPlugin(settings: LimitSettings, limiter: RateLimiter): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
      let cost: number | null = null;
      let budget: RateLimitResult | null = null;
      let tokenLimitHit = false;
      return {
        async didEncounterErrors({ errors }) {
          // graphql-js stops parsing at `maxTokens` without counting the rest; recognise its error
          // here and replace it in willSendResponse with one that names limit and count.
          tokenLimitHit = errors.some((error) => isTokenLimitError(error));
        },

        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return; // Apollo has already refused a document without the named operation.
          const analysis = analyzeOperation(schema, document, operation, request.variables);
          const [oversized] = analysis.oversizedPages;
          if (oversized) throw pageTooLarge(oversized);
          if (analysis.depth > settings.maxDepth) throw queryTooDeep(analysis.depth, settings.maxDepth);
          if (analysis.aliases > settings.maxAliases) throw tooManyAliases(analysis.aliases, settings.maxAliases);
          if (analysis.cost > settings.maxCost) throw queryTooCostly(analysis.cost, settings.maxCost);

          cost = analysis.cost;
          // Every operation takes at least one point, so even trivial queries cannot be sent unbounded.
          budget = await limiter.consume(rateLimitClientOf(contextValue), Math.max(1, analysis.cost));
          if (!budget.allowed) throw rateLimited(budget, settings.rateLimit.windowSeconds);
        },

        async willSendResponse({ response, source }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (tokenLimitHit && source !== undefined) {
            const refusal = tooManyTokens(countTokens(source), settings.maxTokens);
            result.errors = [{ message: refusal.message, extensions: withoutHttp(refusal.extensions) }];
          }
          if (budget) {
            for (const [name, value] of rateLimitHeaders(budget)) response.http.headers.set(name, value);
          }
          if (cost !== null && budget) {
            const report: CostReport = {
              requested: cost,
              limit: settings.maxCost,
              remaining: budget.remaining,
              budget: budget.limit,
              resetSeconds: budget.resetSeconds,
            };
            result.extensions = { ...result.extensions, cost: report };
          }
        },
      };
    },
  };
}

function isTokenLimitError(error: GraphQLError): boolean {
  return error.extensions.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more that \d+ tokens/.test(error.message);
}

function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}
