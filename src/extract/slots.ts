import type { Action } from '../core/types.ts';
import type { DateMention } from '../nlp/dates.ts';
import { entityById } from '../nlp/lexicon/index.ts';
import type { DocState } from './document.ts';
import { type EntityRef, entityKind, institutionAt, PAST_MARKERS } from './entities.ts';
import { prefixed } from './frames.ts';
import { extractLexicon, RANK_WORDS } from './lexicon.ts';
import { speakerRef } from './quotes.ts';
import { PRONOUN_SUBJECTS, quoteMarkAt, type SentenceView } from './sentence.ts';

/** Who fills a slot: entities, or a promise to fill it from the document ("the decision", the main target). */
export type Filler =
  | { kind: 'refs'; refs: EntityRef[]; start: number; end: number }
  | { kind: 'quantifier'; start: number }
  | { kind: 'deferred'; slot: 'act' | 'topic'; action?: Action };

/** Nouns for a party's people and missions: "its envoys", "the Taliban's embassy", "their leaders". */
const ENVOY_NOUNS = new Set([
  'ambassador',
  'ambassadors',
  'envoy',
  'envoys',
  'diplomat',
  'diplomats',
  'charge',
  "charge d'affaires",
  "d'affaires",
  'consul',
  'consuls',
  'representative',
  'representatives',
  'credentials',
  'embassy',
  'embassies',
  'mission',
  'missions',
  'consulate',
  'consulates',
  'office',
  'delegation',
  'delegations',
  'officials',
  'official',
  'leaders',
  'leader',
  'minister',
  'ministers',
  'counterpart',
  'president',
]);
/** Nouns after an adjective that make it name the polity itself: "Palestinian statehood". */
const STATEHOOD = new Set([
  'state',
  'statehood',
  'independence',
  'government',
  'regime',
  'sovereignty',
  'rule',
  'authorities',
  'administration',
  'republic',
]);
const OF_HEADS = new Set([
  // "the Pacific island nation of Nauru": the country itself
  'nation',
  'country',
  'island',
  'islands',
  'archipelago',
  'government',
  'ministry',
  'affairs',
  'president',
  'minister',
  'parliament',
  'embassy',
  'republic',
  'kingdom',
  'state',
  'leadership',
  'authorities',
  'subsidiary',
  'unit',
  'arm',
  'delegation',
  'representatives',
  'ambassador',
  'envoy',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'head',
  'leader',
  'king',
  'emir',
  'office',
  'people',
  'cabinet',
  'army',
  'forces',
  // quantities and collections: "the list of states that …", "a number of partners, including …"
  'list',
  'number',
  'majority',
  'minority',
  'group',
  'handful',
  'dozens',
  'most',
  'some',
  'many',
  'all',
  'each',
  'none',
  'both',
]);
// "Not only had the Taliban recognized …": an auxiliary before a reference is inversion, not a verb and its object.
const AUXILIARIES = new Set([
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'shall',
  'should',
  'must',
]);
const PLURAL_PARTIES = /(?:countries|states|territories|regions|republics|entities|nations|governments)/;
const QUANTITY = new Set([
  'more',
  'than',
  'over',
  'about',
  'nearly',
  'almost',
  'at',
  'least',
  'around',
  'some',
  'roughly',
  'only',
  'just',
]);
const BARE_INSTITUTIONS = new Set([
  'government',
  'cabinet',
  'ministry',
  'parliament',
  'administration',
  'president',
  'prime',
]);
const QUANTIFIERS = [
  ['no', 'country'],
  ['no', 'one'],
  ['none'],
  ['no', 'state'],
  ['no', 'nation'],
  ['no', 'government'],
  ['nobody'],
  ['neither'],
];

/** Groups of coordinated entity references ("China, the UAE, Uzbekistan, and Pakistan") in one sentence. */

export function groupRefs(v: SentenceView): EntityRef[][] {
  // Every slot asks for the groups of its sentence; they are worked out once per sentence.
  v.groups ??= computeGroups(v);
  return v.groups;
}

function computeGroups(v: SentenceView): EntityRef[][] {
  const groups: EntityRef[][] = [];
  let cur: EntityRef[] = [];
  const intro = introEnd(v);
  for (let n = 0; n < v.refs.length; n++) {
    const r = v.refs[n];
    const last = cur[cur.length - 1];
    // "Pakistan and Afghanistan's Taliban administration": the possessor only qualifies the party it owns.
    const owned = v.refs[n + 1];
    if (r.possessive && last && owned && owned.start === r.end + 1 && v.norm(r.start - 1) === 'and') {
      if (!last.possessive && joinable(v, last.end, r.start)) {
        cur.push(owned);
        n++;
        continue;
      }
    }
    if (last && last.end <= intro && r.start > intro) {
      groups.push(cur);
      cur = [r];
      continue;
    }
    // "Russia's recognition …, and China's endorsement": possessors head their own phrases, not a list; but a
    // possessive may close one ("Norway, Ireland and Spain's recognition").
    // "Nasir Andisha, Afghanistan's envoy to the UN": a person and a title beside it are one party, not a list.
    // ("Netanyahu and Somaliland President Abdullahi": joined by "and", two parties)
    const apposition = (last?.form === 'person') !== (r.form === 'person') && !/^(?:and|or)$/.test(v.norm(r.start - 1));
    if (
      last &&
      !last.possessive &&
      (!r.possessive || (v.norm(r.start - 1) === 'and' && v.norm(r.start - 2) !== ',')) &&
      !apposition &&
      (joinable(v, groupNounEnd(v, last), r.start) || namedMembers(v, last, r)) &&
      !startsClause(v, r, cur[0])
    )
      cur.push(r);
    else {
      if (cur.length) groups.push(cur);
      cur = [r];
    }
  }
  if (cur.length) groups.push(cur);
  return groups;
}

const OPENING_ADVERBS = new Set(['apart', 'far', 'instead', 'rather']);

/** "Despite its rivalry with the Taliban, the US …": an opening phrase up to its comma lists nobody with the subject. */
function introEnd(v: SentenceView): number {
  const { fw } = extractLexicon();
  const first = v.norm(0);
  // ("Far from recognising the Taliban, India …", "Instead of recognising …, India …": an adverb before its preposition)
  const adverbial = OPENING_ADVERBS.has(first) && (fw.prepositions.has(v.norm(1)) || v.norm(1) === 'than');
  if (!fw.prepositions.has(first) && !fw.openingParticiples.has(first) && !adverbial) return -1;
  // "In 2018 the Dominican Republic, Burkina Faso and El Salvador switched …": a date with no comma after it is
  // the whole opening phrase.
  const date = v.tokens.length > 2 ? v.dates.find((d) => d.start === v.tokens[1].start) : undefined;
  if (date) {
    let last = 1;
    while (last + 1 < v.tokens.length && v.tokens[last + 1].end <= date.end) last++;
    if (v.tokens[last + 1]?.text !== ',' && v.refAt[last + 1 + (fw.determiners.has(v.norm(last + 1)) ? 1 : 0)])
      return last;
  }
  const comma = v.tokens.findIndex((t) => t.text === ',');
  // "Within a day it had been recognised by the US, Britain and France": a clause's own verb before the comma
  // ends the opening phrase before it; the comma is the list's.
  for (let k = 1; k < comma; k++) {
    const n = v.norm(k);
    if (fw.relativizers.has(n) || fw.subordinators.has(n) || n === 'that') break;
    const tensed = fw.tensedAuxiliaries.has(n) || n === 'had';
    if (tensed && (PRONOUN_SUBJECTS.has(v.norm(k - 1)) || v.refAt[k - 1])) return -1;
  }
  // "Among the states that recognised it were the US, Britain and France": inverted, the list is the subject.
  if (first === 'among' && v.tokens.slice(1, comma < 0 ? undefined : comma).some((t) => fw.beForms.has(t.norm)))
    return -1;
  return comma;
}

// "…of Kosovo, the Serbian Foreign Ministry said": a reference followed by its verb starts a new clause. So does
// one after ", and" when the list so far is a verb's object: "Spain recognised Palestine, and the Russian
// president welcomed it" (but "Spain, Ireland, and Norway recognised" is one list of subjects).
function startsClause(v: SentenceView, r: EntityRef, first: EntityRef): boolean {
  const { cues, fw, triggers } = extractLexicon();
  const next = v.tokens[r.end];
  let before = r.start - 1;
  while (before > 0 && fw.determiners.has(v.norm(before))) before--;
  // ("the US, most EU members and Japan": a group noun, no verb)
  if (!next || next.cap || fw.genericGroups.has(next.norm)) return false;
  // "Togo, Serbia said, withdrew …": a speaker set off by commas is no member of a list.
  if (v.norm(before) === ',' && cues.reporting.has(next.norm) && v.norm(r.end + 1) === ',') return true;
  // "Malta, Slovenia recognise Palestine": a headline's list opens the sentence with nothing but names and commas.
  if (first.start === 0 && v.norm(before) === ',' && namesOnly(v, 0, before)) return false;
  if (v.norm(before) !== ',') {
    if (!CLAUSE_JOINERS.has(v.norm(before)) || !verbBefore(v, first.start)) return false;
    // ("will open an embassy in Hargeisa and Somaliland will open one": after a place, a name after a bare "and"
    // with an auxiliary of its own opens a clause)
    if (v.norm(before - 1) !== ',') {
      let lead = first.start - 1;
      while (lead > 0 && fw.determiners.has(v.norm(lead))) lead--;
      return PLACE_PREPOSITIONS.has(v.norm(lead)) && AUXILIARY.test(next.norm);
    }
  }
  // "… in Kabul, Russia stands alone": after a bare comma, a reference with its own verb opens a clause.
  return (
    cues.reporting.has(next.norm) ||
    fw.verbs.has(next.norm) ||
    // ("Should Pakistan recognise the Taliban, India would protest")
    /^(?:would|will|could|may|might|should|can|must|shall)$/.test(next.norm) ||
    triggers.has(next.norm) ||
    (/^\w+(?:s|ed)$/.test(next.norm) && !fw.prepositions.has(next.norm))
  );
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);
const PLACE_PREPOSITIONS = new Set(['in', 'at']);
const AUXILIARY = /^(?:will|would|could|may|might|should|can|must|shall|has|had|have|is|was|did|does)$/;

/** A verb stands before token i in its clause: what follows it is an object, not a subject. */
function verbBefore(v: SentenceView, i: number): boolean {
  for (let k = v.clauseStart(i); k < i; k++) if (verbAt(v, k)) return true;
  return false;
}

function namesOnly(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const r = v.refAt[k];
    if (r?.actor) k = r.end - 1;
    else if (v.norm(k) !== ',') return false;
  }
  return true;
}

/** "most EU members and Japan": a name that only qualifies a group noun is a list member with its noun. */
function groupNounEnd(v: SentenceView, ref: EntityRef): number {
  if (ref.actor) return ref.end;
  const { fw } = extractLexicon();
  let k = ref.end;
  while (k < ref.end + 2 && (fw.genericGroups.has(v.norm(k)) || v.norm(k) === 'member')) k++;
  return k;
}

/** "EU members Spain and Greece": the members a qualified group noun names right after it. */
function namedMembers(v: SentenceView, qualifier: EntityRef, r: EntityRef): boolean {
  const end = groupNounEnd(v, qualifier);
  return end > qualifier.end && end === r.start && r.actor;
}

function joinable(v: SentenceView, from: number, to: number): boolean {
  const { fw } = extractLexicon();
  let sawJoiner = false;
  // ("Burkina Faso (May) and El Salvador (August) switched …": a member's own date stays with it in a subject list)
  const own = memberDate(v, from);
  if (own && subjectList(v, from, to)) from = own.end;
  for (let k = from; k < to; k++) {
    const n = v.norm(k);
    // ("US-Taliban talks": a hyphen glued between two parties pairs them)
    const pair = v.tokens[k].kind === 'hyphen' && !v.tokens[k].space && k === from && k + 1 === to;
    // ("recognised Kosovo, most recently Ghana": the examples set off after a comma are no members of the list)
    if (n === ',' && v.firstPhrase(k + 1, fw.appositiveListOpeners)) return false;
    if (n === ',' || n === 'and' || n === 'or' || n === 'nor' || n === '&' || pair) sawJoiner = true;
    else if (n === 'as' && v.norm(k + 1) === 'well' && v.norm(k + 2) === 'as') {
      sawJoiner = true;
      k += 2;
    } else if (!fw.determiners.has(n) && !(v.tokens[k].kind === 'poss' && k === from)) return false;
  }
  return sawJoiner;
}

/**
 * "Honduras in 2023", "Burkina Faso (May)": the date told right after a list member, as its own, and the token after
 * it; null when none stands there.
 */
export function memberDate(v: SentenceView, k: number): { date: DateMention; end: number } | null {
  const paren = v.norm(k) === '(';
  const at = paren || v.norm(k) === 'in' || v.norm(k) === 'on' ? k + 1 : k;
  if (at >= v.tokens.length) return null;
  const char = v.charStart(at);
  const date = v.dates.find((d) => d.role === 'point' && (d.start === char || d.start === v.charStart(k)));
  if (!date) return null;
  let end = at;
  while (end < v.tokens.length && v.charStart(end) < date.end) end++;
  if (paren) {
    if (v.norm(end) !== ')') return null;
    end++;
  }
  return { date, end };
}

/**
 * Members with their own dates make a list only as a subject before its verb ("Honduras in 2023 and Nicaragua in 2021
 * switched"), not as an object and a new subject ("recognised Abkhazia in 2008 and Nicaragua recognised it") nor as
 * two objects of a gapped verb ("cut ties with Taiwan in 2017 and El Salvador in 2018"); and as examples set off
 * after a comma ("…, most recently Ecuador in October 2024 and Panama in November 2024").
 */
function subjectList(v: SentenceView, from: number, to: number): boolean {
  if (setOffExamples(v, from)) return true;
  const r = v.refAt[to];
  if (!r || r.end >= v.tokens.length || verbAt(v, r.end)) return false;
  for (let k = v.clauseStart(from); k < from; k++) if (verbAt(v, k)) return false;
  return true;
}

/** Token k lies in a list of examples a comma sets off: ", including …", ", most recently …". */
export function setOffExamples(v: SentenceView, k: number): boolean {
  const aside = v.asideOf(k);
  return (
    aside?.kind === 'paren' &&
    v.norm(aside.start) === ',' &&
    !!v.firstPhrase(aside.start + 1, extractLexicon().fw.appositiveListOpeners)
  );
}

/** The coordinated group ("China, the UAE and Pakistan") a reference belongs to. */
export function groupOf(v: SentenceView, ref: EntityRef): EntityRef[] {
  if (!v.groupOfRef) {
    const byRef = new Map<EntityRef, EntityRef[]>();
    // The first group holding a reference is its group.
    for (const g of groupRefs(v)) for (const r of g) if (!byRef.has(r)) byRef.set(r, g);
    v.groupOfRef = byRef;
  }
  return v.groupOfRef.get(ref) ?? [ref];
}

const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozen',
  'dozens',
  'hundred',
]);

function isNumber(v: SentenceView, k: number): boolean {
  return v.tokens[k]?.kind === 'num' || NUMBER_WORDS.has(v.norm(k));
}

export function filler(refs: EntityRef[]): Filler {
  return { kind: 'refs', refs, start: refs[0].start, end: refs[refs.length - 1].end };
}

/** Parties the text names only by reference ("the two sides", "it", "did so"), standing at tokens [start, end). */
export function referred(ids: string[], start: number, end: number, form: 'anaphor' | 'pronoun' = 'anaphor'): Filler {
  const refs = ids.map((id) => ({ start, end, id, form, possessive: false, actor: true, compound: null }));
  return { kind: 'refs', refs, start, end };
}

/** The subject of the clause a trigger stands in, scanning left past asides and objects of other verbs. */
export function subjectOf(v: SentenceView, word: number, doc: DocState): Filler | null {
  // ("urging states to de-recognise": the word starts at its prefix)
  const trigger = prefixed(v, word) ? word - 2 : word;
  const found = subjectLeft(v, trigger, doc);
  if (found) return found;
  // "In a statement announcing the severing of ties, the Honduran foreign ministry said …": an opening
  // phrase takes the main clause's subject, which follows it.
  const intro = introEnd(v);
  if (intro > trigger) {
    const ref = v.refs.find((r) => r.start > intro && r.actor);
    if (ref) return filler(groupOf(v, ref));
  }
  return null;
}

function subjectLeft(v: SentenceView, trigger: number, doc: DocState): Filler | null {
  const { fw } = extractLexicon();
  const aside = v.asideOf(trigger);
  if (aside?.kind === 'relative' || aside?.kind === 'dash') {
    const inner = scanLeft(v, trigger, aside.start + 1, doc);
    if (inner) return inner;
    return antecedent(v, aside.anchor, doc);
  }
  const start = v.clauseStart(trigger);
  // "Somalia recalled its envoy after Ethiopia signed the deal, calling it …": a participle set off at the end
  // shares the main clause's subject, not that of the clause a subordinator opened before it.
  const main = trailingParticiple(v, trigger, start);
  if (main >= 0) return scanLeft(v, main, start, doc);
  const found = scanLeft(v, trigger, start, doc);
  if (found) return found;
  const label = rowLabel(v, start);
  if (label) return label;
  // "X welcomed the move but stopped short of …": a verb right after "but" shares the first clause's subject.
  if (start > 0 && /^(?:but|yet)$/.test(v.norm(start - 1)) && !v.refAt[start] && !fw.determiners.has(v.norm(start))) {
    return subjectOf(v, start - 1, doc);
  }
  return null;
}

/** Where the subordinate clause before a participle set off by a comma starts, when one does; else -1. */
function trailingParticiple(v: SentenceView, trigger: number, start: number): number {
  if (!v.norm(trigger).endsWith('ing') || v.norm(trigger - 1) !== ',') return -1;
  const { fw } = extractLexicon();
  for (let k = trigger - 2; k > start; k--) {
    if (v.norm(k) === ',') return -1;
    if (fw.subordinators.has(v.norm(k)) && v.norm(k) !== 'as' && v.refAt[k + 1] && verbBefore(v, k)) return k;
  }
  return -1;
}

/**
 * "* RUSSIA: Became the first country to …", "China: Accepted the credentials …": a factbox row names its subject
 * as a label before a colon, and its clause opens on the verb.
 */
function rowLabel(v: SentenceView, start: number): Filler | null {
  if (start < 2 || v.norm(start - 1) !== ':') return null;
  let k = 0;
  while (k < start && v.tokens[k].kind !== 'word') k++;
  const ref = v.refAt[k];
  if (!ref?.actor) return null;
  const group = groupOf(v, ref);
  if (group[group.length - 1].end !== start - 1) return null;
  const t = v.tokens[start];
  if (t?.kind !== 'word' || v.refAt[start]) return null;
  const { fw, cues, triggers } = extractLexicon();
  const w = t.norm;
  const verb =
    fw.verbs.has(w) ||
    cues.reporting.has(w) ||
    /(?:ed|es)$/.test(w) ||
    !!triggers.get(w)?.some((x) => x.pos === 'verb') ||
    w === 'became';
  return verb && !fw.determiners.has(w) ? filler(group) : null;
}

/**
 * The group noun at g is the object of a verb that asks or moves it to act: "lobbied states to withdraw",
 * "persuaded more than a dozen countries to", "get several African states to" (past the words that count it).
 */
function askedGroup(v: SentenceView, g: number): boolean {
  const { fw, cues } = extractLexicon();
  let j = g - 1;
  while (
    j > 0 &&
    // ("the only country to recognise" ranks one, as "the first country" does)
    !(ORDINAL.test(v.norm(j)) && v.norm(j - 1) === 'the') &&
    (fw.determiners.has(v.norm(j)) ||
      // ("urged 20 countries to recognise" counts those asked; "became the 20th country to recognise" ranks one)
      (v.tokens[j].kind === 'num' && !ORDINAL.test(v.norm(j))) ||
      QUANTITY.has(v.norm(j)) ||
      COUNT_WORDS.has(v.norm(j)) ||
      // ("encouraged other European partners to", "urged Arab states to")
      (v.refAt[j] && (!v.refAt[j]!.actor || v.refAt[j]!.form === 'adjective')) ||
      (j === g - 1 && v.tokens[j].kind === 'word' && v.tokens[j].cap && !v.refAt[j]))
  )
    j = v.refAt[j] ? v.refAt[j]!.start - 1 : j - 1;
  // ("was the only country to recognise", "became the only state to": a predicate, not those asked)
  return (verbAt(v, j) && !fw.beForms.has(v.norm(j)) && !COPULAS.has(v.norm(j))) || cues.appeals.has(v.norm(j));
}

const COPULAS = new Set(['become', 'becomes', 'became', 'becoming', 'remain', 'remains', 'remained', 'remaining']);

/**
 * "issued a joint statement rejecting the move": the verb that issued the statement noun at k, whose subject the
 * -ing form after it has; -1 when the noun names no statement, someone else's ("blocked an EU statement
 * criticising Israel"), or no issuing verb stands before it.
 */
function issuingVerb(v: SentenceView, k: number): number {
  const { fw } = extractLexicon();
  if (!fw.statementNouns.has(v.norm(k))) return -1;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (v.refAt[j]) return -1;
    if (fw.issueVerbs.has(v.norm(j))) return j;
  }
  return -1;
}

/** A name between an article or a rank and a group noun: "the first EU member", "an OIC member state". */
function qualifiesGroup(v: SentenceView, ref: EntityRef): boolean {
  const { fw } = extractLexicon();
  const noun = v.norm(ref.end);
  if (noun !== 'member' && !fw.genericGroups.has(noun)) return false;
  const before = v.norm(ref.start - 1);
  return before === 'the' || before === 'a' || before === 'an' || ORDINAL.test(before);
}

const COUNT_WORDS = new Set(['dozen', 'dozens', 'number', 'handful', 'of', 'several', 'few', 'many', 'other']);

function scanLeft(v: SentenceView, from: number, stop: number, doc: DocState): Filler | null {
  const { fw } = extractLexicon();
  // "lobbied states to withdraw recognition": the infinitive's subject is a group nobody named.
  // ("the first country to recognise" is another matter: the group there is the subject's own predicate.)
  // ("urged countries not to recognise them": past the negation)
  const g = v.norm(from - 2) === 'not' || v.norm(from - 2) === 'never' ? from - 3 : from - 2;
  if (v.norm(from - 1) === 'to' && fw.genericGroups.has(v.norm(g)) && !v.refAt[g] && askedGroup(v, g)) return null;
  if (v.norm(from - 1) === 'to' && askedNobody(v, g)) return null;
  // "granted Muttaqi a travel exemption to visit India": a permission's infinitive is not its granter's act, and
  // not yet done by the one it is granted to.
  if (v.norm(from - 1) === 'to' && fw.permitNouns.has(v.norm(from - 2))) return null;
  // "lifted the ban on Muttaqi to allow him to travel": the object pronoun is the infinitive's subject.
  if (v.norm(from - 1) === 'to' && OBJECT_PRONOUNS.has(v.norm(from - 2))) return objectPronoun(v, from - 2, doc);
  const gerund = v.norm(from).endsWith('ing');
  const controller = gerund ? gerundController(v, from, stop) : null;
  if (controller) return controller;
  // "China has warned against recognising Somaliland": those warned are nobody named.
  if (gerund && fw.warningPrepositions.has(v.norm(from - 1))) return null;
  // "sanctions on a country for keeping ties": the gerund's subject is the states named before it, no party.
  if (gerund && v.norm(from - 1) === 'for' && fw.genericGroups.has(v.norm(from - 2)) && !v.refAt[from - 2]) return null;
  // "blocked an EU statement criticising Israel": an -ing form right after a common noun has that noun as its
  // subject, which names no party here.
  if (gerund && from - 1 >= stop && commonNoun(v, from - 1)) {
    const issued = issuingVerb(v, from - 1);
    return issued > stop ? scanLeft(v, issued, stop, doc) : null;
  }
  let adjacent = true;
  for (let k = from - 1; k >= stop; k--) {
    const a = v.asideOf(k);
    if (a && a.start >= stop && a.end <= from && a.start < k) {
      k = a.start;
      continue;
    }
    // "with Muttaqi praising …", "despite many … engaging …": the subject of an -ing clause stands right before it.
    const absolute = gerund && adjacent;
    const ref = v.refAt[k];
    if (ref) {
      // "urged Serbia to recognise", "pressure on Britain to recognise": the subject of the infinitive.
      // ("urged Nauru not to recognise": past the negation)
      const beforeTo = ref.end === from - 1 || (ref.end === from - 2 && /^(?:not|never)$/.test(v.norm(from - 2)));
      const first = groupOf(v, ref)[0].start;
      // "among the countries Belgrade says have withdrawn recognition": the speaker of a clause with no "that"
      // reports the act of the group before it.
      // ("More than a dozen countries, Belgrade claims, have withdrawn …": nor does a speaker set off by commas)
      const reports = extractLexicon().cues.reporting.has(v.norm(ref.end));
      const parenthetical = reports && v.norm(first - 1) === ',' && v.norm(ref.end + 1) === ',' && ref.end + 1 < from;
      if ((fw.genericGroups.has(v.norm(first - 1)) && reports) || parenthetical) {
        k = first;
        adjacent = false;
        continue;
      }
      // ("the fifth country after Russia and Nauru to recognise": those it counts after are no subject of it)
      const counted =
        /^(?:after|before)$/.test(v.norm(first - 1)) && /^(?:country|state|nation)$/.test(v.norm(first - 2));
      const controlled = beforeTo && v.norm(from - 1) === 'to' && !counted && !purposeObject(v, first);
      if (!absolute && !controlled && blocked(v, groupOf(v, ref)[0].start)) {
        k = ref.start;
        adjacent = false;
        continue;
      }
      if (!ref.actor && ref.form === 'adjective') {
        k = ref.start;
        adjacent = false;
        continue;
      }
      // ("Sweden was the first EU member to do so": a name that qualifies the group noun after it is no subject)
      if (qualifiesGroup(v, ref)) {
        k = ref.start;
        adjacent = false;
        continue;
      }
      return filler(groupOf(v, ref));
    }
    const n = v.norm(k);
    adjacent = adjacent && fw.genericGroups.has(n);
    // (most words are none of those the tests below look for: they are passed over at once)
    if (!subjectScanWords().has(n) && !n.endsWith('ing')) continue;
    // "accused Addis Ababa of planning to recognise": an infinitive a gerund governs has the gerund's subject.
    if (n.endsWith('ing') && k === from - 2 && v.norm(from - 1) === 'to') {
      const controller = gerundController(v, k, stop);
      if (controller) return controller;
    }
    // "engaging in … and even allowing …": coordinated -ing clauses share their subject.
    if (
      gerund &&
      k < from - 1 &&
      n.endsWith('ing') &&
      extractLexicon()
        .triggers.get(n)
        ?.some((t) => t.pos === 'verb') &&
      // ("hailed Spain for recognising …, calling it": a gerund after "for" has a subject of its own)
      !gerundController(v, k, stop)
    ) {
      return scanLeft(v, k, stop, doc);
    }
    if (n === 'that' && cleftFocus(v, k)) return filler(cleftFocus(v, k)!);
    if (n === 'that' && k > 0 && !fw.genericGroups.has(v.norm(k - 1))) return null;
    // "After Britain and France, who is next to recognise Palestine?": a question's "who" asks, it refers to no one.
    if (n === 'who' && v.tokens[v.tokens.length - 1]?.text === '?') return null;
    if (fw.relativizers.has(n) && n !== 'that' && k > stop) {
      const ante = antecedent(v, k - 1, doc);
      if (ante) return ante;
    }
    if (
      BARE_INSTITUTIONS.has(n) &&
      v.norm(k - 1) === 'the' &&
      (v.norm(k + 1) === 'in' || v.norm(k + 1) === 'of') &&
      v.refAt[k + 2]
    ) {
      // "the government in Lisbon": the government seated there.
      return filler([v.refAt[k + 2]!]);
    }
    if (BARE_INSTITUTIONS.has(n) && v.norm(k - 1) === 'the' && !v.refAt[k - 2]) {
      // "announced that the government authorized …": the government of whoever is speaking.
      return matrixSubject(v, k, doc) ?? earlierActor(v, k);
    }
    // "… from Ireland and Norway after the two countries announced …": the pair just named in the sentence;
    // "The two sides signed a declaration": else the two parties of the act last told.
    if (fw.pairNouns.has(n) && /^(?:two|both)$/.test(v.norm(k - 1))) {
      const pair = groupRefs(v)
        .filter((g) => g.length === 2 && g[1].end < k - 1)
        .pop();
      if (pair)
        return referred(
          pair.map((r) => r.id),
          k - 1,
          k + 1,
        );
      if (doc.lastPair) return referred(doc.lastPair, k - 1, k + 1);
    }
    // "China and Iran have not recognised it, but both host its envoys": the pair just named.
    if (n === 'both' && !v.refAt[k + 1] && verbAt(v, k + 1)) {
      const pair = groupRefs(v)
        .filter((g) => g.length === 2 && g[1].end <= k)
        .pop();
      if (pair) return filler(pair);
    }
    const q = v.firstPhrase(k, QUANTIFIERS);
    if (q && !(q[0] === 'neither' && k > stop && neitherNegates(v, k))) return { kind: 'quantifier', start: k };
    // ("its government", "its leaders": the party's own)
    const ownGovernment =
      (n === 'country' || n === 'government' || SEATED.has(n)) && fw.possessivePronouns.has(v.norm(k - 1));
    if (n === 'we') {
      const speaker = quotedSpeaker(v, k);
      if (speaker) return speaker;
      // ("Joint statement by … Australia, Canada and the United Kingdom. Today we formally recognise …")
      if (doc.authors.length > 0 && !insideQuote(v, k)) return referred(doc.authors, k, k + 1);
    }
    // ("Sierra Leone has revoked its recognition, Dacic said, making it the 18th country to do so": the object of a
    // participle clause after the main one is that clause's subject, not the speaker's)
    if (n === 'it' && v.norm(k - 1).endsWith('ing') && v.norm(k - 2) === ',') {
      const main = firstDoer(v, k);
      if (main) return main;
    }
    if ((fw.pronounsIt.has(n) && !objectAt(v, k)) || ownGovernment) {
      return matrixSubject(v, k, doc) ?? earlierActor(v, k) ?? cataphor(v, k) ?? pronoun(doc.lastSubject, k);
    }
    // "Finland's president said the country was ready": a state named before it in the sentence, else the last one.
    // ("Nauru, which had recognised Taiwan, said the country would …": the state whose words report it, first)
    if ((n === 'country' || n === 'nation') && isDefinite(v, k) && !predicateNoun(v, k)) {
      // ("The Central American country had cut ties": the state its place word fits; else, in a new sentence, the
      // subject before, not whatever state that sentence named last)
      let the = k - 1;
      while (the > 0 && v.norm(the) !== 'the') the--;
      const regions = regionsOf(v, the + 1, k);
      const state = regions
        ? [...doc.recentStates, ...statesBefore(v, k)].reverse().find((id) => inRegions(id, regions))
        : (reportingState(v, k, doc) ??
          partyBefore(v, k, STATES) ??
          (doc.lastSubject && STATES.has(entityKind(doc.lastSubject)) ? doc.lastSubject : doc.lastState));
      if (state) return pronoun(state, k);
      if (regions) return null;
    }
    const inverted = fw.genericGroups.has(n) ? namedAfterBe(v, k) : null;
    if (inverted) return inverted;
    if (fw.genericGroups.has(n) && (absolute || !blocked(v, k))) {
      // "became the first country to recognize", "the latest Pacific nation to switch": a predicate, not the subject.
      if (predicateNoun(v, k)) continue;
      return conjoinedWith(v, k) ?? genericSubject(v, k, doc);
    }
    if (fw.pronounsPerson.has(n)) return matrixSubject(v, k, doc) ?? pronoun(doc.lastPerson, k);
    if (n === 'group' || n === 'movement' || n === 'militants' || n === 'islamists') {
      if (v.norm(k - 1) === 'the' && doc.lastGroup) return pronoun(doc.lastGroup, k - 1);
    }
    // "The breakaway region has opened talks with …": the contested authority named before.
    const described = authorityAnaphorEnding(v, k);
    if (described >= 0 && (absolute || !blocked(v, described))) return describedAuthorities(v, described, k, doc);
  }
  return null;
}

let scanWords: Set<string> | null = null;

/** Every word scanLeft tests a token for, past references and asides (-ing forms aside): a test added to its loop
 * needs its words here. */
function subjectScanWords(): Set<string> {
  if (!scanWords) {
    const { fw } = extractLexicon();
    scanWords = new Set([
      ...['that', 'who', 'both', 'we', 'country', 'government', 'nation'],
      ...['group', 'movement', 'militants', 'islamists'],
      ...fw.relativizers,
      ...BARE_INSTITUTIONS,
      ...fw.pairNouns,
      ...QUANTIFIERS.map((p) => p[0]),
      ...SEATED,
      ...fw.pronounsIt,
      ...fw.genericGroups,
      ...fw.pronounsPerson,
      ...fw.authorityAnaphors.filter((p) => p.length > 0).map((p) => p[p.length - 1]),
    ]);
  }
  return scanWords;
}

/** "India neither recognises … nor …" negates the verb; "neither country" or "neither of them" is the subject. */
function neitherNegates(v: SentenceView, k: number): boolean {
  const aux = /^(?:has|have|had|is|are|was|were|does|do|did|will|would|can|could)$/.test(v.norm(k - 1)) ? 1 : 0;
  return !!v.refAt[k - 1 - aux] && verbAt(v, k + 1);
}

/** ("Nauru had informed it that it would switch": the first "it" is the informing verb's object; "relations with
 * it must …": a preposition's) */
function objectAt(v: SentenceView, k: number): boolean {
  const { fw } = extractLexicon();
  return (
    ((v.norm(k + 1) === 'that' || v.norm(k + 1) === 'of') && verbAt(v, k - 1)) || fw.prepositions.has(v.norm(k - 1))
  );
}

/** Whom a description of contested authorities at [start, end] stands for: the one named last, or for a plural
 * ("the breakaway regions") the several the last recognition told. */
function describedAuthorities(
  v: SentenceView,
  start: number,
  end: number,
  doc: DocState,
  skip?: Set<string>,
): Filler | null {
  if (v.norm(end).endsWith('s')) {
    const ids = doc.lastTargets.filter((id) => !skip?.has(id));
    return ids.length >= 2 ? referred(ids, start, end + 1) : null;
  }
  const group = partyBefore(v, start, GROUPS) ?? doc.lastGroup;
  return group && !skip?.has(group) ? pronoun(group, start) : null;
}

/** Where an authority's description ("the breakaway region") that ends at token k starts, or -1. */
function authorityAnaphorEnding(v: SentenceView, k: number): number {
  const { fw } = extractLexicon();
  const bucket = phrasesByLastWord(fw.authorityAnaphors).get(v.norm(k));
  if (bucket) for (const p of bucket) if (v.phraseAt(k - p.length + 1, p)) return k - p.length + 1;
  return -1;
}

let lastWordList: string[][] | null = null;
let lastWordIndex = new Map<string, string[][]>();

/** A phrase list indexed by last word, in list order: most tokens end none of them. Built for the list last asked
 * for (only the authority anaphors are). */
function phrasesByLastWord(list: string[][]): Map<string, string[][]> {
  if (list !== lastWordList) {
    lastWordIndex = new Map();
    for (const ph of list) {
      const last = ph[ph.length - 1];
      const bucket = lastWordIndex.get(last);
      if (bucket) bucket.push(ph);
      else lastWordIndex.set(last, [ph]);
    }
    lastWordList = list;
  }
  return lastWordIndex;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** Whom a "him"/"her" names: the last party named in an object's place before it ("lifted the ban on Muttaqi"),
 * else the document's last person when the sentence names none; "them" stays unknown. */
function objectPronoun(v: SentenceView, k: number, doc: DocState): Filler | null {
  if (v.norm(k) === 'them') return null;
  for (let j = k - 1; j >= 0; j--) {
    const r = v.refAt[j];
    if (!r) continue;
    // (a subject before it may be the one who lets him: "Jaishankar invited him to visit")
    return r.actor && blocked(v, groupOf(v, r)[0].start) ? filler(groupOf(v, r)) : null;
  }
  return pronoun(doc.lastPerson, k);
}

/** "thanked Ghana for withdrawing", "accused Spain of … by recognising": the object of the verb before does it. */
function gerundController(v: SentenceView, gerund: number, stop: number): Filler | null {
  const { fw } = extractLexicon();
  let k = gerund - 1;
  while (k > stop && (/ly$/.test(v.norm(k)) || v.tokens[k].kind === 'quote')) k--;
  // ("prevented Kyiv from recognising": the one kept from it)
  if (!/^(?:for|of|by|on|against|from)$/.test(v.norm(k))) return null;
  for (let j = k - 1; j >= Math.max(stop, k - 8); j--) {
    const ref = v.refAt[j];
    if (!ref) continue;
    const first = groupOf(v, ref)[0];
    let verb = first.start - 1;
    while (verb >= 0 && fw.determiners.has(v.norm(verb))) verb--;
    verb = pastHeadNoun(v, verb);
    // ("of rewarding Hamas by recognising": the object of the gerund before is not its subject)
    if (/ing$/.test(v.norm(verb)) && verb < j) return gerundController(v, verb, stop);
    // ("expressed gratitude to China for accepting": thanks given to the one who acted)
    const thanked = v.norm(verb) === 'to' && fw.gratitudeNouns.has(v.norm(verb - 1));
    return (fw.objectControlVerbs.has(v.norm(verb)) || thanked) && ref.actor ? filler(groupOf(v, ref)) : null;
  }
  return null;
}

/** "condemned the leaders of Britain and Canada for recognising": past "the leaders of" to the verb whose object
 * the phrase is, when k is that "of". */
function pastHeadNoun(v: SentenceView, k: number): number {
  const { fw } = extractLexicon();
  if (v.norm(k) !== 'of') return k;
  let j = k - 1;
  if (v.tokens[j]?.kind !== 'word' || v.refAt[j] || v.tokens[j].cap) return k;
  j--;
  while (j >= 0 && (fw.determiners.has(v.norm(j)) || fw.possessivePronouns.has(v.norm(j)))) j--;
  return j < k - 2 ? j : k;
}

/** "called on the international community to recognise": the one asked is a common noun, no party. */
function askedNobody(v: SentenceView, noun: number): boolean {
  const { fw } = extractLexicon();
  const t = v.tokens[noun];
  if (t?.kind !== 'word' || t.cap || v.refAt[noun]) return false;
  let k = noun - 1;
  while (k > 0 && !v.refAt[k] && v.tokens[k].kind === 'word' && !v.tokens[k].cap && k > noun - 4) {
    // ("a campaign urging states to …": the request verb right before the noun)
    if (fw.requestVerbs.has(v.norm(k))) break;
    if (fw.determiners.has(v.norm(k))) {
      k--;
      break;
    }
    k--;
  }
  const verb = v.norm(k) === 'on' || v.norm(k) === 'upon' ? k - 1 : k;
  return fw.requestVerbs.has(v.norm(verb));
}

/** '"We will recognise …," Sanchez said': "we" inside a quotation is whom its speaker speaks for. */
function insideQuote(v: SentenceView, k: number): boolean {
  let open = false;
  for (let j = 0; j < k; j++) if (quoteMarkAt(v, j)) open = !open;
  return open;
}

function quotedSpeaker(v: SentenceView, k: number): Filler | null {
  let open = -1;
  for (let j = 0; j < k; j++) if (quoteMarkAt(v, j)) open = open < 0 ? j : -1;
  if (open < 0) return null;
  let close = k + 1;
  while (close < v.tokens.length && !quoteMarkAt(v, close)) close++;
  const ref = speakerRef(v, open, close);
  return ref?.actor ? filler([ref]) : null;
}

function commonNoun(v: SentenceView, k: number): boolean {
  const { fw } = extractLexicon();
  const t = v.tokens[k];
  const n = t.norm;
  if (t.kind !== 'word' || t.cap || v.refAt[k] || verbAt(v, k) || /(?:ly|ing|ed)$/.test(n)) return false;
  if (fw.genericGroups.has(n) || fw.determiners.has(n) || fw.prepositions.has(n) || fw.beForms.has(n)) return false;
  if (fw.boundaries.has(n) || fw.subordinators.has(n) || fw.relativizers.has(n) || fw.verbs.has(n)) return false;
  // The head of a noun phrase: an article or possessive opens it, with only modifiers between.
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const m = v.norm(j);
    if (fw.determiners.has(m) || fw.possessivePronouns.has(m) || v.tokens[j].kind === 'poss') return true;
    if (v.tokens[j].kind !== 'word' || verbAt(v, j) || fw.prepositions.has(m)) return false;
  }
  return false;
}

/** "summoned the Lithuanian envoy to protest": the reference is the object of a verb that takes a purpose. */
function purposeObject(v: SentenceView, start: number): boolean {
  const { fw } = extractLexicon();
  let k = start - 1;
  while (k >= 0 && fw.determiners.has(v.norm(k))) k--;
  return fw.purposeVerbs.has(v.norm(k));
}

/** A rank, or the rank of the one alone ("the only", "the sole"). */
const ORDINAL = new RegExp(`^(?:${RANK_WORDS}|only|sole)$`);

/** "Finland's president said the country was ready": the state that reports the clause "the country" opens. */
function reportingState(v: SentenceView, k: number, doc: DocState): string | null {
  const found = matrixSubject(v, k, doc);
  if (found?.kind !== 'refs') return null;
  return found.refs.find((r) => STATES.has(entityKind(r.id)))?.id ?? null;
}

/** "Malta has said it could follow": the pronoun is the subject of the clause that reports it. */
function matrixSubject(v: SentenceView, k: number, doc: DocState): Filler | null {
  for (let j = k - 1; j >= 0; j--) {
    if (v.norm(j) !== 'that' && !extractLexicon().cues.reporting.has(v.norm(j))) continue;
    const found = scanLeft(v, j, 0, doc);
    // ("after the three countries announced they would recognise": the pronoun is that phrase, which names no
    // party unless it stands for the pair just named, "the two countries")
    if (commonNounSubject(v, j) && !(found?.kind === 'refs' && found.start >= j - 4))
      return { kind: 'refs', refs: [], start: k, end: k + 1 };
    if (found?.kind === 'refs') return found;
  }
  return null;
}

/** A plural common noun with its determiner right before the reporting verb: "the three countries announced". */
function commonNounSubject(v: SentenceView, verb: number): boolean {
  const { fw } = extractLexicon();
  const noun = verb - 1;
  const t = v.tokens[noun];
  if (t?.kind !== 'word' || t.cap || v.refAt[noun] || !t.norm.endsWith('s') || fw.verbs.has(t.norm)) return false;
  for (let j = noun - 1; j >= Math.max(0, noun - 3); j--) {
    if (v.refAt[j]) return false;
    if (fw.determiners.has(v.norm(j))) return true;
  }
  return false;
}

/** "Although it has not recognised the Taliban, Pakistan keeps …": a pronoun in an opening clause names the
 * main clause's subject. */
function cataphor(v: SentenceView, k: number): Filler | null {
  const comma = v.openingEnd();
  if (comma < 0 || k > comma) return null;
  let j = comma + 1;
  while (j < v.tokens.length && extractLexicon().fw.determiners.has(v.norm(j))) j++;
  const ref = v.refAt[j];
  return ref?.actor ? filler(groupOf(v, ref)) : null;
}

/** "While Tehran has maintained …, it has given no indication": the last actor named before the pronoun. */
/** The first party before k that acts in the sentence, past those who only report it ("…, Dacic said,"). */
function firstDoer(v: SentenceView, k: number): Filler | null {
  const { cues } = extractLexicon();
  for (const group of groupRefs(v)) {
    const last = group[group.length - 1];
    if (group[0].start >= k) break;
    if (!group[0].actor || blocked(v, group[0].start) || cues.reporting.has(v.norm(last.end))) continue;
    return filler(group);
  }
  return null;
}

function earlierActor(v: SentenceView, k: number): Filler | null {
  for (let j = k - 1; j >= 0; j--) {
    const ref = v.refAt[j];
    if (ref?.actor && !blocked(v, ref.start)) return filler(groupOf(v, ref));
    if (ref) j = ref.start;
  }
  return null;
}

function isDefinite(v: SentenceView, k: number): boolean {
  const { fw } = extractLexicon();
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    if (v.norm(j) === 'the') return true;
    if (!/^[a-z-]+$/.test(v.norm(j))) return false;
    // ("the Balkan country", "the tiny island nation": modifiers, no verb or preposition)
    if (!v.tokens[j].cap && (verbAt(v, j) || fw.prepositions.has(v.norm(j)) || fw.determiners.has(v.norm(j))))
      return false;
  }
  return false;
}

function pronoun(entity: string | null, k: number): Filler | null {
  return entity ? referred([entity], k, k + 1, 'pronoun') : null;
}

/** The noun phrase a relative clause hangs on: "the Taliban's first regime (1996–2001), which …". */
/**
 * "It was China that first accepted a Taliban ambassador", "It is not only Israel that …": the party a cleft puts
 * before its "that" (at `that`) is the clause's subject.
 */
function cleftFocus(v: SentenceView, that: number): EntityRef[] | null {
  const { fw } = extractLexicon();
  // ("It was Russia, not China, that recognised …": past the contrast set between commas)
  const contrast = v.norm(that - 1) === ',' ? v.refAt[that - 2] : undefined;
  if (contrast && v.norm(contrast.start - 1) === 'not' && v.norm(contrast.start - 2) === ',')
    return cleftFocus(v, contrast.start - 2);
  const ref = v.refAt[that - 1];
  if (!ref?.actor || ref.end !== that) return null;
  const group = groupOf(v, ref);
  let k = group[0].start - 1;
  while (k > 0 && CLEFT_FOCUS_WORDS.has(v.norm(k))) k--;
  if (!fw.beForms.has(v.norm(k)) || v.norm(k - 1) !== 'it') return null;
  // (the "it" opens its clause: "It was Russia that …", "…, but it was China that …")
  const opens = k - 1 === 0 || v.isBoundary(k - 2) || /^(?:,|and|but|yet|so)$/.test(v.norm(k - 2));
  return opens ? group.filter((r) => r.actor) : null;
}

/** Words between a cleft's "it was" and its focus: "It was not only China", "It was precisely Russia". */
const CLEFT_FOCUS_WORDS = new Set(['not', 'only', 'just', 'precisely', 'also', 'even', 'the']);

function antecedent(v: SentenceView, anchor: number, doc: DocState): Filler | null {
  const { fw } = extractLexicon();
  let k = anchor;
  while (k >= 0 && (v.tokens[k].text === ',' || v.tokens[k].text === ')')) {
    if (v.tokens[k].text === ')') {
      const open = v.asides.find((a) => a.end === k + 1 && a.kind === 'paren');
      k = open ? open.start - 1 : k - 1;
    } else k--;
  }
  for (let j = k; j >= Math.max(0, k - 6); j--) {
    const ref = v.refAt[j];
    if (ref) return filler(groupOf(v, ref));
    if (fw.genericGroups.has(v.norm(j))) return genericSubject(v, j, doc);
    if (v.isBoundary(j) || fw.prepositions.has(v.norm(j))) break;
  }
  return null;
}

/** "Pakistan, Iran, and several Central Asian republics": the named members of a list that ends in a group noun. */
function conjoinedWith(v: SentenceView, k: number): Filler | null {
  let j = k - 1;
  while (j >= 0 && v.tokens[j].kind === 'word' && !v.refAt[j] && !/^(?:and|or)$/.test(v.norm(j)) && k - j < 5) j--;
  if (!/^(?:and|or)$/.test(v.norm(j))) return null;
  j--;
  if (v.norm(j) === ',') j--;
  const ref = v.refAt[j];
  return ref ? filler(groupOf(v, ref)) : null;
}

/** "Countries like China and Iran", "partners, including Japan": the listed members act for the group. */
function genericSubject(v: SentenceView, k: number, doc: DocState): Filler | null {
  const { fw } = extractLexicon();
  // "Five EU states – Spain, Slovakia, Cyprus, Romania and Greece – do not …": the members set off right after it.
  const aside = v.asides.find((a) => a.start === k + 1 && a.kind !== 'relative');
  if (aside) {
    const first = v.refs.find((r) => r.start > aside.start && r.start <= aside.start + 2);
    const members = first ? groupOf(v, first) : [];
    if (members.length > 0 && members.every((r) => r.actor && r.end <= aside.end)) return filler(members);
  }
  // "Syria and Venezuela are among the handful of states that recognise Abkhazia": the members named before.
  // ("Spain, which fears …, is one of five EU members that have not recognised Kosovo": past the aside)
  for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
    const among = v.norm(j) === 'among' ? j : v.norm(j) === 'of' && v.norm(j - 1) === 'one' ? j - 1 : -1;
    if (among < 0) continue;
    const be = fw.beForms.has(v.norm(among - 1)) ? among - 1 : among;
    const subject = v.refAt[pastAside(v, be - 1)];
    if (subject?.actor) return filler(groupOf(v, subject).filter((r) => r.actor));
    break;
  }
  for (let j = k + 1; j < v.tokens.length; j++) {
    const intro = v.firstPhrase(j, fw.listIntroducers);
    if (intro) {
      const ref = v.refs.find((r) => r.start >= j + intro.length && r.start <= j + intro.length + 2);
      if (ref) return filler(groupOf(v, ref));
    }
  }
  // "allies, including Australia and the UK, as well as … states who now recognise": a list named before.
  for (let j = k - 1; j >= 0; j--) {
    const intro = v.firstPhrase(j, fw.listIntroducers);
    if (!intro) continue;
    const ref = v.refs.find((r) => r.start >= j + intro.length && r.start <= j + intro.length + 2);
    if (ref) return filler(groupOf(v, ref));
  }
  // "joined over 150 countries that recognise …": the joiners are the ones who recognise.
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    if (/^join/.test(v.norm(j))) return subjectOf(v, j, doc);
  }
  return null;
}

/** The token before the aside that ends at k, or k if none ends there. */
function pastAside(v: SentenceView, k: number): number {
  const aside = v.asides.find((a) => a.end === k + 1 && a.kind !== 'dash');
  return aside ? aside.start - 1 : k;
}

/**
 * "(Among) the states that recognised Kosovo in 2008 were the US, Britain and France": a group that opens the
 * sentence is named after the "be" that ends its relative clause.
 */
function namedAfterBe(v: SentenceView, k: number): Filler | null {
  const { fw } = extractLexicon();
  let first = 0;
  if (v.norm(first) === 'among') first++;
  while (first < k && fw.determiners.has(v.norm(first))) first++;
  if (first !== k || !fw.relativizers.has(v.norm(k + 1))) return null;
  for (let j = k + 2; j < v.tokens.length - 1; j++) {
    if (v.isBoundary(j) || v.tokens[j].text === ',') return null;
    if (!fw.beForms.has(v.norm(j)) || j === k + 2) continue;
    let r = j + 1;
    while (r < v.tokens.length && fw.determiners.has(v.norm(r))) r++;
    const ref = v.refAt[r];
    return ref?.actor ? filler(groupOf(v, ref).filter((x) => x.actor)) : null;
  }
  return null;
}

/** A preposition (other than "of", "like", "including") governs the reference: it is no subject. */
export function verbAt(v: SentenceView, k: number): boolean {
  const { fw, triggers } = extractLexicon();
  const t = v.tokens[k];
  if (t?.kind !== 'word' || t.cap) return false;
  // "self-declared", "Russian-backed": the second half of a hyphenated modifier is no verb.
  const prev = v.tokens[k - 1];
  if (prev?.kind === 'hyphen' && !prev.space && !t.space) return false;
  return (
    fw.verbs.has(t.norm) ||
    t.norm.endsWith('ed') ||
    t.norm.endsWith('es') ||
    !!triggers.get(t.norm)?.some((x) => x.pos === 'verb')
  );
}

/** The reference is the object of a verb ("banned the Taliban"). */
function objectOfVerb(v: SentenceView, start: number): boolean {
  const { fw } = extractLexicon();
  let k = start - 1;
  while (k >= 0 && fw.determiners.has(v.norm(k))) k--;
  return verbAt(v, k);
}

export function blocked(v: SentenceView, start: number): boolean {
  // (each trigger's subject scan asks again of the same references)
  if (start < 0 || start >= v.tokens.length) return isBlocked(v, start);
  v.blockedAt ??= new Array(v.tokens.length);
  v.blockedAt[start] ??= isBlocked(v, start);
  return v.blockedAt[start];
}

const YEAR_TOKEN = /^(?:1[89]|20)\d\d$/;

/** Token k opens the sentence or follows a clause's comma or "and": "In 2018 …", "…, and in 2019 …". */
function opensClause(v: SentenceView, k: number): boolean {
  return k === 0 || /^(?:,|;|and|but|then)$/.test(v.norm(k - 1)) || v.tokens[k - 1].kind === 'punct';
}

function isBlocked(v: SentenceView, start: number): boolean {
  const { fw } = extractLexicon();
  let k = adjectivesBefore(v, start - 1);
  while (k >= 0 && v.norm(k) !== 'that' && (fw.determiners.has(v.norm(k)) || v.tokens[k].kind === 'num')) k--;
  // "Around 150 countries", "More than 140 states": words of quantity before a number are no prepositions.
  // ("More than a dozen countries": so are they before a count in words)
  // ("rather than China" is no count)
  const countWords = v.norm(k) === 'than' && v.norm(k - 1) !== 'rather';
  if (v.tokens[k + 1]?.kind === 'num' || countWords) while (k >= 0 && QUANTITY.has(v.norm(k))) k--;
  const n = v.norm(k);
  if (n === 'that') return false;
  // "In 2018 Panama switched …": a year closes the phrase that opens with it; the name after it starts the clause.
  if (k + 1 < start && YEAR_TOKEN.test(v.tokens[k + 1].text) && fw.prepositions.has(n) && opensClause(v, k))
    return false;
  // "the government of Ghana" acts for Ghana; "members of the UN" do not.
  if (n === 'of') return !OF_HEADS.has(v.norm(k - 1));
  if (fw.subjectPrepositions.has(n)) return false;
  // "for New Zealand to recognise it": the subject of the infinitive.
  if (n === 'for' && v.norm(v.refAt[start]?.end ?? start) === 'to') return false;
  // "officials from Russia", "a delegation from Kabul" act for where they come from.
  // ("recalled its diplomats from Tel Aviv": they are the subject's own, called back from there.)
  if (
    n === 'from' &&
    /^(?:officials|delegation|delegations|representatives|diplomats|envoys|ministers|leaders)$/.test(v.norm(k - 1)) &&
    !fw.possessivePronouns.has(v.norm(k - 2))
  )
    return false;
  // "authorities in Hargeisa", "the regime in Kabul": those seated there, unless another party owns them ("US
  // officials in Kabul").
  if (n === 'in' && SEATED.has(v.norm(k - 1)) && !ownedSeat(v, k - 1)) return false;
  // "Nauru told Taiwan that …": the one told is an object.
  if (fw.addressVerbs.has(n)) return true;
  // "analysts say China might …": a reporting verb takes a clause, not an object.
  // ("hoped Ethiopia would recognise it": so do verbs of hoping and guessing)
  if (extractLexicon().cues.reporting.has(n) || fw.clauseVerbs.has(n)) return false;
  // "after the Honduran foreign minister travelled": a subordinator, not a preposition, when a verb follows.
  if (fw.subordinators.has(n) && v.refAt[start]) {
    const group = groupOf(v, v.refAt[start]!);
    // ("after Spain formally recognised": past the adverbs)
    let verb = group[group.length - 1].end;
    while (verb < v.tokens.length && /^(?:\w+ly|also|then|finally|not|never)$/.test(v.norm(verb))) verb++;
    if (verbAt(v, verb)) return false;
  }
  if (fw.prepositions.has(n)) return true;
  // An object of a verb: "supported the Northern Alliance", "visited Iran", "any attempt to split Somalia" (not "the
  // Ramallah-based Authority").
  if (
    k >= 0 &&
    v.tokens[k].kind === 'word' &&
    !v.tokens[k].cap &&
    !(v.tokens[k - 1]?.kind === 'hyphen' && !v.tokens[k - 1].space) &&
    (fw.verbs.has(n) || extractLexicon().triggers.has(n) || n.endsWith('ed') || v.norm(k - 1) === 'to')
  )
    return !fw.beForms.has(n) && !AUXILIARIES.has(n);
  return false;
}

/** Those who govern from a seat named after them: "authorities in Hargeisa", "the government in Taipei". */
const SEATED = new Set([
  'authorities',
  'government',
  'officials',
  'leaders',
  'leadership',
  'administration',
  'rulers',
  'regime',
]);

/** "US officials", "Russia's government": the seat noun at k has an owner of its own. */
function ownedSeat(v: SentenceView, k: number): boolean {
  const { fw } = extractLexicon();
  let j = k - 1;
  while (j >= 0 && !v.refAt[j] && v.tokens[j].kind === 'word' && !v.tokens[j].cap && !fw.prepositions.has(v.norm(j)))
    j--;
  return !!v.refAt[j] && j >= k - 3;
}

/** "recognised the breakaway Republic of …", "the self-declared republic": back over adjectives a determiner opens. */
function adjectivesBefore(v: SentenceView, k: number): number {
  const { fw } = extractLexicon();
  let j = k;
  for (let n = 0; n < 4 && j >= 0; n++, j--) {
    const t = v.tokens[j];
    const word = t.kind === 'word' && !t.cap && !fw.prepositions.has(t.norm) && !fw.determiners.has(t.norm);
    if (!(word && !verbAt(v, j)) && !(t.kind === 'hyphen' && !t.space)) break;
  }
  return j < k && j >= 0 && fw.determiners.has(v.norm(j)) ? j : k;
}

/** The entities after a preposition within the window: "talks with the Taliban", "ambassador to Kabul". */
export function afterPreposition(
  v: SentenceView,
  from: number,
  to: number,
  prep: string,
  doc?: DocState,
  ownNoun = false,
): Filler | null {
  const { fw } = extractLexicon();
  for (let k = from; k < to; k++) {
    if (v.isBoundary(k)) return null;
    // (unless the noun is the trigger's own: "drew criticism from the EU")
    if (v.norm(k) !== prep || (!ownNoun && fw.pressureNouns.has(v.norm(k - 1)))) continue;
    let j = k + 1;
    // "by more than 100 countries, including the United States": past quantities to the named members;
    // "by only four UN members: Russia, …": past a name that only qualifies the group.
    while (j < to + 4) {
      const qualifier = v.refAt[j];
      if (qualifier && !qualifier.actor && fw.genericGroups.has(v.norm(qualifier.end))) {
        j = qualifier.end + 1;
        continue;
      }
      // "UN member states": the two-word group noun.
      if (
        qualifier &&
        !qualifier.actor &&
        v.norm(qualifier.end) === 'member' &&
        fw.genericGroups.has(v.norm(qualifier.end + 1))
      ) {
        j = qualifier.end + 2;
        continue;
      }
      const skip =
        fw.determiners.has(v.norm(j)) ||
        PAST_MARKERS.has(v.norm(j)) ||
        isNumber(v, j) ||
        fw.genericGroups.has(v.norm(j)) ||
        QUANTITY.has(v.norm(j)) ||
        v.norm(j) === ':' ||
        (v.norm(j) === ',' && !!v.firstPhrase(j + 1, fw.listIntroducers)) ||
        (v.norm(j - 1) === ',' && fw.listIntroducers.some((p) => p.length === 1 && p[0] === v.norm(j)));
      if (!skip) break;
      j++;
    }
    // "talks with the foreign minister of Afghanistan", "with Acting Foreign Minister Amir Khan Muttaqi": past a
    // title to whom it names.
    const title = v.refAt[j] ? null : institutionAt(v.tokens, j);
    if (title) {
      let e = title.end;
      if (v.norm(e) === 'of') e++;
      while (fw.determiners.has(v.norm(e))) e++;
      if (v.refAt[e]) j = e;
    }
    // "spoke with his counterparts from Somalia, Turkey and Djibouti": past the noun to whom it names.
    if (!v.refAt[j] && COUNTERPARTS.has(v.norm(j)) && /^(?:from|of|in)$/.test(v.norm(j + 1))) {
      let e = j + 2;
      while (fw.determiners.has(v.norm(e))) e++;
      if (v.refAt[e]) j = e;
    }
    // ("between the Minister of Foreign Affairs of Uzbekistan … and …": past a title of any length)
    if (!v.refAt[j] && (prep === 'between' || prep === 'and')) j = titledParty(v, j);
    const ref = v.refAt[j];
    if (ref && prep === 'between') return betweenPair(v, ref, to, doc);
    if (ref) return filler(groupOf(v, ref));
    // "… will never be recognised by us," a Tajik official said: the quote's speaker.
    if ((v.norm(j) === 'us' || v.norm(j) === 'me') && j === k + 1 && v.tokens[j].text !== 'US') {
      const speaker = quotedSpeaker(v, j);
      if (speaker) return speaker;
    }
    const plural = pluralAnaphor(v, k + 1, doc) ?? pluralAnaphor(v, k + 2, doc);
    if (plural) return plural;
    const state = stateAnaphor(v, k + 1, doc);
    if (state) return state;
  }
  return null;
}

const COUNTERPARTS = new Set(['counterpart', 'counterparts', 'peer', 'peers']);

/** The party a title at j names ("the president of Kazakhstan"), before any "and" or comma; else j. */
function titledParty(v: SentenceView, j: number): number {
  for (let k = j; k < Math.min(v.tokens.length, j + 8); k++) {
    if (v.norm(k) === 'and' || v.norm(k) === ',' || v.isBoundary(k)) return j;
    if (v.refAt[k]) return v.norm(k - 1) === 'of' || v.tokens[k - 1].cap ? k : j;
  }
  return j;
}

/**
 * "between the foreign minister of Uzbekistan and the foreign minister of Afghanistan": the first party's group,
 * and the one after "and" when titles kept them apart.
 */
function betweenPair(v: SentenceView, first: EntityRef, to: number, doc?: DocState): Filler {
  const group = groupOf(v, first);
  if (group.length > 1) return filler(group);
  const last = group[group.length - 1];
  for (let k = last.end; k < Math.min(v.tokens.length, to + 8); k++) {
    if (v.isBoundary(k) || v.norm(k) === ',') break;
    if (v.norm(k) !== 'and') continue;
    const second = afterPreposition(v, k, k + 2, 'and', doc);
    if (second?.kind === 'refs' && second.refs.some((r) => r.id !== first.id))
      return filler([...group, ...second.refs]);
    break;
  }
  return filler(group);
}

/** "the first country to", "the latest Pacific nation to": an ordinal among the noun's modifiers. */
export function predicateNoun(v: SentenceView, k: number): boolean {
  // ("the first Muslim-majority country", "the second African nation": past compounds and adjectives of place)
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    if (ORDINAL.test(v.norm(j))) return true;
    const ref = v.refAt[j];
    // ("the fifth UN member state": a name, too, may modify the noun)
    if (ref && !ref.possessive) {
      j = ref.start;
      continue;
    }
    // ("the first G7 country": a number glued to its word)
    const glued = (v.tokens[j].kind === 'hyphen' || v.tokens[j].kind === 'num') && !v.tokens[j].space;
    if ((v.tokens[j].kind !== 'word' && !glued) || ref || v.norm(j) === 'the') return false;
  }
  return false;
}

const STATES = new Set(['state']);
const GROUPS = new Set(['authority', 'armed_group']);

/** The party of one of these kinds named last before token k: a state, or a group such as the Taliban. */
function partyBefore(v: SentenceView, k: number, kinds: Set<string>): string | null {
  for (let r = v.refs.length - 1; r >= 0; r--)
    if (v.refs[r].start < k && kinds.has(entityKind(v.refs[r].id))) return v.refs[r].id;
  return null;
}

const STATE_NOUNS = new Set(['country', 'nation', 'state', 'kingdom', 'republic']);

/**
 * "expressed regret over Nauru's decision and said it would cut relations with the Pacific island nation": a
 * definite "country" or "nation", after a few modifiers, is the state named last before it in the sentence (the
 * slot drops it when that is the actor). "The first country to …" is a predicate, "the nation of Nauru" names
 * its own; the document's earlier sentences are not read, as "the country" there is too often another.
 */
function stateAnaphor(v: SentenceView, k: number, doc?: DocState): Filler | null {
  if (v.norm(k) !== 'the') return null;
  for (let j = k + 1; j <= k + 4 && j < v.tokens.length; j++) {
    const t = v.tokens[j];
    if (v.refAt[j] || t.kind !== 'word' || ORDINAL.test(t.norm)) return null;
    if (!STATE_NOUNS.has(t.norm) || t.cap) continue;
    if (v.norm(j + 1) === 'of') return null;
    // "the Pacific nation": a place word picks the state it fits, here or among the states the document named last.
    const regions = regionsOf(v, k + 1, j);
    if (regions) {
      const state = [...(doc?.recentStates ?? []), ...statesBefore(v, k)]
        .reverse()
        .find((id) => inRegions(id, regions));
      return state ? pronoun(state, k) : null;
    }
    const state = partyBefore(v, k, STATES);
    return state ? pronoun(state, k) : null;
  }
  return null;
}

/** The regions the modifiers in [from, to) place a state in ("Pacific", "West African"), or null if none does. */
function regionsOf(v: SentenceView, from: number, to: number): Set<string> | null {
  const words = extractLexicon().regionWords;
  let out: Set<string> | null = null;
  for (let j = from; j < to; j++) {
    const pair = words.get(`${v.norm(j)} ${v.norm(j + 1)}`);
    const found = (j + 1 < to && pair) || words.get(v.norm(j));
    if (!found) continue;
    out ??= new Set();
    for (const r of found) out.add(r);
  }
  return out;
}

function statesBefore(v: SentenceView, k: number): string[] {
  return v.refs.filter((r) => r.start < k && STATES.has(entityKind(r.id))).map((r) => r.id);
}

function inRegions(id: string, regions: Set<string>): boolean {
  const e = entityById(id);
  return !!e && ((!!e.region && regions.has(e.region)) || (!!e.subregion && regions.has(e.subregion)));
}

/** The first entity after the trigger in its clause, optionally skipping a reference. */
/**
 * "Kosovo declared independence on 17 February 2008. The United States recognised it the next day": "it", recognised
 * with no party named before it in the sentence, is the subject the story last told of, when that subject is a
 * party whose recognition is at stake.
 */
function recognisedIt(doc: DocState, skip: Set<string>): string | null {
  const subject = doc.lastSubject;
  return subject && !skip.has(subject) && extractLexicon().claimants.has(subject) ? subject : null;
}

/** "relations with these countries": the several parties of the recognition last told. */
const GROUP_KINDS = new Set(['authority', 'armed_group']);

function pluralAnaphor(v: SentenceView, k: number, doc?: DocState): Filler | null {
  if (!doc || doc.lastTargets.length < 2 || !/^(?:these|those|both|two)$/.test(v.norm(k))) return null;
  if (!PLURAL_PARTIES.test(v.norm(k + 1) + v.norm(k + 2)) && !bareBoth(v, k)) return null;
  return referred(doc.lastTargets, k, k + 1);
}

/** "Germany recognised both on 23 December": "both" standing alone, with no noun after it. */
function bareBoth(v: SentenceView, k: number): boolean {
  if (v.norm(k) !== 'both') return false;
  const next = v.tokens[k + 1];
  if (next?.kind !== 'word') return true;
  // ("recognised both the following month": a date after it)
  if (v.dates.some((d) => d.start <= next.start && next.start < d.end)) return true;
  return extractLexicon().fw.prepositions.has(next.norm) || /ly$/.test(next.norm) || next.cap;
}

export function objectAfter(
  v: SentenceView,
  from: number,
  to: number,
  skip: Set<string>,
  strict = false,
  doc?: DocState,
): Filler | null {
  const { fw } = extractLexicon();
  // ("rejected claims that Togo had withdrawn": the object ends before the clause its noun opens)
  for (let k = from + 1; k < to; k++) if (v.norm(k) === 'that') to = k;
  for (let k = from; k < to; k++) {
    if (v.isBoundary(k)) return null;
    const plural = pluralAnaphor(v, k, doc);
    if (plural) return plural;
    // "Serbia and Russia reject its independence": whose statehood it is, the party last named before the verb.
    if ((v.norm(k) === 'its' || v.norm(k) === 'their') && k === from && STATEHOOD.has(v.norm(k + 1))) {
      // ("Taliban seize Kabul; Pakistan recognises their government": "their" is a group before it is a place.)
      const their = v.norm(k) === 'their';
      for (let j = from - 1; their && j >= 0; j--) {
        const r = v.refAt[j];
        if (r && !skip.has(r.id) && GROUP_KINDS.has(entityKind(r.id)))
          return referred(
            groupOf(v, r)
              .map((g) => g.id)
              .filter((id) => !skip.has(id)),
            k,
            k + 1,
          );
      }
      for (let j = from - 1; j >= 0; j--) {
        const r = v.refAt[j];
        if (r && !skip.has(r.id) && r.actor) return pronoun(r.id, k);
      }
      // ("The Taliban seized Kabul. Pakistan recognised their government": the group the story last named.)
      if (their && doc?.lastGroup && !skip.has(doc.lastGroup)) return pronoun(doc.lastGroup, k);
    }
    // "banned the Taliban and listed it as …": an object pronoun is the party last named before it.
    if ((v.norm(k) === 'it' || v.norm(k) === 'them') && k === from) {
      const main = participleClauseObject(v, k, skip);
      if (main !== undefined) return main;
      for (let j = from - 1; j >= 0; j--) {
        const r = v.refAt[j];
        // ("Kosovo declared independence in February 2008, and the US recognised it in March": a subject
        // whose recognition is at stake is what is recognised)
        const claimant = strict && r && extractLexicon().claimants.has(r.id);
        if (!r || skip.has(r.id)) continue;
        if (objectOfVerb(v, r.start) || claimant) return filler([r]);
        // ("Nauru recognised both in 2009, while Tuvalu recognised them in 2011": a plural skips a party named as
        // no object, to those last recognised)
        if (v.norm(k) !== 'them') return null;
        break;
      }
      // "Syria recognised Abkhazia and South Ossetia. Russia recognised them in 2008": all the parties last recognised.
      const last = v.norm(k) === 'them' ? (doc?.lastTargets.filter((t) => !skip.has(t)) ?? []) : [];
      if (last.length > 1) return referred(last, k, k + 1);
      const told = v.norm(k) === 'it' && strict && doc ? recognisedIt(doc, skip) : null;
      if (told) return pronoun(told, k);
    }
    // The object phrase ends at its first comma ("condemned the decision, saying …"), at an act named
    // without its agent (the 'act' slot takes it), and at the next verb ("… and said the Arab League would").
    // ("has neither recognised nor condemned the Taliban": two verbs share the object after the second.)
    const sharedVerb = k === from + 1 && /^(?:nor|or|and)$/.test(v.norm(from));
    if (!v.refAt[k] && (v.norm(k) === ',' || fw.actNouns.has(v.norm(k)) || (k > from && verbAt(v, k) && !sharedVerb)))
      return null;
    // "refused to recognise the group": the group last named.
    if (!v.refAt[k] && v.firstPhrase(k, fw.groupAnaphors)) {
      // The group named earlier in the sentence, else the one last named in the document.
      const group = partyBefore(v, k, GROUPS) ?? doc?.lastGroup;
      if (group && !skip.has(group)) return pronoun(group, k);
    }
    const described = v.refAt[k] || !doc ? undefined : v.firstPhrase(k, fw.authorityAnaphors);
    if (described && doc) {
      const found = describedAuthorities(v, k, k + described.length - 1, doc, skip);
      if (found) return found;
    }
    const ref = v.refAt[k];
    // A reference inside a prepositional phrase ("in the UN Security Council resolution") is no direct object;
    // a plain adjective ("Georgian breakaway regions") names no party for a strict frame.
    if (
      ref &&
      (prepositional(v, ref.start) || (strict && !ref.actor && !ref.compound && !STATEHOOD.has(v.norm(ref.end))))
    ) {
      k = ref.end - 1;
      continue;
    }
    if (ref && !skip.has(ref.id)) {
      // "the Georgian rebel regions of Abkhazia": a plain adjective yields to the entity the phrase names; but
      // before an act ("the Israeli recognition of Somaliland", "the Russian decision") it names the act's agent.
      const agent = fw.actNouns.has(v.norm(ref.end)) || v.norm(ref.end) === 'recognition';
      const later =
        !ref.actor && ref.form === 'adjective' && !agent
          ? v.refs.find((r) => r.start >= ref.end && r.start < to && !skip.has(r.id))
          : undefined;
      const chosen = later && !v.tokens.slice(ref.end, later.start).some((t) => t.text === ',') ? later : ref;
      return filler(groupOf(v, chosen).filter((r) => !skip.has(r.id)));
    }
    if (ref) k = ref.end - 1;
  }
  return null;
}

/**
 * "condemned Israel's decision to recognise Somaliland, calling it a violation": the object pronoun of a participle
 * clause after a comma stands for the main clause's object (the decision, Israel's), not the party named last.
 * Undefined when the pronoun opens no such clause.
 */
function participleClauseObject(v: SentenceView, k: number, skip: Set<string>): Filler | null | undefined {
  const comma = k - 2;
  if (comma < 1 || v.norm(comma) !== ',' || !/ing$/.test(v.norm(k - 1))) return undefined;
  const start = v.clauseStart(comma);
  let verb = start;
  while (verb < comma && !(verbAt(v, verb) && !v.refAt[verb])) verb++;
  // ("has condemned", "was quick to reject": past auxiliaries to the verb whose object it is)
  while (verb + 1 < comma && (verbAt(v, verb + 1) || v.norm(verb + 1) === 'to')) verb++;
  if (verb >= comma) return undefined;
  const main =
    objectPossessor(v, verb + 1, comma) ?? actAfter(v, verb + 1, comma) ?? objectAfter(v, verb + 1, comma, skip);
  if (main?.kind === 'refs') main.refs = main.refs.filter((r) => !skip.has(r.id));
  // ("rejected the memorandum, calling it a violation of Somalia's sovereignty": an object naming no party leaves
  // none; the party after the pronoun is the one wronged)
  return main?.kind === 'refs' && main.refs.length === 0 ? null : main;
}

function prepositional(v: SentenceView, start: number): boolean {
  const { fw } = extractLexicon();
  let k = start - 1;
  while (k >= 0 && fw.determiners.has(v.norm(k))) k--;
  const n = v.norm(k);
  return fw.prepositions.has(n) && !fw.subjectPrepositions.has(n);
}

/** Whose envoy, mission or delegation: "Taliban-appointed Ambassador", "an ambassador from Afghanistan". */
export function ownerAfter(
  v: SentenceView,
  from: number,
  to: number,
  skip: Set<string>,
  doc?: DocState,
): Filler | null {
  for (let k = from; k < to; k++) {
    if (v.isBoundary(k)) return null;
    const ref = v.refAt[k];
    if (ref && skip.has(ref.id)) {
      k = ref.end - 1;
      continue;
    }
    if (ref && (ref.compound || ref.form === 'adjective' || ref.actor || ref.possessive)) {
      const nounNear = hasEnvoyNoun(v, ref.start, ref.end + 3);
      if (nounNear || ref.compound) return filler([ref]);
    }
    const pronoun = ENVOY_NOUNS.has(v.norm(k)) ? v.norm(ownerWordBefore(v, k)) : '';
    if (!ref && (pronoun === 'its' || pronoun === 'their')) {
      // "hosting its leaders", "accepted the credentials of its first ambassador": the party last named before the
      // trigger.
      for (let j = from - 1; j >= 0; j--) {
        const r = v.refAt[j];
        if (r && !skip.has(r.id)) return filler([r]);
      }
      // ("Moscow accepted their ambassador", naming no one else: the group the story last named)
      if (pronoun === 'their' && doc?.lastGroup && !skip.has(doc.lastGroup)) return referred([doc.lastGroup], k - 1, k);
    }
    if (!ref && ENVOY_NOUNS.has(v.norm(k)) && (v.norm(k - 1) === 'his' || v.norm(k - 1) === 'her')) {
      // "Bilal Karimi said China had accepted his credentials": the person named last before the trigger.
      for (let j = from - 1; j >= 0; j--) {
        const r = v.refAt[j];
        if (r && !skip.has(r.id) && (r.form === 'person' || hasEnvoyNoun(v, r.start, r.end))) return filler([r]);
        if (r) j = r.start;
      }
    }
    if (!ref && ENVOY_NOUNS.has(v.norm(k))) {
      const from2 = afterPreposition(v, k + 1, Math.min(to + 4, v.tokens.length), 'from');
      if (from2) return from2;
      const of = afterPreposition(v, k + 1, Math.min(k + 4, v.tokens.length), 'of');
      if (of) return of;
      // "envoys appointed by the Taliban": the agent of the participle sent them.
      if (/ed$/.test(v.norm(k + 1)) || v.norm(k + 1) === 'sent') {
        const by = afterPreposition(v, k + 2, Math.min(k + 4, v.tokens.length), 'by');
        if (by) return by;
      }
    }
  }
  return null;
}

/** The word before the noun at k, past ranks and "new" ("its first ambassador", "their new envoys"). */
function ownerWordBefore(v: SentenceView, k: number): number {
  let j = k - 1;
  while (j > k - 3 && (ORDINAL.test(v.norm(j)) || v.norm(j) === 'new')) j--;
  return j;
}

/** Whose mission or envoy the trigger's noun names: "a Chechen embassy", "Russia's embassy". */
export function ownerOfNoun(v: SentenceView, from: number, to: number): Filler | null {
  for (let k = from; k < to; k++) {
    if (v.isBoundary(k)) return null;
    if (!ENVOY_NOUNS.has(v.norm(k))) continue;
    // Only a modifier of the noun itself ("a Chechen “embassy”"), never a place ("its Kabul embassy").
    for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
      const ref = v.refAt[j];
      if (ref) return ref.form === 'capital' || ref.form === 'metonym' ? null : filler([ref]);
      const t = v.tokens[j];
      if (t.kind === 'quote') continue;
      if (t.kind !== 'word' || t.cap || extractLexicon().triggers.has(t.norm) || extractLexicon().fw.verbs.has(t.norm))
        return null;
    }
    return null;
  }
  return null;
}

function hasEnvoyNoun(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to && k < v.tokens.length; k++) if (ENVOY_NOUNS.has(v.norm(k))) return true;
  return false;
}

/** "Russia's recognition", "Moscow's formal decision": the possessor before a noun (adjectives between). */
export function possessorBefore(v: SentenceView, noun: number, doc?: DocState): Filler | null {
  for (let k = noun - 1; k >= Math.max(0, noun - 4); k--) {
    const ref = v.refAt[k];
    // "Norway, Ireland and Spain's recognition": the possessive ends a list, all of whom act.
    if (ref) return ref.possessive ? filler(groupOf(v, ref)) : null;
    // "its 2012 decision to recognize": the clause's own actor, named earlier in the sentence.
    // ("thanked Spain for its recognition": the one thanked)
    if (doc && (v.norm(k) === 'its' || v.norm(k) === 'their'))
      return gerundController(v, k, 0) ?? earlierActor(v, k) ?? pronoun(doc.lastSubject, k);
    if (v.tokens[k].kind === 'poss' || v.tokens[k].kind === 'num') continue;
    if (v.tokens[k].kind !== 'word' || extractLexicon().fw.prepositions.has(v.norm(k))) return null;
  }
  return null;
}

/** The possessor of the trigger's object: "welcomed Russia's decision", "criticised Macron's plan". */
export function objectPossessor(v: SentenceView, from: number, to: number): Filler | null {
  const { fw } = extractLexicon();
  for (let k = from; k < to; k++) {
    // Only the object's own first words: "criticising the move, saying … Washington's relations" has none.
    if (v.isBoundary(k) || v.norm(k) === ',' || (fw.actNouns.has(v.norm(k)) && !v.refAt[k])) return null;
    const ref = v.refAt[k];
    if (ref) return ref.possessive ? filler(groupOf(v, ref)) : null;
  }
  return null;
}

/** An entity used as a modifier right before the noun: "Taiwan ties", "its Kabul embassy", "US sanctions". */
export function modifierBefore(v: SentenceView, noun: number): Filler | null {
  // (also used for "its Kabul embassy": a capital right before a mission noun locates it)
  const { fw } = extractLexicon();
  for (let k = noun - 1; k >= Math.max(0, noun - 3); k--) {
    const ref = v.refAt[k];
    if (ref && !ref.possessive) return filler(groupOf(v, ref));
    if (ref) return null;
    if (v.tokens[k].kind !== 'word' && v.tokens[k].kind !== 'num') return null;
    // ("China opposed the sanctions": a name before a determiner or a verb is no modifier of the noun)
    if (fw.determiners.has(v.norm(k)) || verbAt(v, k)) return null;
  }
  return null;
}

/** An act named without its agent ("the decision", "the move", "it"): filled from the document's main act. */
export function actAfter(v: SentenceView, from: number, to: number): Filler | null {
  const { fw } = extractLexicon();
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const n = v.norm(k);
    if (fw.actNouns.has(n)) {
      const agent = actAgent(v, k + 1, to);
      // ("rejected recognition of Somaliland": a bare act noun names the idea, not an act the story told;
      // "rejected the recognition", "this recognition" do)
      const generic = k === from || (k === from + 1 && GENERIC_DETERMINERS.has(v.norm(from)));
      if (!agent && generic && IDEA_NOUNS.has(n)) return null;
      return agent ?? { kind: 'deferred', slot: 'act', action: namedAct(n) };
    }
    if (n === 'it' || n === 'this') return { kind: 'deferred', slot: 'act' };
    // "rejected the Israeli recognition of Somaliland": a party's adjective before the act noun is its doer.
    const ref = v.refAt[k];
    if (ref?.form === 'adjective' && fw.actNouns.has(v.norm(ref.end))) return filler([ref]);
    if (ref) return null;
  }
  return null;
}

/** Act nouns that, bare, name a kind of act rather than one act: "opposes recognition of Somaliland". */
const IDEA_NOUNS = new Set(['recognition', 'endorsement', 'designation', 'listing']);
/** "rejected any recognition", "opposes all recognition": the kind of act, whoever would do it. */
const GENERIC_DETERMINERS = new Set(['any', 'all', 'further', 'future']);

/** The one one-sided action an act noun names as a trigger ("the sanctions", "the embargo"), beyond those about
 * recognition: the document's records of it, not its main act, say whose it is. */
function namedAct(noun: string): Action | undefined {
  const frames = (extractLexicon().triggers.get(noun) ?? []).filter((t) => t.pos === 'noun').map((t) => t.frame);
  const actions = new Set(frames.map((f) => f.action));
  // (a deal or talks are between parties, whom the story's main act names)
  if (actions.size !== 1 || frames.some((f) => f.symmetric)) return undefined;
  const [action] = actions;
  return RECOGNITION_ACTS.has(action) ? undefined : action;
}

const RECOGNITION_ACTS = new Set<Action>([
  'RECOGNIZE',
  'WITHDRAW_RECOGNITION',
  'INTEND_RECOGNIZE',
  'REFUSE_RECOGNITION',
]);

/** "the decision by Washington", "the recognition of Kosovo by Ghana": the act's agent, named after it. */
function actAgent(v: SentenceView, from: number, to: number): Filler | null {
  let k = from;
  // "the decisions of Spain, Ireland and Norway": the one who decided.
  if (v.norm(k) === 'of' && extractLexicon().fw.agentOfNouns.has(v.norm(k - 1))) {
    let j = k + 1;
    while (j < to && extractLexicon().fw.determiners.has(v.norm(j))) j++;
    const agent = v.refAt[j];
    return agent?.actor ? filler(groupOf(v, agent)) : null;
  }
  // Past the act's own object: "of Kosovo".
  if (v.norm(k) === 'of') {
    let j = k + 1;
    while (j < to && extractLexicon().fw.determiners.has(v.norm(j))) j++;
    const object = v.refAt[j];
    if (!object) return null;
    k = object.end;
  }
  // "the steps taken by Kabul", "the measures announced by Beijing": past the participle, and a time told after it
  // ("the decisions taken today by Ireland and Norway", "announced on Monday by").
  if (/(?:ed|en)$/.test(v.norm(k))) {
    let j = k + 1;
    while (j < k + 5 && (inDate(v, j) || v.norm(j) === 'on' || v.norm(j) === 'in' || /ly$/.test(v.norm(j)))) j++;
    if (v.norm(j) === 'by') k = j;
  }
  if (v.norm(k) !== 'by') return null;
  const agent = afterPreposition(v, k, Math.min(to, k + 5), 'by');
  return agent?.kind === 'refs' ? agent : null;
}

/** Token k lies inside a date the sentence writes ("today", "on 28 May"). */
function inDate(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  return !!t && v.dates.some((d) => t.start >= d.start && t.end <= d.end);
}

export function isState(id: string): boolean {
  return entityKind(id) === 'state';
}

// Subordinators that open a clause of their own after the trigger's: its parties are not the trigger's.
const CLAUSE_OPENERS = new Set(['after', 'before', 'when', 'until', 'once', 'because', 'although', 'though', 'unless']);

/** "restored relations on Wednesday, days after the island nation cut ties with Taiwan": where such a clause starts. */
export function subordinateAfter(v: SentenceView, i: number): number {
  // (asked of every trigger: where such clauses start is read once per sentence)
  v.subordinates ??= subordinateStarts(v);
  for (const k of v.subordinates) if (k > i) return k;
  return v.tokens.length;
}

/** Every token that opens a subordinate clause (a clause opener with its verb close after it), in order. */
function subordinateStarts(v: SentenceView): number[] {
  const out: number[] = [];
  for (let k = 0; k < v.tokens.length; k++) {
    if (!CLAUSE_OPENERS.has(v.norm(k))) continue;
    let j = k + 1;
    while (j < v.tokens.length && !verbAt(v, j) && !v.isBoundary(j) && j < k + 6) j++;
    // ("after the island nation cut ties", "after meeting the Russian ambassador")
    if (verbAt(v, j) && (j > k + 1 || v.norm(j).endsWith('ing'))) out.push(k);
  }
  return out;
}
