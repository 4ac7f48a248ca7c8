import type { Mode } from '../core/types.ts';
import { isPastForm } from '../nlp/inflect.ts';
import { extractLexicon } from './lexicon.ts';
import { phrasesByFirstWord, quoteMarkAt, type SentenceView } from './sentence.ts';
import { verbAt } from './slots.ts';

export interface ModeReading {
  mode: Mode;
  /** A refusal to recognize ("refused to recognise", "will not recognise"): the record is REFUSE_RECOGNITION. */
  refusal: boolean;
  /** A negated plan ("no indication that it intends to"): the record is a negated INTEND_RECOGNIZE. */
  intentNegated: boolean;
  /** Which cue decided, for debugging. */
  cue: string | null;
}

const APPROVAL_PENDING =
  /\b(?:needs?|requires?|pending|subject to|awaits?|awaiting)\b[^.;]{0,30}\b(?:approval|ratification|vote)\b/i;
const AFTER_NOUN_SPECULATION = new Set([
  'may',
  'might',
  'could',
  'likely',
  'unlikely',
  'imminent',
  'possible',
  'eventual',
  'expected',
  'anticipated',
  'predicted',
]);
// Conditions that, set off by commas right after a noun trigger, make its act a guess.
const ASIDE_CONDITIONS = new Set(['if', 'unless', 'once', 'should']);
const NOUN_MODALS = new Set(['would', 'will', 'must', 'should', 'shall', 'can', 'cannot']);
// "The recognition … is planned for Monday": a noun whose predicate schedules it is a plan.
const AFTER_NOUN_INTENT = new Set(['planned', 'scheduled', 'due']);
const INTENT_PLAN = new Set([
  'intends',
  'intend',
  'intended',
  'intending',
  'intention',
  'plans',
  'plan',
  'planning',
  'planned',
]);

/**
 * Reads the mode of the event a trigger states from the cues in its clause: between the clause start (asides
 * skipped) and the trigger, plus, for a noun trigger, a modal predicate after it ("Recognition … is not imminent").
 */
/**
 * "any move by X to <trigger>", "a decision by X to <trigger>": the determiner of the noun an infinitive trigger
 * completes, when the noun phrase opens the clause (its noun and modifiers, then "to", with no verb between).
 */
function nounBeforeInfinitive(v: SentenceView, trigger: number): string | null {
  if (v.norm(trigger - 1) !== 'to') return null;
  for (let k = trigger - 2; k >= Math.max(0, trigger - NOUN_REACH); k--) {
    const n = v.norm(k);
    // ("would follow any Kazakh move to accept …": an act any party might do is hypothetical wherever it stands)
    if (n === 'any') return k < trigger - 2 ? n : null;
    if (INDEFINITE.has(n)) return k < trigger - 2 && subjectStartsAt(v, k) ? n : null;
    // (the noun right after the determiner may look like a verb: "any move", "an attempt", "any Kazakh move")
    const head = v.refAt[k - 1]?.form === 'adjective' ? v.refAt[k - 1]!.start : k;
    if (v.tokens[k].kind === 'punct' || (verbAt(v, k) && !DETERMINERS_OF_ACTS.has(v.norm(head - 1)))) return null;
  }
  return null;
}

const NOUN_REACH = 8;
const INDEFINITE = new Set(['a', 'an']);
const DETERMINERS_OF_ACTS = new Set(['any', 'a', 'an']);

/** Token k starts the sentence or follows a mark or a word that opens a clause. */
function subjectStartsAt(v: SentenceView, k: number): boolean {
  return k === 0 || v.tokens[k - 1].kind === 'punct' || v.tokens[k - 1].kind === 'quote' || v.norm(k - 1) === 'that';
}

/** A verb of telling at k, then "whether" or "if": "did not say whether …". */
function undisclosed(v: SentenceView, k: number): boolean {
  if (v.norm(k) === 'to') k++;
  if (!extractLexicon().fw.tellVerbs.has(v.norm(k))) return false;
  const next = v.norm(k + 1) === 'on' ? k + 2 : k + 1;
  return v.norm(next) === 'whether' || v.norm(next) === 'if';
}

export function modeOf(
  v: SentenceView,
  trigger: number,
  isNoun: boolean,
  isRecognition: boolean,
  from: number | null = null,
): ModeReading {
  const { cues, fw } = extractLexicon();
  // "spoke about recognising the Taliban", "talks on establishing ties": the act is the topic, not a fact; but
  // "held off on recognising" denies it.
  // "warned Kenya against recognising Somaliland": a warning, not a fact ("voted against recognising" denies it).
  if (
    (fw.topicPrepositions.has(v.norm(trigger - 1)) || fw.warningPrepositions.has(v.norm(trigger - 1))) &&
    v.norm(trigger).endsWith('ing') &&
    !cueEndingAt(v, trigger - 1, cueIndexes().negation)
  )
    return read('speculated', v.norm(trigger - 1), false, false);
  // "Russia has recognised the Taliban, according to unconfirmed reports": a hedged source after the clause.
  if (hedgedSourceAfter(v, trigger)) return read('speculated', 'according to (hedged)', false, false);
  // "China nearly recognised the Taliban", "came close to recognising": it did not happen; "has all but recognised",
  // "is on the verge of recognising", "de facto recognised": it has not happened, or not formally.
  const short = shortOf(v, trigger);
  if (short) return read(short, 'near miss', false, false);
  // "said it will not act alone on recognition": a bare act noun after a verb and "on" is what the verb is about.
  if (isNoun && topicOfVerb(v, trigger) && !cueEndingAt(v, trigger - 1, cueIndexes().negation))
    return read('speculated', v.norm(trigger - 1), false, false);
  // "discussed recognising the Taliban", "debated recognition of Palestine": the act right after such a verb is the
  // topic (not "discussed the recognition by Russia", an act told).
  if (fw.topicVerbs.has(v.norm(trigger - 1)) && (isNoun || v.norm(trigger).endsWith('ing')))
    return read('speculated', v.norm(trigger - 1), false, false);
  const aside = v.asideOf(trigger);
  let start = from ?? (aside && aside.kind !== 'paren' ? aside.start + 1 : v.clauseStart(trigger));
  // Outside a quotation, its words speak for the quoted act, not this one: '"We will not …," she said after …'.
  const quotes: number[] = [];
  for (let k = start; k < trigger; k++) if (quoteMarkAt(v, k)) quotes.push(k);
  if (quotes.length > 0 && quotes.length % 2 === 0) start = quotes[quotes.length - 1] + 1;
  // "Although it has not recognised the Taliban, Pakistan keeps its embassy open": the opening phrase's cues
  // stop at its comma.
  const opening = v.openingEnd(true);
  if (opening > 0 && opening < trigger && opening >= start) start = opening + 1;
  // "saying it had received no notification and that X's recognition remained valid": a second complement
  // clause starts afresh, still reported: "said he had signed …, and that the two sides would establish ties".
  let reportedBefore = false;
  for (let k = trigger - 1; k > start; k--) {
    if (v.norm(k) === 'that' && /^(?:and|but|or|,)$/.test(v.norm(k - 1))) {
      for (let j = start; j < k && !reportedBefore; j++) reportedBefore = cues.reporting.has(v.norm(j));
      start = k + 1;
      break;
    }
  }
  const clause = subordinateClause(v, trigger, start);
  if (clause) start = clause.start;
  // "has never recognised the Taliban, despite allowing its diplomats …": a concession states a fact of its own.
  for (let k = trigger - 1; k > start; k--) {
    const concession = cueAt(v, k, cueIndexes().concessions);
    if (concession && k + concession.length <= trigger) {
      start = k + concession.length;
      break;
    }
  }
  // "India will upgrade its mission, the minister said during talks with …": the speaker's own clause starts at
  // the reporting verb; the reported clause's cues are not its. A reporting verb followed by a complement
  // ("said he would", "said that") still governs the trigger.
  let reported = reportedBefore;
  for (let k = trigger - 1; k > start; k--) {
    const other = v.asideOf(k);
    if (other && other !== aside && (trigger < other.start || trigger >= other.end)) {
      k = other.start;
      continue;
    }
    if (!cues.reporting.has(v.norm(k))) continue;
    let comma = false;
    for (let j = k - 1; j >= start && !comma; j--) comma = v.tokens[j].text === ',';
    if (comma && fw.prepositions.has(v.norm(k + 1)) && v.norm(k + 1) !== 'that') {
      start = k + 1;
      reported = true;
    }
    break;
  }
  const zone: number[] = [];
  for (let k = start; k <= trigger; k++) {
    const a = v.asideOf(k);
    if (a && a !== aside && a.start >= start && a.end <= trigger) {
      k = a.end - 1;
      continue;
    }
    zone.push(k);
  }
  const phrases = cueIndexes();
  const masked = new Set<number>();
  for (const k of zone) {
    const p = cueAt(v, k, phrases.notNegation);
    if (p) for (let j = 0; j < p.length; j++) masked.add(k + j);
  }
  // "There is no sign that Beijing plans to recognise …": the clause's "that" is denied before it.
  let negation: string | null =
    v.norm(start - 1) === 'that' && cueEndingAt(v, start - 2, phrases.deniedComplement)
      ? `${v.norm(start - 2)} that`
      : null;
  let guessedNot = false;
  let refusalEnd = -1;
  let refusal: string | null = null;
  // "There are signs that …", "reports that …": a guess the clause's own words cannot see.
  let speculation: string | null =
    v.norm(start - 1) === 'that' && cueEndingAt(v, start - 1, phrases.speculation) ? `${v.norm(start - 2)} that` : null;
  let intent: string | null = null;
  let planCue = false;
  // Where the last presupposition, speculation and intent cues stand: "it remains unclear whether … will"
  // is still a guess, while "will continue to" presupposes the act.
  // (a cue read after the loop counts as standing at the trigger)
  let presupposedAt = -1;
  let speculationAt = Number.POSITIVE_INFINITY;
  let intentAt = Number.POSITIVE_INFINITY;
  const idx = cueIndex();
  // Where the clause's own guess cues stand (none when the guess came from before the clause: "signs that …").
  const guesses: number[] = speculation ? [Number.POSITIVE_INFINITY] : [];
  for (const k of zone) {
    if (masked.has(k)) continue;
    // "does not recognise Moroccan sovereignty and continues to host …": a verb with a tense of its own after "and"
    // or "but" starts a predicate of its own, which the negation before it does not reach.
    if ((v.norm(k) === 'and' || v.norm(k) === 'but') && k + 1 < trigger && ownTense(v, k + 1)) {
      negation = null;
      refusal = null;
      refusalEnd = -1;
    }
    // "urged its partners to recognise Croatia, and did so itself": an appeal or a guess about an infinitive
    // governs that infinitive, not a tensed verb joined after it.
    if (
      (v.norm(k) === 'and' || v.norm(k) === 'but') &&
      k + 1 <= trigger &&
      speculation &&
      ownTense(v, k + 1) &&
      guesses.length > 0 &&
      guesses.every((g) => cues.appeals.has(v.norm(g)) && zone.some((j) => j > g && j < k && v.norm(j) === 'to'))
    ) {
      speculation = null;
      speculationAt = Number.POSITIVE_INFINITY;
    }
    // "May" inside a sentence is the month, not the modal.
    if (k > 0 && v.tokens[k].text === 'May') continue;
    const claim = deniedClaimAt(v, k, trigger);
    if (claim) {
      negation = claim;
      refusal = null;
      refusalEnd = -1;
      continue;
    }
    const word = v.norm(k);
    if (!idx.has(word)) continue;
    // Words inside a date ("May 28") are no cues.
    if (v.dates.some((d) => v.tokens[k].start >= d.start && v.tokens[k].end <= d.end)) continue;
    const neg = cueAt(v, k, phrases.negation);
    if (neg) negation = neg.join(' ');
    const alt = cueAt(v, k, phrases.alternative);
    if (alt && governsDirectly(v, k + alt.length, trigger)) negation = alt.join(' ');
    // "is not expected to", "not likely to": a guess that it will not happen is still a guess.
    // ("not expected to", and "not clear whether": a doubt, not a denial)
    if (neg && /^(?:expected|likely|poised|set|clear|certain|known|sure|confirmed)$/.test(v.norm(k + neg.length)))
      guessedNot = true;
    // "Neither the US nor the EU is expected to recognise": the guess comes later in the clause.
    if (negation && /^(?:expected|likely|poised)$/.test(word) && v.norm(k + 1) === 'to') guessedNot = true;
    // "did not say whether it would withdraw", "refused to say if": silence on a question leaves it open.
    if (neg && undisclosed(v, k + neg.length)) guessedNot = true;
    // ("The question is not whether China will recognise the Taliban, but when": still a guess)
    if (neg && /^(?:whether|if)$/.test(v.norm(k + neg.length))) guessedNot = true;
    const ref = cueAt(v, k, phrases.refusal);
    if (ref && undisclosed(v, k + ref.length)) guessedNot = true;
    else if (ref) {
      refusal = ref.join(' ');
      refusalEnd = k + ref.length;
    }
    const aim = cueAt(v, k, phrases.purpose);
    // (a noun may stand further off, past its modifiers: "to discuss the establishment of diplomatic relations")
    const reach = isNoun ? 5 : 3;
    if (aim && trigger - (k + aim.length) <= reach && k + aim.length <= trigger) speculation = aim.join(' ');
    // ("The envoy called on Muttaqi": an appeal cue that is the trigger itself asks nothing of another)
    const spec = k === trigger && cues.appeals.has(word) ? null : cueAt(v, k, phrases.speculation);
    if (spec && !(spec[0] === 'next' && k !== trigger - 1)) speculation = spec.join(' ');
    // "analysts expect Uzbekistan to recognise": a guess about the infinitive it governs.
    // (An aside between them does not count: "Few expect Tajikistan, a vocal critic of the Taliban, to recognise".)
    if (cues.guessInfinitive.has(word) && v.norm(trigger - 1) === 'to' && zoneDistance(zone, k, trigger) <= 8) {
      speculation = word;
      speculationAt = k;
      guesses.push(k);
    }
    // "instructed her foreign minister to open relations": an order for the infinitive it governs, not yet carried out.
    const infinitive = zone.some((j) => j > k && j < trigger && j >= trigger - 4 && v.norm(j) === 'to');
    if (cues.orderInfinitive.has(word) && infinitive && zoneDistance(zone, k, trigger) <= 8) {
      intent = word;
      intentAt = k;
    }
    const int = cueAt(v, k, phrases.intent) ?? pastDate(v, k, cues.intent);
    if (int) {
      intent = int.join(' ');
      if (INTENT_PLAN.has(int[0])) planCue = true;
    }
    if (v.norm(k) === 'would') {
      if (reported || zone.some((j) => j < k && cues.reporting.has(v.norm(j)))) intent = 'would (reported)';
      else speculation = 'would';
    }
    if (cues.presupposition.has(v.norm(k)) && k < trigger) presupposedAt = k;
    if (aim || spec || v.norm(k) === 'would') {
      speculationAt = k;
      guesses.push(k);
    }
    if (int || v.norm(k) === 'would') intentAt = k;
    // "too many questions … for New Zealand to recognise it": "too … to" says it will not happen.
    if (v.norm(k) === 'too' && zone.some((j) => j > k && v.norm(j) === 'to')) negation = 'too … to';
  }
  // A headline's "Kenya to open consulate in Hargeisa": a plan, told in the infinitive.
  if (v.norm(trigger - 1) === 'to' && !intent && !speculation && headlineList(v, trigger - 2)) intent = 'headline to';
  // "Had Germany recognised Palestine earlier, …": a counterfactual says it did not happen.
  // ("Had Russia not recognised the Taliban, …": the denial of a counterfactual is the fact)
  if (v.tokens[0]?.text === 'Had' && trigger < (v.tokens.findIndex((t) => t.text === ',') + 1 || v.tokens.length))
    negation = negation ? null : 'had … (counterfactual)';
  // "Were China to recognise the Taliban, …", "Should Pakistan recognise …": an inverted condition.
  if (!negation && invertedCondition(v, trigger)) speculation = speculation ?? 'inverted condition';
  // ("Will Russia, which recognised the Taliban, host its envoy?": a relative clause inside a question still states)
  // ("Why did Russia recognise the Taliban?": a question why or how it was done takes the act as done)
  if (v.tokens[v.tokens.length - 1]?.text === '?' && !negation && aside?.kind !== 'relative' && !askedWhy(v))
    speculation = speculation ?? '?';
  // A condition is a guess, however sure the words inside it.
  if (clause?.condition) {
    speculation = clause.condition;
    speculationAt = Number.POSITIVE_INFINITY;
    intent = null;
  }
  // "Any recognition of the Taliban …": a hypothetical act.
  if (isNoun && !negation && (v.norm(trigger - 1) === 'any' || v.norm(trigger - 2) === 'any'))
    speculation = speculation ?? 'any';
  // "Any move by Tashkent to recognise the Taliban would …": so is the act of any noun an infinitive completes.
  if (!isNoun && !negation && nounBeforeInfinitive(v, trigger) === 'any') speculation = speculation ?? 'any … to';
  // "said recognising Palestine now could be counterproductive": a gerund as the subject is an act talked about.
  const gerundSubject =
    !isNoun &&
    /ing$/.test(v.norm(trigger)) &&
    (trigger === 0 || v.norm(trigger - 1) === 'that' || cues.reporting.has(v.norm(trigger - 1)));
  // "A decision by Kenya to recognise Somaliland could trigger a crisis": an act an indefinite noun stands for.
  const indefiniteAct = !isNoun && INDEFINITE.has(nounBeforeInfinitive(v, trigger) ?? '');
  if ((isNoun || gerundSubject || indefiniteAct) && !speculation) {
    const end = v.clauseEnd(trigger);
    let verbSeen = false;
    for (let k = trigger + 1; k < end; k++) {
      // "Recognition by Iran would depend on …", "recognition must come at the end of a process": the noun's own
      // predicate is conditional.
      if (NOUN_MODALS.has(v.norm(k)) && !verbSeen) speculation = v.norm(k);
      verbSeen ||= verbAt(v, k);
      // (a list of agents goes on past its commas: "by France, Belgium and Luxembourg is expected")
      const listed = v.tokens[k].text === ',' && !!v.refAt[k - 1] && !!v.refAt[k + 1];
      // ("Washington's recognition of Somaliland, if it happens, would …": a condition set off after the noun)
      if (v.tokens[k].text === ',' && ASIDE_CONDITIONS.has(v.norm(k + 1)) && !verbSeen) speculation = v.norm(k + 1);
      if (v.tokens[k].kind === 'dash' || (v.tokens[k].text === ',' && !listed)) break;
      // ("in May 1992" is the month)
      if (AFTER_NOUN_SPECULATION.has(v.norm(k)) && v.tokens[k].text !== 'May') speculation = v.norm(k);
      if (AFTER_NOUN_INTENT.has(v.norm(k)) && fw.beForms.has(v.norm(k - 1))) intent = intent ?? v.norm(k);
    }
  }
  // "Slovenia's government recognises Palestinian state, needs parliamentary approval": not done until approved.
  if (!negation && intent === null && APPROVAL_PENDING.test(v.text)) intent = 'pending approval';

  // "refused to accept Taliban diplomats": a refusal right before any other act is its negation.
  const governs = refusalEnd <= trigger && trigger - refusalEnd <= 3;
  if (refusal && !isRecognition && !negation && governs) return read('negated', refusal, false, false);
  if (negation && guessedNot) return read('speculated', `${negation} ${speculation ?? ''}`.trim(), false, false);
  // "Pakistan did not recognise Bangladesh until February 1974": the denial ends when the act was done.
  if (negation && !refusal && deniedUntil(v, trigger) >= 0) return read('asserted', 'not … until', false, false);
  if (negation) {
    // "has not ruled out recognition": a refusal denied leaves the act open.
    if (
      refusal &&
      /^(?:rul|reject|refus|declin)/.test(refusal) &&
      negation !== refusal &&
      !/^(?:refus|declin)/.test(negation)
    )
      return read('speculated', `${negation} ${refusal}`, false, false);
    if (isRecognition && refusal) return read('asserted', refusal, true, false);
    if (planCue) return read('negated', negation, false, true);
    return read('negated', negation, false, false);
  }
  if (refusal && isRecognition && /^(?:refus|declin|rul|reject|no )/.test(refusal))
    return read('asserted', refusal, true, false);
  // "vowed to maintain its embassy", "would keep ties with Taiwan": what is kept is in place already.
  const kept = ongoingAt(v, trigger, isNoun);
  if (kept >= 0) presupposedAt = Math.max(presupposedAt, kept);
  if (speculation && presupposedAt < speculationAt) return read('speculated', speculation, false, false);
  if (intent && presupposedAt < intentAt) return read('intended', intent, false, false);
  if (permittedJourney(v, trigger)) return read('speculated', 'allowed to travel', false, false);
  const disputed = disputedAfter(v, trigger);
  if (disputed) return read('speculated', disputed, false, false);
  return read('asserted', null, false, false);
}

/**
 * "allowing him to travel to Moscow", "invited Muttaqi to visit Beijing": a journey someone is let or asked to
 * make is not yet made ("allowed Taiwan to open an office" tells the opening itself).
 */
function permittedJourney(v: SentenceView, trigger: number): boolean {
  const { fw } = extractLexicon();
  if (v.norm(trigger - 1) !== 'to' || !fw.journeyVerbs.has(v.norm(trigger))) return false;
  // (the permission verb, past its object: "allowed him", "permitted the Taliban foreign minister")
  for (let k = trigger - 2; k >= Math.max(0, trigger - 7); k--) {
    if (fw.permitVerbs.has(v.norm(k))) return true;
    if (v.isBoundary(k) || verbAt(v, k)) return false;
  }
  return false;
}

/**
 * "Serbia said Suriname had withdrawn its recognition, a claim Pristina denied", "…, which Pristina has
 * denied", "…, though Pristina denied it": a claim set off after the act and denied by a party leaves the act
 * disputed. The cue, else null.
 */
function disputedAfter(v: SentenceView, trigger: number): string | null {
  for (let k = trigger + 1; k < v.tokens.length; k++) {
    // (a spaced hyphen sets the claim off too: "… Kosovo - a claim Pristina rejected")
    const spacedHyphen = v.tokens[k].kind === 'hyphen' && v.tokens[k + 1]?.start > v.tokens[k].end;
    // (only a claim that closes the act's own clause: "Russia recognised the Taliban, and Serbia said Togo had
    // withdrawn …, a claim Pristina denied" disputes Togo's act alone)
    if (verbAt(v, k)) return null;
    if (v.tokens[k].text !== ',' && v.tokens[k].kind !== 'dash' && !spacedHyphen) continue;
    const denial = claimDeniedFrom(v, k + 1) ?? actDeniedFrom(v, k + 1);
    if (denial) return denial;
  }
  return null;
}

/** ", a claim Pristina denied", ", reports that Accra dismissed", ", which Pristina has denied". */
function claimDeniedFrom(v: SentenceView, from: number): string | null {
  const { cues } = extractLexicon();
  // (the claim noun right after the comma, past an article or an adjective: ", a claim", ", an allegation")
  let head = -1;
  for (let j = from; j <= from + 2 && j < v.tokens.length && head < 0; j++)
    if (cues.claimNouns.has(v.norm(j)) || (j === from && v.norm(j) === 'which')) head = j;
  if (head < 0) return null;
  for (let j = head + 1; j <= head + 9 && j < v.tokens.length; j++) {
    // ("a report Astana has not denied" leaves it standing)
    if (v.tokens[j].text === ',' || v.tokens[j].kind === 'dash' || /^(?:not|n't|never)$/.test(v.norm(j))) return null;
    // ("which Somalia rejected as illegal" rejects a told act: after "which", only a denial of its truth counts)
    const truthDenial = !/^(?:reject|dismiss)/.test(v.norm(j));
    if (cues.claimDenials.has(v.norm(j)) && (v.norm(head) !== 'which' || truthDenial))
      return `${v.norm(head)} … ${v.norm(j)}`;
  }
  return null;
}

/**
 * ", though Pristina denied it", ", but Kabul denied the report": a clause after the act whose verb denies it, or
 * any denial verb whose object is a claim ("but Somalia rejected it" rejects a told act, no claim).
 */
function actDeniedFrom(v: SentenceView, from: number): string | null {
  const { cues, fw } = extractLexicon();
  if (!DENIAL_JOINS.has(v.norm(from))) return null;
  for (let j = from + 1; j <= from + 8 && j < v.tokens.length; j++) {
    if (v.tokens[j].text === ',' || /^(?:not|n't|never)$/.test(v.norm(j))) return null;
    if (!cues.claimDenials.has(v.norm(j))) continue;
    const object = v.norm(j + 1) === 'the' || v.norm(j + 1) === 'such' ? j + 2 : j + 1;
    const truthDenial = !/^(?:reject|dismiss)/.test(v.norm(j));
    // ("but Somalia denied it any legitimacy" denies it something else)
    const after = v.tokens[object + 1];
    const ends = after?.kind !== 'word' || fw.prepositions.has(after.norm) || after.norm.endsWith('ly');
    const pronoun = truthDenial && /^(?:it|this|that|so)$/.test(v.norm(object)) && ends;
    if (cues.claimNouns.has(v.norm(object)) || pronoun) return `${v.norm(from)} … ${v.norm(j)}`;
    return null;
  }
  return null;
}

/** Words that open a clause set against the one before it: "…, though Pristina denied it". */
const DENIAL_JOINS = new Set(['though', 'although', 'but', 'while', 'yet']);

/** A cue phrase with a date inside it: "agreed on Friday to", "pledged last week to". */
function pastDate(v: SentenceView, k: number, list: string[][]): string[] | undefined {
  let j = k + 1;
  if (v.norm(j) === 'on' || v.norm(j) === 'in') j++;
  const date = v.dates.find((d) => v.tokens[j] && d.start <= v.tokens[j].start && v.tokens[j].start < d.end);
  if (!date) return undefined;
  while (j < v.tokens.length && v.tokens[j].start < date.end) j++;
  return list.find((ph) => ph.length > 1 && ph[0] === v.norm(k) && ph.slice(1).every((w, n) => v.norm(j + n) === w));
}

/** Tokens 0..k are one actor or a list of them ("Spain, Ireland, Norway to recognise …"). */
/** A verb that carries its own tense: a present in -s ("continues", "hosts") or an auxiliary ("has", "will"). */
/**
 * "did not recognise Bangladesh until February 1974", "had not established relations with China until 2016": a
 * past denial that lasts until a date tells the act done then. The token where that date starts, else -1.
 */
export function deniedUntil(v: SentenceView, trigger: number): number {
  let until = -1;
  for (let k = trigger + 1; k < Math.min(v.tokens.length - 1, trigger + 14); k++) {
    if (v.isBoundary(k) || v.tokens[k].text === ',') break;
    if (v.norm(k) === 'until' || v.norm(k) === 'till') {
      until = k;
      break;
    }
  }
  if (until < 0 || !v.dates.some((d) => d.start === v.tokens[until + 1].start && d.role === 'point')) return -1;
  for (let k = trigger - 1; k >= Math.max(v.clauseStart(trigger), trigger - 4); k--) {
    if (PAST_DENIAL.has(v.norm(k))) return until + 1;
    if (v.norm(k) === 'not' || v.norm(k) === "n't") return PAST_DENIAL.has(`${v.norm(k - 1)} not`) ? until + 1 : -1;
  }
  return -1;
}

const PAST_DENIAL = new Set(['did not', 'had not', 'was not', 'were not', "didn't", "hadn't", "wasn't", "weren't"]);

function ownTense(v: SentenceView, k: number): boolean {
  const { triggers, cues, fw } = extractLexicon();
  const n = v.norm(k);
  if (fw.tensedAuxiliaries.has(n)) return true;
  if (!n.endsWith('s') || !verbAt(v, k)) return false;
  return cues.presupposition.has(n) || !!triggers.get(n)?.some((t) => t.pos === 'verb');
}

function headlineList(v: SentenceView, k: number): boolean {
  const last = v.refAt[k];
  if (!last?.actor) return false;
  for (let j = last.start - 1; j >= 0; j--) {
    const r = v.refAt[j];
    if (r) {
      if (!r.actor) return false;
      j = r.start;
      continue;
    }
    const w = v.norm(j);
    if (w !== ',' && w !== 'and' && w !== '&') return false;
  }
  return true;
}

/** The trigger stands in an opening "Were/Should/Had X (to) …" clause, before its comma. */
function invertedCondition(v: SentenceView, trigger: number): boolean {
  const first = v.tokens[0]?.text;
  if (first !== 'Were' && first !== 'Should') return false;
  const comma = v.tokens.findIndex((t) => t.text === ',');
  return !!(v.refAt[1] ?? v.refAt[2]) && (comma < 0 || trigger < comma);
}

/** Tokens of the zone from k to the trigger: asides left out of the zone do not count. */
function zoneDistance(zone: number[], k: number, trigger: number): number {
  let n = 0;
  for (const j of zone) if (j > k && j <= trigger) n++;
  return n;
}

interface Subordinate {
  /** Where the clause's own words start. */
  start: number;
  /** The clause sets a condition ("unless Israel recognises …"): what it tells is a guess. */
  condition: string | null;
}

/**
 * The subordinate clause a trigger stands in, when it has a named subject and a verb of its own, and what it
 * does to the mode. "…, a day after Israel became the first country to recognise Somaliland": a clause opened by
 * "because", "since" or a measured "after" with a past-tense verb states a fact, whatever the main clause's cues
 * ("said it would open an embassy"). "will not act unless Israel recognises Palestine", "will wait until Germany
 * recognises Kosovo": with a present-tense verb it sets a condition, neither done, planned nor refused.
 */
function subordinateClause(v: SentenceView, trigger: number, start: number): Subordinate | null {
  const { fw } = extractLexicon();
  for (let k = trigger - 1; k > start; k--) {
    // ("Britain, which said it would act unless Israel …, recognised": an aside's clause is not the trigger's)
    const aside = v.asideOf(k);
    if (aside && (trigger < aside.start || trigger >= aside.end)) {
      k = aside.start;
      continue;
    }
    const word = v.norm(k);
    if (!fw.subordinators.has(word) && !fw.conditionalSubordinators.has(word)) continue;
    let j = k + 1;
    while (j < trigger && fw.determiners.has(v.norm(j))) j++;
    const ref = v.refAt[j];
    if (!ref || ref.possessive) return null;
    // The subject may be a list ("after Norway, Ireland and Spain recognised …").
    let end = ref.end;
    while (end < trigger && (v.refAt[end] || v.norm(end) === ',' || v.norm(end) === 'and')) end++;
    // An adverb may stand before the verb ("after Israel formally recognised").
    while (end < trigger && /ly$/.test(v.norm(end))) end++;
    if (end > trigger) return null;
    const verb = v.norm(end);
    const past = isPastForm(verb);
    const anchored = fw.anchoredSubordinators.has(word) && fw.durations.has(v.norm(k - 1));
    if (past && (anchored || fw.factualSubordinators.has(word))) return { start: k + 1, condition: null };
    // "said it would respond after Spain recognised Palestine on Tuesday": a past told with its own time, or in
    // the pluperfect, happened; so does one after "after", which news does not use for a condition.
    if (past && TOLD_SUBORDINATORS.has(word) && (word === 'after' || verb === 'had' || datedClause(v, k, trigger)))
      return { start: k + 1, condition: null };
    if (!fw.conditionalSubordinators.has(word)) return null;
    const present = end === trigger ? !past : /[^s]s$/.test(verb) || verb === 'has' || verb === 'have' || verb === 'do';
    // "said it would not act until Israel recognised Palestine": a past told after "would" is a future in the past.
    const reportedFuture = v.tokens.slice(start, k).some((t) => t.norm === 'would');
    return present || reportedFuture ? { start: k + 1, condition: word } : null;
  }
  return null;
}

const TOLD_SUBORDINATORS = new Set(['after', 'when']);

/** The clause opened at k holds a date of its own, on either side of its verb. */
function datedClause(v: SentenceView, k: number, trigger: number): boolean {
  const from = v.tokens[k].end;
  const to = v.tokens[Math.max(trigger, v.clauseEnd(trigger) - 1)]?.end ?? Number.POSITIVE_INFINITY;
  return v.dates.some((d) => d.start >= from && d.end <= to);
}

/**
 * "Pristina rejected Belgrade's claims that Togo had withdrawn", "dismissed as baseless reports that": a denial
 * verb whose object, a few words on, is a claim standing before the trigger. The claim's act is denied, and the
 * verb is no refusal of it.
 */
function deniedClaimAt(v: SentenceView, k: number, trigger: number): string | null {
  const { cues } = extractLexicon();
  if (!cues.claimDenials.has(v.norm(k))) return null;
  for (let j = k + 1; j < Math.min(trigger, k + 6); j++) {
    if (cues.claimNouns.has(v.norm(j))) return claimGoverns(v, j, trigger) ? `${v.norm(k)} … ${v.norm(j)}` : null;
    // (the object's own words: "Belgrade's", "the", "media", "as baseless"; not a clause of its own)
    const t = v.tokens[j];
    if (v.norm(j) === 'that' || (t.kind !== 'word' && t.kind !== 'poss') || v.isBoundary(j)) return null;
  }
  return null;
}

/**
 * The trigger stands in the claim's own clause: "claims that Togo had withdrawn", "claims by Somalia that …",
 * "reports Russia had closed …"; not "rejected Serbia's claims and thanked Togo", nor "… that Togo had withdrawn and
 * thanked Ghana".
 */
function claimGoverns(v: SentenceView, noun: number, trigger: number): boolean {
  let that = -1;
  for (let j = noun + 1; j < Math.min(trigger, noun + 5) && that < 0; j++) if (v.norm(j) === 'that') that = j;
  if (that < 0 && !v.refAt[noun + 1]) return false;
  for (let j = Math.max(that, noun) + 1; j < trigger; j++)
    if ((v.norm(j) === 'and' || v.norm(j) === 'but') && verbAt(v, j + 1)) return false;
  return true;
}

/** Where a verb that keeps the act in place stands: the trigger itself, or right before its noun ("keep ties"). */
function ongoingAt(v: SentenceView, trigger: number, isNoun: boolean): number {
  const { ongoing } = extractLexicon().cues;
  if (ongoing.has(v.norm(trigger))) return trigger;
  if (!isNoun) return -1;
  for (let k = trigger - 1; k >= Math.max(0, trigger - 3); k--) {
    if (ongoing.has(v.norm(k))) return k;
    if (v.tokens[k].kind !== 'word' || verbAt(v, k)) return -1;
  }
  return -1;
}

/** The cue ending before `from` governs the trigger: only adverbs stand between ("rather than formally recognise"). */
function governsDirectly(v: SentenceView, from: number, trigger: number): boolean {
  if (from > trigger) return false;
  for (let k = from; k < trigger; k++) if (!v.norm(k).endsWith('ly') || v.refAt[k]) return false;
  return true;
}

/** Each cue list indexed by its phrases' first words. */
interface CueIndexes {
  negation: Map<string, string[][]>;
  notNegation: Map<string, string[][]>;
  refusal: Map<string, string[][]>;
  speculation: Map<string, string[][]>;
  purpose: Map<string, string[][]>;
  intent: Map<string, string[][]>;
  concessions: Map<string, string[][]>;
  deniedComplement: Map<string, string[][]>;
  alternative: Map<string, string[][]>;
  nearMiss: Map<string, string[][]>;
  informal: Map<string, string[][]>;
}

let indexes: CueIndexes | null = null;

function cueIndexes(): CueIndexes {
  if (!indexes) {
    const { cues, fw } = extractLexicon();
    indexes = {
      negation: phrasesByFirstWord(cues.negation),
      notNegation: phrasesByFirstWord(cues.notNegation),
      refusal: phrasesByFirstWord(cues.refusal),
      speculation: phrasesByFirstWord(cues.speculation),
      purpose: phrasesByFirstWord(cues.purpose),
      intent: phrasesByFirstWord(cues.intent),
      concessions: phrasesByFirstWord(fw.concessions),
      deniedComplement: phrasesByFirstWord(cues.deniedComplement),
      alternative: phrasesByFirstWord(cues.alternative),
      nearMiss: phrasesByFirstWord(cues.nearMiss),
      informal: phrasesByFirstWord(cues.informal),
    };
  }
  return indexes;
}

/** A phrase of an indexed cue list ends at token k: "held off on", "voted against". */
function cueEndingAt(v: SentenceView, k: number, index: Map<string, string[][]>): boolean {
  return cueStartEndingAt(v, k, index) >= 0;
}

/** Where a cue phrase of the index that ends at token k starts, or -1. */
function cueStartEndingAt(v: SentenceView, k: number, index: Map<string, string[][]>): number {
  for (let s = Math.max(0, k - MAX_CUE_WORDS + 1); s <= k; s++) {
    const bucket = index.get(v.norm(s));
    if (bucket) for (const ph of bucket) if (ph.length === k - s + 1 && v.phraseAt(s, ph)) return s;
  }
  return -1;
}

const MAX_CUE_WORDS = 4;

/** The first phrase of an indexed cue list, in list order, that tokens k.. spell. */
function cueAt(v: SentenceView, k: number, index: Map<string, string[][]>): string[] | undefined {
  const bucket = index.get(v.norm(k));
  if (bucket) for (const ph of bucket) if (v.phraseAt(k, ph)) return ph;
  return undefined;
}

let firstCueWords: Set<string> | null = null;

/** First words of every cue phrase, and the words the loop handles itself: most tokens are none of them. */
function cueIndex(): Set<string> {
  if (!firstCueWords) {
    const { cues } = extractLexicon();
    firstCueWords = new Set(['would', 'too', ...cues.presupposition, ...cues.guessInfinitive, ...cues.orderInfinitive]);
    for (const list of [cues.negation, cues.refusal, cues.speculation, cues.purpose, cues.intent, cues.alternative])
      for (const p of list) firstCueWords.add(p[0]);
  }
  return firstCueWords;
}

/** "Why did Russia recognise …?", "How has Kazakhstan engaged …?": a question of a done act's reason or manner. */
function askedWhy(v: SentenceView): boolean {
  return /^(?:why|how)$/.test(v.norm(0)) && /^(?:did|has|have|had)$/.test(v.norm(1));
}

/** "…, according to unconfirmed reports", "…, according to rumours": an unconfirmed source for the trigger's clause. */
function hedgedSourceAfter(v: SentenceView, trigger: number): boolean {
  for (let k = trigger + 1; k < v.tokens.length - 1; k++) {
    if (v.norm(k) !== 'according' || v.norm(k + 1) !== 'to') continue;
    for (let j = k + 2; j < Math.min(v.tokens.length, k + 5); j++) if (HEDGED_SOURCES.has(v.norm(j))) return true;
    return false;
  }
  return false;
}

const HEDGED_SOURCES = new Set(['unconfirmed', 'unverified', 'rumours', 'rumors', 'speculation']);

/** The mode a near miss or a step short of the act right before the trigger (past modifiers) gives it, or null. */
function shortOf(v: SentenceView, trigger: number): Mode | null {
  const phrases = cueIndexes();
  let k = trigger - 1;
  while (k > 0 && SHORT_MODIFIERS.has(v.norm(k))) k--;
  const near = cueStartEndingAt(v, k, phrases.nearMiss);
  if (near >= 0) {
    // ("nearly recognised", "came close to recognising", "had almost recognised": it did not; "has all but
    // recognised", "is almost ready": not yet)
    const past = isPastForm(v.norm(trigger)) && !/^(?:has|have)$/.test(v.norm(k - 1)) && v.norm(k - 2) !== 'has';
    const came = v.norm(near) === 'came';
    return past || came ? 'negated' : 'speculated';
  }
  return cueEndingAt(v, k, phrases.informal) ? 'speculated' : null;
}

/** Words between a near miss and its act: "came close to formally recognising", "on the verge of full recognition". */
const SHORT_MODIFIERS = new Set(['formally', 'formal', 'fully', 'full', 'officially', 'official', 'diplomatic']);

/** A bare noun right after "on", "about" or "over" that a verb (past an adverb) governs: "act alone on recognition". */
function topicOfVerb(v: SentenceView, noun: number): boolean {
  const { fw } = extractLexicon();
  if (!fw.topicPrepositions.has(v.norm(noun - 1))) return false;
  let k = noun - 2;
  if (k >= 0 && (v.norm(k) === 'alone' || v.norm(k).endsWith('ly'))) k--;
  if (k < 0 || v.refAt[k] || v.tokens[k].kind !== 'word' || v.tokens[k].cap) return false;
  // ("will decide on recognition", "to act on recognition": a bare verb after a modal or "to")
  return verbAt(v, k) || BARE_VERB_BEFORE.has(v.norm(k - 1));
}

const BARE_VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'not', "n't"]);

function read(mode: Mode, cue: string | null, refusal: boolean, intentNegated: boolean): ModeReading {
  return { mode, cue, refusal, intentNegated };
}
