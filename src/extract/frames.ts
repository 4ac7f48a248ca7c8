import { extractLexicon, type Frame, type Trigger } from './lexicon.ts';
import { DO_FORMS, PRONOUN_SUBJECTS, phrasesByFirstWord, type SentenceView } from './sentence.ts';
import { subordinateAfter } from './slots.ts';

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
  const { triggers } = extractLexicon();
  const options = triggers.get(triggerWord(v, i));
  if (!options) return null;
  const nounish = looksNominal(v, i);
  const strong = strongNoun(v, i);
  const hasVerb = options.some((o) => o.pos === 'verb');
  // A word with no noun reading is a verb even after "that" ("the states that recognise Abkhazia").
  const hasNoun = options.some((o) => o.pos !== 'verb');
  // Each frame's conditions are read once, whichever pass asks first.
  const held = new Map<Frame, boolean | number>();
  const holds = (f: Frame) => {
    let h = held.get(f);
    if (h === undefined) {
      h = conditionsHold(v, i, f);
      held.set(f, h);
    }
    return h;
  };
  // The reading the context suggests first; a noun reading still serves when no verb frame's conditions hold.
  for (const pass of [true, false]) {
    for (const t of options) {
      if ((pass || strong) && t.pos === 'verb' && nounish && hasNoun) continue;
      if (pass && t.pos === 'noun' && !nounish && hasVerb) continue;
      const result = holds(t.frame);
      if (result !== false) return { trigger: t, index: i, end: i + 1, consumed: result === true ? null : result };
    }
  }
  return null;
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

function looksNominal(v: SentenceView, i: number): boolean {
  // A sentence does not open with a finite verb: "Talks between India and the Taliban took place …".
  if (i === 0) return true;
  // "talks held in Moscow", "a meeting scheduled for": the word is the subject of a participle.
  if (/^(?:held|hosted|scheduled|planned|took|were|was|began|ended|resumed|continued)$/.test(v.norm(i + 1)))
    return true;
  const prev = v.tokens[i - 1];
  if (!prev) return false;
  if (prev.kind === 'poss' || NOUN_CUES.has(prev.norm)) return true;
  // "rounds of talks", "years of negotiations": no finite verb follows "of".
  if (prev.norm === 'of') return true;
  // The object of a verb: "hosted talks", "imposed sanctions".
  if (prev.kind === 'word' && !prev.cap && /ed$/.test(prev.norm) && !v.refAt[i - 1]) return true;
  // "the next cabinet meeting": a determiner, then lowercase modifiers, then the word.
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = v.tokens[k];
    if (t.norm === 'the' || t.norm === 'a' || t.norm === 'an') return k < i - 1;
    const { fw } = extractLexicon();
    if (
      t.kind !== 'word' ||
      t.cap ||
      t.norm === 'to' ||
      fw.verbs.has(t.norm) ||
      fw.prepositions.has(t.norm) ||
      /(?:ed|ly)$/.test(t.norm)
    )
      break;
  }
  const ref = v.refAt[i - 1];
  if (ref && !ref.possessive && !ref.actor && ref.form === 'adjective') return true;
  // "Western sanctions", "UN sanctions": a capitalised modifier, or a name inside a prepositional phrase.
  if (!ref && prev.cap && i > 1 && !v.tokens[i].cap && v.tokens[i - 2].kind === 'word' && !PRONOUNS.has(prev.norm))
    return true;
  if (ref && !ref.possessive && /^(?:under|of|new|fresh|against|with|by)$/.test(v.norm(ref.start - 1))) return true;
  // "a high-level meeting", "diplomatic talks": a compound or a typical adjective before it.
  if (v.tokens[i - 2]?.kind === 'hyphen' && !prev.space) return true;
  return /^(?:\w+(?:al|ic|ive|ous|ful)|new|further|recent|more|fresh|first|latest)$/.test(prev.norm) && !prev.cap;
}

/** An auxiliary: another verb follows it, past adverbs ("has already shut", "had not reopened"). */
function auxiliaryAt(v: SentenceView, i: number): boolean {
  const { fw, triggers } = extractLexicon();
  let k = i + 1;
  while (k < v.tokens.length && (AUX_ADVERBS.has(v.norm(k)) || /ly$/.test(v.norm(k)))) k++;
  const n = v.norm(k);
  return fw.verbs.has(n) || /(?:ed|en|wn)$/.test(n) || !!triggers.get(n)?.some((t) => t.pos === 'verb');
}

const AUX_ADVERBS = new Set(['not', 'never', 'already', 'also', 'just', 'long', 'since', 'yet', 'still', 'ever']);

function conditionsHold(v: SentenceView, i: number, f: Frame): boolean | number {
  if (f.mainVerb && auxiliaryAt(v, i)) return false;
  // ("lifted its sanctions": past a determiner or possessive to the verb)
  if (f.notAfter) {
    const { fw } = extractLexicon();
    let k = i - 1;
    if (fw.determiners.has(v.norm(k)) || fw.possessivePronouns.has(v.norm(k))) k--;
    if (f.notAfter.includes(v.norm(i - 1)) || f.notAfter.includes(v.norm(k))) return false;
  }
  const window = f.window ?? 10;
  const aside = v.asideOf(i);
  // ("welcomed the decision after meeting the Russian ambassador": the words of a clause of its own are not the frame's)
  // "After recognising the Taliban, Russia hosted its envoy": an opening adjunct's words end at its comma.
  const opening = v.openingEnd(true);
  const end = Math.min(
    i < opening ? opening : Number.POSITIVE_INFINITY,
    v.clauseEnd(i),
    i + 1 + window,
    aside && aside.kind !== 'paren' ? aside.end : Number.POSITIVE_INFINITY,
    subordinateAfter(v, i),
  );
  // ("hosted delegations in 2021 and accredited an envoy": a second verb has words of its own)
  const after = wordsAfter(v, i, v.joinedVerb(i + 2, end));
  let consumed: number | null = null;
  if (f.needs) {
    const needs = wordTest(f.needs);
    const at = after.findIndex(needs);
    // ("Sanctions were imposed on …", "A Taliban delegation was hosted by …": a passive's subject holds it)
    // ("Sanctions were imposed on …", "Taiwan's embassy in Nauru closed": the subject holds it)
    if (at < 0 && !((passiveParticiple(v, i) || f.subjectHolds) && subjectHas(v, i, needs))) return false;
    if (at >= 0) consumed = i + 1 + at;
  }
  if (f.unless && after.some(wordTest(f.unless))) return false;
  if (f.unlessNear) {
    // Only the words of the object itself, up to a preposition or a mark: "recognition at the right moment" is fine.
    const near: string[] = [];
    // ("recognition of Somalia's territorial integrity": a noun's object follows its "of")
    const object = after[0] === 'of' ? after.slice(1, 6) : after.slice(0, 5);
    for (const w of object) {
      if (extractLexicon().fw.prepositions.has(w) || !/^[\p{L}']/u.test(w)) break;
      near.push(w);
    }
    if (near.some(wordTest(f.unlessNear))) return false;
    // ("Morocco's sovereignty over Western Sahara was recognised by …": a passive's object is its subject)
    if (passiveParticiple(v, i) && subjectHead(v, i).some(wordTest(f.unlessNear))) return false;
  }
  if (f.needsBefore) {
    const before: string[] = [];
    for (let k = Math.max(0, i - (f.beforeWithin ?? 4)); k < i; k++) before.push(v.norm(k));
    if (!before.some(wordTest(f.needsBefore))) return false;
    if (f.needsBeforeToo && !before.some(wordTest(f.needsBeforeToo))) return false;
  }
  if (f.unlessBefore) {
    const unless = wordTest(f.unlessBefore);
    for (let k = Math.max(0, i - (f.beforeWithin ?? 4)); k < i; k++) if (unless(v.norm(k))) return false;
  }
  return consumed ?? true;
}

/** A participle right after a form of "be": "were imposed", "was hosted". */
function passiveParticiple(v: SentenceView, i: number): boolean {
  const prev = /ly$/.test(v.norm(i - 1)) ? v.norm(i - 2) : v.norm(i - 1);
  return /(?:ed|en)$/.test(v.norm(i)) && extractLexicon().fw.beForms.has(prev);
}

/** The words of the clause's subject before its first preposition: "Morocco's sovereignty (over …)". */
function subjectHead(v: SentenceView, i: number): string[] {
  const { fw } = extractLexicon();
  const out: string[] = [];
  for (let k = v.clauseStart(i); k < i && !fw.prepositions.has(v.norm(k)); k++) {
    if (v.tokens[k].kind !== 'poss' && fw.beForms.has(v.norm(k))) break;
    out.push(v.norm(k));
  }
  return out;
}

/** The clause before the trigger holds one of the words. */
function subjectHas(v: SentenceView, i: number, test: (word: string) => boolean): boolean {
  for (let k = v.clauseStart(i); k < i; k++) if (test(v.norm(k))) return true;
  return false;
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
      if (v.tokens[k].kind === 'hyphen' && !v.tokens[k].space && v.tokens[k + 1] && !v.tokens[k + 1].space) {
        after.push(`${v.norm(k - 1)}-${v.norm(k + 1)}`);
      }
      after.push(v.norm(k));
    }
    byKey.set(key, after);
  }
  return after;
}

const wordTests = new WeakMap<string[], (word: string) => boolean>();

/** A test for one word against a frame's list: whole words, or stems written "terror*". Built once per list. */
function wordTest(list: string[]): (word: string) => boolean {
  let test = wordTests.get(list);
  if (!test) {
    const exact = new Set(list.filter((w) => !w.endsWith('*')));
    const stems = list.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
    test = (word) => exact.has(word) || stems.some((p) => word.startsWith(p));
    wordTests.set(list, test);
  }
  return test;
}

/** A pro-verb at token i ("follow suit", "do so", "follow Moscow's lead") and the tokens it spans. */
export function proverbAt(v: SentenceView, i: number): { end: number; anaphoric: boolean; negated?: boolean } | null {
  const { proverbs, fw } = extractLexicon();
  // "While Moscow has recognised the Taliban, Washington has not.": the act just told, denied.
  // ("Russia has recognised the Taliban, while Spain said it would not.": a pronoun subject too)
  const subject = v.refAt[i - 1]?.actor || PRONOUN_SUBJECTS.has(v.norm(i - 1));
  if (ELLIPSIS_AUX.has(v.norm(i)) && v.norm(i + 1) === 'not' && subject) {
    const next = v.tokens[i + 2];
    if (!next || next.text === '.' || next.text === ';' || next.text === ',' || next.kind === 'dash')
      return { end: i + 2, anaphoric: true, negated: true };
  }
  // Most words start no pro-verb: test the first word before any phrase.
  const w = v.norm(i);
  if (!w.startsWith('follow') && !phrasesByFirstWord(proverbs).has(w)) return null;
  for (const p of proverbs) {
    if (p.length === 2 && p[0] === 'follow' && /^follow/.test(v.norm(i))) {
      // "follow Russia's example": up to three words between the verb and its noun ("followed a more cautious path"
      // or "its own path" is a path of its own).
      for (let k = i + 1; k <= i + 4 && k < v.tokens.length; k++) {
        if (fw.divergentModifiers.has(v.norm(k))) break;
        if (v.norm(k) === p[1]) return { end: k + 1, anaphoric: false };
      }
      continue;
    }
    // "did so", "took the same step": the act just told.
    if (v.phraseAt(i, p)) return { end: i + p.length, anaphoric: DO_FORMS.has(p[0]) || SAMENESS.has(p[p.length - 2]) };
  }
  return bareFollow(v, i) ? { end: i + 1, anaphoric: false } : null;
}

const SAMENESS = new Set(['same', 'similar']);

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
  if (
    extractLexicon()
      .triggers.get(subject)
      ?.some((t) => t.pos === 'noun')
  )
    return false;
  const next = v.tokens[i + 1];
  if (!next || next.kind === 'punct' || next.kind === 'dash' || FOLLOW_AFTER.has(next.norm)) return true;
  // "followed hours later", "followed minutes later"
  if (FOLLOW_UNITS.has(next.norm) && /s$/.test(next.norm) && v.norm(i + 2) === 'later') return true;
  // "followed a day later", "followed two weeks later", "followed 10 days later"
  const counted = FOLLOW_COUNTS.has(next.norm) || next.kind === 'num';
  const unit = FOLLOW_UNITS.has(v.norm(i + 2)) ? i + 2 : v.norm(i + 2) === 'few' ? i + 3 : -1;
  return counted && unit > 0 && FOLLOW_UNITS.has(v.norm(unit));
}
