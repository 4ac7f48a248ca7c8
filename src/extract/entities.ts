import {
  entityById,
  type Institution,
  loadGazetteer,
  matchesCase,
  normalizeSurface,
  type SurfaceHit,
  type TimeRule,
} from '../nlp/lexicon/index.ts';
import { type Token, tokenize } from '../nlp/tokens.ts';
import type { DocState } from './document.ts';
import { extractLexicon } from './lexicon.ts';

export type RefForm = 'name' | 'adjective' | 'metonym' | 'capital' | 'person' | 'pronoun' | 'anaphor';

/** An entity named in a sentence, with the noun phrase it heads (institution, title, name) folded in. */
export interface EntityRef {
  /** Token range of the whole phrase, [start, end). */
  start: number;
  end: number;
  id: string;
  form: RefForm;
  /** Followed by 's: "Russia's decision". */
  possessive: boolean;
  /** Names an actor (a state by name, a capital, an institution or an office-holder), not a mere modifier. */
  actor: boolean;
  /** The phrase is a hyphenated modifier such as "Taliban-appointed". */
  compound: string | null;
}

const INSTITUTION_WORDS_MAX = 5;
const ACT_WORDS = new Set([
  'recognition',
  'decision',
  'move',
  'visit',
  'talks',
  'meeting',
  'statement',
  'announcement',
  'ties',
  'relations',
  'step',
  'plan',
  'stance',
  'position',
  'policy',
  'engagement',
]);

/**
 * Tags entity references in a sentence by longest match against the gazetteer, then extends each over the
 * institution, title and personal name that follow it ("Russia's Foreign Ministry", "Chinese Foreign
 * Ministry Spokeswoman Mao Ning"), learning such names for the rest of the document.
 */
export function tagEntities(tokens: Token[], doc: DocState, context: ContextDate): EntityRef[] {
  const g = loadGazetteer();
  const refs: EntityRef[] = [];
  const keys = surfaceKeys(tokens);
  let shared: EntityRef[] | null = null;
  let i = 0;
  while (i < tokens.length) {
    const hit = longestMatch(tokens, keys, i, g.maxSurfaceWords, doc, context);
    if (!hit) {
      i++;
      continue;
    }
    if (hit.id === '') {
      i = hit.end;
      continue;
    }
    const ref = buildRef(tokens, i, hit, doc, context);
    // "Gustavo Petro" named in full: "Petro" alone is he for the rest of the document.
    if (ref && hit.form === 'person' && hit.end - i > 1) doc.learnPerson(tokens.slice(i, hit.end), ref.id);
    if (ref && hit.shared) {
      shared ??= [];
      shared.push(ref);
    }
    if (ref) {
      refs.push(ref);
      i = ref.end;
    } else i = hit.end;
  }
  // "Dar" is Pakistan's foreign minister in a story that names Pakistan, and no one in a story that does not.
  const kept = shared ? refs.filter((r) => !shared.includes(r) || supported(r, refs, doc)) : refs;
  for (const r of kept) doc.named.add(r.id);
  return kept;
}

function supported(ref: EntityRef, refs: EntityRef[], doc: DocState): boolean {
  return doc.named.has(ref.id) || refs.some((r) => r !== ref && r.id === ref.id);
}

export interface ContextDate {
  /** The latest year written in the sentence, else the publication date: decides time-bound readings. */
  at: string | null;
}

interface Hit {
  end: number;
  id: string;
  form: RefForm;
  plural?: boolean;
  /** A name others share ("Abbas", "Dar", "Petro"): it needs its entity named in the document too. */
  shared?: boolean;
  /** The gazetteer surface matched: time rules may hold for some surfaces of an entity only. */
  key?: string;
}

function longestMatch(
  tokens: Token[],
  keys: string[],
  i: number,
  maxWords: number,
  doc: DocState,
  context: ContextDate,
): Hit | null {
  const t = tokens[i];
  if (t.kind !== 'word' && t.kind !== 'num') return null;
  const first = keys[i];
  // Most words start no surface: one bit rules most of them out, the trie's first level the rest. A lowercase word
  // can only start a blocker or an adjective ("russian"), never a learned name.
  const start = mayStartSurface(first, t.cap) ? surfaceTrie().get(first) : undefined;
  const named = start !== undefined && (t.cap ? start.startsCapital : start.startsLower);
  const learnable = t.cap && doc.namePrefixes.size > 0 && doc.namePrefixes.has(first);
  if (!named && !learnable) return null;
  const limit = Math.min(tokens.length, i + maxWords + 2);
  const found = named ? gazetteerMatch(tokens, keys, i, limit, context, start) : null;
  const learned = learnable ? learnedMatch(tokens, keys, i, limit, doc) : null;
  // The longer span wins; at equal length the gazetteer's reading does.
  return learned && (!found || learned.end > found.end) ? learned : found;
}

let capitalStarts: WordFilter | null = null;
let lowerStarts: WordFilter | null = null;

/**
 * False when no surface starts with the token key, written capitalised or not (see WordFilter); true may be a
 * collision: the trie decides.
 */
function mayStartSurface(key: string, capital: boolean): boolean {
  if (!capitalStarts || !lowerStarts) {
    const starts = [...surfaceTrie()];
    capitalStarts = new WordFilter(starts.filter(([, node]) => node.startsCapital).map(([k]) => k));
    lowerStarts = new WordFilter(starts.filter(([, node]) => node.startsLower).map(([k]) => k));
  }
  return (capital ? capitalStarts : lowerStarts).mayHave(key);
}

/** Bits of a word filter: a table small enough to stay in cache from one sentence to the next. */
const FILTER_BITS = 1 << 15;

/**
 * A bit per hash of each word of a set. A word whose bit is clear is not in the set: that is read from one cache
 * line, where a set lookup reads entries and strings all over memory, mostly evicted by the stages run between two
 * sentences.
 */
class WordFilter {
  private readonly bits = new Uint32Array(FILTER_BITS >>> 5);

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const h = wordHash(word);
      this.bits[h >>> 5] |= 1 << (h & 31);
    }
  }

  mayHave(word: string): boolean {
    const h = wordHash(word);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0;
  }
}

/** FNV-1a over the UTF-16 code units, folded to FILTER_BITS. */
function wordHash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 15)) & (FILTER_BITS - 1);
}

function stops(tok: Token): boolean {
  return tok.kind === 'punct' && tok.text !== '.' && tok.text !== '&';
}

/** The longest gazetteer surface from token i, walking the surface trie token by token from its node `start`. */
function gazetteerMatch(
  tokens: Token[],
  keys: string[],
  i: number,
  limit: number,
  context: ContextDate,
  start: SurfaceNode,
): Hit | null {
  const cap = tokens[i].cap;
  let node: SurfaceNode | undefined = start;
  let best: Hit | null = null;
  for (let j = i; node; ) {
    const hits = node.hits;
    if (hits !== null) {
      if (hits.length === 0) {
        // A blocker ("Latin America") wins the longest match and names nothing.
        best = { end: j + 1, id: '', form: 'name' };
      } else {
        // (written out only for a case-sensitive hit)
        let written: string | null = null;
        // A surface that is both a name and an adjective ("UAE", "Taliban") reads as the name.
        let usable: SurfaceHit | null = null;
        let writtenSo = false;
        for (let k = 0; k < hits.length; k++) {
          const h = hits[k];
          if (!(cap || h.form === 'adjective' || node.lower[k])) continue;
          if (h.cased) {
            written ??= writtenSpan(tokens, i, j);
            if (!matchesCase(h, written)) continue;
          }
          writtenSo = true;
          // "the Ghani government", "the Trump administration": named after its leader, at any date.
          const era = h.form === 'person' && timeBound(h) && LEADER_ERAS.has(tokens[j + 1]?.norm ?? '');
          if (!era && !inTenure(h, context)) continue;
          if (usable === null) usable = h;
          if (h.form !== 'adjective') {
            usable = h;
            break;
          }
        }
        if (usable)
          best = {
            end: j + 1,
            id: usable.id,
            form: usable.form as RefForm,
            plural: usable.plural,
            shared: usable.form === 'person' && usable.ambiguous,
            key: node.key!,
          };
        // "Petro Poroshenko" in 2023 is no one we know then, and not Gustavo Petro: a name written out, at a
        // date it names no one, still covers the shorter names inside it.
        else if (writtenSo && j > i) best = { end: j + 1, id: '', form: 'name' };
      }
    }
    j++;
    if (j >= limit || stops(tokens[j])) break;
    node = (tokens[j].space ? node.spaced : node.glued)?.get(keys[j]);
  }
  return best;
}

/** The longest name the document has learned ("Mao Ning", "Ning") from token i. */
function learnedMatch(tokens: Token[], keys: string[], i: number, limit: number, doc: DocState): Hit | null {
  let key = '';
  let best: Hit | null = null;
  for (let j = i; j < limit; j++) {
    if (stops(tokens[j])) break;
    key += j > i && tokens[j].space ? ` ${keys[j]}` : keys[j];
    if (!doc.namePrefixes.has(key)) break;
    const id = doc.people.get(key);
    if (id) best = { end: j + 1, id, form: 'person' };
  }
  return best;
}

interface SurfaceNode {
  /** The surface key ending here, if any, and its gazetteer hits. */
  key: string | null;
  hits: readonly SurfaceHit[] | null;
  /** Per hit: it names its entity in lowercase text too (see writtenLower). */
  lower: boolean[];
  /** Next tokens written after a space, and glued on ("guinea" "-" "bissau", "people" "'s"). */
  spaced: Map<string, SurfaceNode> | null;
  glued: Map<string, SurfaceNode> | null;
  /** (first level only) A capitalised word with this key may start a surface: it is in firstWords(). */
  startsCapital: boolean;
  /** (first level only) A lowercase word with this key may start a surface: it is in lowerFirstWords(). */
  startsLower: boolean;
}

let trie: Map<string, SurfaceNode> | null = null;

/**
 * The gazetteer's surfaces as a trie of token keys: a span is looked up token by token, with no string built.
 * Each surface is split by the tokenizer itself, so its path is the one a sentence's tokens take.
 */
function surfaceTrie(): Map<string, SurfaceNode> {
  if (trie) return trie;
  const root = new Map<string, SurfaceNode>();
  const step = (map: Map<string, SurfaceNode>, key: string) => {
    let node = map.get(key);
    if (!node) {
      node = { key: null, hits: null, lower: [], spaced: null, glued: null, startsCapital: false, startsLower: false };
      map.set(key, node);
    }
    return node;
  };
  for (const [surface, hits] of loadGazetteer().surfaces) {
    const tokens = tokenize(surface);
    const keys = surfaceKeys(tokens);
    let node = step(root, keys[0]);
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k].space) {
        node.spaced ??= new Map();
        node = step(node.spaced, keys[k]);
      } else {
        node.glued ??= new Map();
        node = step(node.glued, keys[k]);
      }
    }
    node.key = surface;
    node.hits = hits;
    node.lower = hits.map((h) => writtenLower(h));
  }
  for (const [key, node] of root) {
    node.startsCapital = firstWords().has(key);
    node.startsLower = lowerFirstWords().has(key);
  }
  trie = root;
  return trie;
}

/** Tokens i..j as written, single-spaced where the text had space. */
function writtenSpan(tokens: Token[], i: number, j: number): string {
  let s = tokens[i].text;
  for (let k = i + 1; k <= j; k++) s += tokens[k].space ? ` ${tokens[k].text}` : tokens[k].text;
  return s;
}

/** Surface keys of the tokens: a plain ASCII word's is its lowercase form, others are folded (U.S. → us). */
function surfaceKeys(tokens: Token[]): string[] {
  const keys = new Array<string>(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    keys[k] = (t.kind === 'word' || t.kind === 'num') && plainAscii(t.text) ? t.norm : surfaceKey(t.text);
  }
  return keys;
}

/** Only lowercase ASCII letters and digits: normalizeSurface leaves such a word as it is. */
function keyOfItself(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return s.length > 0;
}

function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

const keyMemo = new Map<string, string>();

/** A token's surface key, memoized: the same words recur in every article. */
function surfaceKey(text: string): string {
  let k = keyMemo.get(text);
  if (k === undefined) {
    k = normalizeSurface(text);
    if (keyMemo.size < 200_000) keyMemo.set(text, k);
  }
  return k;
}

let lowerFirstSet: Set<string> | null = null;

/** First words of the surfaces a lowercase word can start: blockers and adjectives. */
function lowerFirstWords(): Set<string> {
  if (!lowerFirstSet) {
    const keys = [...loadGazetteer().surfaces]
      .filter(([, hits]) => hits.length === 0 || hits.some((h) => h.form === 'adjective' || writtenLower(h)))
      .map(([key]) => key);
    lowerFirstSet = firstWordsOf(keys, /[ '\-&]/);
  }
  return lowerFirstSet;
}

/** A description the lexicon writes in lowercase ("the self-ruled island") names its entity in lowercase text too,
 * unless it may name others ("the de facto authorities"). */
function writtenLower(h: SurfaceHit): boolean {
  return h.form === 'name' && !h.ambiguous && /^(?:the )?[a-z]/.test(h.surface);
}

let firstWordSet: Set<string> | null = null;
let prefixSet: Set<string> | null = null;

/** Every prefix of every surface key, so a span that can no longer grow into a name stops at once. */
export function surfacePrefixes(): Set<string> {
  if (!prefixSet) {
    prefixSet = new Set();
    for (const key of loadGazetteer().surfaces.keys())
      for (let n = 1; n <= key.length; n++) prefixSet.add(key.slice(0, n));
  }
  return prefixSet;
}

export function firstWords(): Set<string> {
  firstWordSet ??= firstWordsOf(loadGazetteer().surfaces.keys(), /[ '\-&]/);
  return firstWordSet;
}

/** The first words of keys, whole and up to the first mark at which a token ends ("people's", "guinea-bissau"). */
function firstWordsOf(keys: Iterable<string>, marks: RegExp): Set<string> {
  const out = new Set<string>();
  for (const key of keys) {
    out.add(key.split(' ')[0]);
    out.add(key.split(marks)[0]);
  }
  return out;
}

/** The hit names its entity for a time only (an office-holder, a state's name since its founding). */
function timeBound(h: SurfaceHit): boolean {
  return !!(h.validFrom || h.validTo);
}

function inTenure(h: SurfaceHit, context: ContextDate): boolean {
  if (!timeBound(h)) return true;
  const at = context.at;
  if (!at) return true;
  const outside = (h.validFrom && at < h.validFrom) || (h.validTo && at >= periodAfter(h.validTo));
  // ("Moscow recognised Bangladesh in 1972": a name a time rule gives to another entity then names that one)
  return !outside || (h.form !== 'person' && resolveTimeRule(h.id, context, true) !== h.id);
}

/** An end given to the month or year ("2025-10") runs through that month or year: the tenure ends at the next. */
function periodAfter(end: string): string {
  if (end.length === 4) return String(Number(end) + 1);
  if (end.length !== 7) return end;
  const [y, m] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function buildRef(tokens: Token[], i: number, hit: Hit, doc: DocState, context: ContextDate): EntityRef | null {
  const { fw } = extractLexicon();
  let end = hit.end;
  let id = hit.id;
  const form = hit.form;
  // Hyphen compounds: "Taliban-appointed" keeps the entity; "anti-Taliban", "Russian-aligned" do not name it.
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (prev?.kind === 'hyphen' && !prev.space && prev2 && fw.detachedModifiers.has(prev2.norm)) return null;
  let compound: string | null = null;
  // ("US-Taliban talks", "the Ethiopia-Somaliland memorandum": a pair of parties, each its own reference)
  const glued = tokens[end]?.kind === 'hyphen' && !tokens[end].space && tokens[end + 1] && !tokens[end + 1].space;
  if (glued && !startsPartyName(tokens[end + 1])) {
    const word = tokens[end + 1].norm;
    if (fw.detachedModifiers.has(word)) return null;
    compound = word;
    end += 2;
  }
  if (isSoviet(id, context)) id = 'SUN';
  // "Afghanistan Freedom Front", "China Daily": a proper name built on the country's names a body of its own.
  for (let k = end; k < end + 4 && tokens[k]?.kind === 'word' && tokens[k].cap; k++) {
    if (fw.nonStateHeads.has(tokens[k].norm)) return null;
  }
  const possessiveAt = tokens[end]?.kind === 'poss' || (tokens[end]?.text === "'" && /s$/i.test(tokens[end - 1].text));
  let possessive = possessiveAt;
  let actor = form === 'name' || form === 'metonym' || form === 'capital' || form === 'person';
  let instEnd = end;
  // Extend over an institution or title: "Russia's Foreign Ministry", "the Russian ambassador".
  const after = possessiveAt ? end + 1 : end;
  let inst = institutionAt(tokens, after);
  // "Russia's official recognition": a title word used as an adjective before an act noun is no institution.
  if (inst && ACT_WORDS.has(tokens[inst.end]?.norm ?? '')) inst = null;
  if (inst) {
    instEnd = inst.end;
    // "Afghan women", "Chinese state media": attached, but naming no actor.
    actor = inst.actor;
    possessive = tokens[instEnd]?.kind === 'poss';
    const name = personNameAt(tokens, instEnd);
    if (name) {
      doc.learnPerson(tokens.slice(name.start, name.end), id);
      instEnd = name.end;
      possessive = tokens[instEnd]?.kind === 'poss';
    }
    end = instEnd;
    // "the Ghani government", "the former Afghan government": a person or a past marker ties it to its own time.
    if ((inst.government || inst.actor) && form !== 'person' && !PAST_MARKERS.has(tokens[i - 1]?.norm ?? ''))
      id = resolveTimeRule(id, context, true, hit.key);
  } else if (form === 'adjective') {
    // "the UK," / "Taliban and": an adjective form with no noun after it is the name itself.
    const next = tokens[end];
    const bareUse = !next || next.kind === 'punct' || next.kind === 'dash' || BARE_FOLLOWERS.has(next.norm);
    actor = bareUse && !possessiveAt && tokens[i].cap;
    // A plural demonym is a noun: "the Palestinians" is the Palestinian side; "Palestinians" alone are people.
    if (hit.plural) actor = !possessiveAt && tokens[i].cap && tokens[i - 1]?.norm === 'the';
  }
  // "most EU members", "four UN member states": the name qualifies a group of others and is no actor itself.
  if (!possessiveAt && !inst && fw.genericGroups.has(tokens[end]?.norm ?? '') && tokens[end].norm !== 'many')
    actor = false;
  if (!possessiveAt && !inst && tokens[end]?.norm === 'member') actor = false;
  if (form === 'capital' || form === 'metonym' || form === 'name') id = resolveTimeRule(id, context, true, hit.key);
  if (form === 'adjective' && !inst) id = resolveTimeRule(id, context, false, hit.key);
  return { start: i, end, id, form, possessive, actor, compound };
}

/** Words after an adjective form that show it stands alone for the name: "Taliban and", "the UK has". */
const BARE_FOLLOWERS = new Set([
  'and',
  'or',
  'have',
  'has',
  'had',
  'is',
  'are',
  'was',
  'were',
  'said',
  'says',
  'will',
  'would',
  'could',
  'may',
  'also',
]);

const LEADER_ERAS = new Set(['government', 'administration', 'regime', 'era', 'presidency', 'cabinet']);

/** Words that tie a government to a past one: "the former Afghan government", "the ousted Afghan government". */
export const PAST_MARKERS = new Set([
  'former',
  'previous',
  'ousted',
  'deposed',
  'fallen',
  'collapsed',
  'toppled',
  'exiled',
]);

function isSoviet(id: string, context: ContextDate): boolean {
  return id === 'RUS' && context.at !== null && context.at < '1991-12-26';
}

interface InstitutionSpan {
  end: number;
  actor: boolean;
  government: boolean;
}

/** An institution or title phrase starting at token i (adjectives such as "acting" or "deputy" allowed before it). */
export function institutionAt(tokens: Token[], i: number): InstitutionSpan | null {
  let start = i;
  while (start < tokens.length && MODIFIERS.has(tokens[start].norm)) start++;
  // Most words start no institution or title. (A word of lowercase letters and digits is its own surface key.)
  const firstWord = tokens[start]?.norm ?? '';
  if (
    !institutionFirstWords().has(firstWord) &&
    (keyOfItself(firstWord) || !institutionFirstWords().has(surfaceKey(firstWord)))
  )
    return null;
  let best: InstitutionSpan | null = null;
  let key = '';
  for (let j = start; j < tokens.length && j < start + INSTITUTION_WORDS_MAX; j++) {
    const tok = tokens[j];
    if (tok.kind === 'punct' || tok.kind === 'poss' || tok.kind === 'quote') break;
    key += (j > start && tok.space ? ' ' : '') + tok.norm;
    const inst = institutionByKey(key);
    if (inst)
      best = {
        end: j + 1,
        actor: inst.actor,
        government: inst.category === 'government' || inst.category === 'ministry',
      };
  }
  return best;
}

// The same phrases ("foreign ministry", "president") recur in every article: each is normalized once.
const institutionMemo = new Map<string, Institution | null>();

function institutionByKey(key: string): Institution | null {
  let inst = institutionMemo.get(key);
  if (inst === undefined) {
    inst = loadGazetteer().institutions.get(normalizeSurface(key)) ?? null;
    if (institutionMemo.size < 100_000) institutionMemo.set(key, inst);
  }
  return inst;
}

let institutionFirst: Set<string> | null = null;

/** The first words of institution and title keys, as a token's lowercase form can spell them. */
function institutionFirstWords(): Set<string> {
  institutionFirst ??= firstWordsOf(loadGazetteer().institutions.keys(), /[ '\-&.]/);
  return institutionFirst;
}

const MODIFIERS = new Set([
  'acting',
  'deputy',
  'interim',
  'former',
  'new',
  'top',
  'senior',
  'chief',
  'first',
  'vice',
  'assistant',
  'special',
  'permanent',
  'then',
  'de',
  'facto',
  'caretaker',
  'current',
]);

/** A personal name after a title: two to four capitalised words ("Mawlawi Amir Khan Muttaqi"). */
export function personNameAt(tokens: Token[], i: number): { start: number; end: number } | null {
  let j = i;
  const set = tokens[j]?.text === ',';
  if (set) j++;
  const start = j;
  // "the Abkhaz authorities, South Ossetian leader …": after a comma, a party's name starts the next list member.
  if (set && nonPersonFirstWords().has(surfaceKey(tokens[start]?.text ?? ''))) return null;
  while (
    j < tokens.length &&
    j - start < 5 &&
    tokens[j].kind === 'word' &&
    tokens[j].cap &&
    !STOP_CAPS.has(tokens[j].norm)
  )
    j++;
  if (j - start < 2 && !(j - start === 1 && tokens[start]?.text.length > 2 && tokens[start - 1]?.text !== ','))
    return null;
  // "President Santiago Peña" is a name that starts with a capital's; "Foreign Minister Russia" is no name.
  if (entityAtToken(tokens, start) && j - start < 2) return null;
  return { start, end: j };
}

const STOP_CAPS = new Set([
  'the',
  'on',
  'in',
  'and',
  'said',
  'says',
  'of',
  'to',
  'for',
  'with',
  'a',
  'an',
  'his',
  'her',
  'its',
]);

let nonPersonFirst: Set<string> | null = null;

/** First words of the surfaces that name a party, not a person ("south" of "South Ossetia", "palestinian"). */
function nonPersonFirstWords(): Set<string> {
  nonPersonFirst ??= firstWordsOf(
    [...loadGazetteer().surfaces].filter(([, hits]) => hits.some((h) => h.form !== 'person')).map(([key]) => key),
    /[ '\-&]/,
  );
  return nonPersonFirst;
}

/** A capitalised word that starts a party's name: "Somaliland" in "Ethiopia-Somaliland". */
function startsPartyName(tok: Token): boolean {
  return tok.cap && nonPersonFirstWords().has(surfaceKey(tok.text));
}

function entityAtToken(tokens: Token[], i: number): boolean {
  const hits = loadGazetteer().surfaces.get(normalizeSurface(tokens[i]?.norm ?? ''));
  return !!hits && hits.some((h) => h.form !== 'person');
}

/** Applies the dated readings: after 15 August 2021 Kabul and Afghanistan acting as a government are the Taliban's. */
export function resolveTimeRule(id: string, context: ContextDate, governmentSense: boolean, surface?: string): string {
  for (const rule of timeRulesOf(id)) {
    if (rule.when === 'government' && !governmentSense) continue;
    // A rule for some surfaces only ("Afghanistan", "Kabul", "Afghan"): "the Ghani government" keeps its entity.
    if (rule.surfaces && surface !== undefined && !rule.surfaces.includes(surface)) continue;
    const at = context.at;
    if (!at) continue;
    if (rule.from && at < rule.from) continue;
    if (rule.to && at >= rule.to) continue;
    if (rule.ambiguous) continue;
    return rule.resolves_to;
  }
  return id;
}

let rulesByEntity: Map<string, TimeRule[]> | null = null;

/** The dated readings of one entity, in file order. */
function timeRulesOf(id: string): TimeRule[] {
  if (!rulesByEntity) {
    rulesByEntity = new Map();
    for (const rule of loadGazetteer().timeRules) {
      const list = rulesByEntity.get(rule.surface_entity) ?? [];
      list.push(rule);
      rulesByEntity.set(rule.surface_entity, list);
    }
  }
  return rulesByEntity.get(id) ?? [];
}

export function entityKind(id: string): string {
  return entityById(id)?.kind ?? 'state';
}
