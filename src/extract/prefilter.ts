import { loadGazetteer, normalizeSurface } from '../nlp/lexicon/index.ts';
import type { DocState } from './document.ts';
import { firstWords, surfacePrefixes } from './entities.ts';
import { ELLIPSIS_AUX, FOLLOW_AFTER, FOLLOW_BEFORE, FOLLOW_COUNTS, FOLLOW_UNITS } from './frames.ts';
import { extractLexicon } from './lexicon.ts';

interface Gate {
  /** Trigger words (and pro-verb phrases), found anywhere in a sentence. */
  pattern: RegExp;
  /** Per trigger word: true when one of its frames needs no companion word, else the companions any frame needs. */
  companions: Map<string, true | RegExp>;
}

let gate: Gate | null = null;

/**
 * The cheap test every sentence gets: it needs a trigger word whose frame can hold there (a word such as
 * "cut" or "close" only states an act with its companion, "ties" or "embassy", somewhere in the sentence),
 * or a pro-verb phrase; and something that can be a party: a capitalised word that starts a gazetteer name
 * or a person the document has named, or a pronoun. Only such sentences get tokens, entities and the deeper
 * stages, which keeps a general news feed fast.
 */
export function isCandidate(sentence: string, doc?: DocState): boolean {
  if (!gate) gate = build();
  return hasTrigger(sentence, gate) && namesAParty(sentence, doc);
}

function hasTrigger(sentence: string, g: Gate): boolean {
  g.pattern.lastIndex = 0;
  for (let m = g.pattern.exec(sentence); m !== null; m = g.pattern.exec(sentence)) {
    const need = g.companions.get(m[0].toLowerCase());
    // Pro-verb phrases have no entry: they always pass.
    if (need === undefined || need === true || need.test(sentence)) return true;
  }
  return false;
}

const CAPITALISED = /\b\p{Lu}[\p{L}\p{M}'’.-]*/gu;
const PRONOUN = /\b(?:it|they|he|she|we|its|their|the group|the country)\b/i;

let described: RegExp | null = null;

/** Descriptions that stand for parties named before: "the two sides", "both delegations", "the breakaway region". */
export function describesParties(): RegExp {
  if (described) return described;
  const { fw } = extractLexicon();
  const pairs = [...fw.pairNouns].join('|');
  // ("the self-declared republic": the lexicon's tokens, hyphen and all)
  const authorities = fw.authorityAnaphors.map((p) => p.join(' ').replace(/ - /g, '-')).join('|');
  described = new RegExp(`\\b(?:(?:the two|both) (?:${pairs})|${authorities})\\b`, 'i');
  return described;
}

interface CapitalWord {
  /** The word is a name by itself ("Russia", "Russia's", "U.S.-led"). */
  named: boolean;
  /** Keys of the word that start longer names ("viktor" of "Viktor Orbán"): the words after it must go on. */
  starts: string[];
  /** Its first part, lowercase, for the names a document has learned. */
  head: string;
}

// The same capitalised words recur in every article: each is read once.
const capitalWords = new Map<string, CapitalWord>();

function namesAParty(sentence: string, doc?: DocState): boolean {
  if (PRONOUN.test(sentence) || describesParties().test(sentence)) return true;
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(sentence); m !== null; m = CAPITALISED.exec(sentence)) {
    let c = capitalWords.get(m[0]);
    if (!c) {
      c = readCapital(m[0]);
      if (capitalWords.size < 100_000) capitalWords.set(m[0], c);
    }
    if (c.named || doc?.firstNames.has(c.head)) return true;
    for (const key of c.starts) if (namedAfter(sentence, m.index + m[0].length, key)) return true;
  }
  return false;
}

function readCapital(word: string): CapitalWord {
  const surfaces = loadGazetteer().surfaces;
  const first = firstWords();
  const w = normalizeSurface(word.replace(/\.$/, ''));
  const head = w.split(/['-]/)[0];
  const variants = [...new Set([w, head, w.replace(/\./g, ''), head.replace(/\./g, ''), normalizeSurface(word)])];
  const named = variants.some((k) => (surfaces.get(k)?.length ?? 0) > 0);
  return { named, starts: named ? [] : variants.filter((k) => first.has(k)), head };
}

const NEXT_WORD = /\s+([^\s]+)/y;
const TRAILING = /[,.;:!?)\]"”’']+$/;
const POSSESSIVE = /['’]s$/;

/** The words after a name's first word complete a gazetteer name: "Viktor Orbán" yes, "Viktor Brennan" no. */
function namedAfter(sentence: string, from: number, start: string): boolean {
  const surfaces = loadGazetteer().surfaces;
  const prefixes = surfacePrefixes();
  let key = start;
  let at = from;
  for (let n = 0; n < 8; n++) {
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(sentence);
    if (!m) return false;
    at = m.index + m[0].length;
    const raw = m[1].replace(TRAILING, '');
    if (!raw) return false;
    const word = normalizeSurface(raw);
    for (const k of [`${key} ${word}`, `${key} ${word.replace(POSSESSIVE, '')}`])
      if ((surfaces.get(k)?.length ?? 0) > 0) return true;
    key = `${key} ${word}`;
    // Punctuation after the word ends the name.
    if (raw.length < m[1].length || !prefixes.has(key)) return false;
  }
  return false;
}

const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function build(): Gate {
  const { triggers, proverbs } = extractLexicon();
  const companions = new Map<string, true | RegExp>();
  for (const [word, options] of triggers) {
    if (options.some((t) => !t.frame.needs && !t.frame.needsBefore)) {
      companions.set(word, true);
      continue;
    }
    const words = new Set(options.flatMap((t) => [...(t.frame.needs ?? []), ...(t.frame.needsBefore ?? [])]));
    // "terror*" needs a word starting so; the others are whole words (tokens split at hyphens, so "anti-terror" counts).
    const alternatives = [...words].map((w) => (w.endsWith('*') ? `${escapeWord(w.slice(0, -1))}\\w*` : escapeWord(w)));
    companions.set(word, new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join('|')})(?![A-Za-z0-9])`, 'i'));
  }
  // Longest first so the alternation prefers "recognition" over "recognize"'s shorter forms.
  const words = [...triggers.keys()].sort((a, b) => b.length - a.length).map(escapeWord);
  // Pro-verbs as whole phrases ("follow suit", "did so"), not their common first words.
  const phrases = proverbs.filter((p) => p.length > 1 && p[0] !== 'follow').map((p) => p.map(escapeWord).join('\\s+'));
  const any = (words: Iterable<string>) => [...words].map(escapeWord).join('|');
  const follow = [
    'follow\\w*\\s+(?:\\S+\\s+){0,3}?(?:suit|lead|example|footsteps|steps|precedent|path|soon)',
    // "Washington has not." and "others will follow soon": the pro-verbs of frames.ts.
    `(?:${any(ELLIPSIS_AUX)})\\s+not(?=\\s*[.;,]|\\s*$)`,
    `(?:(?:${any(FOLLOW_BEFORE)})\\s+(?:not\\s+)?follow|followed|follows)(?=\\s*[.,;:!?)]|\\s*$|\\s+(?:${any(FOLLOW_AFTER)})\\b|` +
      `\\s+(?:${any(FOLLOW_COUNTS)}|\\d+)\\s+(?:few\\s+)?(?:${any(FOLLOW_UNITS)})\\b|\\s+(?:${any(FOLLOW_UNITS)})\\s+later\\b)`,
    // "1997 – Saudi Arabia and the UAE follow.": a timeline row's present.
    'follow(?=\\s*[.;]?\\s*$)',
  ].join('|');
  // Phrases first: "took the same step" must not be read as the trigger "took" alone, whose companions it lacks.
  return { pattern: new RegExp(`\\b(?:${[...phrases, follow, ...words].join('|')})\\b`, 'gi'), companions };
}
