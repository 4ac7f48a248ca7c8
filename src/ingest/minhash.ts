// MinHash signatures over 5-word shingles, for spotting the same wire story republished
// with light edits. Everything is 32-bit integer arithmetic (Math.imul), no BigInt, and
// the hash family comes from fixed seeds so signatures are stable across runs and machines.
import { seededUint32 } from '../core/random.ts';

export const NUM_HASHES = 128;
export const SHINGLE_WORDS = 5;
const EMPTY = 0xffffffff;

/** murmur3's finaliser: a cheap bijective mix of 32 bits. */
function fmix32(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const mulberry32 = seededUint32;

// h_i(x) = fmix32(a_i·x + b_i) with odd a_i: a different bijection of the 32-bit space per i.
const rand = mulberry32(0x5eed1e55);
const MUL = new Uint32Array(NUM_HASHES);
const ADD = new Uint32Array(NUM_HASHES);
for (let i = 0; i < NUM_HASHES; i++) {
  MUL[i] = rand() | 1;
  ADD[i] = rand();
}

/** FNV-1a over UTF-16 code units. */
function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) {
    h ^= w.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Lower-cased words of letters and digits; punctuation and layout do not matter. */
export function tokens(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function shingleHashes(text: string): Set<number> {
  const words = tokens(text).map(hashWord);
  const out = new Set<number>();
  const k = Math.min(SHINGLE_WORDS, words.length);
  if (k === 0) return out;
  for (let i = 0; i + k <= words.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < k; j++) h = Math.imul(h ^ words[i + j], 0x5bd1e995) ^ (h >>> 15);
    out.add(fmix32(h));
  }
  return out;
}

/** A MinHash signature of NUM_HASHES values; a text without words gets all 0xffffffff. */
export function signature(text: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(EMPTY);
  for (const x of shingleHashes(text)) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = fmix32((Math.imul(x, MUL[i]) + ADD[i]) | 0);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** Whether a signature came from a text with no words (it matches nothing). */
export function isEmptySignature(sig: Uint32Array): boolean {
  return sig.every((v) => v === EMPTY);
}

/** The share of positions where two signatures agree: an estimate of the shingle Jaccard. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new RangeError(`signature lengths differ (${a.length} vs ${b.length})`);
  if (a.length === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
