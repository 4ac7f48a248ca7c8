// The forecast's features for (state, target, cut-off): each is a number for the model and a
// sentence, with the events and facts behind it, for the reader.
import type { Action, Event } from '../../core/types.ts';
import { DEFAULT_LADDER, type Rung } from '../ladder.ts';
import { addMonths, type Day, earliestDay, latestDay, monthsBetween } from './dates.ts';
import { alliesOf, type Bloc, membersAt, nameOf, opponentsOf } from './facts.ts';
import type { Related, Snapshot, Standing } from './snapshot.ts';

/** Something a reason rests on: an event (with its documents) or an entry of a fact file. */
export type Evidence = { kind: 'event'; id: string; docs: string[] } | { kind: 'fact'; file: string; key: string };

export interface Explanation {
  text: string;
  refs: Evidence[];
}

/** A snapshot with the per-cut-off tallies the features share. */
export interface FeatureContext extends Snapshot {
  /** States that exist on the cut-off day. */
  existing: Set<string>;
  /** The target and its rival government (AFG for TALIBAN): never peers that could recognize. */
  outside: Set<string>;
  blocMembers: Map<string, string[]>;
  /** The blocs each existing state belongs to on the cut-off day. */
  blocsByState: Map<string, Bloc[]>;
  subregionMembers: Map<string, string[]>;
  /** Values of the common features, computed once per cut-off. */
  commonValues: Map<string, number>;
  /** Members and recognizer counts of blocs and subregions, computed once per cut-off. */
  groupTallies: Map<string, { members: Set<string>; yes: number }>;
  /** States whose standing recognition is dated within the last n months, per n, computed once per cut-off. */
  recentRecognizers: Map<number, Set<string>>;
}

export interface Feature {
  name: string;
  /** Prior mean of the weight. The fit shrinks toward it; history that never shows the feature leaves it there. */
  prior: number;
  /** The same value for every candidate at a cut-off: it moves probabilities, not the order. */
  common: boolean;
  value(ctx: FeatureContext, state: string): number;
  explain(ctx: FeatureContext, state: string): Explanation | null;
}

const RECENT_MONTHS = 12;
const INTENT_MONTHS = 24;
const MOMENTUM_MONTHS = 3;
const BURST_MONTHS = 3;

export function featureContext(snap: Snapshot): FeatureContext {
  const blocMembers = new Map<string, string[]>();
  const blocsByState = new Map<string, Bloc[]>();
  for (const bloc of snap.facts.blocs) {
    const members = membersAt(snap.facts, bloc, snap.day);
    blocMembers.set(bloc.id, members);
    for (const m of members) blocsByState.set(m, [...(blocsByState.get(m) ?? []), bloc]);
  }
  const subregionMembers = new Map<string, string[]>();
  const existing = new Set<string>();
  for (const s of snap.facts.states.values()) {
    if (s.since !== null && s.since > snap.day) continue;
    existing.add(s.id);
    const list = subregionMembers.get(s.subregion) ?? [];
    list.push(s.id);
    subregionMembers.set(s.subregion, list);
  }
  const same = snap.facts.targets.get(snap.target)?.sameCountry;
  return {
    ...snap,
    existing,
    outside: new Set([snap.target, ...(same ? [same] : [])]),
    blocMembers,
    blocsByState,
    subregionMembers,
    commonValues: new Map(),
    groupTallies: new Map(),
    recentRecognizers: new Map(),
  };
}

// ---- helpers --------------------------------------------------------------------------------

function eventRef(e: Event): Evidence {
  return { kind: 'event', id: e.id, docs: [...new Set(e.mentions.map((m) => m.doc))].slice(0, 5) };
}

function factRef(file: string, key: string): Evidence {
  return { kind: 'fact', file: `data/facts/${file}`, key };
}

function when(s: Standing): string {
  return s.event.date ?? 'an undated report';
}

/** "Russia (2025-07-03), Belarus (2025-08) and 2 more" */
function nameList(ctx: FeatureContext, states: string[], limit = 4): string {
  const shown = states.slice(0, limit).map((s) => {
    const st = ctx.standing.get(s);
    return st ? `${nameOf(ctx.facts, s)} (${when(st)})` : nameOf(ctx.facts, s);
  });
  const rest = states.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

function recognizersRefs(ctx: FeatureContext, states: string[]): Evidence[] {
  return states.slice(0, 5).map((s) => eventRef(ctx.standing.get(s)!.event));
}

/** Others than `state` (and than the target and its rival) among `pool`, and those of them that recognize. */
function peers(ctx: FeatureContext, state: string, pool: readonly string[]): { others: string[]; yes: string[] } {
  const others = pool.filter((s) => s !== state && !ctx.outside.has(s));
  return { others, yes: others.filter((s) => ctx.standing.has(s)) };
}

function neighbours(ctx: FeatureContext, state: string): string[] {
  return (ctx.facts.borders.get(state) ?? []).filter((b) => ctx.existing.has(b));
}

function bestBloc(ctx: FeatureContext, state: string): { bloc: Bloc; others: string[]; yes: string[] } | null {
  let best: { bloc: Bloc; others: string[]; yes: string[] } | null = null;
  for (const bloc of ctx.blocsByState.get(state) ?? []) {
    const p = peers(ctx, state, ctx.blocMembers.get(bloc.id) ?? []);
    if (p.others.length === 0) continue;
    const share = p.yes.length / p.others.length;
    const bestShare = best ? best.yes.length / best.others.length : -1;
    if (share > bestShare || (share === bestShare && best && p.yes.length > best.yes.length)) best = { bloc, ...p };
  }
  return best;
}

/** States whose standing recognition is dated in the `months` before the cut-off (undated ones never count). */
function recentRecognizers(ctx: FeatureContext, months: number): Set<string> {
  let set = ctx.recentRecognizers.get(months);
  if (!set) {
    const from = addMonths(ctx.day, -months);
    set = new Set();
    for (const [s, st] of ctx.standing) if (st.day && st.day > from && st.day <= ctx.day) set.add(s);
    ctx.recentRecognizers.set(months, set);
  }
  return set;
}

/**
 * Fellow members of any of the state's blocs whose recognition is dated in the last BURST_MONTHS,
 * oldest first, and the blocs they share with it: the one that holds them all, or every bloc holding
 * some (most such partners first).
 */
export function blocBurst(ctx: FeatureContext, state: string): { partners: string[]; blocs: Bloc[] } {
  const recent = recentRecognizers(ctx, BURST_MONTHS);
  const partners = new Set<string>();
  const blocs: { bloc: Bloc; n: number }[] = [];
  if (recent.size === 0) return { partners: [], blocs: [] };
  for (const bloc of ctx.blocsByState.get(state) ?? []) {
    const yes = (ctx.blocMembers.get(bloc.id) ?? []).filter((o) => o !== state && !ctx.outside.has(o) && recent.has(o));
    if (yes.length === 0) continue;
    for (const o of yes) partners.add(o);
    blocs.push({ bloc, n: yes.length });
  }
  const day = (s: string): Day => ctx.standing.get(s)?.day ?? '';
  blocs.sort((a, b) => b.n - a.n);
  // One bloc holding every partner is enough to name.
  const named = blocs[0]?.n === partners.size ? blocs.slice(0, 1) : blocs;
  return {
    partners: [...partners].sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : a < b ? -1 : 1)),
    blocs: named.map((b) => b.bloc),
  };
}

/** The share of a group's other members (less the target) that recognize, from per-cut-off counts. */
function groupShare(ctx: FeatureContext, state: string, key: string, groups: Map<string, string[]>): number {
  const cacheKey = `${groups === ctx.blocMembers ? 'bloc' : 'region'}:${key}`;
  let tally = ctx.groupTallies.get(cacheKey);
  if (!tally) {
    const members = (groups.get(key) ?? []).filter((m) => !ctx.outside.has(m));
    tally = { members: new Set(members), yes: members.filter((m) => ctx.standing.has(m)).length };
    ctx.groupTallies.set(cacheKey, tally);
  }
  if (!tally.members.has(state)) return 0;
  const others = tally.members.size - 1;
  const yes = tally.yes - (ctx.standing.has(state) ? 1 : 0);
  return others > 0 ? yes / others : 0;
}

function share(p: { others: string[]; yes: string[] } | null): number {
  return p && p.others.length > 0 ? p.yes.length / p.others.length : 0;
}

/** Events between `state` and the target known by the cut-off. */
function acts(ctx: FeatureContext, state: string): Related[] {
  return (ctx.index.related.get(state) ?? []).filter((r) => r.day === null || r.day <= ctx.day);
}

function recent(ctx: FeatureContext, r: Related, months: number): boolean {
  return r.day === null || r.day > addMonths(ctx.day, -months);
}

const ENGAGEMENT: ReadonlySet<Action> = new Set([
  'MEET',
  'AGREEMENT',
  'SEND_ENVOY',
  'ACCEPT_ENVOY',
  'OPEN_MISSION',
  'DELIST',
]);
/** Acts that count whichever side performs them ("a meeting between A and B"). */
const MUTUAL: ReadonlySet<Action> = new Set(['MEET', 'AGREEMENT']);
const HOSTILE: ReadonlySet<Action> = new Set([
  'CONDEMN',
  'REFUSE_RECOGNITION',
  'SANCTION',
  'DESIGNATE',
  'CLOSE_MISSION',
]);

function engagements(ctx: FeatureContext, state: string): Related[] {
  return acts(ctx, state).filter(
    (r) =>
      r.event.mode === 'asserted' &&
      ENGAGEMENT.has(r.event.action) &&
      (!r.reverse || MUTUAL.has(r.event.action)) &&
      recent(ctx, r, RECENT_MONTHS),
  );
}

function hostilities(ctx: FeatureContext, state: string): Related[] {
  return acts(ctx, state).filter(
    (r) => !r.reverse && r.event.mode === 'asserted' && HOSTILE.has(r.event.action) && recent(ctx, r, RECENT_MONTHS),
  );
}

function intents(ctx: FeatureContext, state: string): Related[] {
  return acts(ctx, state).filter(
    (r) =>
      !r.reverse &&
      ((r.event.action === 'INTEND_RECOGNIZE' && r.event.mode === 'asserted') ||
        (r.event.action === 'RECOGNIZE' && r.event.mode === 'intended')) &&
      recent(ctx, r, INTENT_MONTHS),
  );
}

function speculations(ctx: FeatureContext, state: string): { events: Related[]; docs: string[] } {
  const events = acts(ctx, state).filter(
    (r) =>
      !r.reverse &&
      r.event.mode === 'speculated' &&
      (r.event.action === 'RECOGNIZE' || r.event.action === 'INTEND_RECOGNIZE') &&
      recent(ctx, r, RECENT_MONTHS),
  );
  const docs = [...new Set(events.flatMap((r) => r.event.mentions.map((m) => m.doc)))].sort();
  return { events, docs };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

// ---- the engagement ladder (lexicon/ladder.json, read and checked by src/analyze/ladder.ts) -----

/** The positive rungs below "recognized", highest first. */
const LADDER: Rung[] = DEFAULT_LADDER.rungs.filter((r) => r.level > 0 && !r.actions.includes('RECOGNIZE'));
const TOP_LEVEL = Math.max(...LADDER.map((r) => r.level));

interface RungHeld {
  rung: Rung;
  since: Day | null;
  events: Event[];
}

/** The highest rung the state holds toward the target: a step not cancelled by a later act. */
export function rungOf(ctx: FeatureContext, state: string): RungHeld | null {
  const mine = acts(ctx, state).filter((r) => r.event.mode === 'asserted');
  for (const rung of LADDER) {
    const steps = mine.filter(
      (r) => rung.actions.includes(r.event.action) && (!r.reverse || MUTUAL.has(r.event.action)),
    );
    if (steps.length === 0) continue;
    const cancels = mine.filter((r) => !r.reverse && rung.cancelledBy.includes(r.event.action));
    const lastCancel = latestDay('', ...cancels.map((r) => r.day ?? ''));
    const held = steps.filter((r) => cancels.length === 0 || (r.day ?? '') > lastCancel);
    if (held.length === 0) continue;
    const days = held.map((r) => r.day).filter((d): d is Day => d !== null);
    return {
      rung,
      since: days.length > 0 ? earliestDay(days[0], ...days) : null,
      events: held.map((r) => r.event),
    };
  }
  return null;
}

// ---- the features ----------------------------------------------------------------------------

export const FEATURES: readonly Feature[] = [
  {
    name: 'neighbours',
    prior: 0,
    common: false,
    value: (ctx, s) => share(peers(ctx, s, neighbours(ctx, s))),
    explain(ctx, s) {
      const p = peers(ctx, s, neighbours(ctx, s));
      if (p.yes.length === 0) return null;
      return {
        text: `${p.yes.length} of its ${plural(p.others.length, 'land neighbour')} already recognize ${ctx.target}: ${nameList(ctx, p.yes)}`,
        refs: [factRef('borders.json', s), ...recognizersRefs(ctx, p.yes)],
      };
    },
  },
  {
    name: 'bloc',
    prior: 0,
    common: false,
    value(ctx, s) {
      let best = 0;
      for (const bloc of ctx.blocsByState.get(s) ?? [])
        best = Math.max(best, groupShare(ctx, s, bloc.id, ctx.blocMembers));
      return best;
    },
    explain(ctx, s) {
      const b = bestBloc(ctx, s);
      if (!b || b.yes.length === 0) return null;
      return {
        text: `in the ${b.bloc.name} (${b.bloc.id}), ${b.yes.length} of ${b.others.length} other members recognize ${ctx.target}: ${nameList(ctx, b.yes)}`,
        refs: [factRef('blocs.json', b.bloc.id), ...recognizersRefs(ctx, b.yes)],
      };
    },
  },
  {
    name: 'blocBurst',
    prior: 0,
    common: false,
    value: (ctx, s) => Math.log1p(blocBurst(ctx, s).partners.length),
    explain(ctx, s) {
      const { partners, blocs } = blocBurst(ctx, s);
      if (partners.length === 0) return null;
      const who =
        blocs.length === 1
          ? `fellow ${blocs[0].id} member${partners.length === 1 ? '' : 's'}`
          : `fellow member${partners.length === 1 ? '' : 's'} of its blocs (${blocs.map((b) => b.id).join(', ')})`;
      return {
        text: `${partners.length} ${who} recognized ${ctx.target} in the last ${BURST_MONTHS} months: ${nameList(ctx, partners)}`,
        refs: [...blocs.map((b) => factRef('blocs.json', b.id)), ...recognizersRefs(ctx, partners)],
      };
    },
  },
  {
    name: 'region',
    prior: 0,
    common: false,
    value: (ctx, s) => groupShare(ctx, s, ctx.facts.states.get(s)?.subregion ?? '', ctx.subregionMembers),
    explain(ctx, s) {
      const sub = ctx.facts.states.get(s)?.subregion ?? '';
      const p = peers(ctx, s, ctx.subregionMembers.get(sub) ?? []);
      if (p.yes.length === 0) return null;
      return {
        text: `${p.yes.length} of ${p.others.length} other states in ${sub} recognize ${ctx.target}: ${nameList(ctx, p.yes)}`,
        refs: [factRef('states.json', s), ...recognizersRefs(ctx, p.yes)],
      };
    },
  },
  {
    name: 'allyRecognized',
    prior: 0,
    common: false,
    value: (ctx, s) => (alliesOf(ctx.facts, s, ctx.day).some((a) => ctx.standing.has(a.ally)) ? 1 : 0),
    explain(ctx, s) {
      const a = alliesOf(ctx.facts, s, ctx.day).find((x) => ctx.standing.has(x.ally));
      if (!a) return null;
      const st = ctx.standing.get(a.ally)!;
      return {
        text: `its ally ${nameOf(ctx.facts, a.ally)} recognized ${ctx.target} on ${when(st)} (${a.why})`,
        refs: [factRef('alignments.json', `allies:${s}->${a.ally}`), eventRef(st.event)],
      };
    },
  },
  {
    name: 'allyOpposes',
    prior: 0,
    common: false,
    value: (ctx, s) => (opposingAlly(ctx, s) ? 1 : 0),
    explain(ctx, s) {
      const o = opposingAlly(ctx, s);
      if (!o) return null;
      return {
        text: `its ally ${nameOf(ctx.facts, o.ally)} opposes recognition of ${ctx.target} (${o.why})`,
        refs: o.refs,
      };
    },
  },
  {
    name: 'opposes',
    prior: 0,
    common: false,
    value: (ctx, s) => (opponentsOf(ctx.facts, ctx.target, ctx.day).some((o) => o.state === s) ? 1 : 0),
    explain(ctx, s) {
      const o = opponentsOf(ctx.facts, ctx.target, ctx.day).find((x) => x.state === s);
      if (!o) return null;
      return {
        text: `on record as opposing recognition of ${ctx.target}: ${o.why}`,
        refs: [factRef('alignments.json', `targets:${ctx.target}:${s}`)],
      };
    },
  },
  {
    name: 'rung',
    prior: 1.5,
    common: false,
    value: (ctx, s) => (rungOf(ctx, s)?.rung.level ?? 0) / TOP_LEVEL,
    explain(ctx, s) {
      const r = rungOf(ctx, s);
      if (!r) return null;
      const since = r.since ? ` (on record since ${r.since})` : '';
      return {
        text: `has reached "${r.rung.label}" with ${ctx.target}${since}: ${[...new Set(r.events.map((e) => e.action))].join(', ')}`,
        refs: r.events.slice(0, 5).map(eventRef),
      };
    },
  },
  {
    name: 'monthsAtRung',
    prior: -0.2,
    common: false,
    value(ctx, s) {
      const r = rungOf(ctx, s);
      return r?.since ? Math.log1p(Math.max(0, monthsBetween(r.since, ctx.day))) : 0;
    },
    explain(ctx, s) {
      const r = rungOf(ctx, s);
      if (!r?.since) return null;
      const months = Math.max(0, Math.round(monthsBetween(r.since, ctx.day)));
      return {
        text: `has stayed at "${r.rung.label}" for ${plural(months, 'month')} without recognizing`,
        refs: r.events.slice(0, 3).map(eventRef),
      };
    },
  },
  {
    name: 'engagement',
    prior: 0.4,
    common: false,
    value: (ctx, s) => Math.log1p(engagements(ctx, s).length),
    explain(ctx, s) {
      const list = engagements(ctx, s);
      if (list.length === 0) return null;
      const kinds = [...new Set(list.map((r) => r.event.action))].join(', ');
      return {
        text: `${plural(list.length, 'meeting, agreement or envoy act', 'meetings, agreements or envoy acts')} with ${ctx.target} in the last ${RECENT_MONTHS} months (${kinds})`,
        refs: list.slice(0, 5).map((r) => eventRef(r.event)),
      };
    },
  },
  {
    name: 'hostile',
    prior: -0.7,
    common: false,
    value: (ctx, s) => Math.log1p(hostilities(ctx, s).length),
    explain(ctx, s) {
      const list = hostilities(ctx, s);
      if (list.length === 0) return null;
      const kinds = [...new Set(list.map((r) => r.event.action))].join(', ');
      return {
        text: `${plural(list.length, 'hostile act')} toward ${ctx.target} in the last ${RECENT_MONTHS} months (${kinds})`,
        refs: list.slice(0, 5).map((r) => eventRef(r.event)),
      };
    },
  },
  {
    name: 'intent',
    prior: 3,
    common: false,
    value: (ctx, s) => (intents(ctx, s).length > 0 ? 1 : 0),
    explain(ctx, s) {
      const list = intents(ctx, s);
      if (list.length === 0) return null;
      const dated = list.find((r) => r.event.date)?.event.date;
      return {
        text: `announced that it intends to recognize ${ctx.target}${dated ? ` (${dated})` : ''}`,
        refs: list.slice(0, 5).map((r) => eventRef(r.event)),
      };
    },
  },
  {
    name: 'speculation',
    prior: 0.6,
    common: false,
    value: (ctx, s) => Math.log1p(speculations(ctx, s).docs.length),
    explain(ctx, s) {
      const { events, docs } = speculations(ctx, s);
      if (docs.length === 0) return null;
      return {
        text: `news speculated in ${plural(docs.length, 'document')} that it may recognize ${ctx.target} (${docs.slice(0, 4).join(', ')}${docs.length > 4 ? ', …' : ''})`,
        refs: events.slice(0, 5).map((r) => eventRef(r.event)),
      };
    },
  },
  {
    name: 'logMonths',
    prior: 0,
    common: true,
    value(ctx) {
      const first = oldestStanding(ctx);
      return first?.day ? Math.log1p(Math.max(0, monthsBetween(first.day, ctx.day))) : 0;
    },
    explain(ctx) {
      const first = oldestStanding(ctx);
      if (!first?.day) return null;
      const months = Math.max(0, Math.round(monthsBetween(first.day, ctx.day)));
      return {
        text: `the cascade began ${plural(months, 'month')} ago: ${nameOf(ctx.facts, first.event.actor)} recognized ${ctx.target} on ${when(first)}`,
        refs: [eventRef(first.event)],
      };
    },
  },
  {
    name: 'momentum',
    prior: 0,
    common: true,
    value: (ctx) => Math.log1p(recentRecognitions(ctx, MOMENTUM_MONTHS).length),
    explain(ctx) {
      const list = recentRecognitions(ctx, MOMENTUM_MONTHS);
      if (list.length === 0) return null;
      const names = list.slice(0, 4).map((t) => `${nameOf(ctx.facts, t.event.actor)} (${t.event.date})`);
      return {
        text: `${plural(list.length, 'recognition')} of ${ctx.target} in the last ${MOMENTUM_MONTHS} months: ${names.join(', ')}${list.length > 4 ? ', …' : ''}`,
        refs: list.slice(0, 5).map((t) => eventRef(t.event)),
      };
    },
  },
  {
    name: 'recentRate',
    prior: 0,
    common: true,
    value(ctx) {
      const r = recentRecognitions(ctx, RECENT_MONTHS).length;
      return Math.log((r + 0.5) / (ctx.candidates.length + r + 0.5));
    },
    explain(ctx) {
      const list = recentRecognitions(ctx, RECENT_MONTHS);
      return {
        text: `${plural(list.length, 'state')} recognized ${ctx.target} in the last ${RECENT_MONTHS} months, out of ${list.length + ctx.candidates.length} that had not before (the cascade's recent pace)`,
        refs: list.slice(0, 5).map((t) => eventRef(t.event)),
      };
    },
  },
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);

function oldestStanding(ctx: FeatureContext): Standing | null {
  let first: Standing | null = null;
  for (const s of ctx.standing.values()) if (s.day && (!first?.day || s.day < first.day)) first = s;
  return first;
}

/** Recognitions made in the last `months` that still stand. */
function recentRecognitions(ctx: FeatureContext, months: number) {
  const from = addMonths(ctx.day, -months);
  return ctx.index.recognitions.filter(
    (t) => t.day > from && t.day <= ctx.day && ctx.standing.get(t.event.actor)?.event === t.event,
  );
}

function opposingAlly(ctx: FeatureContext, s: string): { ally: string; why: string; refs: Evidence[] } | null {
  const opponents = opponentsOf(ctx.facts, ctx.target, ctx.day);
  for (const a of alliesOf(ctx.facts, s, ctx.day)) {
    if (ctx.standing.has(a.ally)) continue;
    const o = opponents.find((x) => x.state === a.ally);
    const ally = factRef('alignments.json', `allies:${s}->${a.ally}`);
    if (o)
      return { ally: a.ally, why: o.why, refs: [ally, factRef('alignments.json', `targets:${ctx.target}:${a.ally}`)] };
    const refusal = acts(ctx, a.ally).find(
      (r) =>
        !r.reverse &&
        r.event.mode === 'asserted' &&
        r.event.action === 'REFUSE_RECOGNITION' &&
        recent(ctx, r, INTENT_MONTHS),
    );
    if (refusal)
      return { ally: a.ally, why: 'it declared it will not recognize', refs: [ally, eventRef(refusal.event)] };
  }
  return null;
}

/** The feature vector of a candidate, in FEATURES order. */
export function featureVector(ctx: FeatureContext, state: string): number[] {
  return FEATURES.map((f) => {
    if (!f.common) return f.value(ctx, state);
    let v = ctx.commonValues.get(f.name);
    if (v === undefined) {
      v = f.value(ctx, state);
      ctx.commonValues.set(f.name, v);
    }
    return v;
  });
}
