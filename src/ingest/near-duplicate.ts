// Finds a stored document a new one nearly copies, without comparing against all of them:
// locality-sensitive hashing splits each signature into bands, and only documents sharing
// a whole band with the query are compared. With 32 bands of 4 rows, a pair at Jaccard 0.8
// shares a band with probability 1 − (1 − 0.8⁴)³² ≈ 0.99999998, while unrelated articles
// (Jaccard near 0) almost never do, so the check stays fast at 100k documents.
import { estimateJaccard, isEmptySignature } from './minhash.ts';

export class NearDuplicateIndex {
  private readonly sigs = new Map<string, Uint32Array>();
  private buckets: Map<number, string[]>[] = [];
  private rows = 0;

  constructor(private readonly bands = 32) {}

  get size(): number {
    return this.sigs.size;
  }

  private bandKeys(sig: Uint32Array): number[] {
    if (this.rows === 0) {
      if (sig.length % this.bands !== 0)
        throw new RangeError(`signature length ${sig.length} not divisible into ${this.bands} bands`);
      this.rows = sig.length / this.bands;
      this.buckets = Array.from({ length: this.bands }, () => new Map());
    } else if (sig.length !== this.rows * this.bands) {
      throw new RangeError(`signature length ${sig.length}, index expects ${this.rows * this.bands}`);
    }
    const keys: number[] = [];
    for (let b = 0; b < this.bands; b++) {
      let h = 0x811c9dc5 ^ b;
      for (let r = 0; r < this.rows; r++) h = Math.imul(h ^ sig[b * this.rows + r], 0x01000193);
      keys.push(h >>> 0);
    }
    return keys;
  }

  /** Adds a document. Documents without words are not indexed: they match nothing. */
  add(id: string, sig: Uint32Array): void {
    if (isEmptySignature(sig)) return;
    if (this.sigs.has(id)) this.remove(id);
    this.sigs.set(id, sig);
    this.bandKeys(sig).forEach((key, b) => {
      const bucket = this.buckets[b].get(key);
      if (bucket) bucket.push(id);
      else this.buckets[b].set(key, [id]);
    });
  }

  private remove(id: string): void {
    const old = this.sigs.get(id);
    if (!old) return;
    this.bandKeys(old).forEach((key, b) => {
      const bucket = this.buckets[b].get(key);
      if (bucket) bucket.splice(bucket.indexOf(id), 1);
    });
    this.sigs.delete(id);
  }

  /** The indexed document most similar to `sig` with estimated Jaccard ≥ threshold, or null. */
  findCopy(sig: Uint32Array, threshold = 0.8): string | null {
    if (this.sigs.size === 0 || isEmptySignature(sig)) return null;
    const seen = new Set<string>();
    let best: string | null = null;
    let bestScore = -1;
    this.bandKeys(sig).forEach((key, b) => {
      for (const id of this.buckets[b].get(key) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const score = estimateJaccard(sig, this.sigs.get(id)!);
        if (score >= threshold && score > bestScore) {
          best = id;
          bestScore = score;
        }
      }
    });
    return best;
  }
}
