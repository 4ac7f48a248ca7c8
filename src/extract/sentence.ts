import type { DateMention } from '../nlp/dates.ts';
import type { Token } from '../nlp/tokens.ts';
import type { EntityRef } from './entities.ts';
import { extractLexicon } from './lexicon.ts';

/** Pronouns that can be a clause's subject. */
export const PRONOUN_SUBJECTS = new Set(['it', 'they', 'he', 'she', 'we']);

/** Forms of "do": "did so", "do the same" stand for an act told before them. */
export const DO_FORMS = new Set(['do', 'does', 'did', 'doing', 'done']);

/** A stretch of a sentence set off from its clause: a parenthesis, a relative clause, a dash aside. */
export interface Aside {
  start: number;
  end: number;
  kind: 'paren' | 'relative' | 'dash';
  /** For a relative clause, the token just before "which"/"who" (its antecedent ends there). */
  anchor: number;
}

/** One sentence with the structure the slot and mode stages read. */
export class SentenceView {
  readonly asides: Aside[];
  /** Entity reference covering each token, if any. */
  readonly refAt: (EntityRef | undefined)[];

  private found: DateMention[] | (() => DateMention[]);

  // What the slot and frame stages work out once per sentence, kept with it (and gone with it).
  /** Coordinated reference groups ("Russia, China and Iran"), and each reference's group. */
  groups?: EntityRef[][];
  groupOfRef?: Map<EntityRef, EntityRef[]>;
  /** Words after a trigger up to a window's end, by `trigger * 4096 + end`. */
  wordsAfter?: Map<number, string[]>;
  /** Where subordinate clauses open (see subordinateAfter in slots.ts). */
  subordinates?: number[];
  /** Whether a reference starting at each token is governed as an object (see blocked in slots.ts), once asked. */
  blockedAt?: (boolean | undefined)[];

  /** `dates` may be a function: dates are then read on first use, as most candidate sentences state no act. */
  constructor(
    readonly text: string,
    readonly offset: number,
    readonly tokens: Token[],
    readonly refs: EntityRef[],
    dates: DateMention[] | (() => DateMention[]),
  ) {
    this.found = dates;
    this.refAt = new Array(tokens.length);
    for (const r of refs) for (let k = r.start; k < r.end; k++) this.refAt[k] = r;
    this.asides = [...findAsides(tokens), ...appositions(tokens, refs)];
  }

  get dates(): DateMention[] {
    if (typeof this.found === 'function') this.found = this.found();
    return this.found;
  }

  norm(i: number): string {
    // Callers read past either end freely; a bounds check is cheaper than an out-of-range array read.
    return i >= 0 && i < this.tokens.length ? this.tokens[i].norm : '';
  }

  /**
   * The comma that closes an opening subordinate clause ("Although it has not recognised …,") or, with
   * `phrases`, an opening prepositional phrase ("Without recognising …,"); -1 when the sentence has none.
   */
  openingEnd(phrases = false): number {
    // (asked by several stages, of every trigger: read once per sentence for each kind)
    if (phrases) {
      this.openingWithPhrases ??= this.readOpeningEnd(true);
      return this.openingWithPhrases;
    }
    this.opening ??= this.readOpeningEnd(false);
    return this.opening;
  }

  private opening?: number;
  private openingWithPhrases?: number;

  private readOpeningEnd(phrases: boolean): number {
    const { fw } = extractLexicon();
    const first = this.norm(0) === 'even' ? this.norm(1) : this.norm(0);
    // ("Not only did Russia recognise the Taliban, it also …": an inverted clause that a second one completes;
    // "Far from recognising the Taliban, India …")
    const notOnly = (first === 'not' && this.norm(1) === 'only') || (first === 'far' && this.norm(1) === 'from');
    if (
      !this.tokens[0]?.cap ||
      !(
        notOnly ||
        fw.subordinators.has(first) ||
        fw.openingParticiples.has(first) ||
        (phrases && fw.prepositions.has(first))
      )
    )
      return -1;
    return this.tokens.findIndex((t) => t.text === ',');
  }

  /**
   * ", and" at i joins two clauses when a verb stands before it and a subject with its own verb after it:
   * "Russia hosted Taliban officials, and China accepted their ambassador" (but "Spain, Ireland, and Norway
   * recognised" is one list of subjects, and "China, Russia, and Iran" a list of objects).
   */
  private joinsClauses(i: number): boolean {
    let k = i + 1;
    const ref = this.refAt[k];
    if (ref) k = ref.end;
    else if (PRONOUN_SUBJECTS.has(this.norm(k))) k++;
    else return false;
    if (!this.verbLike(k)) return false;
    const { fw } = extractLexicon();
    for (let j = i - 1; j >= 0; j--) {
      const n = this.norm(j);
      if (n === ';' || fw.boundaries.has(n)) return false;
      if (this.verbLike(j) && !this.asides.some((a) => j >= a.start && j < a.end)) return true;
    }
    return false;
  }

  /**
   * Where a second verb joined by "and", "but" or "or" starts its clause, between from and to (else to): "hosted
   * delegations in 2021 and accredited an envoy in 2022". Only a past form or a known verb counts, not "-es", which
   * is as often a plural ("offices and embassies").
   */
  joinedVerb(from: number, to: number): number {
    const { fw, triggers } = extractLexicon();
    for (let k = from; k < to - 1; k++) {
      const n = this.norm(k);
      if (n !== 'and' && n !== 'but' && n !== 'or') continue;
      const t = this.tokens[k + 1];
      if (t.kind !== 'word' || t.cap || this.refAt[k + 1]) continue;
      // ("imposed visa restrictions and sanctions on …": a noun reading right before a preposition is a noun)
      const noun = triggers.get(t.norm)?.some((x) => x.pos === 'noun') && fw.prepositions.has(this.norm(k + 2));
      if (noun) continue;
      if (/ed$/.test(t.norm) || fw.verbs.has(t.norm) || triggers.get(t.norm)?.some((x) => x.pos === 'verb')) return k;
    }
    return to;
  }

  /** A finite or past form, as far as the word alone tells: "accepted", "recognises", "has", "said". */
  private verbLike(k: number): boolean {
    const t = this.tokens[k];
    if (t?.kind !== 'word' || t.cap || this.refAt[k]) return false;
    const { fw, cues, triggers } = extractLexicon();
    return (
      fw.verbs.has(t.norm) ||
      cues.reporting.has(t.norm) ||
      /(?:ed|es)$/.test(t.norm) ||
      !!triggers.get(t.norm)?.some((x) => x.pos === 'verb')
    );
  }

  /** The first phrase of the list, in list order, that tokens i.. spell. */
  firstPhrase(i: number, list: string[][]): string[] | undefined {
    const bucket = phrasesByFirstWord(list).get(this.norm(i));
    if (bucket) for (const ph of bucket) if (this.phraseAt(i, ph)) return ph;
    return undefined;
  }

  /** Tokens i.. spell the phrase (lowercase words). */
  phraseAt(i: number, phrase: string[]): boolean {
    for (let k = 0; k < phrase.length; k++) if (this.norm(i + k) !== phrase[k]) return false;
    return true;
  }

  // Plain arrays: a typed array costs more to allocate than a short sentence takes to read.
  private bounds: boolean[] | null = null;

  /** Token i ends a clause (read once per sentence: the slot and mode stages ask for every token, often). */
  isBoundary(i: number): boolean {
    if (i < 0 || i >= this.tokens.length) return true;
    return this.boundaries()[i];
  }

  private boundaries(): boolean[] {
    if (!this.bounds) {
      const bounds: boolean[] = [];
      for (let k = 0; k < this.tokens.length; k++) bounds.push(this.boundaryAt(k));
      this.bounds = bounds;
    }
    return this.bounds;
  }

  private boundaryAt(i: number): boolean {
    const t = this.tokens[i];
    const { fw } = extractLexicon();
    // (most tokens are words that join no clauses: none of the tests below holds for them)
    if (t.kind === 'word' && t.norm !== 'and' && !fw.boundaries.has(t.norm)) return false;
    if (t.text === ';' || t.text === '|' || t.text === '?' || t.text === '!') return true;
    if (t.text === ':') return true;
    if (
      t.kind === 'dash' &&
      t.space &&
      !this.asides.some((a) => a.kind === 'dash' && (a.start === i || a.end === i + 1))
    )
      return true;
    if (t.norm === 'yet' && /^(?:has|have|had|is|are|was|were|not)$/.test(this.norm(i - 1))) return false; // "has yet to"
    // ", however," set off by commas is an aside, not a new clause.
    if (t.norm === 'however' && this.norm(i - 1) === ',' && this.norm(i + 1) === ',') return false;
    if (t.norm === 'and' && this.norm(i - 1) === ',') return this.joinsClauses(i);
    // "so far" and "did so" are no "so" that joins clauses.
    return (
      fw.boundaries.has(t.norm) && !(t.norm === 'so' && (this.norm(i + 1) === 'far' || DO_FORMS.has(this.norm(i - 1))))
    );
  }

  /** The aside that contains token i, innermost first. */
  asideOf(i: number): Aside | undefined {
    if (this.asides.length === 0) return undefined;
    if (!this.innermost) {
      this.innermost = new Array(this.tokens.length);
      for (let k = 0; k < this.tokens.length; k++) {
        let best: Aside | undefined;
        for (const a of this.asides)
          if (k >= a.start && k < a.end && (!best || a.end - a.start < best.end - best.start)) best = a;
        this.innermost[k] = best;
      }
    }
    return this.innermost[i];
  }

  private innermost: (Aside | undefined)[] | null = null;

  /** The first token after the boundary before i (0 if none). */
  clauseStart(i: number): number {
    if (i <= 0 || i > this.tokens.length) return i;
    this.readClauses();
    return this.starts![i];
  }

  /** The first boundary after i (the token count if none). */
  clauseEnd(i: number): number {
    if (i < -1 || i >= this.tokens.length - 1) return i + 1;
    if (i === -1) return this.isBoundary(0) ? 0 : this.clauseEnd(0);
    this.readClauses();
    return this.ends![i];
  }

  private starts: number[] | null = null;
  private ends: number[] | null = null;

  private readClauses(): void {
    if (this.starts) return;
    const n = this.tokens.length;
    const bounds = this.boundaries();
    const starts: number[] = [];
    let last = -1;
    for (let i = 0; i <= n; i++) {
      starts.push(last + 1);
      if (i < n && bounds[i]) last = i;
    }
    const ends: number[] = new Array(n);
    let next = n;
    for (let i = n - 1; i >= 0; i--) {
      ends[i] = next;
      if (bounds[i]) next = i;
    }
    this.starts = starts;
    this.ends = ends;
  }

  charStart(i: number): number {
    return this.tokens[i].start;
  }
}

// The lexicon's phrase lists are few: they are found by identity in a short array, which beats a WeakMap lookup.
const indexedLists: string[][][] = [];
const listIndexes: Map<string, string[][]>[] = [];
const phraseIndexes = new WeakMap<string[][], Map<string, string[][]>>();

/**
 * The token at k is a quotation mark. A straight single quote is one only where it opens a quotation (at the
 * sentence start or after a space, before a word: "'We will …") or closes one (after a comma or a stop: "…,'
 * Macron said"); elsewhere it is an apostrophe ("Israel' s", "the Taliban' ").
 */
export function quoteMarkAt(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (t?.kind !== 'quote') return false;
  if (t.text !== "'") return true;
  const prev = v.tokens[k - 1];
  const next = v.tokens[k + 1];
  const opens = (!prev || prev.end < t.start) && next?.kind === 'word' && next.start === t.end;
  const closes = !!prev && /^[,.?!]$/.test(prev.text) && prev.end === t.start && (!next || next.start > t.end);
  return opens || closes;
}

/** A lexicon's phrase list indexed by first word (built once per list): most tokens start none of them. */
export function phrasesByFirstWord(list: string[][]): Map<string, string[][]> {
  const known = indexedLists.indexOf(list);
  if (known >= 0) return listIndexes[known];
  let index = phraseIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const ph of list) {
      const bucket = index.get(ph[0]);
      if (bucket) bucket.push(ph);
      else index.set(ph[0], [ph]);
    }
    phraseIndexes.set(list, index);
  }
  if (indexedLists.length < 32) {
    indexedLists.push(list);
    listIndexes.push(index);
  }
  return index;
}

function findAsides(tokens: Token[]): Aside[] {
  const { fw } = extractLexicon();
  const out: Aside[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // (words and numbers open no aside: only brackets, dashes and commas do)
    if (t.kind === 'word' || t.kind === 'num') continue;
    if (t.text === '(') {
      const close = tokens.findIndex((x, k) => k > i && x.text === ')');
      if (close > i) out.push({ start: i, end: close + 1, kind: 'paren', anchor: i - 1 });
    } else if (t.kind === 'dash' && t.space) {
      const close = tokens.findIndex((x, k) => k > i && x.kind === 'dash' && x.text === t.text);
      if (close > i && close - i < 40) {
        out.push({ start: i, end: close + 1, kind: 'dash', anchor: i - 1 });
        i = close;
      }
    } else if (
      t.text === ',' &&
      ((fw.relativizers.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1].norm !== 'that') ||
        quantifiedRelative(tokens, i + 1))
    ) {
      let k = i + 2;
      const runOn = () => {
        while (
          k < tokens.length &&
          tokens[k].text !== ',' &&
          !(tokens[k].kind === 'dash' && tokens[k].space) &&
          tokens[k].text !== ';'
        )
          k++;
      };
      runOn();
      // ", which has frozen billions, imposed sanctions …, and recently implemented …": its verbs run on.
      // Only a true list of three or more, closed by ", and" + verb: "China, which has not recognised the
      // Taliban, signed a contract" keeps "signed" in the main clause.
      const closes = tokens.some(
        (t, j) => j > k && t.norm === 'and' && tokens[j - 1]?.text === ',' && continuesVerbList(tokens, j),
      );
      while (closes && tokens[k]?.text === ',' && continuesVerbList(tokens, k + 1)) {
        k++;
        runOn();
      }
      // "After Britain and France, who is next to recognise Palestine?": run to a question mark, it is the question.
      const asks = k >= tokens.length - 1 && tokens[tokens.length - 1]?.text === '?';
      if (!asks) out.push({ start: i, end: Math.min(k + 1, tokens.length), kind: 'relative', anchor: i - 1 });
    } else if (t.text === ',' && isAppositiveList(tokens, i)) {
      let k = i + 2;
      while (k < tokens.length && tokens[k].text !== ',' && tokens[k].text !== ';') k++;
      // The list runs on through its commas up to the comma before the verb.
      // ("…, including Panama in 2017, the Dominican Republic and El Salvador in 2018, …": past an article too)
      const member = (j: number) =>
        /^[A-Z]|^and$/.test(tokens[j]?.text ?? '') ||
        (tokens[j]?.norm === 'the' && /^[A-Z]/.test(tokens[j + 1]?.text ?? ''));
      while (k < tokens.length && tokens[k].text === ',' && k + 1 < tokens.length && member(k + 1)) {
        k++;
        while (k < tokens.length && tokens[k].text !== ',' && tokens[k].text !== ';') k++;
      }
      out.push({ start: i, end: Math.min(k + 1, tokens.length), kind: 'paren', anchor: i - 1 });
    }
  }
  return out;
}

/** "Nasir Andisha, Afghanistan's envoy to the UN office in Geneva, called …": a title set off after a name. */
function appositions(tokens: Token[], refs: EntityRef[]): Aside[] {
  const out: Aside[] = [];
  for (const r of refs) {
    if (r.form !== 'person' || tokens[r.end]?.text !== ',') continue;
    const next = tokens[r.end + 1];
    const titled =
      refs.some((x) => x.start === r.end + 1 && (x.possessive || x.actor)) || /^(?:a|an|the)$/.test(next?.norm ?? '');
    if (!titled) continue;
    const close = tokens.findIndex((t, k) => k > r.end + 1 && t.text === ',');
    if (close > 0 && close - r.end < 20) out.push({ start: r.end, end: close + 1, kind: 'paren', anchor: r.end - 1 });
  }
  out.push(...descriptions(tokens, refs));
  return out;
}

/**
 * "The United States, Israel's closest ally, has …", "Pakistan, the Taliban's main backer, said …": a
 * description set off after a party. Lists ("Russia, the UAE and Pakistan, have …") are not descriptions:
 * the phrase must not start with another party, and a verb must follow it.
 */
function descriptions(tokens: Token[], refs: EntityRef[]): Aside[] {
  const out: Aside[] = [];
  // (most references have no comma after them: the index is made for the first that does)
  let startsAt: Map<number, EntityRef> | null = null;
  for (const r of refs) {
    if (r.form === 'person' || r.possessive || tokens[r.end]?.text !== ',') continue;
    startsAt ??= new Map(refs.map((x) => [x.start, x]));
    let k = r.end + 1;
    // "Kazakhstan, not yet ready to recognise the Taliban, removed …", "Serbia, backed by Russia, does not …":
    // a participle or a negated predicate, which may name parties of its own.
    if (
      /^(?:not|never|long|already|still|once|backed|supported|angered|alarmed|encouraged|pressed|wary|keen|eager|reluctant|unwilling|unable)$/.test(
        tokens[k]?.norm ?? '',
      )
    ) {
      const close = tokens.findIndex((t, j) => j > k && j < k + 16 && t.text === ',');
      const after = tokens[close + 1];
      if (close > 0 && after && after.kind === 'word' && !after.cap && !/^(?:and|or|but)$/.test(after.norm))
        out.push({ start: r.end, end: close + 1, kind: 'paren', anchor: r.end - 1 });
      continue;
    }
    // "the Taliban's main backer": the article belongs to the possessive.
    if (/^(?:the|a|an)$/.test(tokens[k]?.norm ?? '') && startsAt.get(k + 1)?.possessive) k++;
    const owner = startsAt.get(k);
    if (owner) {
      // "Israel's closest ally": a possessive party, then the description's own words.
      if (!owner.possessive || tokens[owner.end + 1]?.kind !== 'word' || tokens[owner.end + 1].cap) continue;
      k = owner.end + 1;
    } else if (/^(?:the|a|an|both|all|each|fellow)$/.test(tokens[k]?.norm ?? '') && !startsAt.has(k + 1)) {
      // ("Iran and Pakistan, both neighbours, have …")
      k++;
    } else continue;
    let close = -1;
    for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
      if (tokens[j].text === ',') {
        close = j;
        break;
      }
      if (tokens[j].kind !== 'word' && tokens[j].kind !== 'poss' && tokens[j].kind !== 'hyphen') break;
      // A party may stand inside a prepositional phrase ("a vocal critic of the Taliban"), not as a list member.
      const inPhrase = /^(?:of|with|to|for|in|on)$/.test(tokens[j - 1]?.norm ?? '') || tokens[j - 2]?.norm === 'of';
      if (tokens[j].norm === 'and' || tokens[j].norm === 'or' || (startsAt.get(j)?.actor && !inPhrase)) break;
    }
    const after = tokens[close + 1];
    if (close < 0 || !after || after.kind !== 'word' || after.cap) continue;
    out.push({ start: r.end, end: close + 1, kind: 'paren', anchor: r.end - 1 });
  }
  return out;
}

const RELATIVE_QUANTIFIERS = new Set([
  'both',
  'all',
  'each',
  'neither',
  'none',
  'some',
  'many',
  'most',
  'one',
  'two',
  'several',
]);

/** ", both of which host …", ", neither of whom …": a relative clause opened by a quantifier. */
function quantifiedRelative(tokens: Token[], i: number): boolean {
  return (
    RELATIVE_QUANTIFIERS.has(tokens[i]?.norm ?? '') &&
    tokens[i + 1]?.norm === 'of' &&
    /^(?:which|whom)$/.test(tokens[i + 2]?.norm ?? '')
  );
}

function continuesVerbList(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && (tokens[k].norm === 'and' || /ly$/.test(tokens[k].norm))) k++;
  const t = tokens[k];
  return !!t && t.kind === 'word' && !t.cap && /ed$/.test(t.norm);
}

// ", including Japan, Korea, …," sets off a list of examples from the clause.
function isAppositiveList(tokens: Token[], i: number): boolean {
  return extractLexicon().fw.appositiveListOpeners.some((p) => p.every((w, k) => tokens[i + 1 + k]?.norm === w));
}
