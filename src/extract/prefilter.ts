import { loadGazetteer, normalizeSurface } from '../nlp/lexicon/index.ts';
import type { DocState } from './document.ts';
import { firstWords, surfacePrefixes } from './entities.ts';
import {
  ELLIPSIS_AUX,
  ELLIPTIC_RANK,
  FOLLOW_AFTER,
  FOLLOW_BEFORE,
  FOLLOW_COUNTS,
  FOLLOW_THE,
  FOLLOW_UNITS,
} from './frames.ts';
import { extractLexicon } from './lexicon.ts';

interface Gate {
  /** Trigger words, companion words and the first words of pro-verb phrases, read letter by letter. */
  words: WordTrie;
  /** Pro-verb phrases ("did so", "follow suit", "Washington has not."), wherever they start. */
  phrases: RegExp;
  /** The same phrases, tried at one position (sticky). */
  phraseAt: RegExp;
  /**
   * The scan as one regex of phrases and trigger words, for a lexicon whose words the trie cannot read (other
   * than lowercase ASCII letters and inner hyphens), else null.
   */
  fallback: RegExp | null;
  /** Per trigger word: true when one of its frames needs no companion word, else the companions any frame needs. */
  companions: Map<string, true | Companions>;
}

/** The companion words a trigger word needs, one of them anywhere in the sentence. */
interface Companions {
  /** Any of the words, standing between characters other than ASCII letters and digits. */
  pattern: RegExp;
  /** Marks (see WordTrie) of the plain words ("ties", "embassy") and word starts ("terror" of "terror*"). */
  marks: number[];
  /** Words of other characters ("chargé", "high-level"): their pattern is tried when the mark of their leading
   * letters ("charg", "high") is set, or always when they have none (-1). */
  others: { lead: number; pattern: RegExp }[];
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
  return (hasTrigger(sentence, gate) || ELLIPTIC_RANK.test(sentence)) && namesAParty(sentence, doc);
}

// How the scan reads a byte of the sentence's UTF-8: a letter as its trie symbol (0-25, either case), then "-",
// digits, "_" and the rest (every byte of a character past ASCII among them). Letters, digits and "_" are word
// characters as the regex \b sees them (no Unicode flag).
const HYPHEN = 26;
const DIGIT = 27;
const UNDERSCORE = 28;
const OTHER = 29;
const SYMBOLS = new Uint8Array(256).fill(OTHER);
for (let c = 0; c < 26; c++) {
  SYMBOLS[97 + c] = c;
  SYMBOLS[65 + c] = c;
}
for (let c = 48; c <= 57; c++) SYMBOLS[c] = DIGIT;
const UNDERSCORE_BYTE = 95;
SYMBOLS[45] = HYPHEN;
SYMBOLS[UNDERSCORE_BYTE] = UNDERSCORE;

// The sentence is read as UTF-8 bytes, which a loop reads faster than the string's characters, then a 0 (OTHER).
const encoder = new TextEncoder();
let utf8 = new Uint8Array(4096);

/** The position in the sentence of a byte of its UTF-8 (in utf8). */
function charIndex(byte: number, ascii: boolean): number {
  if (ascii) return byte;
  let i = 0;
  for (let b = 0; b < byte; b++) {
    const v = utf8[b];
    // A character starts at any byte but a continuation one; one of four bytes is two UTF-16 units.
    if ((v & 0xc0) !== 0x80) i += v >= 0xf0 ? 2 : 1;
  }
  return i;
}

const isAlnum = (sym: number) => sym < HYPHEN || sym === DIGIT;

// Per sentence: the marks seen (a mark is set when its value is the sentence's number) and the trigger words
// found whose companions were not seen yet.
let sentenceNumber = 0;
let seen = new Uint32Array(0);
const waiting: Companions[] = [];
let waitingCount = 0;

/**
 * A trigger word whose companion stands anywhere in the sentence, or a pro-verb phrase, in one pass over the
 * sentence's words. As in a regex scan for them, a trigger word is the longest one starting where \b starts a
 * word, and one whose companions are missing is passed over whole ("de-listed" hides its "listed"). Phrases
 * start with a word of their own ("did", "took", "follow…"), so the phrase regex runs only where one stands.
 */
function hasTrigger(sentence: string, g: Gate): boolean {
  if (g.fallback) return hasTriggerByRegex(sentence, g, g.fallback);
  const { next, flags } = g.words;
  if (seen.length < g.words.marks) seen = new Uint32Array(g.words.marks);
  if (++sentenceNumber === 0xffffffff) {
    seen.fill(0);
    sentenceNumber = 1;
  }
  waitingCount = 0;
  if (sentence.length * 3 >= utf8.length) utf8 = new Uint8Array(sentence.length * 3 + 4096);
  const bytes = utf8;
  const n = encoder.encodeInto(sentence, bytes).written;
  bytes[n] = 0;
  const ascii = n === sentence.length;
  let follow = false;
  let skip = 0;
  for (let p = 0; p < n; ) {
    let sym = SYMBOLS[bytes[p]];
    if (!isAlnum(sym)) {
      p++;
      continue;
    }
    // p starts a run of letters and digits, and a word unless "_" stands before it. Walk the trie along it.
    const wordStart = p === 0 || bytes[p - 1] !== UNDERSCORE_BYTE;
    let trigger = 0;
    let end = 0;
    let hyphen = -1;
    let node = 0;
    let k = p;
    while (sym <= HYPHEN) {
      node = next[node * 27 + sym];
      if (node === 0) break;
      if (sym === HYPHEN && hyphen < 0) hyphen = k;
      sym = SYMBOLS[bytes[++k]];
      const what = flags[node];
      if (what === 0) continue;
      if (what & FOLLOW) follow = true;
      if (what & START) seen[g.words.startMark[node]] = sentenceNumber;
      // The rest ends where the word does.
      if (isAlnum(sym)) continue;
      if (what & WHOLE) seen[g.words.wholeMark[node]] = sentenceNumber;
      if (sym === UNDERSCORE || !wordStart) continue;
      if ((what & OPENER) !== 0 && phraseAt(sentence, charIndex(p, ascii), g)) return true;
      if (what & TRIGGER) {
        trigger = node;
        end = k;
      }
    }
    if (trigger !== 0 && p >= skip) {
      const need = g.words.trigger[trigger]!;
      if (need === true) return true;
      waiting[waitingCount++] = need;
      skip = end;
    }
    // On to the next run: after this one's end, or at a hyphen the trie read on past.
    if (hyphen >= 0) k = hyphen;
    else while (isAlnum(sym)) sym = SYMBOLS[bytes[++k]];
    p = k;
  }
  for (let w = 0; w < waitingCount; w++) if (companionSeen(sentence, waiting[w])) return true;
  return follow && g.phrases.test(sentence);
}

function companionSeen(sentence: string, need: Companions): boolean {
  for (const m of need.marks) if (seen[m] === sentenceNumber) return true;
  for (const o of need.others)
    if ((o.lead < 0 || seen[o.lead] === sentenceNumber) && o.pattern.test(sentence)) return true;
  return false;
}

function phraseAt(sentence: string, at: number, g: Gate): boolean {
  g.phraseAt.lastIndex = at;
  return g.phraseAt.test(sentence);
}

function hasTriggerByRegex(sentence: string, g: Gate, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
    const need = g.companions.get(m[0].toLowerCase());
    // Pro-verb phrases have no entry: they always pass.
    if (need === undefined || need === true || need.pattern.test(sentence)) return true;
  }
  return false;
}

const TRIGGER = 1;
const OPENER = 2;
const FOLLOW = 4;
const WHOLE = 8;
const START = 16;

/**
 * The words the pre-filter looks for, as a trie over letters and "-" in flat arrays: a sentence is read
 * character by character, with no string made.
 */
class WordTrie {
  /** Child of node n for symbol s at n * 27 + s; 0 for none (the root, 0, is no one's child). */
  next = new Int32Array(27 * 256);
  size = 1;
  /** What ends at a node: TRIGGER, OPENER (a pro-verb phrase's first word), WHOLE (a companion word) and what
   * passes through it: FOLLOW (words starting "follow"), START (a companion word start). */
  flags: number[] = [0];
  /** At a trigger word: true, or its companions. */
  readonly trigger: (true | Companions | undefined)[] = [undefined];
  /** Marks set for a companion word and for a companion word start ending at a node. */
  readonly wholeMark: number[] = [-1];
  readonly startMark: number[] = [-1];
  marks = 0;

  /** The node of a word (lowercase letters and "-"), added as needed. */
  add(word: string): number {
    let n = 0;
    for (let k = 0; k < word.length; k++) {
      const s = SYMBOLS[word.charCodeAt(k)];
      let child = this.next[n * 27 + s];
      if (child === 0) {
        child = this.size++;
        if (this.size * 27 > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        this.next[n * 27 + s] = child;
        this.flags.push(0);
        this.trigger.push(undefined);
        this.wholeMark.push(-1);
        this.startMark.push(-1);
      }
      n = child;
    }
    return n;
  }

  /** The mark of a companion word (or of its start), added once. */
  mark(word: string, start: boolean): number {
    const n = this.add(word);
    const marks = start ? this.startMark : this.wholeMark;
    if (marks[n] < 0) marks[n] = this.marks++;
    this.flags[n] |= start ? START : WHOLE;
    return marks[n];
  }
}

// (JavaScript's \b knows only ASCII letters: "Élysée" and "Österreich" start a word too)
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}_])\p{Lu}[\p{L}\p{M}'’.-]*/gu;
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

const PLAIN_WORD = /^[A-Za-z]+$/;

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
  // Most are plain ASCII words ("Monday", "President"): their one key is their lowercase.
  if (PLAIN_WORD.test(word)) {
    const w = word.toLowerCase();
    const named = (surfaces.get(w)?.length ?? 0) > 0;
    return { named, starts: !named && first.has(w) ? [w] : [], head: w };
  }
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

/** Trigger words the trie reads: lowercase ASCII letters, hyphens inside. */
const TRIE_WORD = /^[a-z]+(?:-[a-z]+)*$/;

function build(): Gate {
  const { triggers, proverbs } = extractLexicon();
  const trie = new WordTrie();
  const companions = new Map<string, true | Companions>();
  const shared = new Map<string, Companions>();
  for (const [word, options] of triggers) {
    if (options.some((t) => !t.frame.needs && !t.frame.needsBefore)) {
      companions.set(word, true);
      continue;
    }
    const words = [...new Set(options.flatMap((t) => [...(t.frame.needs ?? []), ...(t.frame.needsBefore ?? [])]))];
    // The forms of a verb need the same words: they share one Companions.
    const key = words.join('|');
    let need = shared.get(key);
    if (!need) {
      need = companionsOf(words, trie);
      shared.set(key, need);
    }
    companions.set(word, need);
  }
  // Pro-verbs as whole phrases ("follow suit", "did so"), not their common first words.
  const included = proverbs.filter((p) => p.length > 1 && p[0] !== 'follow');
  const phrases = included.map((p) => p.map(escapeWord).join('\\s+'));
  const any = (words: Iterable<string>) => [...words].map(escapeWord).join('|');
  const follow = [
    'follow\\w*\\s+(?:\\S+\\s+){0,3}?(?:suit|lead|example|footsteps|steps|precedent|path|soon)',
    // "Washington has not." and "others will follow soon": the pro-verbs of frames.ts.
    `(?:${any(ELLIPSIS_AUX)})\\s+not(?=\\s*[.;,]|\\s*$)`,
    `(?:(?:${any(FOLLOW_BEFORE)})\\s+(?:not\\s+)?follow|followed|follows)(?=\\s*[.,;:!?)]|\\s*$|\\s+(?:${any(FOLLOW_AFTER)})\\b|` +
      `\\s+(?:${any(FOLLOW_COUNTS)}|\\d+)\\s+(?:few\\s+)?(?:${any(FOLLOW_UNITS)})\\b|\\s+(?:${any(FOLLOW_UNITS)})\\s+later\\b|` +
      `\\s+the\\s+(?:${any(FOLLOW_THE)})\\s+(?:${any(FOLLOW_UNITS)})\\b)`,
    // "1997 – Saudi Arabia and the UAE follow.": a timeline row's present.
    'follow(?=\\s*[.;]?\\s*$)',
  ].join('|');
  const phraseSource = `\\b(?:${[...phrases, follow].join('|')})\\b`;
  // Every phrase starts with one of these words, or has a word starting "follow".
  const openers = [...included.map((p) => p[0]), ...ELLIPSIS_AUX];
  const words = [...triggers.keys()];
  for (const w of words) {
    if (!TRIE_WORD.test(w)) continue;
    const node = trie.add(w);
    trie.trigger[node] = companions.get(w);
    trie.flags[node] |= TRIGGER;
  }
  for (const w of openers) if (TRIE_WORD.test(w)) trie.flags[trie.add(w)] |= OPENER;
  trie.flags[trie.add('follow')] |= FOLLOW;
  // The trie must read every word, no phrase may start inside a trigger word ("de-list"), where a regex scan past
  // that word would not look, and no phrase match as one word ("followed") a trigger word spelt so.
  const starters = new Set([...openers, ...FOLLOW_BEFORE]);
  const inside = (w: string) => w.split('-').slice(1);
  const readable =
    openers.every((w) => TRIE_WORD.test(w)) &&
    words.every(
      (w) =>
        TRIE_WORD.test(w) &&
        !/^follow(?:s|ed)?$/.test(w) &&
        inside(w).every((part) => !starters.has(part) && !part.startsWith('follow')),
    );
  // Longest first so the alternation prefers "recognition" over "recognize"'s shorter forms; phrases first: "took
  // the same step" must not be read as the trigger "took" alone, whose companions it lacks.
  const byLength = words.sort((a, b) => b.length - a.length).map(escapeWord);
  return {
    words: trie,
    phrases: new RegExp(phraseSource, 'i'),
    phraseAt: new RegExp(phraseSource, 'iy'),
    fallback: readable ? null : new RegExp(`\\b(?:${[...phrases, follow, ...byLength].join('|')})\\b`, 'gi'),
    companions,
  };
}

/** Tokens split at hyphens, so "anti-terror" counts: a companion word stands between characters other than ASCII
 * letters and digits; "terror*" needs a word starting so. */
function companionPattern(words: string[]): RegExp {
  const alternatives = words.map((w) => (w.endsWith('*') ? `${escapeWord(w.slice(0, -1))}\\w*` : escapeWord(w)));
  return new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join('|')})(?![A-Za-z0-9])`, 'i');
}

/** Companions of a trigger word, their plain words and starts marked in the trie. */
function companionsOf(words: string[], trie: WordTrie): Companions {
  const marks: number[] = [];
  const others: { lead: number; pattern: RegExp }[] = [];
  for (const w of words) {
    if (/^[a-z]+$/.test(w)) marks.push(trie.mark(w, false));
    else if (/^[a-z]+\*$/.test(w)) marks.push(trie.mark(w.slice(0, -1), true));
    else {
      // "chargé" stands where the run of letters "charg" does.
      const lead = /^[a-z]+(?![A-Za-z0-9])/.exec(w)?.[0];
      others.push({ lead: lead ? trie.mark(lead, false) : -1, pattern: companionPattern([w]) });
    }
  }
  return { pattern: companionPattern(words), marks, others };
}
