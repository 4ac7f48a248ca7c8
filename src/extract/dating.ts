import type { Mode, PartialDate } from '../core/types.ts';
import { countedFrom, type DateMention } from '../nlp/dates.ts';
import { loadJson } from '../nlp/wordlists.ts';
import type { DocState } from './document.ts';
import { extractLexicon } from './lexicon.ts';
import { deniedUntil } from './modes.ts';
import type { SentenceView } from './sentence.ts';
import { verbAt } from './slots.ts';

export interface Dating {
  dates: PartialDate[];
  source: 'stated' | 'relative' | 'context' | null;
  /** A plan's: when it was told ("said on Monday it would recognise"), which dates the announcement. */
  told?: PartialDate;
  /** The date is the start of a time the act happened in ("since 2017"), not when it happened. */
  since?: boolean;
}

/**
 * The date of the event a trigger states: the nearest date of its own clause, or the sentence's opening date
 * ("In April 2025, Moscow removed …"); never a date of a subordinate clause about something else ("after the
 * Taliban was removed from power in 2001"), nor a range. A timeline table's date cell dates the rows below it.
 */
export function dateFor(
  v: SentenceView,
  trigger: number,
  mode: Mode,
  doc: DocState,
  nominal = false,
  needed: number | null = null,
): Dating {
  // "has since been recognised by …": after the time the sentence names, not at it.
  if (sinceThen(v, trigger)) return { dates: [], source: null };
  const candidates: Candidate[] = [];
  for (const d of v.dates) {
    // ("has not sent an ambassador since 2021": the start of a time it did not happen in)
    if (d.role === 'range' || (d.role === 'since' && mode === 'negated')) continue;
    const at = tokenAt(v, d.start);
    if (
      // ("on Monday, a day after Britain did so": the counted time is Britain's, not Monday's act's)
      (d.role !== 'opens' || opened(v, d, at, trigger)) &&
      // A noun ("Russia's recognition") is dated only by a date beside it, not by the verb that mentions it.
      at >= 0 &&
      (d.role === 'opens' || eligible(v, at, trigger) || whenAfterDate(v, d, trigger)) &&
      (!nominal || nounPhraseDate(v, trigger, at)) &&
      // "reversed its 2012 decision": a year on the noun the act needed dates that noun, not the act.
      (needed === null || at !== needed - 1) &&
      // ("revoked its recognition, the latest of the reversals Belgrade has claimed since 2017": a start told past a
      // comma is another clause's)
      !(d.role === 'since' && at > trigger && commaBetween(v, trigger, at)) &&
      // ("The ban on the Taliban, in force since 2003, was suspended": nor is one set off before it, mid-sentence)
      !(d.role === 'since' && at < trigger && commaBetween(v, at, trigger) && !opensSentence(v, at)) &&
      // ("kept an embassy in Kabul until the fall, and reopened it in 2022": the later verb's date is its own; without
      // the comma the date may be both verbs': "severed ties with Taiwan and established relations with China in
      // 2021")
      !laterConjunct(v, at, trigger)
    )
      candidates.push({ d, at });
  }
  // "recognised Kosovo in 2008 and withdrew its recognition in 2019": the second verb's own date is its.
  if (candidates.some(({ at }) => at > trigger) || presentConjunct(v, trigger)) {
    for (const c of candidates.filter(({ at }) => otherConjunct(v, at, trigger)))
      candidates.splice(candidates.indexOf(c), 1);
  }
  candidates.sort((a, b) => distance(a.at, trigger) - distance(b.at, trigger));
  // "At the end of May, Pakistan said it would upgrade …", "France will recognise Palestine, Macron said on
  // Thursday": the date of the telling, not of the plan; a fact's own date, when it has one, is not the telling's
  // either ("said on Friday that Russia had accepted the credentials on Thursday").
  const telling = tellingOf(v, candidates, trigger);
  const told = telling.told && mode === 'intended' ? { told: telling.told.d.value } : {};
  if (telling.cut.length > 0 && (mode === 'intended' || telling.cut.length < candidates.length))
    for (const c of telling.cut) candidates.splice(candidates.indexOf(c), 1);
  if (candidates.length === 0) {
    const after = doc.actsTold.size > 0 && telling.cut.length === 0 ? afterTold(v, trigger, doc, needed) : null;
    if (after) return { dates: [after], source: 'context' };
    // (a plan told under a timeline's date cell was told then; it is not planned for then)
    return doc.tableDate && telling.cut.length === 0
      ? { dates: [doc.tableDate], source: 'context' }
      : { dates: [], source: null, ...told };
  }
  const best = refined(v, candidates[0], candidates, trigger);
  const picked = [best.d, ...coordinated(v, best, candidates)];
  // "are expected to follow on Monday", "will sign on Friday": a plan's weekday is the coming one.
  const ahead =
    (mode === 'intended' || mode === 'speculated') && (futureCue(v, trigger) || futurePredicate(v, trigger));
  return {
    dates: picked.map((d) => (ahead && d.weekday ? nextWeekday(d.value, doc) : futureAware(d, mode, doc, ahead))),
    source: best.d.source,
    ...told,
    ...(best.d.role === 'since' && { since: true }),
  };
}

/** "held out until February 1974, when it recognised Bangladesh": a "when" clause right after a date is set then. */
function whenAfterDate(v: SentenceView, d: DateMention, trigger: number): boolean {
  let k = tokenAt(v, d.end);
  if (k < 0) return false;
  if (v.norm(k) === ',') k++;
  if (v.norm(k) !== 'when' || trigger <= k) return false;
  for (let j = k + 1; j < trigger; j++) if (v.tokens[j].text === ',') return false;
  return true;
}

/** The clause a counted time opens ("a day after Britain did so") holds the trigger. */
function opened(v: SentenceView, d: DateMention, at: number, trigger: number): boolean {
  const end = tokenAt(v, d.end);
  if (end < 0 || trigger < end || trigger - end > OPENED_REACH || v.clauseStart(trigger) !== v.clauseStart(at))
    return false;
  // (a list's commas stay inside it: "a day after Britain, Canada and Australia did so"; another comma ends it)
  for (let k = end; k < trigger; k++) if (v.tokens[k].text === ',' && !(v.refAt[k - 1] && v.refAt[k + 1])) return false;
  return true;
}

const OPENED_REACH = 12;

/**
 * "Days after Russia's recognition, Kazakhstan accepted …", "two days after Moscow recognised the Taliban": a time
 * counted from an act the story told and dated, named by its actor and its word.
 */
function afterTold(v: SentenceView, trigger: number, doc: DocState, needed: number | null): PartialDate | null {
  if (!/\b(?:after|before)\b/i.test(v.text)) return null;
  for (let k = 1; k < v.tokens.length - 2; k++) {
    const move = v.norm(k);
    if (move !== 'after' && move !== 'before') continue;
    if (!/^(?:day|week|month|year)s?$/.test(v.norm(k - 1))) continue;
    const counted =
      k >= 2 && /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several)$/.test(v.norm(k - 2));
    const from = counted ? k - 2 : k - 1;
    // The phrase opens the sentence, or follows the trigger in its own clause with no other verb between.
    const opening = k < trigger && opensSentence(v, from);
    let following = k > trigger && v.clauseStart(k) === v.clauseStart(trigger);
    for (let j = Math.max(trigger, needed ?? trigger) + 1; following && j < from; j++)
      if (verbAt(v, j)) following = false;
    if (!opening && !following) continue;
    const anchor = actDate(v, k + 1, doc);
    const count = counted ? v.norm(k - 2) : null;
    if (anchor) return countedFrom(anchor, count, v.norm(k - 1), move === 'after' ? 1 : -1, doc.published);
  }
  return null;
}

/** The date of the act named from token k: "Russia's recognition", "Moscow recognised …". */
function actDate(v: SentenceView, k: number, doc: DocState): PartialDate | null {
  const { fw, triggers } = extractLexicon();
  while (k < v.tokens.length && fw.determiners.has(v.norm(k))) k++;
  const ref = v.refAt[k];
  if (!ref) return null;
  for (let j = ref.end; j < Math.min(v.tokens.length, ref.end + 3); j++)
    for (const t of triggers.get(v.norm(j)) ?? []) {
      const date = doc.actsTold.get(`${ref.id} ${t.frame.action}`);
      if (date) return date;
    }
  return null;
}

function reportedBetween(v: SentenceView, from: number, to: number): boolean {
  const { cues } = extractLexicon();
  for (let k = from + 1; k < to; k++) if (cues.reporting.has(v.norm(k))) return true;
  return false;
}

type Candidate = { d: DateMention; at: number };

/**
 * The dates of a telling: before the trigger with a reporting verb between ("said on Monday it would"), or after
 * the trigger in an attribution ("…, Macron said on Thursday"). `cut` are the dates that are no act's own;
 * `told` the one that dates the telling itself.
 */
function tellingOf(v: SentenceView, candidates: Candidate[], trigger: number): { cut: Candidate[]; told?: Candidate } {
  const leading = candidates.find(({ at }) => at < trigger && reportedBetween(v, Math.max(-1, at - 3), trigger));
  if (leading) {
    // (only a date of the reporting verb's own clause: "withdrew in May 2024 after they announced" is no telling's)
    const own = ownTelling(v, leading.at, Math.max(0, leading.at - 2), trigger);
    return { cut: candidates.filter(({ at }) => at <= leading.at), ...(own && { told: leading }) };
  }
  const verb = attribution(v, trigger);
  if (verb < 0) return { cut: [] };
  const cut = candidates.filter(({ at }) => at > verb);
  const told = cut.find(({ at }) => ownTelling(v, at, verb, at));
  return { cut, ...(told && { told }) };
}

/** The reporting verb of a trailing attribution, after a comma: "…, the foreign ministry said on Thursday". */
export function attribution(v: SentenceView, trigger: number): number {
  const { cues } = extractLexicon();
  let comma = false;
  for (let k = trigger + 1; k < v.tokens.length; k++) {
    if (v.isBoundary(k)) return -1;
    if (v.tokens[k].text === ',') comma = true;
    else if (comma && cues.reporting.has(v.norm(k))) return k;
  }
  return -1;
}

/** The reporting verb nearest the date, from `from` up to `to`, with no subordinator between them. */
function ownTelling(v: SentenceView, at: number, from: number, to: number): boolean {
  const { cues, fw } = extractLexicon();
  let verb = -1;
  for (let k = from; k < to; k++)
    if (cues.reporting.has(v.norm(k)) && (verb < 0 || Math.abs(k - at) < Math.abs(verb - at))) verb = k;
  if (verb < 0) return false;
  for (let k = Math.min(at, verb) + 1; k < Math.max(at, verb); k++) if (fw.subordinators.has(v.norm(k))) return false;
  return true;
}

function sinceThen(v: SentenceView, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
    if (v.norm(k) === 'since' && /^(?:has|have|had|been|was|were|is|are)$/.test(v.norm(k - 1))) return true;
  }
  return false;
}

/** A date inside the noun's own phrase ("Germany's recognition of Croatia in December 1991 angered …"), or of the
 * predicate that places the noun in time ("Russia's recognition came on Thursday", "… was announced on 3 July"). */
function nounPhraseDate(v: SentenceView, noun: number, at: number): boolean {
  if (at < noun) return noun - at <= 3;
  const { fw } = extractLexicon();
  let placed = false;
  for (let k = noun + 1; k < at; k++) {
    if (v.isBoundary(k)) return false;
    if (fw.beForms.has(v.norm(k)) && !placed) continue;
    if (!verbAt(v, k)) continue;
    if (placed || !fw.occurrenceVerbs.has(v.norm(k))) return false;
    placed = true;
  }
  return true;
}

function distance(at: number, trigger: number): number {
  // A date after the trigger ("met Lavrov in October 2024") is as good as one just before it.
  return at > trigger ? at - trigger : (trigger - at) * 1.2;
}

function tokenAt(v: SentenceView, char: number): number {
  for (let i = 0; i < v.tokens.length; i++) if (v.tokens[i].start >= char) return i;
  return -1;
}

function eligible(v: SentenceView, at: number, trigger: number): boolean {
  const { fw } = extractLexicon();
  const clauseOfTrigger = v.clauseStart(trigger);
  const clauseOfDate = v.clauseStart(at);
  const aside = v.asideOf(at);
  if (aside && !(trigger >= aside.start && trigger < aside.end) && aside.kind !== 'paren') return false;
  // "China, which has not recognised the Taliban, signed a contract in 2023": the aside has its own time.
  const own = v.asideOf(trigger);
  if (own && own.kind === 'relative' && !(at >= own.start && at < own.end)) return false;
  if (clauseOfDate !== clauseOfTrigger && !opensSentence(v, at)) return false;
  // "endorsed the plan on Monday, a reversal for a country that had long recognised the SADR": a relative clause
  // in the pluperfect tells an earlier time.
  if (at < trigger && relativeBetween(v, at, trigger)) return false;
  // "expelled the envoy on Saturday in protest at a deal under which Addis Ababa would recognise Somaliland": a
  // clause that describes a noun has a time of its own.
  if (at < trigger && prepositionalRelativeBetween(v, at, trigger)) return false;
  if (laterClause(v, at, trigger)) return false;
  // A subordinator with a verb between it and the date: the date belongs to that subordinate clause.
  for (let k = at - 1; k >= clauseOfDate; k--) {
    const n = v.norm(k);
    if (n === ',') break;
    if (fw.subordinators.has(n) && !(trigger > k && trigger < at)) {
      if (k === at - 1 || (k === at - 2 && fw.determiners.has(v.norm(k + 1)))) break;
      if (
        n === 'since' ||
        n === 'after' ||
        n === 'before' ||
        n === 'when' ||
        n === 'following' ||
        n === 'until' ||
        n === 'once'
      )
        return trigger > at && v.clauseStart(trigger) === clauseOfDate && betweenHasComma(v, at, trigger);
    }
    if (k < trigger && trigger < at) break;
  }
  // ("condemns the attack by Hamas of 7 October 2023": a date after an event's "of" is that event's time)
  if (v.norm(at - 1) === 'of' && at > trigger + 2 && eventOf(v, at - 1)) return false;
  // "by 2015", "before 2024" bound a state of affairs; they date no act.
  // ("It was not until 2008 that …" dates the act.)
  if (
    v.norm(at - 1) === 'by' ||
    v.norm(at - 1) === 'before' ||
    (v.norm(at - 1) === 'until' && v.norm(at - 2) !== 'not' && deniedUntil(v, trigger) !== at)
  )
    return false;
  // "revoking its 2011 recognition": a year before another act's noun dates that act, not this one. ("its 2012
  // decision to recognise" dates the recognition: a decision is the act it decides.)
  if (at + 1 !== trigger && /^\d{4}$/.test(v.norm(at)) && nounTrigger(v.norm(at + 1))) return false;
  // "for the first time since 2011": the last time before, not this one.
  if (v.norm(at - 1) === 'since')
    for (let k = at - 2; k >= Math.max(0, at - 6); k--) if (v.norm(k) === 'first' || v.norm(k) === 'time') return false;
  return true;
}

/** The "of" at k follows the noun of an event or act, past a "by" phrase: "the attack (by Hamas) of 7 October". */
function eventOf(v: SentenceView, k: number): boolean {
  const agent = v.refAt[k - 1];
  let j = agent ? agent.start - 1 : -1;
  while (j > 0 && extractLexicon().fw.determiners.has(v.norm(j))) j--;
  const noun = j > 0 && v.norm(j) === 'by' ? v.norm(j - 1) : v.norm(k - 1);
  return eventNouns().has(noun) || extractLexicon().fw.actNouns.has(noun);
}

let events: Set<string> | null = null;

function eventNouns(): Set<string> {
  events ??= new Set(loadJson<{ eventNouns: string[] }>('nlp/time-words.json').eventNouns);
  return events;
}

/** "recognised Kosovo in 2008 and withdrew …": a date of the first of two coordinated verbs. */
function otherConjunct(v: SentenceView, at: number, trigger: number): boolean {
  if (at >= trigger || opensSentence(v, at)) return false;
  let k = trigger - 1;
  while (k > at && (/ly$/.test(v.norm(k)) || CONJUNCT_AUX.test(v.norm(k)))) k--;
  // ("hosted delegations as early as 2021, accredited an envoy in 2022": a verb after a comma, too)
  return (v.norm(k) === 'and' || v.norm(k) === 'but' || v.norm(k) === ',') && verbAt(v, trigger);
}

function commaBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (v.tokens[k].text === ',') return true;
  return false;
}

function laterConjunct(v: SentenceView, at: number, trigger: number): boolean {
  for (let k = trigger + 2; k < at; k++) {
    if ((v.norm(k) !== 'and' && v.norm(k) !== 'but') || v.norm(k - 1) !== ',') continue;
    let j = k + 1;
    // ("…, and all three had withdrawn recognition by 2001": past a subject of its own, named or counted)
    // ("…, and its foreign minister visited Kosovo in 2023": the nouns after a possessive or article too)
    for (let s = 0; s < 4 && j < at; s++) {
      if (conjunctSubject(v, j)) j = v.refAt[j]?.end ?? j + 1;
      else if (s > 0 && subjectNoun(v, j)) j++;
      else break;
    }
    while (j < at && (/ly$/.test(v.norm(j)) || CONJUNCT_AUX.test(v.norm(j)))) j++;
    if (/(?:ed|wn|en)$/.test(v.norm(j)) && verbAt(v, j)) return true;
  }
  return false;
}

/** A word of a second clause's subject: a name, a pronoun, or a count ("all three", "both", "the two"). */
function conjunctSubject(v: SentenceView, j: number): boolean {
  return !!v.refAt[j] || CONJUNCT_SUBJECT.test(v.norm(j));
}

const CONJUNCT_SUBJECT =
  /^(?:it|they|all|both|each|the|its|their|his|her|two|three|four|five|several|many|others|most)$/;

/** A plain word of a subject's noun phrase: "foreign minister" after "its". */
function subjectNoun(v: SentenceView, j: number): boolean {
  const t = v.tokens[j];
  return t.kind === 'word' && !verbAt(v, j) && !/ly$/.test(t.norm) && !CONJUNCT_AUX.test(t.norm);
}

const CONJUNCT_AUX = /^(?:has|have|had|is|are|was|were|been|then|later|also|subsequently|only|not)$/;

/** "declared independence in 1983 and is recognised only by Ankara": the second verb tells a present state. */
function presentConjunct(v: SentenceView, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 3); k--) {
    if (/^(?:is|are|has|have|remains|remain)$/.test(v.norm(k))) return true;
    if (!CONJUNCT_AUX.test(v.norm(k)) && !/ly$/.test(v.norm(k))) return false;
  }
  return false;
}

/** "met on Wednesday, days after the island nation cut ties": the trigger's own clause, opened after the date,
 * is set at another time. */
function laterClause(v: SentenceView, at: number, trigger: number): boolean {
  for (let k = at + 1; k < trigger; k++) {
    // ("held talks on Tuesday, the two sides said, days after …": past an attribution set between commas)
    const attribution = v.tokens[k].text === ',' ? attributionEnd(v, k) : -1;
    if (attribution > 0) {
      k = attribution;
      continue;
    }
    if (v.tokens[k].text === ',' && k > at + 1) return false;
    if (!/^(?:after|before|until|since|once)$/.test(v.norm(k))) continue;
    // ("the fifth country after Russia and Nauru to recognise": a rank's count, no clause of its own)
    if (/^(?:country|state|nation)$/.test(v.norm(k - 1))) continue;
    // (a list's commas stay inside the clause: "a day after Britain, Canada and Australia took the same step")
    for (let j = k + 1; j < trigger; j++)
      if (v.tokens[j].text === ',' && !(v.refAt[j - 1] && v.refAt[j + 1])) return false;
    // ("hours after Belgium did the same": the same day)
    return trigger - k <= 6 && !/^(?:hours|minutes|moments|shortly|just|soon|immediately)$/.test(v.norm(k - 1));
  }
  return false;
}

/** ", the two sides said,", ", officials said,": the closing comma of an attribution opened at the comma k, or -1. */
function attributionEnd(v: SentenceView, k: number): number {
  const { cues } = extractLexicon();
  for (let j = k + 2; j <= k + 6 && j + 1 < v.tokens.length; j++) {
    if (v.tokens[j].text === ',') return -1;
    if (cues.reporting.has(v.norm(j)) && v.tokens[j + 1].text === ',') return j + 1;
  }
  return -1;
}

/** "under which", "by whom" between the date and the trigger, with no comma after it that closes the clause. */
function prepositionalRelativeBetween(v: SentenceView, at: number, trigger: number): boolean {
  const { fw } = extractLexicon();
  for (let k = trigger - 1; k > at; k--) {
    if (v.tokens[k].text === ',') return false;
    if ((v.norm(k) === 'which' || v.norm(k) === 'whom') && fw.prepositions.has(v.norm(k - 1))) return true;
  }
  return false;
}

function relativeBetween(v: SentenceView, at: number, trigger: number): boolean {
  const { fw } = extractLexicon();
  for (let k = Math.max(at + 1, trigger - 4); k < trigger; k++) {
    const n = v.norm(k);
    if (n !== 'that' && n !== 'which' && n !== 'who') continue;
    // After a noun ("a country that …"), not after a verb ("said that …"); and in the past before the past
    // ("that had long recognised"): "joined 150 countries that now recognise" is dated by the joining.
    const pluperfect = v.norm(k + 1) === 'had';
    if (pluperfect && (fw.genericGroups.has(v.norm(k - 1)) || v.refAt[k - 1])) return true;
  }
  return false;
}

function nounTrigger(word: string): boolean {
  return (
    extractLexicon()
      .triggers.get(word)
      ?.some((t) => t.pos === 'noun') ?? false
  );
}

function betweenHasComma(v: SentenceView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.tokens[k].text === ',') return true;
  return false;
}

/** "On July 3, 2025, …" / "In 2023, …": a date that opens the sentence dates its main clause. */
const BULLETS = new Set(['-', '–', '—', '•', '*', '·']);

function opensSentence(v: SentenceView, at: number): boolean {
  // "In the immediate aftermath of 9/11, …": a date inside the opening phrase dates the main clause.
  const comma = v.tokens.findIndex((t) => t.text === ',');
  // ("Since the 2021 return, …" opens a period; it does not date what follows.)
  if (comma > at && /^(?:in|on|during|at)$/.test(v.norm(0))) return true;
  for (let k = 0; k < at; k++) {
    const n = v.norm(k);
    // ("- 1997: Pakistan recognises …": a bullet's mark)
    if (k === 0 && BULLETS.has(v.tokens[0].text)) continue;
    if (!['in', 'on', 'since', 'by', 'then', ',', 'and', 'last', 'early', 'late', 'earlier', 'but', 'also'].includes(n))
      return false;
  }
  return true;
}

/**
 * A finer date of the same time narrows the one picked: "In 2017, Panama switched recognition to Beijing in June",
 * "earlier this year, in April". Only one set beside the picked date, or after the trigger in its own stretch.
 */
function refined(
  v: SentenceView,
  best: { d: DateMention; at: number },
  all: { d: DateMention; at: number }[],
  trigger: number,
): { d: DateMention; at: number } {
  const bestEnd = tokenAt(v, best.d.end);
  const finer = all.find(
    (c) =>
      c.d.value.length > best.d.value.length &&
      c.d.value.startsWith(best.d.value) &&
      ((v.tokens[bestEnd]?.text === ',' && c.at > bestEnd && c.at <= bestEnd + 2) ||
        (c.at > trigger && ownStretch(v, trigger, c.at))),
  );
  return finer ?? best;
}

/** No comma, conjunction or boundary between two tokens: one stretch of a clause. */
function ownStretch(v: SentenceView, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (v.tokens[k].text === ',' || v.isBoundary(k) || v.norm(k) === 'and') return false;
  return true;
}

function coordinated(
  v: SentenceView,
  best: { d: DateMention; at: number },
  all: { d: DateMention; at: number }[],
): DateMention[] {
  const endTok = tokenAt(v, best.d.end);
  if (endTok < 0 || v.norm(endTok) !== 'and') return [];
  const next = all.find((c) => c.at === endTok + 1 || (c.at === endTok + 2 && v.norm(endTok + 1) === 'in'));
  return next ? [next.d] : [];
}

const FUTURE_MODALS = /^(?:will|'ll|shall|could|may|might|would)$/;
const FUTURE_TO = /^(?:expected|set|poised|due|likely|going|scheduled|ready|planning|plans|intends)$/;

/** The trigger's own verb group looks ahead ("will recognise", "expected to follow"), not back ("approved a
 * decision to recognise", "may have met"). */
function futureCue(v: SentenceView, trigger: number): boolean {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
    const n = v.norm(k);
    // ("would follow after Moscow recognised them on Thursday": the modal is the main clause's)
    if (/^(?:have|has|had)$/.test(n) || extractLexicon().fw.subordinators.has(n)) return false;
    if (FUTURE_MODALS.test(n)) return true;
    if (n === 'to') return FUTURE_TO.test(v.norm(k - 1));
  }
  return false;
}

const FUTURE_PREDICATES = /^(?:will|would|expected|due|planned|scheduled|set|likely)$/;

/** A noun whose own predicate looks ahead: "The recognition … is expected on Monday". */
function futurePredicate(v: SentenceView, trigger: number): boolean {
  const end = v.clauseEnd(trigger);
  for (let k = trigger + 1; k < end; k++) {
    if (FUTURE_PREDICATES.test(v.norm(k))) return true;
    if (verbAt(v, k) && !extractLexicon().fw.beForms.has(v.norm(k))) return false;
  }
  return false;
}

function nextWeekday(value: PartialDate, doc: DocState): PartialDate {
  if (!doc.published || value.length !== 10 || value >= doc.published) return value;
  return new Date(Date.parse(`${value}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
}

/** A month or day named without its year, of a plan or of a guess that looks ahead ("could recognise in
 * September"), is the coming one. */
function futureAware(d: DateMention, mode: Mode, doc: DocState, ahead: boolean): PartialDate {
  if (!d.impliedYear || !(mode === 'intended' || ahead) || !doc.published) return d.value;
  const pub = doc.published.slice(0, d.value.length);
  if (d.value >= pub) return d.value;
  // A day just before publication is when the plan was told (the dateline), not a year ahead.
  if (d.value.length === 10 && doc.published.length === 10) {
    const days = (Date.parse(doc.published) - Date.parse(d.value)) / 86_400_000;
    if (days <= 31) return d.value;
  }
  return `${Number(d.value.slice(0, 4)) + 1}${d.value.slice(4)}`;
}
