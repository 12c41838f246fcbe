// The server's protection: limits checked before execution, the rate limit, production error masking.
export { analyzeOperation, LIST_FACTOR } from './analysis.js';
export type { OperationAnalysis } from './analysis.js';
export { rememberClientAddress } from './clients.js';
export { limitsPlugin } from './plugin.js';
export type { CostReport } from './plugin.js';
export { isInternalError, maskInternalError } from './production-errors.js';
export { RateLimiter } from './rate-limit.js';
export { MemoryRateLimitStore, PostgresRateLimitStore, rateLimitStoreFor } from './rate-limit-stores.js';
export type { RateLimitStore } from './rate-limit-stores.js';
export { DEFAULT_LIMITS, resolveLimits, UNTHROTTLED } from './settings.js';
export type { LimitOverrides, LimitSettings } from './settings.js';
