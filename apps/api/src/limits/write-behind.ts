// Keeps the rate limit off the request path when its store is a round trip away (PostgreSQL). A
// client's total is known locally from the store's last answer; while that answer is fresh and the
// client is far below its budget, a request is admitted at once and its points are written with
// others of the same client a moment later. Near the budget every request waits for the store, so
// refusals come from the count all processes share.
import type { RateLimitStore } from './rate-limit-stores.js';

/** How long the store's answer for a client counts as known. */
const FRESH_MS = 1000;
/** Points admitted ahead of the store are written together after at most this long. */
const FLUSH_MS = 100;
/** Below this share of its budget a client is admitted without waiting. */
const AHEAD_SHARE = 0.5;

/** A client's total as this process last learnt it from the store, plus what it admitted since. */
interface KnownTotal {
  used: number;
  learntAt: number;
}

export interface WriteBehindOptions {
  now: () => number;
  /** A write of points admitted ahead failed: they are lost, and the client's next request waits for the store. */
  onStoreError: (error: unknown) => void;
}

export class WriteBehind {
  private readonly known = new Map<string, KnownTotal>();
  private knownWindow = 0;
  /** Points admitted ahead and not yet sent, by subject and window. */
  private readonly unsent = new Map<string, { subject: string; windowStart: number; points: number }>();
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly writing = new Set<Promise<void>>();

  constructor(
    private readonly store: RateLimitStore,
    private readonly options: WriteBehindOptions,
  ) {}

  /** The client's new total when the request can go ahead without waiting; null when it must wait. */
  admitAhead(subject: string, windowStart: number, points: number, limit: number): number | null {
    if (windowStart !== this.knownWindow) {
      // A new window: forget the last one's clients, so the map holds one window's at most.
      this.known.clear();
      this.knownWindow = windowStart;
    }
    const known = this.known.get(subject);
    if (!known || this.options.now() - known.learntAt > FRESH_MS || known.used + points > limit * AHEAD_SHARE) return null;
    known.used += points;
    const key = `${windowStart}:${subject}`;
    const entry = this.unsent.get(key) ?? { subject, windowStart, points: 0 };
    entry.points += points;
    this.unsent.set(key, entry);
    this.flushTimer ??= setTimeout(() => this.flush(), FLUSH_MS).unref();
    return known.used;
  }

  /** Adds the points through the store now, with the client's unsent ones, and returns the shared total. */
  async add(subject: string, windowStart: number, points: number): Promise<number> {
    const key = `${windowStart}:${subject}`;
    const unsent = this.unsent.get(key)?.points ?? 0;
    this.unsent.delete(key);
    const used = await this.store.add(subject, new Date(windowStart), points + unsent);
    this.learn(subject, windowStart, used);
    return used;
  }

  /** Sends the unsent points and waits for every write: call before closing the store's database. */
  async settle(): Promise<void> {
    this.flush();
    await Promise.all([...this.writing]);
  }

  private flush(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const entries = [...this.unsent.values()];
    this.unsent.clear();
    for (const { subject, windowStart, points } of entries) {
      const write = this.store.add(subject, new Date(windowStart), points).then(
        (used) => this.learn(subject, windowStart, used),
        (error: unknown) => {
          this.known.delete(subject);
          this.options.onStoreError(error);
        },
      );
      this.writing.add(write);
      void write.finally(() => this.writing.delete(write));
    }
  }

  private learn(subject: string, windowStart: number, used: number): void {
    if (windowStart !== this.knownWindow) return;
    // The store's answer counts every process, but not what was admitted here and is still unsent.
    const unsent = this.unsent.get(`${windowStart}:${subject}`)?.points ?? 0;
    this.known.set(subject, { used: used + unsent, learntAt: this.options.now() });
  }
}
