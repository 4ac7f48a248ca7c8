// `npm run bench`: extraction throughput and peak memory, on one core (no worker threads).
//
// For a dense corpus (example articles only) and a realistic mix (the same diluted with filler so that
// ~95% of sentences carry no diplomatic event), it times three passes over the same in-memory texts:
//   extract()      the extractor, as the pipeline calls it;
//   wink readDoc   wink-nlp's default pipeline, `winkNLP(model).readDoc(text).sentences().length()`;
//   regex          one compiled regex scan, /\b\w+\b/g counting matches: the floor of touching every byte.
// Then it runs the extractor in a child process over 20 MB and over 200 MB of the mix, generated on the
// fly and keeping only counts, and reads `process.resourceUsage().maxRSS` at the end of each child.
//
// Options: --mb N (in-memory corpus size, default 20), --rss-mb A,B (default 20,200), --skip-rss,
// --seed N. Internal: --child runs one streaming extraction and prints its figures as JSON.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXTRACTOR_VERSION, extract } from '../src/extract/index.ts';
import {
  articles,
  type BenchArticle,
  type CorpusKind,
  corpus,
  DENSE_SHARE,
  loadParagraphs,
  SENTENCE,
  sourceFolder,
} from './corpus.ts';

const MB = 1_000_000;
const WORD = /\b\w+\b/g;
const TARGET_DENSE_VS_WINK = 0.5;
const TARGET_MIX_VS_REGEX = 0.125;
const TARGET_RSS_RATIO = 1.2;
/** Warm-up before each timed pass: at least this much text and this long, so the JIT has settled. */
const WARM_BYTES = MB;
const WARM_MS = 3000;

const { values: opts } = parseArgs({
  options: {
    mb: { type: 'string', default: '20' },
    'rss-mb': { type: 'string', default: '20,200' },
    'skip-rss': { type: 'boolean', default: false },
    seed: { type: 'string', default: '2025' },
    child: { type: 'boolean', default: false },
    corpus: { type: 'string', default: 'mix' },
  },
});
const seed = Number(opts.seed);
const gc = (globalThis as { gc?: () => void }).gc;

interface ChildResult {
  kind: CorpusKind;
  bytes: number;
  articles: number;
  sentences: number;
  mentions: number;
  extractSeconds: number;
  maxRssKb: number;
}

if (opts.child) {
  runChild();
} else {
  await runBench();
}

/** One streaming extraction over `--mb` of the `--corpus` stream; prints a ChildResult as JSON. */
function runChild(): void {
  const kind = opts.corpus as CorpusKind;
  const limit = Number(opts.mb) * MB;
  const paragraphs = loadParagraphs(sourceFolder());
  const r: ChildResult = { kind, bytes: 0, articles: 0, sentences: 0, mentions: 0, extractSeconds: 0, maxRssKb: 0 };
  let ns = 0n;
  for (const a of articles(kind, paragraphs, seed)) {
    const t = process.hrtime.bigint();
    const found = extract({ id: a.id, text: a.text, published: a.published });
    ns += process.hrtime.bigint() - t;
    r.mentions += found.mentions.length;
    r.bytes += a.bytes;
    r.articles++;
    r.sentences += a.sentences;
    if (r.bytes >= limit) break;
  }
  r.extractSeconds = Number(ns) / 1e9;
  r.maxRssKb = process.resourceUsage().maxRSS;
  process.stdout.write(`${JSON.stringify(r)}\n`);
}

interface Pass {
  corpus: CorpusKind;
  name: string;
  bytes: number;
  sentences: number;
  articles: number;
  seconds: number;
  found: number | null;
}

type Work = (a: BenchArticle) => number;

/**
 * Runs `work` untimed until the warm-up has read WARM_BYTES and lasted WARM_MS (cycling through the corpus if
 * need be), then over everything, timed. The extractor's code only reaches its optimised form after a few MB
 * of text, and the passes before it (wink's above all) can leave it cold again, so a warm-up of fixed size
 * would time the JIT rather than the extraction.
 */
function timed(kind: CorpusKind, name: string, docs: readonly BenchArticle[], work: Work, found: boolean): Pass {
  let warm = 0;
  const until = performance.now() + WARM_MS;
  for (let k = 0; warm < WARM_BYTES || performance.now() < until; k = (k + 1) % docs.length) {
    work(docs[k]);
    warm += docs[k].bytes;
  }
  gc?.();
  let total = 0;
  const t0 = performance.now();
  for (const a of docs) total += work(a);
  const seconds = (performance.now() - t0) / 1000;
  const bytes = docs.reduce((s, a) => s + a.bytes, 0);
  const sentences = docs.reduce((s, a) => s + a.sentences, 0);
  const pass = { corpus: kind, name, bytes, sentences, articles: docs.length, seconds, found: found ? total : null };
  process.stderr.write(`  ${kind} ${name}: ${seconds.toFixed(2)} s\n`);
  return pass;
}

async function runBench(): Promise<void> {
  const started = performance.now();
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const folder = sourceFolder();
  const paragraphs = loadParagraphs(folder);
  const size = Number(opts.mb) * MB;

  const extractWork: Work = (a) => extract({ id: a.id, text: a.text, published: a.published }).mentions.length;
  const winkWork: Work = (a) => nlp.readDoc(a.text).sentences().length();
  const regexWork: Work = (a) => {
    WORD.lastIndex = 0;
    let n = 0;
    while (WORD.exec(a.text) !== null) n++;
    return n;
  };

  const passes: Pass[] = [];
  let mixShare = 0;
  for (const kind of ['dense', 'mix'] as const) {
    process.stderr.write(`building the ${kind} corpus (${opts.mb} MB)...\n`);
    let docs: BenchArticle[] | null = corpus(kind, paragraphs, size, seed);
    if (kind === 'mix') {
      const example = docs.filter((a) => a.example).reduce((s, a) => s + a.sentences, 0);
      mixShare = example / docs.reduce((s, a) => s + a.sentences, 0);
    }
    passes.push(timed(kind, 'extract()', docs, extractWork, true));
    passes.push(timed(kind, 'wink readDoc', docs, winkWork, false));
    passes.push(timed(kind, 'regex /\\b\\w+\\b/g', docs, regexWork, false));
    docs = null;
    gc?.();
  }

  const rss: ChildResult[] = [];
  if (!opts['skip-rss']) {
    for (const mb of opts['rss-mb'].split(',').map(Number)) {
      process.stderr.write(`child: extraction over ${mb} MB of the mix...\n`);
      rss.push(child(mb));
    }
  }

  const lines: string[] = [];
  const out = (s = '') => lines.push(s);
  out();
  out(`Chancery extraction benchmark: extractor ${EXTRACTOR_VERSION}, node ${process.version}, one core, seed ${seed}`);
  out(`source: ${folder} (${paragraphs.length} paragraphs), shuffled into articles of 2,000-8,000 characters`);
  out(
    `mix: ${(mixShare * 100).toFixed(1)}% of sentences from the examples (target ${DENSE_SHARE * 100}%, ~1 in 5 of which ` +
      `states an event: ~95% of sentences without a diplomatic event)`,
  );
  out(`MB = 10^6 bytes of UTF-8 text; sentences estimated for every pass by ${SENTENCE}`);
  out();
  out(
    `${'corpus'.padEnd(8)}${'pass'.padEnd(20)}${'MB'.padStart(7)}${'s'.padStart(8)}${'MB/s'.padStart(9)}${'sent/s'.padStart(11)}${'art/s'.padStart(9)}${'records'.padStart(9)}`,
  );
  for (const p of passes) {
    out(
      `${p.corpus.padEnd(8)}${p.name.padEnd(20)}${(p.bytes / MB).toFixed(1).padStart(7)}${p.seconds.toFixed(2).padStart(8)}` +
        `${rate(p.bytes / MB, p.seconds, 2).padStart(9)}${rate(p.sentences, p.seconds, 0).padStart(11)}` +
        `${rate(p.articles, p.seconds, 0).padStart(9)}${(p.found === null ? '' : String(p.found)).padStart(9)}`,
    );
  }
  out();
  out(`${'ratio (throughput)'.padEnd(34)}${'value'.padStart(9)}${'target'.padStart(12)}`);
  const speed = (kind: CorpusKind, name: string) => {
    const p = passes.find((x) => x.corpus === kind && x.name.startsWith(name))!;
    return p.bytes / p.seconds;
  };
  const ratioRow = (kind: CorpusKind, vs: string, label: string, target: number | null) => {
    const r = speed(kind, 'extract') / speed(kind, vs);
    const verdict = target === null ? '' : `${`>= ${target}x`.padStart(12)}  ${r >= target ? 'ok' : 'BELOW TARGET'}`;
    out(`${`${kind.padEnd(6)}extract / ${label}`.padEnd(34)}${`${fmtRatio(r)}x`.padStart(9)}${verdict}`);
  };
  ratioRow('dense', 'wink', 'wink readDoc', TARGET_DENSE_VS_WINK);
  ratioRow('dense', 'regex', 'regex floor', null);
  ratioRow('mix', 'wink', 'wink readDoc', null);
  ratioRow('mix', 'regex', 'regex floor', TARGET_MIX_VS_REGEX);
  if (rss.length > 0) {
    out();
    out('peak RSS (child process: extraction of the mix streamed article by article, counts only)');
    for (const r of rss) {
      out(
        `  ${`${Math.round(r.bytes / MB)} MB input`.padEnd(14)}${`${(r.maxRssKb / 1024).toFixed(1)} MiB`.padStart(11)}` +
          `   ${r.articles} articles, ${r.mentions} records, extract ${rate(r.bytes / MB, r.extractSeconds, 2)} MB/s`,
      );
    }
    if (rss.length === 2) {
      const ratio = rss[1].maxRssKb / rss[0].maxRssKb;
      const verdict = ratio <= TARGET_RSS_RATIO ? 'ok' : 'ABOVE TARGET';
      out(`  ${'ratio'.padEnd(14)}${ratio.toFixed(2).padStart(11)}   target <= ${TARGET_RSS_RATIO}  ${verdict}`);
    }
  }
  out();
  out(`total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function child(mb: number): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, '--child', '--mb', String(mb), '--corpus', 'mix', '--seed', String(seed)];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`bench: the ${mb} MB child exited with ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

function rate(amount: number, seconds: number, digits: number): string {
  if (seconds <= 0) return 'inf';
  return (amount / seconds).toFixed(digits);
}

function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return 'inf';
  return r >= 100 ? r.toFixed(0) : r.toFixed(3);
}
