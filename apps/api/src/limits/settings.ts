// The numbers of every limit in one place (reasoning in ./README.md). Server options override them
// (tests use tiny budgets); environment variables let an operator tune the rate limit.

export interface RateLimitSettings {
  /** Length of one budget window in seconds. */
  windowSeconds: number;
  /** Cost points per window for a request without session or key, per client IP address. */
  anonymous: number;
  /** Cost points per window for a signed-in account (dashboard session). */
  user: number;
  /** Cost points per window for a partner API key. */
  apiKey: number;
}

export interface LimitSettings {
  /** Deepest nesting of fields an operation may have. */
  maxDepth: number;
  /** Highest estimated cost of one operation, in points. */
  maxCost: number;
  /** Most aliased fields in one operation. */
  maxAliases: number;
  /** Most lexical tokens in one document. */
  maxTokens: number;
  rateLimit: RateLimitSettings;
}

export const DEFAULT_LIMITS: LimitSettings = {
  maxDepth: 12,
  maxCost: 10_000,
  maxAliases: 30,
  maxTokens: 2_000,
  rateLimit: { windowSeconds: 60, anonymous: 10_000, user: 30_000, apiKey: 30_000 },
};

/**
 * Budgets no test or benchmark reaches: for servers whose subject is not the rate limit (every
 * request of a test comes from 127.0.0.1, so it would share one anonymous budget).
 */
export const UNTHROTTLED: RateLimitSettings = { windowSeconds: 60, anonymous: 1_000_000_000, user: 1_000_000_000, apiKey: 1_000_000_000 };

export type LimitOverrides = Partial<Omit<LimitSettings, 'rateLimit'>> & { rateLimit?: Partial<RateLimitSettings> };

/** Defaults, then RATE_LIMIT_* variables, then explicit overrides. */
export function resolveLimits(overrides: LimitOverrides = {}, env: NodeJS.ProcessEnv = process.env): LimitSettings {
  const fromEnv = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, got "${raw}"`);
    return value;
  };
  const rateLimit: RateLimitSettings = { ...DEFAULT_LIMITS.rateLimit };
  const envRate = {
    windowSeconds: fromEnv('RATE_LIMIT_WINDOW_SECONDS'),
    anonymous: fromEnv('RATE_LIMIT_ANONYMOUS'),
    user: fromEnv('RATE_LIMIT_USER'),
    apiKey: fromEnv('RATE_LIMIT_API_KEY'),
  };
  for (const source of [envRate, overrides.rateLimit ?? {}]) {
    for (const [key, value] of Object.entries(source) as Array<[keyof RateLimitSettings, number | undefined]>) {
      if (value !== undefined) rateLimit[key] = value;
    }
  }
  const { rateLimit: _ignored, ...rest } = overrides;
  return { ...DEFAULT_LIMITS, ...rest, rateLimit };
}
