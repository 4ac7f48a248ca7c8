// A small least-recently-used map: response bodies and ledger rows are cached by their query, and
// the slider or a benchmark can ask for many distinct keys, so the cache must stay bounded: by
// entry count, or by total weight (bytes of JSON) when a weigher is given.
//
// A hit moves its key to the end only when the key is in the older half of the order: hits on
// recent keys (most of them, under load) then leave the map untouched, which spares the map's
// table from churning and keeps the key first stored (a request's own key string would otherwise
// be kept, and aged, on every hit). Eviction still takes keys in the order last used, give or take
// the newer half.
interface Entry<K, V> {
  key: K;
  value: V;
  weight: number;
  /** When the key was last put at the end. */
  stamp: number;
}

export class Lru<K, V> {
  private readonly map = new Map<K, Entry<K, V>>();
  private total = 0;
  private clock = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {
    if (!(capacity > 0)) throw new RangeError('Lru capacity must be positive');
  }

  get size(): number {
    return this.map.size;
  }

  /** The most weight it keeps. */
  get capacityLimit(): number {
    return this.capacity;
  }

  /** The summed weight of the entries (their count without a weigher). */
  get weight(): number {
    return this.total;
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    if (this.clock - entry.stamp >= this.map.size >> 1) {
      // Re-inserting moves the key to the end: Map keeps insertion order, so the first key is the oldest.
      this.map.delete(entry.key);
      entry.stamp = ++this.clock;
      this.map.set(entry.key, entry);
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    const old = this.map.get(key);
    if (old) {
      this.total -= old.weight;
      this.map.delete(key);
    }
    const weight = this.weigh(value);
    this.map.set(key, { key, value, weight, stamp: ++this.clock });
    this.total += weight;
    while (this.total > this.capacity && this.map.size > 1) {
      const [oldest, entry] = this.map.entries().next().value as [K, Entry<K, V>];
      this.map.delete(oldest);
      this.total -= entry.weight;
    }
  }

  /** The cached value, or the computed one (then cached). */
  getOrSet(key: K, compute: () => V): V {
    const hit = this.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    this.set(key, value);
    return value;
  }
}
