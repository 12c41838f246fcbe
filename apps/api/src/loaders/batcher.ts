// Collects the keys that resolvers ask for during one pass of GraphQL execution and loads them with
// one call, so a list of N items costs one SQL statement instead of N. A small stand-in for the
// DataLoader pattern: each key is loaded once per request, results are cached by key.

type LoadMany<Key, Value> = (keys: readonly Key[]) => Promise<ReadonlyMap<Key, Value>>;

export class Batcher<Key, Value> {
  private readonly results = new Map<Key, Promise<Value>>();
  private queue: Array<{ key: Key; resolve: (value: Value) => void; reject: (error: unknown) => void }> = [];

  /** `missing` is the value for a key the loader returns nothing for (e.g. an empty list). */
  constructor(
    private readonly loadMany: LoadMany<Key, Value>,
    private readonly missing: () => Value,
  ) {}

  load(key: Key): Promise<Value> {
    const known = this.results.get(key);
    if (known) return known;
    const promise = new Promise<Value>((resolve, reject) => {
      if (this.queue.length === 0) this.scheduleDispatch();
      this.queue.push({ key, resolve, reject });
    });
    this.results.set(key, promise);
    return promise;
  }

  // After the promise jobs of the current execution pass have run, as DataLoader does: sibling
  // resolvers of a list all get to enqueue their keys before the one query goes out.
  private scheduleDispatch(): void {
    void Promise.resolve().then(() => process.nextTick(() => void this.dispatch()));
  }

  private async dispatch(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    try {
      const loaded = await this.loadMany(batch.map((entry) => entry.key));
      for (const entry of batch) entry.resolve(loaded.get(entry.key) ?? this.missing());
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    }
  }
}

/** Groups rows into a map by a key, keeping their order. */
export function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
