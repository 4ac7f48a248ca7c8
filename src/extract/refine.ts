import type { Action, Mention } from '../core/types.ts';
import { loadJson } from '../nlp/wordlists.ts';
import type { Draft, Party } from './analyze.ts';
import { extractLexicon } from './lexicon.ts';

interface Merging {
  oneOff: Action[];
  recurring: Action[];
  reactions: Action[];
  major: Action[];
}

let mergingLists: Merging | null = null;
const merging = (): Merging => {
  mergingLists ??= loadJson<Merging>('actions/merging.json');
  return mergingLists;
};

/**
 * The document-level refiners, in order: fill deferred parties from the document, drop self-directed and
 * superseded records, add what an intended or negated plan implies, then keep one record per event.
 */
export function refine(
  doc: string,
  drafts: Draft[],
  published: string | null = null,
  claimant: string | null = null,
): Mention[] {
  const resolved = dateStatements(addImplied(resolveDeferred(drafts, published, claimant), published));
  const kept = dropSuperseded(resolved.filter((d) => d.actor !== d.target));
  return mergePerEvent(doc, kept);
}

type Concrete = Draft & { actor: string; target: string };

/**
 * `claimant`: the one party whose recognition is at stake that the document names, the story's target when no record
 * names one ("Burundi revoked its recognition in 2018, but Kosovo disputes the move").
 */
function resolveDeferred(drafts: Draft[], published: string | null, claimant: string | null): Concrete[] {
  const { major } = merging();
  // The document's main act, with the plans its intended recognitions announce, fills "the decision".
  const concrete = addImplied(
    drafts.filter((d): d is Concrete => typeof d.actor === 'string' && typeof d.target === 'string'),
    published,
  );
  // The document's main act: its first asserted major act, else its first announced one.
  const primary =
    concrete.find((d) => d.mode === 'asserted' && major.includes(d.action) && d.derived !== 'also') ??
    concrete.find((d) => d.mode === 'intended' && major.includes(d.action));
  const primaryActors = primary
    ? [
        ...new Set(
          concrete
            .filter(
              (d) =>
                d.sentence === primary.sentence &&
                d.action === primary.action &&
                d.mode === primary.mode &&
                d.derived !== 'also',
            )
            .map((d) => d.actor),
        ),
      ]
    : [];
  const topic = topicTargets(concrete, claimant);
  const out: Concrete[] = drafts.filter(
    (d): d is Concrete => typeof d.actor === 'string' && typeof d.target === 'string',
  );
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (typeof d.actor === 'string' && typeof d.target === 'string') continue;
    // "signed a memorandum …, a deal Mogadishu called an act of aggression": an act its own sentence told first is
    // the one reacted to, when the one reacting is no party to it.
    const told = actorsToldBefore(drafts, n, major);
    const acting = told.length > 0 ? told : (actorsOfSentenceBefore(drafts, n, major) ?? primaryActors);
    const actors = resolveParty(d.actor, acting, topic(d.action, d.era ?? null), concrete);
    const targets = resolveParty(d.target, acting, topic(d.action, d.era ?? null), concrete);
    for (const a of actors) {
      // "recognised Abkhazia and South Ossetia in 2018 and withdrew that recognition": one can only withdraw one's own.
      const own = withdrawn(concrete, d, a);
      for (const t of own.length > 0 ? own : targets) out.push({ ...d, actor: a, target: t });
    }
  }
  return out;
}

/** For a withdrawal whose target the text leaves to the story, the parties the document says its actor recognised. */
function withdrawn(concrete: Concrete[], d: Draft, actor: string): string[] {
  if (d.action !== 'WITHDRAW_RECOGNITION' || typeof d.target === 'string' || d.target.deferred !== 'topic') return [];
  // (not where recognition moves between rivals: "switched to Beijing after withdrawing its recognition" drops Taipei)
  const { rivals } = extractLexicon();
  const own = concrete.filter(
    (e) =>
      e.actor === actor &&
      e.action === 'RECOGNIZE' &&
      e.mode === 'asserted' &&
      e.derived !== 'also' &&
      e.sentence <= d.sentence &&
      !rivals.has(e.target),
  );
  return [...new Set(own.map((e) => e.target))];
}

/** The actors of the major acts the sentence of draft n told before it, none of them involving its actor. */
function actorsToldBefore(drafts: Draft[], n: number, major: Action[]): string[] {
  const d = drafts[n];
  const out = new Set<string>();
  for (let k = n - 1; k >= 0 && drafts[k].sentence === d.sentence; k--) {
    const e = drafts[k];
    if (typeof e.actor !== 'string' || typeof e.target !== 'string' || !major.includes(e.action)) continue;
    if (e.mode === 'negated' || e.derived === 'also') continue;
    if (e.actor === d.actor || e.target === d.actor) return [];
    out.add(e.actor);
  }
  return [...out];
}

/**
 * "December 26, 2025 - Israel becomes the first UN member to recognise Somaliland. December 27, 2025 - The African
 * Union and the Arab League condemn the decision.": the act the sentence just before told, when it told one act only.
 */
function actorsOfSentenceBefore(drafts: Draft[], n: number, major: Action[]): string[] | null {
  const d = drafts[n];
  const before = drafts.filter(
    (e) =>
      e.sentence === d.sentence - 1 &&
      typeof e.actor === 'string' &&
      typeof e.target === 'string' &&
      major.includes(e.action) &&
      e.mode === 'asserted' &&
      !e.derived,
  );
  if (before.length === 0 || new Set(before.map((e) => `${e.action} ${e.target}`)).size !== 1) return null;
  const actors = [...new Set(before.map((e) => e.actor as string))];
  return actors.includes(d.actor as string) ? null : actors;
}

function resolveParty(p: Party, primaryActors: string[], topic: string | null, concrete: Concrete[]): string[] {
  if (typeof p === 'string') return [p];
  // "denounced the sanctions": whoever the document says imposed them, when it names one party only.
  if (p.deferred === 'act' && p.action) {
    const actors = new Set(concrete.filter((d) => d.action === p.action && d.mode === 'asserted').map((d) => d.actor));
    return actors.size === 1 ? [...actors] : [];
  }
  if (p.deferred === 'act') return primaryActors;
  return topic ? [topic] : [];
}

/** The document's main target: the one most of its records about recognition and envoys point at. */
function topicTargets(
  drafts: Concrete[],
  claimant: string | null,
): (action: Action, era: number | null) => string | null {
  const overall = mostCommon(drafts, (d) =>
    d.action === 'PRAISE' || d.action === 'CONDEMN' ? 0 : d.action === 'MEET' ? 1 : 2,
  );
  // "the severing of ties" is with whoever the document says ties were cut with; otherwise the main target.
  // (Read once per action and era: a document's deferred parties mostly ask the same.)
  const known = new Map<string, string | null>();
  return (action, era) => {
    const key = `${action} ${era}`;
    let topic = known.get(key);
    if (topic === undefined) {
      topic =
        mostCommon(drafts, (d) => (d.action === action && near(d.era ?? null, era) ? 1 : 0)) ??
        overall ??
        // (a recognition is of the one claimant the story names; talks or praise need not be with it)
        (RECOGNITION_ACTS.has(action) ? claimant : null);
      known.set(key, topic);
    }
    return topic;
  };
}

const RECOGNITION_ACTS = new Set<Action>([
  'RECOGNIZE',
  'WITHDRAW_RECOGNITION',
  'INTEND_RECOGNIZE',
  'REFUSE_RECOGNITION',
]);

/** Two eras within two years of each other (one with no year is near anything). */
function near(a: number | null, b: number | null): boolean {
  return a === null || b === null || Math.abs(a - b) <= 2;
}

function mostCommon(drafts: Concrete[], weight: (d: Concrete) => number): string | null {
  const counts = new Map<string, number>();
  for (const d of drafts) counts.set(d.target, (counts.get(d.target) ?? 0) + weight(d));
  let best: string | null = null;
  let bestN = 0;
  for (const [t, n] of counts) if (n > bestN) [best, bestN] = [t, n];
  return best;
}

/** An intended recognition is an announced plan; a negated plan makes no recognition record of its own. */
function addImplied(drafts: Concrete[], published: string | null): Concrete[] {
  const out: Concrete[] = [];
  for (const d of drafts) {
    if (d.action === 'RECOGNIZE' && d.mode === 'intended') {
      // A date already past when the article appeared dates the announcement; a later one, the recognition.
      // (A plan whose telling was dated apart keeps its own: "In 2023, it said it would recognise them in December".)
      const pub = published?.slice(0, d.date?.length ?? 0) ?? null;
      const past = !d.told && d.date !== null && pub !== null && (d.date.length === 10 ? d.date <= pub : d.date < pub);
      out.push(past ? { ...d, date: null, dateSource: null } : d);
      // ("said on Monday it would recognise in September": the announcement is Monday's)
      const announced = past ? d.date : (d.told ?? null);
      out.push({ ...d, action: 'INTEND_RECOGNIZE', mode: 'asserted', date: announced, derived: 'intend' });
    } else out.push(d);
  }
  return out;
}

/** Statements a document reports undated take the date of that speaker's one dated statement there. */
function dateStatements(drafts: Concrete[]): Concrete[] {
  const dates = new Map<string, Set<string>>();
  for (const d of drafts) {
    if ((d.action !== 'PRAISE' && d.action !== 'CONDEMN') || !d.date) continue;
    const set = dates.get(d.actor) ?? new Set();
    set.add(d.date);
    dates.set(d.actor, set);
  }
  return drafts.map((d) => {
    const known = dates.get(d.actor);
    if ((d.action !== 'PRAISE' && d.action !== 'CONDEMN') || d.date || !known || known.size !== 1) return d;
    return { ...d, date: [...known][0], dateSource: 'context' };
  });
}

/** A document that asserts a recognition was not denying it when it told of the time before. */
function dropSuperseded(drafts: Concrete[]): Concrete[] {
  const asserted = drafts.filter((d) => d.mode === 'asserted' && d.action === 'RECOGNIZE');
  const era = (d: Concrete) => d.era ?? Number.POSITIVE_INFINITY;
  return drafts.filter((d) => {
    // A plan to establish relations after recognizing is a further step, kept; a denial or a guess is not.
    // A plan to recognize what the actor has recognized already is no plan to recognize.
    if (d.action === 'INTEND_RECOGNIZE' && d.derived === 'intend')
      return !asserted.some((a) => a.actor === d.actor && a.target === d.target);
    if (d.action !== 'RECOGNIZE' || d.mode === 'asserted' || d.mode === 'intended') return true;
    // Unless the recognition it knows of belongs to an earlier era ("the first regime (1996–2001) was
    // recognized by Pakistan … since 2021 no country had granted recognition").
    return !asserted.some((a) => a.actor === d.actor && a.target === d.target && era(a) >= era(d));
  });
}

function mergePerEvent(doc: string, drafts: Concrete[]): Mention[] {
  const { oneOff, reactions } = merging();
  const byKey = new Map<string, Concrete[]>();
  for (const d of drafts) {
    const k = `${d.actor}|${d.action}|${d.target}|${d.mode}`;
    const list = byKey.get(k) ?? [];
    list.push(d);
    byKey.set(k, list);
  }
  const out: Mention[] = [];
  for (const list of byKey.values()) {
    const action = list[0].action;
    if (oneOff.includes(action)) {
      // One act told several times merges; two dates that cannot be one ("closed in 1996", "closed in 2021") stay two.
      for (const group of compatibleGroups(list)) out.push(toMention(doc, mostPrecise(group)));
      continue;
    }
    const dated = new Map<string, Concrete>();
    // Recurring acts: "a forum in 2024" and "talks in October 2024" may be two meetings; only equal dates merge.
    for (const d of list.filter((x) => x.date)) if (!dated.has(d.date!)) dated.set(d.date!, d);
    for (const d of dated.values()) out.push(toMention(doc, d));
    const undated = list.find((x) => !x.date);
    // An undated mention beside a single dated one is that same act told twice.
    // A reaction told undated beside dated ones is one of them (one speaker's statement, reported twice).
    const absorbed = dated.size === 1 || (reactions.includes(action) && dated.size > 0);
    if (undated && !absorbed) out.push(toMention(doc, undated));
  }
  return out.sort((a, b) => a.start - b.start || a.actor.localeCompare(b.actor) || a.action.localeCompare(b.action));
}

function compatibleGroups(list: Concrete[]): Concrete[][] {
  const groups: Concrete[][] = [];
  const dated = [...list].sort((a, b) => (b.date?.length ?? 0) - (a.date?.length ?? 0));
  for (const d of dated) {
    const g = groups.find((x) =>
      x.some((y) => !d.date || !y.date || y.date.startsWith(d.date) || d.date.startsWith(y.date)),
    );
    if (g) g.push(d);
    else groups.push([d]);
  }
  return groups;
}

function mostPrecise(list: Concrete[]): Concrete {
  return list.reduce((best, d) => ((d.date?.length ?? 0) > (best.date?.length ?? 0) ? d : best), list[0]);
}

function toMention(doc: string, d: Concrete): Mention {
  return {
    doc,
    actor: d.actor,
    action: d.action,
    target: d.target,
    date: d.date,
    mode: d.mode,
    evidence: d.evidence,
    start: d.start,
    end: d.end,
    rule: d.rule,
    dateSource: d.dateSource,
  };
}
