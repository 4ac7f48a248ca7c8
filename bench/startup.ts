// `npm run bench:startup`: the fixed costs around extraction, as figures rather than timed tests.
// - building the whole gazetteer from lexicon/ (best of five, CPU time, after one warm build);
// - the near-duplicate index at 100,000 documents: adds per second, and look-ups per second.
// Random signatures stand in for unrelated articles: hashing 100k texts would only time the hashing.
import { NUM_HASHES } from '../src/ingest/minhash.ts';
import { NearDuplicateIndex } from '../src/ingest/near-duplicate.ts';
import { buildGazetteer, LEXICON_DIR } from '../src/nlp/lexicon/index.ts';

const DOCS = 100_000;
const LOOKUPS = 1_000;

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

buildGazetteer(LEXICON_DIR);
const builds = [0, 1, 2, 3, 4].map(() => cpuMs(() => buildGazetteer(LEXICON_DIR)));

let seed = 12345;
const rand = () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed;
};
const randomSig = () => {
  const s = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) s[i] = rand();
  return s;
};
const sigs = Array.from({ length: DOCS }, randomSig);
const queries = Array.from({ length: LOOKUPS }, randomSig);
const idx = new NearDuplicateIndex();
const addMs = cpuMs(() => {
  for (let i = 0; i < sigs.length; i++) idx.add(`doc${i}`, sigs[i]);
});
let copies = 0;
const lookMs = cpuMs(() => {
  for (const q of queries) if (idx.findCopy(q) !== null) copies++;
});

const lines = [
  `gazetteer build (lexicon/, best of 5, CPU)   ${Math.min(...builds).toFixed(1)} ms`,
  `near-duplicate index, ${DOCS.toLocaleString('en')} documents   ${Math.round(DOCS / (addMs / 1000)).toLocaleString('en')} adds/s`,
  `near-duplicate look-ups at that size       ${Math.round(LOOKUPS / (lookMs / 1000)).toLocaleString('en')} look-ups/s (${copies} false copies)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
