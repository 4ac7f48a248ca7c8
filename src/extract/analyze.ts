import type { Action, Mode, PartialDate } from '../core/types.ts';
import type { DateMention } from '../nlp/dates.ts';
import { attribution, dateFor } from './dating.ts';
import type { DocState } from './document.ts';
import { type EntityRef, entityKind } from './entities.ts';
import { frameAt, prefixed, proverbAt, reachEnd } from './frames.ts';
import { type ActorSlot, extractLexicon, type Frame, type Reversal, type TargetSlot, type Trigger } from './lexicon.ts';
import { modeOf } from './modes.ts';
import { phrasesByFirstWord, type SentenceView } from './sentence.ts';
import {
  actAfter,
  afterPreposition,
  blocked,
  type Filler,
  filler,
  groupOf,
  groupRefs,
  memberDate,
  modifierBefore,
  objectAfter,
  objectPossessor,
  ownerAfter,
  ownerOfNoun,
  possessorBefore,
  predicateNoun,
  referred,
  setOffExamples,
  subjectOf,
  subordinateAfter,
  verbAt,
} from './slots.ts';

/** An entity id, or a slot the document fills once it has been read. */
export type Party = string | { deferred: 'act' | 'topic'; action?: Action };

/** A record before the document-level refiners: parties may still be deferred. */
export interface Draft {
  actor: Party;
  action: Action;
  target: Party;
  mode: Mode;
  date: PartialDate | null;
  dateSource: 'stated' | 'relative' | 'context' | null;
  rule: string;
  sentence: number;
  start: number;
  end: number;
  evidence: string;
  /** The latest year the sentence writes, ranges included: the era it speaks of. */
  era?: number | null;
  /** A plan's: when it was told, the date of the announcement it makes. */
  told?: PartialDate;
  /** INTEND_RECOGNIZE follows from an intended recognition; REFUSE from a refusal. */
  derived?: 'intend' | 'refuse' | 'intend-negated' | 'also';
}

/** The last act a sentence reported, which pro-verbs ("follow suit", "did so") stand for. */
export interface LastAct {
  action: Action;
  target: string | null;
  /** When it happened, if told: a pro-verb's day and month without a year fall after it. */
  date?: PartialDate | null;
}

/** The acts a pro-verb ("follow suit", "do so") can stand for. */
export const PRO_ACTS = new Set<Action>([
  'RECOGNIZE',
  'WITHDRAW_RECOGNITION',
  'ACCEPT_ENVOY',
  'SEND_ENVOY',
  'OPEN_MISSION',
  'CLOSE_MISSION',
]);

/** An act told earlier in the sentence: "did so" or "did the same" after it stands for it. */
interface LocalAct {
  action: Action;
  targets: string[];
  date: PartialDate | null;
}

/** Finds the drafts one sentence states. */
export function analyzeSentence(v: SentenceView, index: number, doc: DocState, last: LastAct | null): Draft[] {
  const out: Draft[] = [];
  let lastAct = last;
  // Each trigger read so far, with the act it stated (null when it stated none).
  const acts = new Map<number, LocalAct | null>();
  const consumed = new Set<number>();
  for (let i = 0; i < v.tokens.length; i++) {
    if (v.refAt[i] || consumed.has(i)) continue;
    const pro = lastAct || doc.lastRecognition || doc.previousListing || acts.size > 0 ? proverbAt(v, i) : null;
    // "did so" is the act just told, in this sentence if it tells one; "follow suit", "follow its lead" the
    // recognition the story is about.
    const found = pro?.anaphoric ? antecedent(v, i, acts) : null;
    if (pro && found === 'other') {
      // "expected to review its ties, though it has no plans to do so": the verb before is no act of ours.
      i = pro.end - 1;
      continue;
    }
    const local = found === 'other' ? null : found;
    // ("Barbados recognised Palestine, while Jamaica followed": a recognition the same sentence told comes first)
    const toldHere =
      lastAct !== last && (lastAct?.action === 'RECOGNIZE' || lastAct?.action === 'WITHDRAW_RECOGNITION');
    // ("Kazakhstan removed the Taliban from its list. Kyrgyzstan did the same", "… followed suit": the listing just
    // told)
    const listing =
      pro && !pro.negated && lastAct === last && doc.previousListing?.sentence === index - 1
        ? doc.previousListing
        : null;
    const before: LastAct | null | undefined = local
      ? { action: local.action, target: local.targets[0] ?? null, date: local.date }
      : (listing ?? (pro && (pro.anaphoric || toldHere ? lastAct : (doc.lastRecognition ?? lastAct))));
    const meant = pro?.reverses ? reversed(before, pro.reverses) : before;
    if (pro?.reverses && !meant) {
      i = pro.end - 1;
      continue;
    }
    if (pro && meant) {
      const frame: Frame = {
        id: 'proverb',
        action: meant.action,
        verbs: [],
        target: ['topic'],
        ...(pro.byAgent && { actor: ['by'] as ActorSlot[] }),
      };
      const told = local ? local.targets : proTargets(meant.target, doc);
      // ("intends to follow Israel's lead": the one followed did the act, it is not its target)
      const followed = new Set(
        v.refs.filter((r) => r.possessive && r.start >= i && r.start < pro.end).map((r) => r.id),
      );
      const targets = told?.filter((t) => !followed.has(t)) ?? null;
      if (told && told.length > 0 && targets?.length === 0) {
        i = pro.end - 1;
        continue;
      }
      // "Germany said it would not": a recognition declined for the future is a refusal.
      const refusal = pro.negated && meant.action === 'RECOGNIZE' && (v.norm(i) === 'will' || v.norm(i) === 'would');
      const drafts = fromTrigger(v, index, doc, frame, i, 'verb', false, targets).map((d) => ({
        ...d,
        ...(refusal && { action: 'REFUSE_RECOGNITION' as const, derived: 'refuse' as const }),
        rule: `proverb:${meant.action}`,
        // Following comes after what is followed; doing the same may come before or after it.
        // (a copy comes after what it copies: a date the two share is the first act's)
        date:
          pro.negated || (pro.copies && d.date === meant.date)
            ? null
            : pro.anaphoric
              ? d.date
              : (afterAct(v, d.date, meant.date) ?? laterBy(v, pro.end, meant.date)),
        mode: refusal ? ('asserted' as const) : pro.negated ? ('negated' as const) : d.mode,
      }));
      // ("Kiribati is expected to follow" a switch to Beijing: both sides of it. Recognising one rival drops the
      // other; cutting ties with one says nothing of the other.)
      out.push(...drafts, ...rivalDrafts(drafts.filter((d) => d.action === 'RECOGNIZE')));
      // ("Slovenia is expected to follow suit, while Malta is considering doing so": a later "doing so" means it too)
      const toldBy = [...new Set(drafts.map((d) => d.target).filter((t): t is string => typeof t === 'string'))];
      if (drafts.length > 0) acts.set(i, { action: meant.action, targets: toldBy, date: drafts[0].date });
      i = pro.end - 1;
      continue;
    }
    const m = frameAt(v, i);
    if (!m) continue;
    // The words a frame needed ("approve the appointment of a … ambassador") start no frame of their own.
    if (m.consumed !== null && !m.trigger.frame.keepNeeded) for (let k = i + 1; k <= m.consumed; k++) consumed.add(k);
    const drafts = fromTrigger(
      v,
      index,
      doc,
      m.trigger.frame,
      i,
      m.trigger.pos,
      m.trigger.participle,
      null,
      m.consumed,
    );
    const told = [...new Set(drafts.map((d) => d.target).filter((t): t is string => typeof t === 'string'))];
    // (an act whose target is the story's topic still stands for "did so": its targets are then the topic's)
    acts.set(
      i,
      drafts.length > 0
        ? { action: m.trigger.frame.action, targets: told, date: drafts[0].date }
        : actorlessAct(v, i, m.trigger.frame, m.trigger.pos),
    );
    out.push(...drafts, ...exclusivity(v, drafts));
    const companion = m.trigger.frame.also
      ? extractLexicon().frames.find((f) => f.id === m.trigger.frame.also)
      : undefined;
    const paired = companion ? fromTrigger(v, index, doc, companion, i, m.trigger.pos, m.trigger.participle, null) : [];
    out.push(...paired);
    if (m.trigger.frame.rivals) out.push(...rivalDrafts([...drafts, ...paired]));
    const major = drafts.find((d) => d.mode !== 'negated' && PRO_ACTS.has(d.action));
    if (major)
      lastAct = {
        action: major.action,
        target: typeof major.target === 'string' ? major.target : null,
        date: major.date,
      };
  }
  return out;
}

function fromTrigger(
  v: SentenceView,
  index: number,
  doc: DocState,
  frame: Frame,
  i: number,
  pos: 'verb' | 'noun' | 'word',
  participle: boolean,
  proTargets: string[] | null,
  needed: number | null = null,
): Draft[] {
  // A relative clause or a dash aside holds the trigger's own parties: "Kosovo, whose independence Serbia rejects,
  // was recognised by Israel".
  const aside = v.asideOf(i);
  const bounds = Math.min(
    v.clauseEnd(i),
    subordinateAfter(v, i),
    participleClauseAfter(v, i),
    aside && aside.kind !== 'paren' ? aside.end : v.tokens.length,
  );
  const windowEnd = Math.min(bounds, reachEnd(v, i, frame.window ?? 12));
  // ("opened the Taipei Economic and Cultural Office in Vilnius": the place after the needed noun is the frame's too)
  const placeEnd =
    needed !== null && needed > i ? Math.min(bounds, Math.max(windowEnd, reachEnd(v, needed, 3))) : windowEnd;
  const passive = pos !== 'noun' && participle && isPassive(v, i);
  const actorSlots: ActorSlot[] = passive
    ? ['by']
    : (frame.actor ?? (pos === 'noun' ? ['possessor', 'by', 'subject'] : ['subject']));
  // "Russia's move to recognize", "Macron's plan to recognise": the act's possessor is the actor.
  const owner = passive ? null : actOwner(v, i, doc, pos);
  if (owner === 'unknown') return [];
  // "Somaliland has sought recognition since 1991": the subject wants the act done to it; "won recognition from
  // Israel": the one it came from did it.
  const sought = pos === 'noun' && STRICT.has(frame.action) ? seeking(v, i, windowEnd, doc) : null;
  if (sought === 'sought') return [];
  let actor: Filler | null = sought?.actor ?? owner;
  let actorSlot: ActorSlot | null = null;
  // ("The Palestinian mission in London was upgraded to an embassy": a passive's subject is the mission, too)
  const mission =
    frame.subjectHolds && (needed === null || passive) ? missionSubject(v, i, windowEnd, frame, doc) : null;
  if (mission) actor = mission.owner;
  if (!actor)
    for (const slot of actorSlots) {
      actor = fillActor(v, i, windowEnd, slot, doc, pos);
      actorSlot = slot;
      if (actor) break;
    }
  // "The Taliban was removed from Kazakhstan's list": with no "by", the owner of the word the frame needed acts.
  // ("… was added to the UN sanctions list": or the name that modifies it)
  if (passive && !actor && needed !== null && needed > i)
    actor = possessorBefore(v, needed, doc) ?? listKeeper(v, needed);
  // "Moscow's recognition was welcomed in Kabul", "was condemned in Belgrade": a reaction heard in a seat of power is
  // its government's.
  if (passive && !actor && (frame.action === 'PRAISE' || frame.action === 'CONDEMN'))
    actor = hostPlace(v, i, windowEnd);
  // "A memorandum was signed between Turkmenistan and the Taliban": the two parties act on each other.
  // ("A memorandum between Ethiopia and Somaliland was signed": or "between" inside the subject)
  if (passive && !actor && frame.symmetric)
    actor = afterPreposition(v, i + 1, windowEnd, 'between') ?? afterPreposition(v, v.clauseStart(i), i, 'between');
  // "The Ethiopia-Somaliland memorandum was signed": a pair named in the subject, each acting on the other.
  const pairedSubject = passive && !actor && frame.symmetric ? subjectPair(v, i, doc) : null;
  if (pairedSubject) actor = pairedSubject;
  // "Chad closed Israel's embassy": a mission another party owns, closed by the clause's subject, is that party's.
  let hostOf: Filler | null = null;
  if (frame.hostActs && actorSlot === 'owner' && actor?.kind === 'refs') {
    const owners = new Set(actor.refs.map((r) => r.id));
    const subject = subjectOf(v, i, doc);
    if (subject?.kind === 'refs' && !subject.refs.some((r) => owners.has(r.id))) {
      hostOf = actor;
      actor = subject;
    }
  }
  const actorIds = new Set(actor?.kind === 'refs' ? actor.refs.map((r) => r.id) : []);
  let target: Filler | null = hostOf ?? sought?.target ?? null;
  // ("Sanctions were imposed on the Taliban": when the subject is the word the frame needed, the frame's own slots)
  const targetSlots: TargetSlot[] = passive
    ? ['subject', ...frame.target.filter((t) => t !== 'object' && t !== 'topic')]
    : frame.target;
  if (mission) target = mission.place;
  // "Starmer's pledge to recognise Palestine unless Israel …, was welcomed by Abbas": the reaction falls on the owner
  // of the act its clause opens with, not on a party named inside that act.
  if (passive && !hostOf && !mission && frame.target.includes('possessor')) target = headOwner(v, i, actorIds);
  // ("between the foreign minister of Uzbekistan and …": the parties the "between" slot found)
  let betweenSlot = false;
  // "Israel recognised Somaliland, but Somalia rejected it": a reaction's "it" after a clause that told an act is
  // that act, not the party last named.
  if (!passive && !target && frame.target.includes('act') && actPronounAfter(v, i))
    target = { kind: 'deferred', slot: 'act' };
  if (!hostOf && !mission && !target && !pairedSubject)
    for (const slot of targetSlots) {
      const end = slot === 'in' || slot === 'at' ? placeEnd : windowEnd;
      target = fillTarget(v, i, end, slot, actorIds, doc, actor, pos, frame.action);
      betweenSlot = slot === 'between';
      if (target) break;
    }
  // "revoked the designation of the Houthis", "sanctions on a country": a list or a sanction on a party the
  // gazetteer does not know, or on none in particular, is not on the story's main target.
  if (
    target?.kind === 'deferred' &&
    target.slot === 'topic' &&
    LIST_ACTS.has(frame.action) &&
    unknownParty(v, i + 1, windowEnd)
  )
    target = null;
  // "…, a step Somalia condemned": the act the reaction's subject follows in a relative clause without "that".
  if (!passive && !target && frame.target.includes('act') && actor?.kind === 'refs' && actNounBefore(v, actor.start))
    target = { kind: 'deferred', slot: 'act' };
  // "The move was condemned by Israel": a passive whose subject is an act named without its agent.
  if (passive && !target && frame.target.includes('act'))
    target =
      actAfter(v, v.clauseStart(i), i) ??
      (actNounBefore(v, passiveStart(v, i)) ? { kind: 'deferred', slot: 'act' } : null);
  // "The credentials of the Taliban envoy were accepted by Beijing": the owner stands inside the passive's subject.
  if (passive && !target && frame.target.includes('owner')) target = ownerAfter(v, v.clauseStart(i), i, actorIds);
  // "The ban on the Taliban was suspended by Russia's Supreme Court": so does the party a listing falls on.
  if (passive && !target && LIST_ACTS.has(frame.action)) target = listedInSubject(v, i);
  if (proTargets && proTargets.length > 0 && (!target || target.kind === 'deferred'))
    target = referred(proTargets, i, i + 1);
  // "when the U.S. launched operations, Russia was quick to support the intervention": the act's agent is the
  // other subject of the sentence, when it has one.
  // ("held calls with his counterparts, who all condemned the recognition": not inside a relative clause, whose
  // antecedent's own clause is another act)
  if (target?.kind === 'deferred' && target.slot === 'act' && aside?.kind !== 'relative')
    target = otherSubject(v, i, actorIds) ?? target;
  // "talks held in Moscow with the Taliban": the host of talks with no named party is the place's government.
  if (
    !actor &&
    frame.action === 'MEET' &&
    pos === 'noun' &&
    target?.kind === 'refs' &&
    wordBefore(v, target.start) === 'with'
  )
    actor = hostPlace(v, i, windowEnd);
  // "Only a handful of states recognise Abkhazia: Russia, Nicaragua, …": the unnamed subject is listed after a colon.
  if (!actor && pos !== 'noun' && !passive) actor = colonMembers(v, i);
  // "the 3rd Moscow Format meeting", "the Doha talks": with no party named, the host city's government convenes.
  if (!actor && frame.action === 'MEET' && pos === 'noun' && (!target || target.kind === 'deferred'))
    actor = hostModifier(v, i);
  if (frame.id === 'meet.format' && !hostModifier(v, i)) return [];
  let actors: Party[] = [];
  if (actor?.kind === 'refs') actors = actor.refs.filter(canAct).map((r) => r.id);
  else if (actor?.kind === 'quantifier') actors = quantifiedActors(v, target);
  else if (actor?.kind === 'deferred') actors = [{ deferred: actor.slot, action: actor.action }];
  let targets: Party[] = [];
  if (target?.kind === 'refs') targets = target.refs.map((r) => r.id).filter((t) => !frame.onlyRivals || rivalOf(t));
  else if (target?.kind === 'deferred') targets = [{ deferred: target.slot, action: target.action }];
  const concreteTargets = targets.filter((t) => typeof t === 'string');
  // "Israel and Kosovo agreed to recognise each other": each of the actors acts on the others.
  const mutual = frame.symmetric || reciprocal(v, i, windowEnd, actors.length);
  const symmetricPairs = mutual && concreteTargets.length === 0 && actors.length >= 2;
  // "a meeting between A and B", "hosted talks between A and B": the two parties meet, each way.
  const between =
    !symmetricPairs &&
    frame.symmetric &&
    target?.kind === 'refs' &&
    targets.length >= 2 &&
    (betweenSlot || wordBefore(v, target.start) === 'between');
  const also = symmetricPairs || between || targets.length === 0 ? null : alsoAfter(v, i);
  // Those joined acted before, at a time the sentence does not give.
  const joiners = symmetricPairs || between || targets.length === 0 ? [] : joined(v, i);
  const gap = symmetricPairs || between || targets.length === 0 ? null : gapped(v, i);
  // ("condemned Israel's recognition of Somaliland, and Jordan too": Jordan did what the verb tells, not the noun)
  const gapFollows = gap && (!gap.likewise || pos !== 'noun') ? gap : null;
  const follow = symmetricPairs || between || targets.length === 0 ? null : (followers(v, i) ?? gapFollows);
  // ("Kosovo, and Spain neither": the gapped subject closes the object's list, but is no target)
  if (gap && targets.length > 1) targets = targets.filter((t) => typeof t !== 'string' || !gap.ids.includes(t));
  const pairs: Array<
    [Party, Party, Draft['derived'] | 'joined' | 'followed' | 'denied' | 'excepted' | 'repeated' | 'counted']
  > = [];
  const repeats = pos === 'verb' && target?.kind === 'refs' ? repeatedTargets(v, target, frame.target) : [];
  // "recognised by the US in February 2008 and by Japan in March": the passive's agent told again
  const repeatedAgents = passive && actor?.kind === 'refs' ? repeatedTargets(v, actor, ['by']) : [];
  // "No country except Russia has recognised them", "not recognised by any country apart from Israel": those set
  // apart did the opposite of the whole.
  const excepted = symmetricPairs || between ? [] : exceptedIn(v, i);
  if (symmetricPairs) {
    for (const a of actors) for (const b of actors) if (a !== b) pairs.push([a, b, undefined]);
  } else if (between) {
    for (const a of targets) for (const b of targets) if (a !== b) pairs.push([a, b, undefined]);
  } else {
    for (const a of actors) if (!excepted.includes(a as string)) for (const b of targets) pairs.push([a, b, undefined]);
    for (const a of excepted) for (const b of targets) if (a !== b) pairs.push([a, b, 'excepted']);
    // (those a rank counts after acted earlier, at a time the sentence does not give)
    for (const a of also?.ids ?? [])
      for (const b of targets) pairs.push([a, b, also && also.after >= 0 ? 'counted' : 'also']);
    for (const a of joiners) for (const b of targets) pairs.push([a, b, 'joined']);
    for (const a of follow?.ids ?? []) for (const b of targets) pairs.push([a, b, 'followed']);
    for (const a of follow?.later ?? []) for (const b of targets) pairs.push([a.id, b, 'followed']);
    for (const r of repeats) for (const a of actors) pairs.push([a, r.id, 'repeated']);
    for (const r of repeatedAgents) for (const b of targets) pairs.push([r.id, b, 'repeated']);
    // "recognised by the United States …, but not by five EU states, including Spain": those did not.
    if (passive && actor?.kind === 'refs')
      for (const a of deniedAgents(v, i + 1)) for (const b of targets) pairs.push([a, b, 'denied']);
  }
  // Mode and date are read only for a trigger that states a record.
  if (pairs.length === 0) return [];

  const isRecognition = frame.action === 'RECOGNIZE';
  // With "Macron's plan to recognise", only the words from the possessor on speak of this act's mode.
  // ("China refused to condemn Russia's recognition": a possessed act's mode is its possessor's, too)
  const possessor = pos === 'noun' && actorSlot === 'possessor' ? actor : null;
  // ("said it would recognise Somaliland, a move Mogadishu condemned": a reaction set off after a comma has the
  // mode of its own words)
  const reaction =
    !passive && frame.target.includes('act') && actor?.kind === 'refs' ? actPhraseBefore(v, actor.start) : -1;
  const zone = reaction > 0 && v.norm(reaction - 1) === ',' ? reaction : ownZone(v, owner ?? possessor, doc);
  let mode = modeOf(v, i, pos === 'noun', isRecognition, zone);
  // "Britain would recognise Palestine in September, Starmer said": the actor's own "would" is its stated intent.
  if (mode.mode === 'speculated' && mode.cue === 'would' && attributedTo(v, i, actorIds))
    mode = { ...mode, mode: 'intended', cue: 'would (reported)' };
  // "Russia would later recognise the Taliban, in July 2025": the past told in order, not a guess.
  if (mode.mode === 'speculated' && mode.cue === 'would' && narrativeWould(v, i, doc))
    mode = { ...mode, mode: 'asserted', cue: 'would (narrative)' };
  const possessed = pos === 'noun' && actor?.kind === 'refs' && actor.refs.some((r) => r.possessive);
  // "reversed its 2012 decision to recognise": the year dates the decision reversed, not the reversal.
  const objectAt =
    needed ?? (frame.needsBeforeToo ? listedBefore(v, i, frame.needsBeforeToo, frame.beforeWithin) : null);
  // ("voiced support last month, a shift from its long-standing recognition of the SADR": a noun a preposition
  // governs is a state of things the clause's time does not date)
  const governed = pos === 'noun' && prepositionGoverns(v, i);
  const dating = dateFor(v, i, mode.mode, doc, possessed || governed, objectAt);
  const era = sentenceEra(v);
  let action: Action = frame.action;
  let m: Mode = actor?.kind === 'quantifier' ? 'negated' : mode.mode;
  let derived: Draft['derived'];
  if (isRecognition && mode.refusal) {
    action = 'REFUSE_RECOGNITION';
    m = 'asserted';
    derived = 'refuse';
  } else if (isRecognition && mode.intentNegated) {
    action = 'INTEND_RECOGNIZE';
    m = 'negated';
    derived = 'intend-negated';
  } else if (frame.action === 'RECOGNIZE' && m === 'negated' && mode.cue === 'no longer') {
    // "no longer recognises Taiwan": recognition withdrawn; "would no longer recognise": a withdrawal announced.
    action = 'WITHDRAW_RECOGNITION';
    m = ceasingMode(v, i);
  }
  // "has had no embassy in Kabul since 1992", "signed no agreement": the object the frame needed is denied;
  // "its embassy in Kabul never closed": so is a noun's own predicate.
  if (needed !== null && needed > i && (m === 'asserted' || m === 'intended') && objectDenied(v, i + 1, needed, pos))
    m = 'negated';
  // "Brazil, Argentina and Chile recognised Palestine in 2010 and 2011": which date is whose is not said.
  // "Since 2017, Suriname, Burundi and Togo have withdrawn …": each acted at some time in it, not all at its start.
  const ambiguous = (dating.dates.length > 1 || dating.since === true) && actors.length > 1;
  // ("Bhutan recognised Bangladesh, followed by India on 7 December": the followers' date is theirs alone)
  const followersOnly = follow ? followersDay(v, follow) : undefined;
  const theirs =
    followersOnly &&
    dating.dates.every((d) => d === followersOnly.value) &&
    !v.dates.some((d) => d !== followersOnly && d.start < v.charStart(follow!.end));
  const dates: (PartialDate | null)[] = dating.dates.length && !ambiguous && !theirs ? dating.dates : [null];
  const ownDates = memberDates(v, actor, i);
  const drafts: Draft[] = [];
  for (const [a, b, kind] of pairs) {
    // Agents a passive denies did not act, at no time the sentence gives.
    if (kind === 'denied') drafts.push(draft(a, b, frame.action, 'negated', null, null, undefined));
    else if (kind === 'excepted') {
      const opposite = m === 'negated' ? 'asserted' : m === 'asserted' ? 'negated' : null;
      if (opposite && action === frame.action) drafts.push(draft(a, b, action, opposite, null, null, undefined));
    } else if (kind === 'repeated') {
      const date = (repeats.find((r) => r.id === b) ?? repeatedAgents.find((r) => r.id === a))?.date ?? null;
      drafts.push(draft(a, b, action, m, date, 'stated', undefined));
    } else if (kind === 'followed') {
      const own = follow?.later?.find((f) => f.id === a);
      const date = own ? afterAct(v, own.date, dates[0]) : follow ? followerDate(v, follow, dates[0]) : null;
      drafts.push(draft(a, b, action, m, date, date ? 'relative' : null, 'also'));
    } else
      for (const date of kind === 'joined'
        ? [null]
        : kind === 'counted'
          ? [countedDate(v, also!.after, dates[0])]
          : typeof a === 'string' && ownDates.has(a)
            ? [ownDates.get(a) ?? null]
            : dates)
        drafts.push(
          draft(
            a,
            b,
            action,
            m,
            date,
            dating.source,
            kind === 'joined' || kind === 'counted' ? 'also' : (kind ?? derived),
          ),
        );
  }
  return drafts;

  function draft(
    a: Party,
    b: Party,
    act: Action,
    mode: Mode,
    date: PartialDate | null,
    dateSource: Draft['dateSource'],
    how: Draft['derived'],
  ): Draft {
    const evidence = v.text;
    const [start, end] = [v.offset, v.offset + evidence.length];
    return {
      actor: a,
      action: act,
      target: b,
      mode,
      date,
      dateSource,
      rule: frame.id,
      sentence: index,
      start,
      end,
      evidence,
      era,
      derived: how,
      ...(dating.told && mode === 'intended' && { told: dating.told }),
    };
  }
}

/**
 * "Honduras in 2023 and Nicaragua in 2021 switched", "Burkina Faso (May) and El Salvador (August) switched … in
 * 2018": each member of a subject list before the trigger is dated by its own date, a month without its year taking
 * the year the sentence states elsewhere; a member without one takes that other date. Empty when no member has one.
 */
function memberDates(v: SentenceView, actor: Filler | null, trigger: number): Map<string, PartialDate | null> {
  const out = new Map<string, PartialDate | null>();
  if (actor?.kind !== 'refs' || actor.refs.length < 2) return out;
  // "Bhutan and India recognised it on 6 and 7 December 1971 respectively": the dates in the members' order.
  const respective = respectiveDates(v, trigger);
  if (respective.length === actor.refs.length) {
    for (let n = 0; n < respective.length; n++) out.set(actor.refs[n].id, respective[n].value);
    return out;
  }
  // (before the verb, or set off after it: "…, most recently Ecuador in October 2024 and Panama in November 2024")
  const owns = actor.refs.map((r) =>
    r.end < trigger || setOffExamples(v, r.start) ? memberDate(v, r.end)?.date : undefined,
  );
  // ("Portugal, the UK, Australia and Canada on Sunday joined": a date after the last member only is the list's)
  if (!owns.slice(0, -1).some(Boolean)) return out;
  // ("Panama in 2017, the Dominican Republic and El Salvador in 2018": a member joined by "and" to the next shares
  // its date)
  for (let n = owns.length - 2; n >= 0; n--)
    if (!owns[n] && owns[n + 1] && v.norm(actor.refs[n].end) === 'and') owns[n] = owns[n + 1];
  const rest = v.dates.filter((d) => d.role === 'point' && !d.impliedYear && !owns.includes(d));
  const other = rest.length === 1 ? rest[0].value : null;
  actor.refs.forEach((r, n) => {
    const d = owns[n];
    if (!d) out.set(r.id, other);
    else if (!d.impliedYear) out.set(r.id, d.value);
    else out.set(r.id, other ? `${other.slice(0, 4)}${d.value.slice(4)}` : null);
  });
  return out;
}

/** The point dates after the trigger and before a "respectively" that closes its clause. */
function respectiveDates(v: SentenceView, trigger: number): DateMention[] {
  let end = -1;
  for (let k = trigger + 1; k < v.tokens.length && !v.isBoundary(k); k++)
    if (v.norm(k) === 'respectively') {
      end = v.tokens[k].start;
      break;
    }
  if (end < 0) return [];
  return v.dates.filter((d) => d.role === 'point' && d.start > v.tokens[trigger].end && d.end <= end);
}

/**
 * "switched to Beijing in 2002 and back to Taipei in 2005", "to Beijing in 1977, to Taipei in 1989 and back to
 * Beijing in 2003": a verb's act told again, each time behind the same preposition as its first target, with a
 * target and a date of its own; none unless the first target has its own date too.
 */
function repeatedTargets(
  v: SentenceView,
  target: { start: number; end: number },
  slots: readonly string[],
): { id: string; date: PartialDate }[] {
  const { fw } = extractLexicon();
  let before = target.start - 1;
  while (before > 0 && fw.determiners.has(v.norm(before))) before--;
  const prep = v.norm(before);
  if (!slots.includes(prep) || !fw.prepositions.has(prep)) return [];
  const first = memberDate(v, target.end);
  if (!first) return [];
  const out: { id: string; date: PartialDate }[] = [];
  for (let k = first.end; k < v.tokens.length; ) {
    let j = k;
    if (v.norm(j) === ',') j++;
    if (v.norm(j) === 'and') j++;
    if (j === k) break;
    if (fw.repeatAdverbs.has(v.norm(j))) j++;
    if (v.norm(j) !== prep) break;
    j++;
    while (fw.determiners.has(v.norm(j))) j++;
    const r = v.refAt[j];
    const own = r && r.start === j && r.actor ? memberDate(v, r.end) : null;
    if (!r || !own || own.date.impliedYear) break;
    out.push({ id: r.id, date: own.date.value });
    k = own.end;
  }
  return out;
}

/**
 * The act a reversal of the act told stands for: "reversed its decision" turns a recognition into a withdrawal and a
 * withdrawal into a recognition; "revoked it" undoes a recognition; "restored it" redoes a withdrawn one. None for
 * other acts.
 */
function reversed(act: LastAct | null | undefined, way: Reversal): LastAct | null {
  if (act?.action === 'RECOGNIZE' && way !== 'redo') return { ...act, action: 'WITHDRAW_RECOGNITION' };
  if (act?.action === 'WITHDRAW_RECOGNITION' && way !== 'undo') return { ...act, action: 'RECOGNIZE' };
  return null;
}

/** The party whose recognition excludes this one's, if any. */
function rivalOf(t: Party): string | null {
  return typeof t === 'string' ? (extractLexicon().rivals.get(t) ?? null) : null;
}

/** "Nauru switched recognition to Beijing": recognising one of two rivals drops the other, and dropping one
 * recognises the other, whenever the text tells only one side of the switch. */
function rivalDrafts(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.action !== 'RECOGNIZE' && d.action !== 'WITHDRAW_RECOGNITION') continue;
    const rival = rivalOf(d.target);
    if (!rival || rival === d.actor) continue;
    const action: Action = d.action === 'RECOGNIZE' ? 'WITHDRAW_RECOGNITION' : 'RECOGNIZE';
    // ("to Beijing in 1977, to Taipei in 1989 and back to Beijing in 2003": each switch at its own date)
    const told = [...drafts, ...out].some(
      (x) =>
        x.actor === d.actor && x.action === action && x.target === rival && !(x.date && d.date && x.date !== d.date),
    );
    if (!told) out.push({ ...d, action, target: rival, rule: `${d.rule}:rival`, derived: 'also' });
  }
  return out;
}

/** The agents a passive denies after its own: ", but not by five EU states, including Spain". */
function deniedAgents(v: SentenceView, from: number): string[] {
  for (let k = from; k < v.tokens.length - 1; k++) {
    if (v.norm(k) === ';') return [];
    if (v.norm(k) !== 'not' || v.norm(k + 1) !== 'by') continue;
    const group = afterPreposition(v, k + 1, Math.min(v.tokens.length, k + 14), 'by');
    return group?.kind === 'refs' ? group.refs.filter((r) => r.actor).map((r) => r.id) : [];
  }
  return [];
}

/** The agent starting at `start` follows "not by": "not by Bangladesh but by Oman". */
function deniedBy(v: SentenceView, start: number): boolean {
  let k = start - 1;
  while (k > 0 && extractLexicon().fw.determiners.has(v.norm(k))) k--;
  return v.norm(k) === 'by' && v.norm(k - 1) === 'not';
}

/** The mode of "no longer" before trigger i, by the word before it: "will no longer" is a plan, "may" a guess. */
function ceasingMode(v: SentenceView, i: number): Mode {
  let k = i - 1;
  while (k > 0 && !(v.norm(k) === 'no' && v.norm(k + 1) === 'longer')) k--;
  const before = v.norm(k - 1);
  if (/^(?:will|would|'ll|shall|to)$/.test(before)) return 'intended';
  if (/^(?:may|might|could|can)$/.test(before)) return 'speculated';
  return 'asserted';
}

/** The states an exception phrase in the trigger's clause sets apart: "except Russia", "apart from Israel". */
function exceptedIn(v: SentenceView, i: number): string[] {
  const { fw, exceptionCue } = extractLexicon();
  const starts = phrasesByFirstWord(fw.exceptions);
  const end = v.clauseEnd(i);
  for (let k = v.clauseStart(i); k < end; k++) {
    if (!starts.has(v.norm(k))) continue;
    const phrase = v.firstPhrase(k, fw.exceptions);
    // Only a whole sets anyone apart ("any country apart from Israel"); "Apart from Ghana, the list … includes"
    // adds Ghana.
    if (!phrase || !quantifiedBefore(v, k)) continue;
    // (the text must also write the phrase's cue word whole, which tokens alone do not tell)
    if (!exceptionCue.test(v.text)) return [];
    let j = k + phrase.length;
    while (j < end && fw.determiners.has(v.norm(j))) j++;
    const ref = v.refAt[j];
    return ref ? groupOf(v, ref).map((r) => r.id) : [];
  }
  return openingExceptions(v, i);
}

/** "Apart from Russia, no country recognises the Taliban": those an opening phrase sets apart from the whole after it. */
function openingExceptions(v: SentenceView, i: number): string[] {
  const { fw, exceptionCue } = extractLexicon();
  const phrase = v.firstPhrase(0, fw.exceptions);
  const comma = v.tokens.findIndex((t) => t.text === ',');
  if (!phrase || comma < 0 || comma > i || !exceptionCue.test(v.text)) return [];
  let whole = false;
  for (let k = comma + 1; k < i; k++) if (WHOLES.has(v.norm(k))) whole = true;
  if (!whole) return [];
  let j = phrase.length;
  while (j < comma && fw.determiners.has(v.norm(j))) j++;
  const ref = v.refAt[j];
  return ref && ref.end <= comma ? groupOf(v, ref).map((r) => r.id) : [];
}

const WHOLES = new Set(['no', 'none', 'any', 'all', 'every', 'each', 'nobody', 'neither']);

function quantifiedBefore(v: SentenceView, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) if (WHOLES.has(v.norm(j))) return true;
  return false;
}

/** Where one of the words stands in the few words before token i, if it does. */
function listedBefore(v: SentenceView, i: number, words: string[], within = 4): number | null {
  for (let k = i - 1; k >= Math.max(0, i - within); k--) if (words.includes(v.norm(k))) return k;
  return null;
}

/** "backed the autonomy plan", the story having named "Morocco's autonomy plan": its owner. */
function ownedAct(v: SentenceView, from: number, to: number, doc: DocState, skip: Set<string>): Filler | null {
  for (let k = from; k < Math.min(to, from + 4); k++) {
    const owner = doc.ownedActs.get(v.norm(k));
    if (owner && !skip.has(owner)) return referred([owner], k, k + 1);
  }
  return null;
}

/** The word before a phrase, past its article: "between the United States and …". */
function wordBefore(v: SentenceView, start: number): string {
  const { fw } = extractLexicon();
  let k = start - 1;
  while (k > 0 && fw.determiners.has(v.norm(k))) k--;
  return v.norm(k);
}

/** The targets a pro-verb takes from an act told before its sentence: all those the last recognition named. */
function proTargets(target: string | null, doc: DocState): string[] | null {
  if (!target) return null;
  return doc.lastTargets.includes(target) ? doc.lastTargets : [target];
}

/**
 * The nearest act before an anaphoric pro-verb in its sentence; 'other' when the nearest verb before it states
 * none ("to review its ties"); null when the sentence has neither, and the pro-verb looks further back.
 */
function antecedent(v: SentenceView, i: number, acts: Map<number, LocalAct | null>): LocalAct | 'other' | null {
  for (let k = i - 1; k >= 0; k--) {
    if (acts.has(k)) return acts.get(k) ?? 'other';
    if (bareVerbAt(v, k)) return 'other';
  }
  return null;
}

/**
 * "Germany urged its partners to recognise Croatia, and did so itself": an act that stated no record, as its doer is
 * no party ("its partners"), still names what a later "did so" does, when it names whom it is done to.
 */
function actorlessAct(v: SentenceView, i: number, frame: Frame, pos: 'verb' | 'noun' | 'word'): LocalAct | null {
  if (pos !== 'verb' || !PRO_ACTS.has(frame.action)) return null;
  const end = v.clauseEnd(i);
  for (const slot of frame.target) {
    const found =
      slot === 'object'
        ? objectAfter(v, i + 1, end, new Set(), STRICT.has(frame.action))
        : TARGET_PREPOSITIONS.test(slot)
          ? afterPreposition(v, i + 1, end, slot)
          : null;
    if (found?.kind === 'refs') return { action: frame.action, targets: found.refs.map((r) => r.id), date: null };
  }
  // ("persuade states to withdraw recognition; Suriname was the first to do so": the story's own target)
  return frame.target.includes('topic') ? { action: frame.action, targets: [], date: null } : null;
}

const TARGET_PREPOSITIONS = /^(?:of|to|from|with|in|on|against|at|for|over|about)$/;

const BARE_VERB_BEFORE = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall']);
const NOT_A_VERB = new Set(['not', 'be', 'have', 'do', 'also', 'soon', 'then', 'still', 'never', 'ever', 'further']);

/** A lowercase word after "to" or a modal, itself taking no infinitive ("would like to"): a verb of the sentence. */
function bareVerbAt(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (t.kind !== 'word' || t.cap || v.refAt[k] || !BARE_VERB_BEFORE.has(v.norm(k - 1))) return false;
  const { fw } = extractLexicon();
  if (NOT_A_VERB.has(t.norm) || t.norm.endsWith('ly') || v.norm(k + 1) === 'to') return false;
  return !fw.determiners.has(t.norm) && !fw.possessivePronouns.has(t.norm);
}

/** "followed hours later", "followed a day later": the act followed, dated to the day, moved on by that much. */
function laterBy(v: SentenceView, k: number, date: PartialDate | null | undefined): PartialDate | null {
  if (date?.length !== 10) return null;
  // (k is the word after the pro-verb: "hours later", "a day later")
  const counted = v.norm(k + 1) !== 'later';
  const unit = counted ? v.norm(k + 1) : v.norm(k);
  if (v.norm(counted ? k + 2 : k + 1) !== 'later') return null;
  if (!counted && (unit === 'hours' || unit === 'minutes')) return date;
  if (counted && unit === 'day' && (v.norm(k) === 'a' || v.norm(k) === 'one'))
    return new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return null;
}

/**
 * "Iceland recognised Croatia on 19 December 1991. Germany followed on 23 December": a day and month without a
 * year, told of an act that followed another, take the year of the act followed (or the next one).
 */
function afterAct(
  v: SentenceView,
  date: PartialDate | null,
  before: PartialDate | null | undefined,
): PartialDate | null {
  if (!date || !before || before.length < 4) return date;
  if (!v.dates.some((d) => d.value === date && d.impliedYear)) return date;
  const year = Number(before.slice(0, 4));
  const same = `${year}${date.slice(4)}`;
  return same >= before ? same : `${year + 1}${date.slice(4)}`;
}

/** "each other" or "one another" stands in the trigger's clause after it. */
function reciprocal(v: SentenceView, i: number, windowEnd: number, actors: number): boolean {
  // "Pakistan and the Taliban agreed to upgrade their missions": with no other party named, theirs to each other
  // (but "withdrew their recognition" is each one's own, and so are the embassies of "Germany, France and Britain").
  const { exchangedNouns } = extractLexicon().fw;
  if (
    actors === 2 &&
    v.norm(i + 1) === 'their' &&
    (exchangedNouns.has(v.norm(i + 2)) || exchangedNouns.has(v.norm(i + 3)))
  )
    return true;
  for (let k = i + 1; k < windowEnd - 1; k++) {
    if (v.isBoundary(k)) return false;
    if ((v.norm(k) === 'each' && v.norm(k + 1) === 'other') || (v.norm(k) === 'one' && v.norm(k + 1) === 'another'))
      return true;
  }
  return false;
}

/** The party after "on", "of" or "against" in a passive's subject ("the designation of Hamas"). */
function listedInSubject(v: SentenceView, i: number): Filler | null {
  const start = v.clauseStart(i);
  for (const prep of extractLexicon().fw.objectPrepositions) {
    const found = afterPreposition(v, start, i, prep);
    if (found) return found;
  }
  return null;
}

/** The name before a list's noun, past its other modifiers: "the UN sanctions list", "the Paraguayan terrorist list". */
function listKeeper(v: SentenceView, noun: number): Filler | null {
  const { fw } = extractLexicon();
  for (let k = noun - 1; k >= Math.max(0, noun - 4); k--) {
    const ref = v.refAt[k];
    if (ref && !ref.possessive) return filler([{ ...ref, actor: true }]);
    if (ref || v.tokens[k].kind !== 'word' || v.tokens[k].cap || fw.determiners.has(v.norm(k))) return null;
  }
  return null;
}

/** Listings name a party, not a kind of thing: "banned Iranian films" lists no one. */
const LISTINGS = new Set<Action>(['DESIGNATE', 'DELIST']);

/** Lists and sanctions: acts on a group or on people, whose target the story's main one may not be. */
const LIST_ACTS = new Set<Action>(['DESIGNATE', 'DELIST', 'SANCTION']);

/** The act falls on a party that is not the story's: a named group that is no entity ("the Houthis", "of the
 * Muslim Brotherhood"), states in general ("sanctioned countries that …") or any one ("sanctions on a country"). */
function unknownParty(v: SentenceView, from: number, to: number): boolean {
  const { fw } = extractLexicon();
  for (let k = from; k < to; k++) {
    if (v.isBoundary(k) || v.norm(k) === ',' || v.refAt[k]) return false;
    const afterPreposition = fw.objectPrepositions.has(v.norm(k - 1));
    const head = k === from || afterPreposition;
    if (head && fw.genericGroups.has(v.norm(k))) return true;
    // ("sanctions on a country", "sanctioned any country")
    if (afterPreposition && fw.indefinites.has(v.norm(k))) return true;
    if (head && fw.indefinites.has(v.norm(k)) && fw.genericGroups.has(v.norm(k + 1))) return true;
    const t = v.tokens[k];
    if (t.kind !== 'word' || !t.cap) continue;
    // ("revoked the designation of Hayat Tahrir al-Sham", "designated Hayat Tahrir al-Sham a terrorist organisation":
    // a name the gazetteer does not know at the object's head or after its preposition, not a date)
    if ((head || afterPreposition) && !v.dates.some((d) => d.start <= t.start && t.start < d.end)) return true;
    return v.norm(k - 1) === 'the' && (k - 1 === from || fw.objectPrepositions.has(v.norm(k - 2)));
  }
  return false;
}

/** Recognition is of a state or government: a plain adjective ("Georgian regions") names no target. */
const STRICT = new Set<Action>(['RECOGNIZE', 'WITHDRAW_RECOGNITION', 'INTEND_RECOGNIZE', 'REFUSE_RECOGNITION']);

/**
 * Whose act the trigger tells when it spells out an act noun ("Russia's move to recognize", "the Honduran
 * announcement on cutting ties", "the decision by Nauru to switch"): the noun's owner. 'unknown' when the noun has
 * none and the clause only reacts to it ("welcomed the decision to recognise", "commented on the decision"): the
 * reacting subject is not who decided.
 */
function actOwner(v: SentenceView, i: number, doc: DocState, pos: Trigger['pos']): Filler | 'unknown' | null {
  // "Nairobi's hosting of Somaliland's leader": a gerund used as a noun is its possessor's act.
  if (
    pos === 'verb' &&
    v.norm(i).endsWith('ing') &&
    (v.tokens[i - 1]?.kind === 'poss' || POSSESSIVE.has(v.norm(i - 1)))
  )
    return possessorBefore(v, i, doc);
  const act = complementedAct(v, i, pos);
  if (!act) return null;
  if (act.agent) return filler(groupOf(v, act.agent).filter((r) => r.actor));
  const owner = nounOwner(v, act.noun, doc);
  if (owner) return owner;
  return reactedTo(v, act.noun) ? 'unknown' : null;
}

const POSSESSIVE = new Set(['its', 'their']);

/** The act noun a trigger's infinitive or gerund spells out, and the agent named between them ("by Nauru"). */
function complementedAct(v: SentenceView, i: number, pos: Trigger['pos']): { noun: number; agent?: EntityRef } | null {
  const { fw } = extractLexicon();
  // A noun trigger is told by its verb: "decision to establish full diplomatic relations".
  let verb = i;
  if (pos === 'noun') {
    verb = -1;
    for (let k = i - 1; k >= Math.max(1, i - 4); k--) {
      const t = v.tokens[k];
      if (t.kind !== 'word' || t.cap || v.refAt[k]) return null;
      if (v.norm(k - 1) === 'to' || (/ing$/.test(t.norm) && fw.actComplementPrepositions.has(v.norm(k - 1)))) {
        verb = k;
        break;
      }
    }
    if (verb < 0) return null;
  }
  let k = verb - 1;
  // ("decision to formally recognise", "decision not to recognise")
  while (k > 0 && (/ly$/.test(v.norm(k)) || v.norm(k) === 'not' || v.norm(k) === 'never')) k--;
  const marker = v.norm(k);
  if (marker !== 'to' && !(/ing$/.test(v.norm(verb)) && fw.actComplementPrepositions.has(marker))) return null;
  // ("the decision not to recognise")
  if (v.norm(k - 1) === 'not' || v.norm(k - 1) === 'never') k--;
  const before = v.refAt[k - 1];
  if (before && marker === 'to') {
    // "the move by Nauru to switch", "the decision of the Kenyan government to recognise"
    let by = before.start - 1;
    while (by > 0 && fw.determiners.has(v.norm(by))) by--;
    const agentOf = (v.norm(by) === 'by' || v.norm(by) === 'of') && before.actor;
    return agentOf && fw.actNouns.has(v.norm(by - 1)) ? { noun: by - 1, agent: before } : null;
  }
  return fw.actNouns.has(v.norm(k - 1)) ? { noun: k - 1 } : null;
}

/**
 * A recognition noun governed by a verb of wanting or getting it: 'sought' ("has sought recognition", "lobbied for
 * recognition": no one acts yet), or who gave it to whom ("won recognition from Israel"); null for other verbs.
 */
function seeking(
  v: SentenceView,
  i: number,
  windowEnd: number,
  doc: DocState,
): 'sought' | { actor: Filler | null; target: Filler | null } | null {
  const { fw } = extractLexicon();
  let k = i - 1;
  // Back over the noun's modifiers ("international", "formal diplomatic") and a "for" ("lobbied for recognition").
  while (k > 0 && v.tokens[k].kind === 'word' && !v.tokens[k].cap && !v.refAt[k] && k > i - 4) {
    const n = v.norm(k);
    if (fw.seekVerbs.has(n) || fw.obtainVerbs.has(n)) break;
    if (fw.prepositions.has(n) && n !== 'for') return null;
    k--;
  }
  if (fw.seekVerbs.has(v.norm(k))) return 'sought';
  if (!fw.obtainVerbs.has(v.norm(k))) return null;
  const from = afterPreposition(v, i + 1, windowEnd, 'from');
  if (from?.kind !== 'refs') return 'sought';
  return { actor: from, target: subjectOf(v, k, doc) };
}

/** An act noun stands right before the party at k, opening its clause: "a step Somalia condemned". */
function actNounBefore(v: SentenceView, k: number): boolean {
  return actPhraseBefore(v, k) >= 0;
}

/** Where the act noun phrase before the reacting subject at k starts ("a move" in "a move Israel condemned"), or -1. */
function actPhraseBefore(v: SentenceView, k: number): number {
  const { fw } = extractLexicon();
  // ("a move that Israel denounced", "a coordinated step which Tehran condemned")
  const before = v.norm(k - 1) === 'the' ? k - 2 : k - 1;
  let noun = REACTION_RELATIVIZERS.has(v.norm(before)) ? before - 1 : before;
  if (!fw.actNouns.has(v.norm(noun)) || v.refAt[noun]) return -1;
  // ("a coordinated move"): up to two plain adjectives between the determiner and the noun
  for (let n = 0; n < 2 && plainWord(v, noun - 1) && !fw.determiners.has(v.norm(noun - 1)); n++) noun--;
  return /^(?:a|an|the|this|that)$/.test(v.norm(noun - 1)) ? noun - 1 : -1;
}

const REACTION_RELATIVIZERS = new Set(['that', 'which']);

/** The first token of a passive's auxiliaries before its participle at i: "was" in "that was widely welcomed". */
function passiveStart(v: SentenceView, i: number): number {
  const { fw } = extractLexicon();
  let k = i;
  while (k > 0 && (fw.beForms.has(v.norm(k - 1)) || v.norm(k - 1) === 'been' || /ly$/.test(v.norm(k - 1)))) k--;
  return k;
}

/** A lowercase word that names no party: "coordinated", "historic". */
function plainWord(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  return t?.kind === 'word' && !t.cap && !v.refAt[k];
}

/** The trigger's object is "it" or "this", alone, in a clause after another that told an act with a trigger of its own. */
function actPronounAfter(v: SentenceView, i: number): boolean {
  const pronoun = v.norm(i + 1);
  if (pronoun !== 'it' && pronoun !== 'this') return false;
  const next = v.tokens[i + 2];
  // ("rejected it outright", "condemned it strongly", "called it illegal" aside)
  if (next && next.kind === 'word' && next.norm !== 'as' && next.norm !== 'outright' && !next.norm.endsWith('ly'))
    return false;
  const start = v.clauseStart(i);
  if (start === 0) return false;
  const { triggers } = extractLexicon();
  for (let k = 0; k < start; k++) if (triggers.get(v.norm(k))?.some((t) => PRO_ACTS.has(t.frame.action))) return true;
  return false;
}

/** Two or more parties named together as a passive's subject: "the Ethiopia-Somaliland memorandum". */
function subjectPair(v: SentenceView, i: number, doc: DocState): Filler | null {
  const s = subjectOf(v, i, doc);
  return s?.kind === 'refs' && s.refs.filter((r) => r.actor).length >= 2 ? s : null;
}

/** The possessor that opens the trigger's clause before a noun: "Starmer's pledge …", "Russia's formal recognition …". */
function headOwner(v: SentenceView, i: number, skip: Set<string>): Filler | null {
  const { fw } = extractLexicon();
  let k = v.clauseStart(i);
  while (k < i && fw.determiners.has(v.norm(k))) k++;
  const ref = v.refAt[k];
  const noun = v.tokens[ref ? ref.end + 1 : -1];
  if (!ref?.possessive || skip.has(ref.id) || noun?.kind !== 'word' || noun.cap) return null;
  return filler(groupOf(v, ref));
}

/** The act noun at k is governed by a reaction ("welcomed the decision", "reacted to the move") or a preposition. */
function reactedTo(v: SentenceView, noun: number): boolean {
  const { fw } = extractLexicon();
  let k = noun - 1;
  while (
    k >= 0 &&
    (fw.determiners.has(v.norm(k)) ||
      v.tokens[k].kind === 'num' ||
      (v.tokens[k].kind === 'word' && !v.tokens[k].cap && !verbAt(v, k) && !fw.prepositions.has(v.norm(k))))
  )
    k--;
  const n = v.norm(k);
  // ("Kenya, in a move to recognise …", "with the decision to …": the clause's own act)
  if (fw.prepositions.has(n)) return n !== 'in' && n !== 'with';
  return fw.reactionVerbs.has(n);
}

/**
 * The agent of a noun trigger with no possessor: the subject of the verb that governs it ("Beijing may be testing
 * the waters for future recognition"), found from that verb so objects in between are passed over ("recognised the
 * regions …, during a visit to Russia"). A definite noun ("condemned the recognition") or one in a phrase such as
 * "in response to" refers to an act already told, and names no new agent.
 */
/** Where the mode cues of an owned act start: at its possessor, unless the clause's subject is that owner. */
function ownZone(v: SentenceView, owner: Filler | null, doc: DocState): number | null {
  if (owner?.kind !== 'refs') return null;
  const subject = subjectOf(v, owner.start, doc);
  const same = subject?.kind === 'refs' && subject.refs.some((r) => owner.refs.some((o) => o.id === r.id));
  // ("whether Kazakhstan's recognition will come": a clause that governs the whole phrase still does)
  return same || OPEN_CLAUSE.has(v.norm(owner.start - 1)) ? null : owner.start;
}

const OPEN_CLAUSE = new Set(['whether', 'if', 'unless', 'once', 'until']);
const PERFORMING =
  /^(?:announc|declar|confirm|approv|authori[sz]|complet|formali[sz]|seal|order|consider|weigh|mull|contemplat)/;
const PROSPECTIVE = new Set(['future', 'eventual', 'formal', 'full']);

/** "would later", "would go on to" before the trigger, in a sentence that dates it before the story was written. */
function narrativeWould(v: SentenceView, i: number, doc: DocState): boolean {
  let k = i - 1;
  while (k > 0 && v.norm(k) !== 'would' && i - k < 5) k--;
  const later =
    v.norm(k + 1) === 'later' || (v.norm(k + 1) === 'go' && v.norm(k + 2) === 'on' && v.norm(k + 3) === 'to');
  if (v.norm(k) !== 'would' || !later || !doc.published) return false;
  const pub = doc.published;
  return v.dates.some(
    (d) => d.role === 'point' && !d.impliedYear && d.value.slice(0, 4) <= pub.slice(0, 4) && d.value < pub,
  );
}

/** A preposition before the noun at i and its possessive, past a few adjectives: "from its recognition". */
function prepositionGoverns(v: SentenceView, i: number): boolean {
  const { fw } = extractLexicon();
  let k = i - 1;
  let owned = false;
  for (let n = 0; n < 6 && k >= 0; n++, k--) {
    const word = v.norm(k);
    if (fw.prepositions.has(word)) return owned && word !== 'to' && word !== 'for';
    if (POSSESSIVE_PRONOUNS.has(word) || v.refAt[k]?.possessive) owned = true;
    const modifier =
      fw.determiners.has(word) ||
      v.refAt[k]?.possessive ||
      v.refAt[k]?.form === 'adjective' ||
      (v.tokens[k].kind === 'word' && !v.tokens[k].cap && !verbAt(v, k)) ||
      // ("long-standing")
      v.tokens[k].kind === 'hyphen' ||
      v.tokens[k - 1]?.kind === 'hyphen';
    if (!modifier) return false;
    if (v.refAt[k]) k = v.refAt[k]!.start;
  }
  return false;
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

/** Verbs and adjectives before "to" that say what a thing is: "amounts to recognition", "tantamount to". */
const EQUATING = new Set([
  'amount',
  'amounts',
  'amounted',
  'amounting',
  'tantamount',
  'equivalent',
  'equate',
  'equates',
]);

function nominalSubject(v: SentenceView, i: number, doc: DocState): Filler | null {
  const { fw, verbTriggers } = extractLexicon();
  let k = prefixed(v, i) ? i - 3 : i - 1;
  // Back over the noun's own modifiers only: a determiner, preposition, name or verb ends them.
  while (
    k >= 0 &&
    // ("the 2008 recognition": a year is one of them)
    (v.tokens[k].kind === 'word' || v.tokens[k].kind === 'num') &&
    !fw.determiners.has(v.norm(k)) &&
    !fw.prepositions.has(v.norm(k)) &&
    !v.refAt[k] &&
    !verbAt(v, k) &&
    // ("to accord formal recognition": the verb of an infinitive, not a modifier)
    !fw.grantVerbs.has(v.norm(k)) &&
    k > i - 4
  )
    k--;
  const before = v.norm(k);
  // "condemned the recognition" refers to an act already told; "announced the severing of ties" performs one.
  if ((before === 'the' || before === 'this' || before === 'that') && !PERFORMING.test(v.norm(k - 1))) return null;
  // "Japan has said recognition of Palestine is a question of when": the noun is the reported clause's subject.
  // ("the Arab League said any recognition of Somaliland was null and void": a hypothetical act, nobody's)
  if ((extractLexicon().cues.reporting.has(before) || before === 'that' || before === 'any') && subjectOfClause(v, i))
    return null;
  if (NON_AGENTIVE.has(before)) return null;
  // ("Somalia slams Israel over Somaliland recognition": past the name the act is of, the same)
  const modifier = v.refAt[k];
  if (modifier && modifier.end === i && NON_AGENTIVE.has(v.norm(modifier.start - 1))) return null;
  // "a prerequisite to diplomatic recognition", "its campaign for recognition": a goal, not an act, unless a
  // future one ("testing the waters for future recognition").
  if (
    (before === 'to' || before === 'toward' || before === 'towards' || before === 'for') &&
    !PROSPECTIVE.has(v.norm(k + 1)) &&
    // ("the step does not amount to recognition": the noun is what the step is said to be, not a goal)
    !(before === 'to' && EQUATING.has(v.norm(k - 1)))
  )
    return null;
  if (before === 'to' && v.norm(k - 1) === 'response') return null;
  const start = v.clauseStart(i);
  for (let j = i - 1; j >= start; j--) {
    // A subject met before any verb is the noun's own clause subject ("Russia stands alone in granting …").
    if (v.refAt[j]) {
      const first = groupRefs(v).find((g) => g.includes(v.refAt[j]!))?.[0] ?? v.refAt[j]!;
      if (v.refAt[j]!.actor && !blocked(v, first.start)) return subjectOf(v, i, doc);
      continue;
    }
    const n = v.norm(j);
    const t = v.tokens[j];
    // "Serbia condemned recognition of Kosovo", "Belgrade claims another withdrawal": a reaction to an act, or a
    // report of it, names no agent of its own.
    if (reactsTo(n) && !fw.determiners.has(v.norm(j - 1)) && directObject(v, j, i)) return null;
    const verbish =
      fw.verbs.has(n) ||
      // ("during", "including" end like verbs but are prepositions)
      (t.kind === 'word' &&
        !t.cap &&
        (n.endsWith('ed') || n.endsWith('es') || n.endsWith('ing')) &&
        !fw.prepositions.has(n) &&
        !fw.determiners.has(v.norm(j - 1)));
    if (verbish || (verbTriggers.has(n) && !fw.determiners.has(v.norm(j - 1)))) {
      // "signalling pragmatic engagement": the noun reads the act's meaning; it is no act of its own.
      if (/^(?:signal|mark|show|reflect|indicat|suggest|symboli)/.test(n)) return null;
      return subjectOf(v, j, doc);
    }
  }
  return subjectOf(v, i, doc);
}

/** "Taiwan's embassy in Nauru closed", "the Israeli embassy was shut": a mission that is the verb's subject, with no
 * agent after the verb; its owner acts, at the place the subject names (else the story's). */
function missionSubject(
  v: SentenceView,
  i: number,
  windowEnd: number,
  frame: Frame,
  doc: DocState,
): { owner: Filler; place: Filler } | null {
  const subject = subjectOf(v, i, doc);
  if (subject?.kind !== 'refs') return null;
  let noun = -1;
  // ("Zhao Sheng, China's new ambassador to Afghanistan, took up his post": or in an apposition to it)
  const end = Math.min(i, subject.end + 3 + (v.norm(subject.end) === ',' ? 6 : 0));
  for (let k = Math.min(subject.start, v.clauseStart(i)); k < end; k++) if (frame.needs?.includes(v.norm(k))) noun = k;
  if (noun < 0 || afterPreposition(v, i + 1, windowEnd, 'by')) return null;
  // ("China's new ambassador arrived in Kabul": else the place after the verb)
  const place =
    afterPreposition(v, noun + 1, i, 'in') ??
    afterPreposition(v, noun + 1, i, 'at') ??
    // ("The Taliban's new ambassador to Moscow took up his post")
    afterPreposition(v, noun + 1, i, 'to') ??
    afterPreposition(v, i + 1, windowEnd, 'in');
  return { owner: subject, place: place ?? { kind: 'deferred', slot: 'topic' } };
}

/** Only words of the object's own phrase stand between the verb and the noun: "condemned formal recognition". */
function directObject(v: SentenceView, verb: number, noun: number): boolean {
  const { fw } = extractLexicon();
  for (let k = verb + 1; k < noun; k++)
    if (v.tokens[k].kind !== 'word' || v.refAt[k] || fw.prepositions.has(v.norm(k))) return false;
  return true;
}

/** A verb that reacts to an act or reports it (a praise or a condemnation, "claims"), but does not refuse it. */
function reactsTo(verb: string): boolean {
  return extractLexicon().fw.observerVerbs.has(verb) || reactionVerbs().has(verb);
}

let reactionForms: Set<string> | null = null;

/** The verb forms of praise and condemnation triggers that are no refusal, read once. */
function reactionVerbs(): Set<string> {
  if (!reactionForms) {
    const { triggers, cues } = extractLexicon();
    const refusals = singleWords(cues.refusal);
    reactionForms = new Set();
    for (const [form, list] of triggers)
      if (
        !refusals.has(form) &&
        list.some((t) => t.pos === 'verb' && (t.frame.action === 'PRAISE' || t.frame.action === 'CONDEMN'))
      )
        reactionForms.add(form);
  }
  return reactionForms;
}

const CLAUSE_VERBS = new Set(['would', 'will', 'could', 'may', 'might', 'should', 'can', 'remains', 'remain', 'seems']);

/** The noun and its phrase are followed by a verb of their own: "recognition of Palestine is …". */
function subjectOfClause(v: SentenceView, i: number): boolean {
  const { fw } = extractLexicon();
  for (let k = i + 1; k < Math.min(v.tokens.length, i + 9); k++) {
    const n = v.norm(k);
    if (v.isBoundary(k) || n === ',' || fw.relativizers.has(n)) return false;
    if (fw.beForms.has(n) || CLAUSE_VERBS.has(n)) return true;
  }
  return false;
}

const NON_AGENTIVE = new Set(['about', 'over', 'against', 'after', 'despite', 'following', 'amid', 'since', 'before']);

function otherSubject(v: SentenceView, i: number, actorIds: Set<string>): Filler | null {
  for (const r of v.refs) {
    if (r.start >= i) break;
    if (!r.actor || actorIds.has(r.id) || blocked(v, r.start) || !verbAt(v, r.end)) continue;
    // ("The AU reaffirmed its support, while the Arab League said the decision was illegal": a clause set beside
    // the reaction tells another act than the one reacted to)
    if (contrastBetween(v, r.end, i)) return null;
    return { kind: 'refs', refs: [r], start: r.start, end: r.end };
  }
  return null;
}

function contrastBetween(v: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CONTRAST.has(v.norm(k)) && v.norm(k - 1) === ',') return true;
  return false;
}

function hostModifier(v: SentenceView, i: number): Filler | null {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const r = v.refAt[k];
    if (r)
      return r.form === 'capital' || r.form === 'metonym'
        ? { kind: 'refs', refs: [r], start: r.start, end: r.end }
        : null;
    if (!v.tokens[k].cap) return null;
  }
  return null;
}

function hostPlace(v: SentenceView, i: number, windowEnd: number): Filler | null {
  const place = afterPreposition(v, i + 1, windowEnd, 'in');
  if (place?.kind !== 'refs') return null;
  const refs = place.refs.filter((r) => r.form === 'capital' || r.form === 'metonym');
  return refs.length ? { ...place, refs } : null;
}

const ALONE = /\b(?:stands?|remains?|is|was) alone\b|\bthe only (?:country|state|nation|government)\b/i;
const CONTRAST = new Set(['while', 'whereas', 'although', 'though', 'unlike']);

/**
 * "While China, Pakistan and the UAE maintain missions in Kabul, Russia stands alone in granting full
 * recognition": the states set against the only one that acted did not act.
 */
function exclusivity(v: SentenceView, drafts: Draft[]): Draft[] {
  const act = drafts.find((d) => d.mode === 'asserted' && typeof d.actor === 'string' && d.action === 'RECOGNIZE');
  if (!act || !ALONE.test(v.text)) return [];
  const start = v.tokens.findIndex((t) => CONTRAST.has(t.norm));
  if (start < 0) return [];
  const end = v.tokens.findIndex((t, k) => k > start && t.text === ',');
  const others = v.refs.filter(
    (r) => r.start > start && (end < 0 || r.end <= end) && r.actor && entityKind(r.id) === 'state',
  );
  return others
    .filter((r) => r.id !== act.actor && r.id !== act.target && !blocked(v, r.start))
    .map((r) => ({ ...act, actor: r.id, mode: 'negated' as const, rule: 'recognize.exclusive' }));
}

function sentenceEra(v: SentenceView): number | null {
  let era: number | null = null;
  for (const d of v.dates) {
    const y = Number(d.value.slice(0, 4));
    if (era === null || y > era) era = y;
  }
  return era;
}

/** "the US recognition of Kosovo", "the Israeli recognition of Somaliland": the name or adjective is the agent. */
/** Whose act the noun at k is: "Kenya's decision", "the Armenian decision", "the move by Nauru". */
function nounOwner(v: SentenceView, k: number, doc: DocState): Filler | null {
  return (
    possessorBefore(v, k, doc) ??
    agentModifier(v, k) ??
    (v.norm(k + 1) === 'by' ? afterPreposition(v, k + 1, k + 5, 'by') : null)
  );
}

function agentModifier(v: SentenceView, i: number): Filler | null {
  const f = modifierBefore(v, i);
  if (f?.kind !== 'refs') return f;
  // Only the noun's own modifiers may stand between ("the US formal recognition"), no verb ("Japan has said recognition").
  for (let k = f.end; k < i; k++) if (verbAt(v, k) || v.tokens[k].kind !== 'word') return null;
  return { ...f, refs: f.refs.map((r) => (r.form === 'adjective' ? { ...r, actor: true } : r)) };
}

/** The actors a colon lists, when the clause's subject is a group nobody named ("a handful of states … :"). */
function colonMembers(v: SentenceView, i: number): Filler | null {
  const { fw } = extractLexicon();
  const start = v.clauseStart(i);
  let generic = false;
  for (let k = start; k < i; k++) {
    if (v.refAt[k]?.actor) return null;
    if (fw.genericGroups.has(v.norm(k))) generic = true;
  }
  if (!generic) return null;
  let colon = i + 1;
  while (colon < v.tokens.length && v.tokens[colon].text !== ':') {
    if (v.tokens[colon].text === ';' || v.tokens[colon].text === '.') return null;
    colon++;
  }
  const first = v.refAt[colon + 1];
  if (!first?.actor) return null;
  return filler(groupOf(v, first).filter((r) => r.actor));
}

function canAct(r: EntityRef): boolean {
  return r.actor || r.form === 'pronoun' || r.form === 'anaphor';
}

const BEFORE_PARTICIPLE = new Set(['only', 'also', 'not', 'never', 'formally', 'officially', 'first', 'widely', 'now']);

function isPassive(v: SentenceView, i: number): boolean {
  const { fw } = extractLexicon();
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const n = v.norm(k);
    if (fw.beForms.has(n) || n === 'been') return true;
    if (!n.endsWith('ly') && !BEFORE_PARTICIPLE.has(n)) break;
  }
  // ("was condemned in Pristina and welcomed in Belgrade": a participle joined to a passive one is passive too)
  // (not one with an object of its own: "was criticised and welcomed the envoy")
  const objectless = !v.tokens[i + 1] || fw.prepositions.has(v.norm(i + 1)) || v.tokens[i + 1].kind === 'punct';
  if ((v.norm(i - 1) === 'and' || v.norm(i - 1) === 'but') && objectless)
    for (let k = i - 2; k >= Math.max(0, i - 8) && !v.isBoundary(k); k--)
      if (/(?:ed|en|wn)$/.test(v.norm(k)) && (fw.beForms.has(v.norm(k - 1)) || v.norm(k - 1) === 'been')) return true;
  // A participle right after its noun with a "by" agent: "a regime recognized by three countries".
  // ("spoke by phone with …": a "by" of manner names no agent)
  if (fw.mannerNouns.has(v.norm(i + 2))) return false;
  return v.norm(i + 1) === 'by' || (v.norm(i + 1) !== '' && v.norm(i + 2) === 'by' && v.norm(i + 1).endsWith('ly'));
}

/** A form of "be" or a tensed auxiliary stands between from and to: a finite verb's own words follow it. */
function finiteBetween(v: SentenceView, from: number, to: number): boolean {
  const { fw } = extractLexicon();
  for (let k = from; k < to; k++) if (fw.beForms.has(v.norm(k)) || fw.tensedAuxiliaries.has(v.norm(k))) return true;
  return false;
}

function fillActor(
  v: SentenceView,
  i: number,
  windowEnd: number,
  slot: ActorSlot,
  doc: DocState,
  pos: 'verb' | 'noun' | 'word',
): Filler | null {
  switch (slot) {
    case 'subject':
      return pos === 'noun' ? nominalSubject(v, i, doc) : subjectOf(v, i, doc);
    case 'by': {
      const end = Math.min(v.tokens.length, windowEnd + 6);
      const agent = afterPreposition(v, i + 1, end, 'by');
      // ("The recognition of Kosovo was condemned by Serbia": the agent of a finite verb after the noun is not the noun's)
      if (pos === 'noun' && agent?.kind === 'refs' && finiteBetween(v, i + 1, agent.start)) return null;
      // "was recognised not by Bangladesh but by Oman": the agent is the one after "but".
      if (agent?.kind === 'refs' && deniedBy(v, agent.start))
        return v.norm(agent.end) === 'but' ? afterPreposition(v, agent.end + 1, end, 'by') : null;
      return agent;
    }
    case 'possessor': {
      // "the US recognition of Kosovo": before a noun whose "of" names the target, a bare name is the agent.
      // ("Sierra Leone's de-recognition": the possessor stands before the prefix)
      const word = prefixed(v, i) ? i - 2 : i;
      return possessorBefore(v, word, doc) ?? (pos === 'noun' && v.norm(i + 1) === 'of' ? agentModifier(v, i) : null);
    }
    case 'owner':
      return ownerOfNoun(v, i + 1, windowEnd) ?? (pos === 'noun' ? modifierBefore(v, i) : null);
    case 'modifier':
      return modifierBefore(v, i);
    case 'to':
      return afterPreposition(v, i + 1, Math.min(v.tokens.length, windowEnd + 4), 'to');
    case 'from':
      return afterPreposition(v, i + 1, Math.min(v.tokens.length, windowEnd + 4), 'from', doc, true);
    case 'speaker':
      return speakerOf(v, i, doc);
  }
}

/**
 * "Israel's foreign minister said the recognition was a reward for Hamas", "Israel says move rewards terrorism":
 * who tells the clause the trigger stands in, the subject of the reporting verb a few words before it.
 */
function speakerOf(v: SentenceView, i: number, doc: DocState): Filler | null {
  const { cues } = extractLexicon();
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    if (cues.reporting.has(v.norm(k))) return subjectOf(v, k, doc);
    if (v.isBoundary(k) || v.tokens[k].text === ',') return null;
  }
  return null;
}

function fillTarget(
  v: SentenceView,
  i: number,
  windowEnd: number,
  slot: TargetSlot,
  skip: Set<string>,
  doc: DocState,
  actor: Filler | null,
  pos: 'verb' | 'noun' | 'word',
  action: Action,
): Filler | null {
  switch (slot) {
    case 'object':
      return objectAfter(v, i + 1, windowEnd, skip, STRICT.has(action) || LISTINGS.has(action), doc);
    case 'owner':
      return ownerAfter(v, i + 1, windowEnd, skip, doc);
    case 'possessor':
      return objectPossessor(v, i + 1, windowEnd);
    case 'modifier':
      return (pos === 'noun' ? modifierBefore(v, i) : null) ?? modifierAfterObject(v, i + 1, windowEnd);
    case 'act': {
      const act = actAfter(v, i + 1, windowEnd);
      return act?.kind === 'deferred' ? (ownedAct(v, i + 1, windowEnd, doc, skip) ?? act) : act;
    }
    case 'topic':
      return { kind: 'deferred', slot: 'topic' };
    case 'subject': {
      const s = subjectOf(v, i, doc);
      return s && s !== actor ? s : null;
    }
    case 'subject-act':
      return subjectAct(v, i, doc);
    case 'permitter':
      return permitter(v, i, doc);
    case 'favour':
      return inFavourOf(v, i);
    case 'visited':
      return visitedSubject(v, i, doc);
    case 'there':
      return placeOfThere(v, i, windowEnd, skip, doc);
    case 'under-subject': {
      // "Senior Taliban leaders remain under United Nations and Western sanctions".
      for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (v.norm(k) === 'under') return subjectOf(v, k, doc);
      return null;
    }
    default: {
      // ("condemned the deal and pledged to stand by Somalia": an agent stands before any verb joined after it)
      const end = slot === 'by' ? v.joinedVerb(i + 1, windowEnd) : windowEnd;
      // ("lodged a protest with Vilnius": a noun trigger's own preposition is read, whatever the noun)
      const f = afterPreposition(v, i + 1, end, slot, doc, pos === 'noun');
      if (f?.kind === 'refs') f.refs = f.refs.filter((r) => !skip.has(r.id));
      return f?.kind === 'refs' && f.refs.length === 0 ? null : f;
    }
  }
}

/** "Nauru cut ties, and Taipei closed its embassy there": the party named last before the trigger, the actor aside. */
function placeOfThere(v: SentenceView, i: number, windowEnd: number, skip: Set<string>, doc: DocState): Filler | null {
  let there = -1;
  for (let k = i + 1; k < windowEnd && there < 0; k++) {
    if (v.isBoundary(k)) return null;
    if (v.norm(k) === 'there') there = k;
  }
  if (there < 0) return null;
  for (let r = v.refs.length - 1; r >= 0; r--) {
    const ref = v.refs[r];
    if (ref.start < i && !skip.has(ref.id) && ref.form !== 'person') return filler([ref]);
  }
  // (in a later sentence, the last one's subject: "Honduras switched to Beijing. Taiwan closed its embassy there")
  const last = doc.lastSubject && !skip.has(doc.lastSubject) ? doc.lastSubject : null;
  const state = last ?? [...doc.recentStates].reverse().find((id) => !skip.has(id));
  return state ? referred([state], there, there + 1) : null;
}

/** "Armenia's decision drew a rebuke from Israel", "a move that drew criticism": the act that is the clause's subject,
 * by its owner, else the act the story told. */
function subjectAct(v: SentenceView, i: number, doc: DocState): Filler | null {
  const { fw } = extractLexicon();
  const aside = v.asideOf(i);
  // (", which drew …", "a move that drew …": the noun the clause hangs on)
  let end = aside?.kind === 'relative' ? aside.anchor + 1 : i;
  if (fw.relativizers.has(v.norm(end - 1))) end--;
  const start = aside?.kind === 'relative' ? Math.max(0, end - 6) : v.clauseStart(i);
  for (let k = start; k < end; k++) {
    if (!fw.actNouns.has(v.norm(k))) continue;
    return nounOwner(v, k, doc) ?? { kind: 'deferred', slot: 'act' };
  }
  // "Ghana withdrew its recognition of Kosovo, prompting criticism from Pristina": a participle clause reacts to the
  // main clause's act, done by its subject.
  if (aside?.kind !== 'relative' && v.norm(i - 1) === ',' && v.norm(i).endsWith('ing')) return subjectOf(v, i - 1, doc);
  return null;
}

/**
 * "Tuvalu reaffirmed its ties with Taipei during a visit by Taiwan's foreign minister": a visit that names no place,
 * told as the time of the clause's act, is to the clause's subject; not when a participle between them holds the
 * "during" ("condemned the deal signed during a visit by …").
 */
function visitedSubject(v: SentenceView, i: number, doc: DocState): Filler | null {
  let during = -1;
  for (let k = i - 1; k >= Math.max(0, i - 6) && during < 0; k--) if (v.norm(k) === 'during') during = k;
  if (during < 0) return null;
  // (the clause's own verb, or none when "During a visit by …," opens the sentence)
  let verb = v.clauseStart(during);
  while (verb < during && !(verbAt(v, verb) && !v.refAt[verb])) verb++;
  const subject = subjectOf(v, Math.min(verb, during), doc);
  if (subject?.kind !== 'refs') return null;
  const { triggers } = extractLexicon();
  for (let k = verb + 1; k < during; k++) {
    if (v.refAt[k]) continue;
    // ("Beijing lodged a protest during a visit by …": a protest at the time of a visit elsewhere)
    const protest = triggers.get(v.norm(k))?.some((t) => t.frame.action === 'CONDEMN');
    if (protest || reducedRelative(v, k)) return null;
  }
  return subject;
}

/**
 * "switched recognition to Beijing, sparking a rebuke from Washington": a participle clause after a comma has parties
 * of its own; where the first one after the trigger starts (the token count if none).
 */
function participleClauseAfter(v: SentenceView, i: number): number {
  const { fw } = extractLexicon();
  for (let k = i + 2; k < v.tokens.length; k++) {
    const t = v.tokens[k];
    if (v.norm(k - 1) !== ',' || t.kind !== 'word' || t.cap || v.refAt[k]) continue;
    if (t.norm.endsWith('ing') && !fw.prepositionalParticiples.has(t.norm)) return k - 1;
  }
  return v.tokens.length;
}

/** The trailing attribution after the trigger names one of these parties: "…, Starmer said", "…, said Kenya's …". */
function attributedTo(v: SentenceView, i: number, ids: Set<string>): boolean {
  const verb = attribution(v, i);
  if (verb < 0 || ids.size === 0) return false;
  let comma = verb - 1;
  while (comma > i && v.tokens[comma].text !== ',') comma--;
  const end = v.clauseEnd(verb);
  return v.refs.some((r) => r.start > comma && r.start < end && ids.has(r.id));
}

/** A participle right after its noun: "the agreement signed during …", not "pledged continued support". */
function reducedRelative(v: SentenceView, k: number): boolean {
  const { fw } = extractLexicon();
  const before = v.tokens[k - 1];
  if (!/(?:ed|ing)$/.test(v.norm(k)) || before?.kind !== 'word' || v.refAt[k - 1]) return false;
  return !verbAt(v, k - 1) && !fw.determiners.has(before.norm);
}

/** "Vilnius allowed Taiwan to open a representative office": the one who let it, where nothing else places it. */
function permitter(v: SentenceView, i: number, doc: DocState): Filler | null {
  const { fw } = extractLexicon();
  if (v.norm(i - 1) !== 'to') return null;
  const object = v.refAt[i - 2];
  if (!object) return null;
  const verb = groupOf(v, object)[0].start - 1;
  return fw.permitVerbs.has(v.norm(verb)) ? subjectOf(v, verb, doc) : null;
}

/** A denial between a trigger and the word its frame needed: "no" before it, or a negation in a noun's predicate. */
function objectDenied(v: SentenceView, from: number, to: number, pos: 'verb' | 'noun' | 'word'): boolean {
  const { cues } = extractLexicon();
  const negations = singleWords(cues.negation);
  for (let k = from; k < to; k++) {
    if (cues.objectNegation.has(v.norm(k))) return true;
    if (pos === 'noun' && negations.has(v.norm(k))) return true;
  }
  return false;
}

/** The one-word phrases of a cue list, read once per list. */
const singleWordCache = new WeakMap<string[][], Set<string>>();
function singleWords(phrases: string[][]): Set<string> {
  let set = singleWordCache.get(phrases);
  if (!set) {
    set = new Set(phrases.filter((p) => p.length === 1).map((p) => p[0]));
    singleWordCache.set(phrases, set);
  }
  return set;
}

/** "cut ties with Taipei in favour of Beijing": the party favoured, later in the trigger's clause. */
function inFavourOf(v: SentenceView, i: number): Filler | null {
  const end = Math.min(v.clauseEnd(i), i + 16);
  for (let k = i + 2; k < end; k++) {
    if ((v.norm(k) === 'favour' || v.norm(k) === 'favor') && v.norm(k - 1) === 'in')
      return afterPreposition(v, k + 1, Math.min(v.tokens.length, k + 6), 'of');
  }
  return null;
}

const TIES = new Set(['ties', 'relations', 'relationship']);
const MISSION_NOUNS = new Set(['embassy', 'embassies', 'mission', 'missions', 'consulate', 'office']);

function modifierAfterObject(v: SentenceView, from: number, to: number): Filler | null {
  for (let k = from; k < to; k++) {
    const ref = v.refAt[k];
    // "its Kabul embassy": a place right before a mission noun locates the mission.
    const beforeMission = ref && (MISSION_NOUNS.has(v.norm(ref.end)) || MISSION_NOUNS.has(v.norm(ref.end - 1)));
    // "cut Taiwan ties": a name right before the ties names the other party.
    const beforeTies = ref && TIES.has(v.norm(ref.end));
    if (ref && !ref.possessive && (ref.form === 'adjective' || beforeMission || beforeTies))
      return { kind: 'refs', refs: [ref], start: ref.start, end: ref.end };
  }
  return null;
}

/** "no country had granted recognition — despite many, including China, Russia …": the listed states. */
function quantifiedActors(v: SentenceView, target: Filler | null): Party[] {
  const targetIds = new Set(target?.kind === 'refs' ? target.refs.map((r) => r.id) : []);
  const groups = groupRefs(v)
    .map((g) => g.filter((r) => !targetIds.has(r.id) && entityKind(r.id) === 'state'))
    .filter((g) => g.length >= 2);
  groups.sort((a, b) => b.length - a.length);
  return groups[0]?.map((r) => r.id) ?? [];
}

/**
 * "the second country after China to do so", "the fifth state after Russia and Nauru to": they did it too, earlier;
 * "…, as did Spain", "joined by Belgium": others who did the same.
 */
function alsoAfter(v: SentenceView, i: number): { ids: string[]; after: number } {
  // (far enough back for a list: "the fifth country after Russia, Nicaragua, Venezuela and Nauru to")
  for (let k = i - 1; k >= Math.max(0, i - 16); k--) {
    if (v.norm(k) === 'after' && /^(?:country|state|nation)$/.test(v.norm(k - 1))) {
      const ref = v.refAt[k + 1] ?? v.refAt[k + 2];
      return { ids: ref ? actorsOf(v, ref) : [], after: k };
    }
  }
  const counted = countedAfter(v, i);
  return counted ? counted : { ids: companionsAfter(v, i), after: -1 };
}

/**
 * Those a rank counts after ("the second country after Spain", at `after`) acted at a date the sentence gives only
 * when the date follows the rank in its own stretch ("… to recognise Palestine this month").
 */
function countedDate(v: SentenceView, after: number, date: PartialDate | null): PartialDate | null {
  const mention = date ? v.dates.find((d) => d.value === date) : undefined;
  if (!mention || mention.start < v.tokens[after].start) return null;
  for (let k = after; k < v.tokens.length && v.tokens[k].start < mention.start; k++)
    if (v.tokens[k].text === ',') return null;
  return date;
}

const actorsOf = (v: SentenceView, ref: EntityRef): string[] =>
  groupOf(v, ref)
    .filter((r) => r.actor)
    .map((r) => r.id);

/** "the fifth state to recognise Abkhazia, after Russia, Nicaragua and Nauru": those counted before it. */
function countedAfter(v: SentenceView, i: number): { ids: string[]; after: number } | null {
  let to = i - 1;
  while (to > 0 && /ly$/.test(v.norm(to))) to--;
  if (v.norm(to) !== 'to' || !predicateNoun(v, to - 1)) return null;
  for (let k = i + 1; k < v.tokens.length - 2; k++) {
    if (v.isBoundary(k)) return null;
    // (", after Russia …", or "to do so after Russia …")
    const after = v.norm(k) === ',' && v.norm(k + 1) === 'after' ? k + 1 : v.norm(k) === 'after' ? k : -1;
    if (after < 0) continue;
    const ref = v.refAt[after + 1];
    // ("…, after Russia's war with Georgia": a possessive names no one counted)
    return ref?.actor && !ref.possessive ? { ids: actorsOf(v, ref), after } : null;
  }
  return null;
}

/** "Portugal joins the UK, Canada and Australia in recognising …": those it joins did the same. */
function joined(v: SentenceView, i: number): string[] {
  // "joined Britain, Canada and Australia in formally recognising": past the adverbs.
  let before = i - 1;
  while (before > 0 && /ly$/.test(v.norm(before))) before--;
  const last = v.norm(before) === 'in' ? v.refAt[before - 1] : undefined;
  if (!last?.actor) return joiningAfter(v, i);
  const group = groupOf(v, last);
  let k = group[0].start - 1;
  while (k >= 0 && extractLexicon().fw.determiners.has(v.norm(k))) k--;
  return /^join/.test(v.norm(k)) ? group.filter((r) => r.actor).map((r) => r.id) : [];
}

/** "Portugal recognised Palestine on Sunday, joining Britain, Canada and Australia": those it joined. */
function joiningAfter(v: SentenceView, i: number): string[] {
  const { fw } = extractLexicon();
  for (let k = i + 1; k < v.tokens.length - 1; k++) {
    if (v.isBoundary(k)) return [];
    if (v.norm(k) !== ',' || v.norm(k + 1) !== 'joining') continue;
    let j = k + 2;
    while (j < v.tokens.length && fw.determiners.has(v.norm(j))) j++;
    return actorsFrom(v, v.refAt[j]);
  }
  return [];
}

/**
 * "switched to Beijing in September 2019, followed days later by Kiribati": those who did the same after;
 * "removed the Taliban from its list, following a similar move by Kazakhstan": those who did it before.
 */
function followers(v: SentenceView, i: number): Followers | null {
  const { fw } = extractLexicon();
  for (let k = i + 1; k < v.tokens.length - 2; k++) {
    if (v.isBoundary(k)) return null;
    if (v.norm(k) === 'similar' && fw.actNouns.has(v.norm(k + 1)) && v.norm(k + 2) === 'by')
      return actorsAndEnd(v, v.refAt[k + 3] ?? v.refAt[k + 4], k + 2);
    if (v.norm(k) !== ',' || v.norm(k + 1) !== 'followed') continue;
    for (let j = k + 2; j < Math.min(v.tokens.length, k + 6); j++) {
      if (v.norm(j) !== 'by') continue;
      const found = actorsAndEnd(v, v.refAt[j + 1] ?? v.refAt[j + 2], k + 2);
      return found && { ...found, later: datedFollowers(v, found.end) };
    }
    return null;
  }
  return null;
}

/**
 * "Bhutan recognised it on 6 December, and India the same day", "Germany followed on 23 December, and the EC on 15
 * January": a second subject with only a time of its own after ", and" does the same act then; so does one with
 * only "too" or "neither" ("Greece has not recognised Kosovo, and Spain neither").
 */
function gapped(v: SentenceView, i: number): Followers | null {
  const { fw } = extractLexicon();
  for (let k = i + 1; k < v.tokens.length - 3; k++) {
    if (v.norm(k) !== ',' || v.norm(k + 1) !== 'and') continue;
    let j = k + 2;
    while (j < v.tokens.length && fw.determiners.has(v.norm(j))) j++;
    const found = v.refAt[j]?.actor ? actorsAndEnd(v, v.refAt[j], j) : null;
    if (!found) return null;
    // ("Russia, and Germany too": the object's list runs on into the gapped subject, which starts after ", and")
    found.ids = groupOf(v, v.refAt[j]!)
      .filter((r) => r.actor && r.start >= j)
      .map((r) => r.id);
    // (nothing but that time, or "too", up to the sentence's end: "and India recognised it too" has a verb of its own)
    const date = v.dates.find((d) => d.start >= v.tokens[found.end]?.start && d.role === 'point');
    let likewise = false;
    for (let t = found.end; t < v.tokens.length; t++) {
      const tok = v.tokens[t];
      const inDate = !!date && tok.start >= date.start && tok.end <= date.end;
      if (inDate || /^(?:on|in|at)$/.test(v.norm(t)) || (t === v.tokens.length - 1 && tok.kind !== 'word')) continue;
      if (fw.gapLikewise.has(v.norm(t))) {
        likewise = true;
        continue;
      }
      return null;
    }
    return date ? found : likewise ? { ...found, likewise } : null;
  }
  return null;
}

/**
 * "followed by Slovenia in June and Armenia later that month": after a follower with its own date, the next ones, each
 * with its own date.
 */
function datedFollowers(v: SentenceView, end: number): { id: string; date: PartialDate }[] {
  const { fw } = extractLexicon();
  const out: { id: string; date: PartialDate }[] = [];
  let own = memberDate(v, end);
  while (own) {
    let j = own.end;
    if (v.norm(j) === ',') j++;
    if (v.norm(j) === 'and') j++;
    if (j === own.end) break;
    while (fw.determiners.has(v.norm(j))) j++;
    const r = v.refAt[j];
    own = r?.actor && r.start === j ? memberDate(v, r.end) : null;
    if (r && own) out.push({ id: r.id, date: own.date.value });
  }
  return out;
}

/** Those who followed an act: "…, followed (days later) by India and Nepal". */
interface Followers {
  ids: string[];
  /** Followers after the first ones, each with its own date: "… and Armenia later that month". */
  later?: { id: string; date: PartialDate }[];
  /** Where the words between "followed" and "by" start ("days later"). */
  lead: number;
  /** Where the followers' group ends. */
  end: number;
  /** Told with only "too" or "neither" ("and Spain neither"), no time of their own. */
  likewise?: boolean;
}

/** The actors of the group a reference heads, and where the group ends. */
function actorsAndEnd(v: SentenceView, ref: EntityRef | undefined, lead: number): Followers | null {
  if (!ref?.actor) return null;
  const group = groupOf(v, ref);
  return { ids: group.filter((r) => r.actor).map((r) => r.id), lead, end: Math.max(...group.map((r) => r.end)) };
}

/**
 * "…, followed by Germany four days later", "followed by India on 7 December": the date right after the followers
 * is theirs (a day without a year falls after the act followed); with none, their date is not told.
 */
function followerDate(v: SentenceView, follow: Followers, followed: PartialDate | null): PartialDate | null {
  const told = followersDay(v, follow);
  return told
    ? afterAct(v, told.value, followed)
    : (laterBy(v, follow.end, followed) ?? laterBy(v, follow.lead, followed));
}

/** The date told around the followers ("followed by India on 7 December 1971", "followed days later by"), if any. */
function followersDay(v: SentenceView, { lead, end }: Followers): DateMention | undefined {
  const before = v.dates.find(
    (d) => d.start >= v.charStart(lead) && d.end <= v.charStart(end) && d.role === 'point' && d.source === 'relative',
  );
  if (before) return before;
  let stop = end;
  while (stop < Math.min(v.tokens.length, end + 6) && !v.isBoundary(stop) && !/^[,;:]$/.test(v.norm(stop))) stop++;
  if (stop === end) return undefined;
  const from = v.charStart(end);
  const to = v.tokens[stop - 1].end;
  return v.dates.find((d) => d.start >= from && d.end <= to && d.role === 'point');
}

/** The actors of the group a reference heads, if it names an actor. */
function actorsFrom(v: SentenceView, ref: EntityRef | undefined): string[] {
  return ref?.actor
    ? groupOf(v, ref)
        .filter((r) => r.actor)
        .map((r) => r.id)
    : [];
}

const COMPANION_PHRASES = [
  [',', 'joined', 'by'],
  [',', 'as', 'did'],
  [',', 'as', 'have'],
  [',', 'as', 'has'],
  [',', 'alongside'],
  [',', 'along', 'with'],
];

/** "France recognised Palestine, joined by Belgium and Malta", "…, as did Spain": others who did the same. */
function companionsAfter(v: SentenceView, i: number): string[] {
  const { fw } = extractLexicon();
  for (let k = i + 1; k < v.tokens.length; k++) {
    if (v.isBoundary(k)) return [];
    if (v.norm(k) !== ',') continue;
    const p = COMPANION_PHRASES.find((ph) => v.phraseAt(k, ph));
    if (!p) continue;
    let j = k + p.length;
    while (j < v.tokens.length && fw.determiners.has(v.norm(j))) j++;
    const ref = v.refAt[j];
    if (!ref?.actor && ref?.form !== 'adjective') return [];
    return groupOf(v, ref)
      .filter((r) => r.actor || r.form === 'adjective')
      .map((r) => r.id);
  }
  return [];
}
