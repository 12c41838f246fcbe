// Who a request is, for the rate limit: the API key, else the signed-in account, else the client
// address. The address is not part of the resolvers' Context, so createServer records it here,
// keyed by the request's context object (a WeakMap: nothing outlives the request).
import type { Context } from '../context.js';
import type { RateLimitClient } from './rate-limit.js';

const addresses = new WeakMap<object, string>();

/** Wraps createServer's context: records Fastify's `request.ip` (proxy-aware when trusted) for it. */
export function rememberClientAddress<C extends object>(address: string, context: C): C {
  addresses.set(context, address);
  return context;
}

export function rateLimitClientOf(context: Context): RateLimitClient {
  if (context.apiKey) return { kind: 'apiKey', id: context.apiKey.id };
  if (context.viewer) return { kind: 'user', id: context.viewer.id };
  return { kind: 'anonymous', address: addresses.get(context) ?? 'unknown' };
}
