import { extractLexicon, type Frame, RANK_WORDS, type Reversal, type Trigger } from './lexicon.ts';
import { DO_FORMS, PRONOUN_SUBJECTS, type SentenceView } from './sentence.ts';
import { groupOf, subordinateAfter, verbAt } from './slots.ts';

export interface FrameMatch {
  trigger: Trigger;
  index: number;
  /** Tokens the trigger spans (pro-verbs span several). */
  end: number;
  /** The token that satisfied `needs` ("withdrew its recognition"): it starts no frame of its own. */
  consumed: number | null;
}

const PRONOUNS = new Set(['we', 'i', 'they', 'he', 'she', 'it', 'you']);
const NOUN_CUES = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'any',
  'no',
  'full',
  'formal',
  'official',
]);

/** The frame a token triggers in its context, if its conditions hold; the most specific frame wins. */
export function frameAt(v: SentenceView, i: number): FrameMatch | null {
  const { triggers, verbTriggers } = extractLexicon();
  const word = triggerWord(v, i);
  const options = triggers.get(word);
  if (!options) return null;
  const nounish = looksNominal(v, i);
  const strong = strongNoun(v, i);
  const hasVerb = verbTriggers.has(word);
  // A word with no noun reading is a verb even after "that" ("the states that recognise Abkhazia").
  const hasNoun = hasOtherThanVerb(options);
  // Each frame's conditions are read once, whichever pass asks first.
  const held: (boolean | number | undefined)[] = new Array(options.length);
  // The reading the context suggests first; a noun reading still serves when no verb frame's conditions hold.
  for (let pass = 1; pass >= 0; pass--) {
    for (let o = 0; o < options.length; o++) {
      const t = options[o];
      if ((pass || strong) && t.pos === 'verb' && nounish && hasNoun) continue;
      if (pass && t.pos === 'noun' && !nounish && hasVerb) continue;
      const result = heldFor(v, i, options, held, o);
      if (result !== false) return { trigger: t, index: i, end: i + 1, consumed: result === true ? null : result };
    }
  }
  return null;
}

function hasOtherThanVerb(options: Trigger[]): boolean {
  for (const o of options) if (o.pos !== 'verb') return true;
  return false;
}

/** Option o's frame conditions, read once for all the options that share its frame. */
function heldFor(
  v: SentenceView,
  i: number,
  options: Trigger[],
  held: (boolean | number | undefined)[],
  o: number,
): boolean | number {
  const frame = options[o].frame;
  let first = 0;
  while (options[first].frame !== frame) first++;
  let h = held[first];
  if (h === undefined) {
    h = conditionsHold(v, i, frame);
    held[first] = h;
  }
  return h;
}

// Prefixes that turn a trigger into another word: "de-recognised" is "derecognised", "non-recognition" no trigger.
const GLUED_PREFIXES = new Set(['de', 'non', 'un']);

/** The word a trigger is looked up by: a prefix glued on by a hyphen is part of it. */
function triggerWord(v: SentenceView, i: number): string {
  return prefixed(v, i) ? `${v.norm(i - 2)}${v.norm(i)}` : v.norm(i);
}

/** "de-recognition": a prefix and a hyphen glued before the word. */
export function prefixed(v: SentenceView, i: number): boolean {
  const hyphen = v.tokens[i - 1];
  if (hyphen?.kind !== 'hyphen' || hyphen.space || v.tokens[i].space || i < 2) return false;
  return GLUED_PREFIXES.has(v.norm(i - 2));
}

/** After a possessive or a determiner the word can only be a noun ("the government's sanctions list"). */
function strongNoun(v: SentenceView, i: number): boolean {
  const prev = v.tokens[i - 1];
  return !!prev && (prev.kind === 'poss' || NOUN_CUES.has(prev.norm));
}

const PARTICIPLES_AFTER_SUBJECT = new Set([
  'held',
  'hosted',
  'scheduled',
  'planned',
  'took',
  'were',
  'was',
  'began',
  'ended',
  'resumed',
  'continued',
]);
const NAME_GOVERNORS = new Set(['under', 'of', 'new', 'fresh', 'against', 'with', 'by']);
const TYPICAL_ADJECTIVES = new Set(['new', 'further', 'recent', 'more', 'fresh', 'first', 'latest']);
const ADJECTIVE_ENDING = /^\w+(?:al|ic|ive|ous|ful)$/;

function looksNominal(v: SentenceView, i: number): boolean {
  // A sentence does not open with a finite verb: "Talks between India and the Taliban took place …".
  if (i === 0) return true;
  // "talks held in Moscow", "a meeting scheduled for": the word is the subject of a participle.
  if (PARTICIPLES_AFTER_SUBJECT.has(v.norm(i + 1))) return true;
  const prev = v.tokens[i - 1];
  if (!prev) return false;
  if (prev.kind === 'poss' || NOUN_CUES.has(prev.norm)) return true;
  // "rounds of talks", "years of negotiations": no finite verb follows "of".
  if (prev.norm === 'of') return true;
  // The object of a verb: "hosted talks", "imposed sanctions".
  if (prev.kind === 'word' && !prev.cap && prev.norm.endsWith('ed') && !v.refAt[i - 1]) return true;
  // "the next cabinet meeting": a determiner, then lowercase modifiers, then the word.
  const { fw } = extractLexicon();
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = v.tokens[k];
    if (t.norm === 'the' || t.norm === 'a' || t.norm === 'an') return k < i - 1;
    if (
      t.kind !== 'word' ||
      t.cap ||
      t.norm === 'to' ||
      fw.verbs.has(t.norm) ||
      fw.prepositions.has(t.norm) ||
      t.norm.endsWith('ed') ||
      t.norm.endsWith('ly')
    )
      break;
  }
  const ref = v.refAt[i - 1];
  if (ref && !ref.possessive && !ref.actor && ref.form === 'adjective') return true;
  // "Western sanctions", "UN sanctions": a capitalised modifier, or a name inside a prepositional phrase.
  if (!ref && prev.cap && i > 1 && !v.tokens[i].cap && v.tokens[i - 2].kind === 'word' && !PRONOUNS.has(prev.norm))
    return true;
  if (ref && !ref.possessive && NAME_GOVERNORS.has(v.norm(ref.start - 1))) return true;
  // "a high-level meeting", "diplomatic talks": a compound or a typical adjective before it.
  if (v.tokens[i - 2]?.kind === 'hyphen' && !prev.space) return true;
  return !prev.cap && (TYPICAL_ADJECTIVES.has(prev.norm) || ADJECTIVE_ENDING.test(prev.norm));
}

/** An auxiliary: another verb follows it, past adverbs ("has already shut", "had not reopened"). */
function auxiliaryAt(v: SentenceView, i: number): boolean {
  const { fw, verbTriggers } = extractLexicon();
  let k = i + 1;
  while (k < v.tokens.length && (AUX_ADVERBS.has(v.norm(k)) || v.norm(k).endsWith('ly'))) k++;
  // ("had to close its embassy": "have to" before a verb is a modal)
  if (v.norm(k) === 'to' && verbTriggers.has(v.norm(k + 1))) return true;
  const n = v.norm(k);
  return fw.verbs.has(n) || n.endsWith('ed') || n.endsWith('en') || n.endsWith('wn') || verbTriggers.has(n);
}

// ("has so far not reopened", "has, so far, refused")
const AUX_ADVERBS = new Set([
  'not',
  'never',
  'already',
  'also',
  'just',
  'long',
  'since',
  'yet',
  'still',
  'ever',
  'so',
  'far',
  'thus',
  'now',
  'then',
  'again',
  'even',
  'once',
  ',',
]);

/** A frame's word lists as tests, built once per frame. */
interface FrameTests {
  needs: WordTest | null;
  needsToo: WordTest | null;
  unless: WordTest | null;
  unlessNear: WordTest | null;
  needsBefore: WordTest | null;
  needsBeforeToo: WordTest | null;
  unlessBefore: WordTest | null;
}

const frameTests = new WeakMap<Frame, FrameTests>();

function testsOf(f: Frame): FrameTests {
  let tests = frameTests.get(f);
  if (!tests) {
    const test = (list: string[] | undefined) => (list ? wordTest(list) : null);
    tests = {
      needs: test(f.needs),
      needsToo: test(f.needsToo),
      unless: test(f.unless),
      unlessNear: test(f.unlessNear),
      needsBefore: test(f.needsBefore),
      needsBeforeToo: test(f.needsBeforeToo),
      unlessBefore: test(f.unlessBefore),
    };
    frameTests.set(f, tests);
  }
  return tests;
}

function conditionsHold(v: SentenceView, i: number, f: Frame): boolean | number {
  if (f.mainVerb && auxiliaryAt(v, i)) return false;
  // ("lifted its sanctions": past a determiner or possessive to the verb)
  if (f.notAfter) {
    const { fw } = extractLexicon();
    let k = i - 1;
    if (fw.determiners.has(v.norm(k)) || fw.possessivePronouns.has(v.norm(k))) k--;
    if (f.notAfter.includes(v.norm(i - 1)) || f.notAfter.includes(v.norm(k))) return false;
    // ("lifted its economic sanctions", "ending the U.S. sanctions": a noun's modifiers stand between)
    if (f.nouns && modifiedAfter(v, i, f.notAfter)) return false;
  }
  const tests = testsOf(f);
  // (Every failed condition denies the frame alike: the few words before are read before the window after.)
  if (tests.needsBefore || tests.unlessBefore) {
    const from = Math.max(0, i - (f.beforeWithin ?? 4));
    if (tests.needsBefore && !anyBetween(v, from, i, tests.needsBefore)) return false;
    if (tests.needsBefore && tests.needsBeforeToo && !anyBetween(v, from, i, tests.needsBeforeToo)) return false;
    if (tests.unlessBefore && anyBetween(v, from, i, tests.unlessBefore)) return false;
  }
  if (!tests.needs && !tests.unless && !tests.unlessNear) return true;
  const reach = f.window ?? 10;
  // Most frames fail for want of the word they need: the words up to the widest window tell, before the window's
  // own end is read.
  if (tests.needs && !inReach(v, i, reach, tests.needs) && !neededInSubject(v, i, f, tests.needs)) return false;
  let consumed: number | null = null;
  // The window is read only when a word it may hold matters: one needed, or one unwanted that stands in reach.
  if (
    tests.needs ||
    (tests.unless && inReach(v, i, reach, tests.unless)) ||
    (tests.unlessNear && inReach(v, i, reach, tests.unlessNear))
  ) {
    const after = wordsAfter(v, i, windowEnd(v, i, f));
    if (tests.needs) {
      const at = indexOfWord(after, tests.needs);
      if (at < 0 && !neededInSubject(v, i, f, tests.needs)) return false;
      if (at >= 0) consumed = tokenOfWord(v, i, at);
      if (tests.needsToo && indexOfWord(after, tests.needsToo) < 0) return false;
    }
    if (tests.unless && indexOfWord(after, tests.unless) >= 0) return false;
    if (tests.unlessNear && nearObject(after, tests.unlessNear)) return false;
  }
  // ("Morocco's sovereignty over Western Sahara was recognised by …": a passive's object is its subject)
  if (tests.unlessNear && passiveParticiple(v, i) && subjectHeadHas(v, i, tests.unlessNear)) return false;
  return consumed ?? true;
}

/** One of the words of the object itself passes the test: "recognition at the right moment" is fine. */
function nearObject(after: string[], test: WordTest): boolean {
  // Only up to a preposition or a mark.
  // ("recognition of Somalia's territorial integrity": a noun's object follows its "of")
  const { prepositions } = extractLexicon().fw;
  const from = after[0] === 'of' ? 1 : 0;
  for (let k = from; k < Math.min(after.length, from + 5); k++) {
    const w = after[k];
    if (prepositions.has(w) || !WORD_START.test(w)) return false;
    if (test.has(w)) return true;
  }
  return false;
}

const WORD_START = /^[\p{L}']/u;

/** Where the words a frame reads after its trigger end. */
function windowEnd(v: SentenceView, i: number, f: Frame): number {
  const window = f.window ?? 10;
  const aside = v.asideOf(i);
  // ("welcomed the decision after meeting the Russian ambassador": the words of a clause of its own are not the frame's)
  // "After recognising the Taliban, Russia hosted its envoy": an opening adjunct's words end at its comma.
  const opening = v.openingEnd(true);
  const end = Math.min(
    i < opening ? opening : Number.POSITIVE_INFINITY,
    v.clauseEnd(i),
    reachEnd(v, i, window),
    aside && aside.kind !== 'paren' ? aside.end : Number.POSITIVE_INFINITY,
    subordinateAfter(v, i),
  );
  // ("hosted delegations in 2021 and accredited an envoy": a second verb has words of its own)
  return v.joinedVerb(i + 2, end);
}

/** The word a frame needs stands in the subject, where it may. */
function neededInSubject(v: SentenceView, i: number, f: Frame, needs: WordTest): boolean {
  // ("Sanctions were imposed on …", "A Taliban delegation was hosted by …": a passive's subject holds it)
  // ("Sanctions were imposed on …", "Taiwan's embassy in Nauru closed": the subject holds it)
  if (passiveParticiple(v, i)) return subjectHas(v, i, needs);
  // ("kept its embassy in Kabul open": the mission is the object of "kept", and "open" says how it was kept)
  return !!f.subjectHolds && ownSubjectHas(v, i, needs) && !(f.action === 'OPEN_MISSION' && keptBefore(v, i));
}

/**
 * The token after the first `window` words past i: a hyphenated compound counts as one word ("to a
 * full-fledged embassy" is four words, not six).
 */
export function reachEnd(v: SentenceView, i: number, window: number): number {
  let end = i + 1 + window;
  for (let k = i + 1; k < Math.min(end, v.tokens.length); k++) if (compoundAt(v, k)) end += 2;
  return Math.min(end, v.tokens.length);
}

/** A verb that keeps something as it is stands in the clause before i. */
function keptBefore(v: SentenceView, i: number): boolean {
  const { ongoing } = extractLexicon().cues;
  for (let k = v.clauseStart(i); k < i; k++) if (ongoing.has(v.norm(k))) return true;
  return false;
}

/** One of the words stands before the noun at i, past its modifiers: names, determiners, plain words. */
function modifiedAfter(v: SentenceView, i: number, words: string[]): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (words.includes(v.norm(k))) return true;
    const ref = v.refAt[k];
    if (ref) {
      k = ref.start;
      continue;
    }
    const t = v.tokens[k];
    if (t.kind !== 'word' || t.cap || verbAt(v, k)) return false;
  }
  return false;
}

/** One of the words `wordsAfter` may read within the window after i passes the test. */
function inReach(v: SentenceView, i: number, window: number, test: WordTest): boolean {
  const end = reachEnd(v, i, window);
  for (let k = i + 1; k < end; k++) {
    if (compoundAt(v, k) && test.has(`${v.norm(k - 1)}-${v.norm(k + 1)}`)) return true;
    if (test.has(v.norm(k))) return true;
  }
  return false;
}

/** A hyphen at k glues the words on either side into one ("lose-lose"). */
function compoundAt(v: SentenceView, k: number): boolean {
  return v.tokens[k].kind === 'hyphen' && !v.tokens[k].space && !!v.tokens[k + 1] && !v.tokens[k + 1].space;
}

/** One of the words from..to (exclusive) passes the test. */
function anyBetween(v: SentenceView, from: number, to: number, test: WordTest): boolean {
  for (let k = from; k < to; k++) if (test.has(v.norm(k))) return true;
  return false;
}

function indexOfWord(words: string[], test: WordTest): number {
  for (let k = 0; k < words.length; k++) if (test.has(words[k])) return k;
  return -1;
}

/** A participle right after a form of "be": "were imposed", "was hosted". */
function passiveParticiple(v: SentenceView, i: number): boolean {
  const w = v.norm(i);
  if (!w.endsWith('ed') && !w.endsWith('en')) return false;
  // ("were never imposed", "was not formally signed": past adverbs and a negation)
  let k = i - 1;
  while (k > 0 && k > i - 4 && (v.norm(k).endsWith('ly') || PASSIVE_ADVERBS.has(v.norm(k)))) k--;
  return extractLexicon().fw.beForms.has(v.norm(k));
}

const PASSIVE_ADVERBS = new Set(['not', 'never', 'also', 'already', 'since', 'now', 'later', 'just', 'yet', 'ever']);

/** The words of the clause's subject before its first preposition ("Morocco's sovereignty (over …)") pass the test. */
function subjectHeadHas(v: SentenceView, i: number, test: WordTest): boolean {
  const { fw } = extractLexicon();
  for (let k = v.clauseStart(i); k < i && !fw.prepositions.has(v.norm(k)); k++) {
    if (v.tokens[k].kind !== 'poss' && fw.beForms.has(v.norm(k))) break;
    if (test.has(v.norm(k))) return true;
  }
  return false;
}

/**
 * The trigger's own subject holds one of the words: no party named after the word but outside a prepositional
 * phrase ("closed Taiwan's embassy in Ouagadougou and China reopened its own": China's act, no embassy's).
 */
function ownSubjectHas(v: SentenceView, i: number, test: WordTest): boolean {
  const { fw } = extractLexicon();
  let word = -1;
  for (let k = v.clauseStart(i); k < i; k++) if (test.has(v.norm(k))) word = k;
  if (word < 0) return false;
  for (let k = word + 1; k < i; k++) {
    const ref = v.refAt[k];
    if (!ref || ref.start !== k) continue;
    let before = k - 1;
    while (before > word && fw.determiners.has(v.norm(before))) before--;
    // (past a place, an owner, or a name in apposition: "The Taliban's new ambassador to Moscow, Gul Hassan, …")
    if (!fw.prepositions.has(v.norm(before)) && v.tokens[before].kind !== 'poss' && v.norm(before) !== ',')
      return false;
  }
  return true;
}

/** The clause before the trigger holds one of the words. */
function subjectHas(v: SentenceView, i: number, test: WordTest): boolean {
  for (let k = v.clauseStart(i); k < i; k++) if (test.has(v.norm(k))) return true;
  return false;
}

/** The token of word n of `wordsAfter(v, i, …)`, whose compounds ("al-qaida") add a word of their own. */
function tokenOfWord(v: SentenceView, i: number, n: number): number {
  let word = 0;
  for (let k = i + 1; k < v.tokens.length; k++) {
    if (compoundAt(v, k) && word++ === n) return k + 1;
    if (word++ === n) return k;
  }
  return i + 1 + n;
}

/** The words from i + 1 to end; a trigger's frames mostly share one window, so it is read once. */
function wordsAfter(v: SentenceView, i: number, end: number): string[] {
  v.wordsAfter ??= new Map();
  const byKey = v.wordsAfter;
  const key = i * 4096 + end;
  let after = byKey.get(key);
  if (!after) {
    after = [];
    for (let k = i + 1; k < end; k++) {
      // Hyphenated compounds ("lose-lose") are also matched whole.
      if (compoundAt(v, k)) after.push(`${v.norm(k - 1)}-${v.norm(k + 1)}`);
      after.push(v.norm(k));
    }
    byKey.set(key, after);
  }
  return after;
}

/** A test for one word against a frame's list: whole words, or stems written "terror*". */
class WordTest {
  private readonly exact: Set<string>;
  private readonly stems: string[];

  constructor(list: string[]) {
    this.exact = new Set(list.filter((w) => !w.endsWith('*')));
    this.stems = list.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  }

  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const p of this.stems) if (word.startsWith(p)) return true;
    return false;
  }
}

const wordTests = new WeakMap<string[], WordTest>();

/** The test for a list, built once per list. */
function wordTest(list: string[]): WordTest {
  let test = wordTests.get(list);
  if (!test) {
    test = new WordTest(list);
    wordTests.set(list, test);
  }
  return test;
}

/** A pro-verb at token i ("follow suit", "do so", "follow Moscow's lead") and the tokens it spans. */
export function proverbAt(
  v: SentenceView,
  i: number,
): {
  end: number;
  anaphoric: boolean;
  negated?: boolean;
  reverses?: Reversal;
  copies?: boolean;
  byAgent?: boolean;
} | null {
  const { proverbs, proverbStarts, fw, reversals, copies, copiedBy } = extractLexicon();
  const w = v.norm(i);
  // "recognised Abkhazia in 2011 but reversed its decision in 2014", "withdrew it … and restored it": the
  // recognition just told, undone or done again ("reversed its decision to recognise" is a frame's own).
  if (reversalStarts(reversals).has(w))
    for (const way of REVERSAL_WAYS)
      for (const p of reversals[way])
        if (v.phraseAt(i, p) && v.norm(i + p.length) !== 'to')
          return { end: i + p.length, anaphoric: true, reverses: way };
  // "While Moscow has recognised the Taliban, Washington has not.": the act just told, denied.
  // ("Russia has recognised the Taliban, while Spain said it would not.": a pronoun subject too)
  if (
    ELLIPSIS_AUX.has(w) &&
    v.norm(i + 1) === 'not' &&
    (v.refAt[i - 1]?.actor || PRONOUN_SUBJECTS.has(v.norm(i - 1)))
  ) {
    const next = v.tokens[i + 2];
    if (!next || next.text === '.' || next.text === ';' || next.text === ',' || next.kind === 'dash')
      return { end: i + 2, anaphoric: true, negated: true };
  }
  // "…, though Pakistan did not until 1974": the act just told, done only then.
  if (
    (w === 'did' || w === 'had') &&
    v.norm(i + 1) === 'not' &&
    v.norm(i + 2) === 'until' &&
    v.refAt[i - 1]?.actor &&
    v.dates.some((d) => d.start === v.tokens[i + 3]?.start)
  )
    return { end: i + 2, anaphoric: true };
  // "Russia was expected to recognise the Taliban, and it did.": the act just told, done after all.
  if (
    (w === 'did' || w === 'has' || w === 'have') &&
    (v.refAt[i - 1]?.actor || PRONOUN_SUBJECTS.has(v.norm(i - 1))) &&
    /^(?:and|but)$/.test(v.norm((v.refAt[i - 1]?.start ?? i - 1) - 1))
  ) {
    const next = v.tokens[i + 1];
    if (!next || next.text === '.' || next.text === ';' || next.text === '!') return { end: i + 1, anaphoric: true };
  }
  // "Saudi Arabia recognised the Taliban a day after Pakistan did.", "…, as Norway had": the act just told, done.
  const subject = ELLIPSIS_AUX.has(w) && v.refAt[i - 1]?.actor ? groupOf(v, v.refAt[i - 1]!)[0] : undefined;
  if (subject && ELLIPSIS_SUBORDINATORS.has(v.norm(subject.start - 1))) {
    const next = v.tokens[i + 1];
    if (!next || next.text === '.' || next.text === ';' || next.text === ',' || next.kind === 'dash')
      return { end: i + 1, anaphoric: true };
  }
  // "Costa Rica was the 20th, on 17 March": a rank among those who did the act the story tells, its noun left out.
  const after = v.tokens[i + 3];
  if (
    (fw.beForms.has(w) || w === 'became') &&
    v.refAt[i - 1]?.actor &&
    v.norm(i + 1) === 'the' &&
    RANK.test(v.norm(i + 2)) &&
    (!after || /^[,.;]$/.test(after.text)) &&
    // ("Kazakhstan was the first, officials said, to host its envoy": the rank's own act told after an aside)
    !v.tokens.slice(i + 3).some((t) => t.norm === 'to')
  )
    return { end: i + 3, anaphoric: false };
  // "…, a formula since copied by the UAE": the act just told, done later by the passive's agent.
  if (copiedBy.verbs.has(w) && v.norm(i + 1) === 'by' && copiedNoun(v, i, copiedBy.nouns))
    return { end: i + 1, anaphoric: true, copies: true, byAgent: true };
  // Most words start no pro-verb: test the first word before any phrase.
  const follow = w.startsWith('follow');
  if (!follow && !proverbStarts.has(w)) return null;
  for (const p of proverbs) {
    if (p.length === 2 && p[0] === 'follow' && follow) {
      // "follow Russia's example": up to three words between the verb and its noun ("followed a more cautious path"
      // or "its own path" is a path of its own).
      for (let k = i + 1; k <= i + 4 && k < v.tokens.length; k++) {
        if (fw.divergentModifiers.has(v.norm(k))) break;
        if (v.norm(k) === p[1]) return { end: k + 1, anaphoric: false };
      }
      continue;
    }
    // ("Nicaragua was next in line" is a guess of what comes, not the act done)
    if (p[p.length - 1] === 'next' && v.norm(i + p.length) === 'in' && v.norm(i + p.length + 1) === 'line') continue;
    // "copied the move": the act just told, done again later.
    if (copies.has(p) && v.phraseAt(i, p)) return { end: i + p.length, anaphoric: true, copies: true };
    // ("took similar steps to curb militancy": steps taken for an end of their own)
    if (STEP_NOUNS.has(p[p.length - 1]) && purposeAfter(v, i + p.length) && v.phraseAt(i, p)) continue;
    // "did so", "took the same step": the act just told.
    if (v.phraseAt(i, p)) return { end: i + p.length, anaphoric: DO_FORMS.has(p[0]) || SAMENESS.has(p[p.length - 2]) };
  }
  return bareFollow(v, i) ? { end: i + 1, anaphoric: false } : null;
}

const SAMENESS = new Set(['same', 'similar']);
const STEP_NOUNS = new Set(['step', 'steps', 'move', 'moves']);

/** An infinitive of purpose at k: "to curb militancy" (not "to the surprise of many"). */
function purposeAfter(v: SentenceView, k: number): boolean {
  const next = v.tokens[k + 1];
  return v.norm(k) === 'to' && next?.kind === 'word' && !next.cap && !extractLexicon().fw.determiners.has(next.norm);
}

/** The participle at i follows a noun for an act, past an adverb: "a step later followed", "a formula since copied". */
function copiedNoun(v: SentenceView, i: number, nouns: Set<string>): boolean {
  let k = i - 1;
  if (COPY_ADVERBS.has(v.norm(k)) || v.norm(k).endsWith('ly')) k--;
  return nouns.has(v.norm(k)) && !v.refAt[k];
}

const COPY_ADVERBS = new Set(['later', 'since', 'soon', 'then']);

const REVERSAL_WAYS = ['reverse', 'undo', 'redo'] as const;
let reversalFirsts: Set<string> | null = null;

/** The first words of the reversal phrases: most tokens start none, and are ruled out with one lookup. */
function reversalStarts(reversals: Record<Reversal, string[][]>): Set<string> {
  reversalFirsts ??= new Set(REVERSAL_WAYS.flatMap((way) => reversals[way].map((p) => p[0])));
  return reversalFirsts;
}

const RANK = new RegExp(`^(?:${RANK_WORDS})$`);
/** A sentence that may hold a rank with its noun left out ("Costa Rica was the 20th, on 17 March"), for the
 * pre-filter, which reads no tokens. */
export const ELLIPTIC_RANK = new RegExp(`\\b(?:is|was|were|became)\\s+the\\s+(?:${RANK_WORDS})\\s*[,.;]`, 'i');

/** Words before the subject of an elliptical act ("a day after Pakistan did"): a time or a likeness. */
const ELLIPSIS_SUBORDINATORS = new Set(['after', 'before', 'when', 'once', 'as']);

/** Auxiliaries of an elliptical denial ('Washington has not.'); the pre-filter lets such sentences through. */
export const ELLIPSIS_AUX = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'would', 'will', 'could']);

/** Words before a bare "follow" and after it: the pre-filter reads the same lists. */
export const FOLLOW_BEFORE = new Set([
  'to',
  'will',
  "'ll",
  'would',
  'could',
  'may',
  'might',
  'should',
  'shall',
  'can',
  'soon',
]);
export const FOLLOW_AFTER = new Set([
  'soon',
  'shortly',
  'later',
  'on',
  'in',
  'next',
  'this',
  'within',
  'quickly',
  'too',
  'eventually',
  'before',
  'after',
  'by',
  'earlier',
  'last',
  'days',
  'weeks',
  'months',
  'years',
  'afterwards',
  'afterward',
]);
/** Words between "followed the" and a unit of time: "followed the next month". */
export const FOLLOW_THE = new Set(['next', 'following', 'same']);
/** "followed a day later", "followed two weeks later": a count of days, weeks or months after "follow". */
export const FOLLOW_COUNTS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'few']);
export const FOLLOW_UNITS = new Set([
  'minutes',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
]);
const TIME_NOUNS = /^(?:days?|weeks?|months?|years?|hours?|talks|steps|measures)$/;

/** "France is expected to follow on Monday", "others will follow": "follow" with no object of its own. */
function bareFollow(v: SentenceView, i: number): boolean {
  // "others will follow"; "Germany followed on 23 December" (a past one needs a party as its subject).
  const past = (v.norm(i) === 'followed' || v.norm(i) === 'follows') && !!v.refAt[i - 1]?.actor;
  // "1997 – Saudi Arabia and the UAE follow.": a timeline row's present tells the past.
  const first = v.tokens[0]?.kind === 'hyphen' || v.tokens[0]?.kind === 'dash' ? 1 : 0;
  const row =
    v.norm(i) === 'follow' && !!v.refAt[i - 1]?.actor && v.dates.some((d) => d.start === v.tokens[first]?.start);
  // "Kyiv said it would not follow": denied, it is still the act that follows.
  const aux = v.norm(i - 1) === 'not' ? i - 2 : i - 1;
  if (!past && !row && (v.norm(i) !== 'follow' || !FOLLOW_BEFORE.has(v.norm(aux)))) return false;
  // "in the weeks to follow", "the talks that will follow": coming after, not doing the same; nor is
  // "Kazakhstan's recognition will follow", whose act is its own subject.
  const subject = v.norm(aux - 1);
  if (TIME_NOUNS.test(subject) || subject === 'that' || subject === 'which') return false;
  if (extractLexicon().nounTriggers.has(subject)) return false;
  const next = v.tokens[i + 1];
  if (!next || next.kind === 'punct' || next.kind === 'dash' || FOLLOW_AFTER.has(next.norm)) return true;
  // "followed the next month", "followed the same day"
  if (next.norm === 'the' && FOLLOW_THE.has(v.norm(i + 2)) && FOLLOW_UNITS.has(v.norm(i + 3))) return true;
  // "followed hours later", "followed minutes later"
  if (FOLLOW_UNITS.has(next.norm) && /s$/.test(next.norm) && v.norm(i + 2) === 'later') return true;
  // "followed a day later", "followed two weeks later", "followed 10 days later"
  const counted = FOLLOW_COUNTS.has(next.norm) || next.kind === 'num';
  const unit = FOLLOW_UNITS.has(v.norm(i + 2)) ? i + 2 : v.norm(i + 2) === 'few' ? i + 3 : -1;
  return counted && unit > 0 && FOLLOW_UNITS.has(v.norm(unit));
}
