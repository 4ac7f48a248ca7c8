// Benchmark corpora, generated deterministically from a seed and streamed one article at a time:
// - dense: paragraphs of the example articles, shuffled and joined into articles of realistic size;
// - mix: the dense stream diluted with filler (bench/filler.ts) to the density of a general news feed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../src/core/random.ts';
import { fillerParagraph, type Rng } from './filler.ts';

export type CorpusKind = 'dense' | 'mix';

export interface BenchArticle {
  id: string;
  text: string;
  published: string;
  /** UTF-8 bytes of the text. */
  bytes: number;
  /** Estimated sentences (see SENTENCE). */
  sentences: number;
  /** Made of example paragraphs (dense articles, and the diplomatic share of the mix), not filler. */
  example: boolean;
}

/**
 * The sentence estimate used for every figure: sentence-final punctuation, optionally followed by
 * closing quotes or brackets, then whitespace or the end. Rough (abbreviations count, headings don't),
 * but the same for every pass, so the ratios are fair.
 */
export const SENTENCE = /[.!?]["'”’)\]]*(?=\s|$)/g;

export function countSentences(text: string): number {
  SENTENCE.lastIndex = 0;
  let n = 0;
  while (SENTENCE.exec(text) !== null) n++;
  return n;
}

/**
 * Share of the mix's sentences drawn from the example articles. In the seeds, about one sentence in
 * five states an event of the contract (77 of ~460 sentences hold a gold evidence span; evidence is
 * often abbreviated, so the true share is somewhat higher). A quarter of example sentences therefore
 * gives ~5% event-bearing sentences, i.e. ~95% without a diplomatic event, as in a general feed.
 */
export const DENSE_SHARE = 0.25;

/** A seeded generator: the same corpus on every run. */
export function prng(seed: number): Rng {
  return seededRandom(seed);
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The example articles: examples/taliban-2025/*.txt, else the shared seeds. */
export function sourceFolder(): string {
  const candidates = [join(root, 'examples/taliban-2025'), resolve(root, '../shared/corpus/seeds')];
  for (const dir of candidates) {
    if (existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.txt'))) return dir;
  }
  throw new Error(`bench: no example articles found (looked in ${candidates.join(' and ')})`);
}

/** The paragraphs (non-blank lines) of every .txt file in the folder, in file order. */
export function loadParagraphs(dir: string): string[] {
  const paragraphs: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.txt')) continue;
    for (const line of readFileSync(join(dir, name), 'utf8').split(/\r?\n/)) {
      const p = line.trim();
      if (p) paragraphs.push(p);
    }
  }
  if (paragraphs.length === 0) throw new Error(`bench: no paragraphs in ${dir}`);
  return paragraphs;
}

/** Deals the paragraphs in a fresh seeded shuffle (Fisher-Yates) each time the deck runs out. */
function deck(paragraphs: readonly string[], rng: Rng): () => string {
  let order: string[] = [];
  return () => {
    if (order.length === 0) {
      order = [...paragraphs];
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    return order.pop()!;
  };
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2021, 7, 15);
const LAST_DAY = Date.UTC(2025, 11, 31);

function publicationDate(rng: Rng): string {
  const days = Math.floor(rng() * ((LAST_DAY - FIRST_DAY) / DAY_MS + 1));
  return new Date(FIRST_DAY + days * DAY_MS).toISOString().slice(0, 10);
}

/** Article length in characters: 2,000 to 8,000, like most news pieces. */
const articleLength = (rng: Rng) => 2000 + Math.floor(rng() * 6000);

function build(next: () => string, rng: Rng): string {
  const target = articleLength(rng);
  const parts: string[] = [];
  let length = 0;
  while (length < target) {
    const p = next();
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n');
}

/**
 * An endless stream of articles of the kind. The same seed gives the same stream, so the 20 MB
 * prefix of a stream is the in-memory corpus and a longer run merely continues it.
 */
export function* articles(kind: CorpusKind, paragraphs: readonly string[], seed = 2025): Generator<BenchArticle> {
  const rng = prng(seed);
  const nextParagraph = deck(paragraphs, prng(seed ^ 0x9e3779b9));
  const fillerRng = prng(seed ^ 0x85ebca6b);
  let exampleSentences = 0;
  let allSentences = 0;
  for (let i = 0; ; i++) {
    // The mix picks whichever kind of article keeps the example share nearest DENSE_SHARE.
    const example = kind === 'dense' || exampleSentences < DENSE_SHARE * allSentences;
    const text = build(example ? nextParagraph : () => fillerParagraph(fillerRng), rng);
    const sentences = countSentences(text);
    allSentences += sentences;
    if (example) exampleSentences += sentences;
    yield {
      id: `${kind}-${i}.txt`,
      text,
      published: publicationDate(rng),
      bytes: Buffer.byteLength(text),
      sentences,
      example,
    };
  }
}

/** The first articles of the stream whose texts add up to at least `bytes`. */
export function corpus(kind: CorpusKind, paragraphs: readonly string[], bytes: number, seed?: number): BenchArticle[] {
  const out: BenchArticle[] = [];
  let total = 0;
  for (const a of articles(kind, paragraphs, seed)) {
    out.push(a);
    total += a.bytes;
    if (total >= bytes) break;
  }
  return out;
}
