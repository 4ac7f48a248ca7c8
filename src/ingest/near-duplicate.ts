// Finds a stored document a new one nearly copies, without comparing against all of them:
// locality-sensitive hashing splits each signature into bands, and only documents sharing
// a whole band with the query are compared. With 32 bands of 4 rows, a pair at Jaccard 0.8
// shares a band with probability 1 − (1 − 0.8⁴)³² ≈ 0.99999998, while unrelated articles
// (Jaccard near 0) almost never do.
//
// 100k documents make 3.2M band entries; a Map of arrays spends most of its time allocating
// them, so the buckets live in typed arrays: an open-addressing table from band key to the
// newest document in that bucket, and per (document, band) a link to the next one.
import { estimateJaccard, isEmptySignature } from './minhash.ts';

const EMPTY = -1;

export class NearDuplicateIndex {
  private readonly ids: (string | null)[] = []; // by document number; null once replaced
  private readonly sigs: Uint32Array[] = [];
  private readonly byId = new Map<string, number>();
  private rows = 0;
  // Open-addressing table: band key → newest document number in that bucket.
  private keys = new Uint32Array(1 << 12);
  private heads = new Int32Array(1 << 12).fill(EMPTY);
  private used = 0;
  // links[doc * bands + band]: the next (older) document in the same bucket.
  private links = new Int32Array(1 << 12);

  constructor(private readonly bands = 32) {}

  /** Number of documents indexed (a re-added id counts once). */
  get size(): number {
    return this.byId.size;
  }

  private bandKeys(sig: Uint32Array): Uint32Array {
    if (this.rows === 0) {
      if (sig.length === 0 || sig.length % this.bands !== 0) {
        throw new RangeError(`signature length ${sig.length} does not split into ${this.bands} bands`);
      }
      this.rows = sig.length / this.bands;
    } else if (sig.length !== this.rows * this.bands) {
      throw new RangeError(`signature length ${sig.length}, index expects ${this.rows * this.bands}`);
    }
    const out = new Uint32Array(this.bands);
    for (let b = 0; b < this.bands; b++) {
      let h = Math.imul(0x811c9dc5 ^ b, 0x01000193);
      for (let r = 0; r < this.rows; r++) h = Math.imul(h ^ sig[b * this.rows + r], 0x01000193);
      h ^= h >>> 15;
      out[b] = Math.imul(h, 0x2c1b3c6d) >>> 0;
    }
    return out;
  }

  /** The table slot holding `key`, or the empty slot where it would go. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = key & mask;
    while (this.heads[i] !== EMPTY && this.keys[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldHeads.length * 2).fill(EMPTY);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === EMPTY) continue;
      const s = this.slot(oldKeys[i]);
      this.keys[s] = oldKeys[i];
      this.heads[s] = oldHeads[i];
    }
  }

  /** Adds a document (replacing one with the same id). Texts without words match nothing, so are not kept. */
  add(id: string, sig: Uint32Array): void {
    if (isEmptySignature(sig)) return;
    const keys = this.bandKeys(sig);
    const old = this.byId.get(id);
    if (old !== undefined) this.ids[old] = null;
    const doc = this.ids.length;
    this.ids.push(id);
    this.sigs.push(sig);
    this.byId.set(id, doc);
    if ((doc + 1) * this.bands > this.links.length) {
      const links = new Int32Array(Math.max(this.links.length * 2, (doc + 1) * this.bands));
      links.set(this.links);
      this.links = links;
    }
    for (let b = 0; b < this.bands; b++) {
      if ((this.used + 1) * 2 > this.keys.length) this.grow();
      const s = this.slot(keys[b]);
      if (this.heads[s] === EMPTY) {
        this.keys[s] = keys[b];
        this.used++;
      }
      this.links[doc * this.bands + b] = this.heads[s];
      this.heads[s] = doc;
    }
  }

  /** The indexed document most similar to `sig` with estimated Jaccard ≥ threshold, or null. */
  findCopy(sig: Uint32Array, threshold = 0.8): string | null {
    if (this.ids.length === 0 || isEmptySignature(sig)) return null;
    const keys = this.bandKeys(sig);
    const seen = new Set<number>();
    let best = EMPTY;
    let bestScore = -1;
    for (let b = 0; b < this.bands; b++) {
      const s = this.slot(keys[b]);
      for (let doc = this.heads[s]; doc !== EMPTY; doc = this.links[doc * this.bands + b]) {
        if (seen.has(doc)) continue;
        seen.add(doc);
        if (this.ids[doc] === null) continue;
        const score = estimateJaccard(sig, this.sigs[doc]);
        // Ties go to the earlier document: the original rather than a later copy.
        if (score >= threshold && (score > bestScore || (score === bestScore && doc < best))) {
          best = doc;
          bestScore = score;
        }
      }
    }
    return best === EMPTY ? null : this.ids[best];
  }
}
