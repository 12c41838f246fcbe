// Per-request memory for loaders: keyed by the request's context object, so it is dropped with the
// request and never shared between requests (or processes).
const caches = new WeakMap<object, Map<string, unknown>>();

/** The value stored under `key` for this request, created on first use. */
export function perRequest<T>(ctx: object, key: string, create: () => T): T {
  let cache = caches.get(ctx);
  if (!cache) {
    cache = new Map();
    caches.set(ctx, cache);
  }
  if (!cache.has(key)) cache.set(key, create());
  return cache.get(key) as T;
}
