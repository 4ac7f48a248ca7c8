// Where each actor stands toward a target on the engagement ladder (lexicon/ladder.md).
import { compareDates, earliest } from '../consolidate/dates.ts';
import { compareEvents } from '../consolidate/index.ts';
import type { Conflict, Event, PartialDate, Source } from '../core/types.ts';
import { effectiveDate, notBefore, visibleAsOf } from './asof.ts';
import { DEFAULT_LADDER, type Ladder, noneRung, type Rung } from './ladder.ts';

/** A rung an actor currently stands on, with the events and sources that put it there. */
export interface Standing {
  rung: string;
  label: string;
  level: number;
  /** Earliest date among the dated events that put the actor there; null when none is dated. */
  date: PartialDate | null;
  /** Earliest publication among those events' sources. */
  reported: PartialDate | null;
  events: Event[];
  sources: Source[];
}

export interface LedgerRow extends Standing {
  actor: string;
  target: string;
  /** Negative rungs that are still current (a designation not yet undone by a delisting, ...). */
  negative: Standing[];
  /** A stance id from the ladder (`praised`, `condemned`, `refused`) or `none`. */
  stance: string;
  stanceEvents: Event[];
  /** The most recent asserted event of the actor toward the target. */
  latestMove: Event | null;
  /** A source says the actor has not recognized the target, and no current recognition outweighs it. */
  notRecognized: boolean;
  notRecognizedEvents: Event[];
  /** `intends` or `speculated` (from the ladder's intent table) when the actor has not recognized yet. */
  intent: string | null;
  intentEvents: Event[];
  /** Disputes about any of the actor's events toward the target. */
  conflicts: Conflict[];
}

export interface LedgerOptions {
  /** Ignore events that happened (or, undated, were first reported) after this date. */
  asOf?: PartialDate;
  ladder?: Ladder;
}

/** A later asserted event of an undoing action, or a stronger contradiction by a visible source. */
function cancelled(e: Event, cancelledBy: readonly string[], asserted: readonly Event[], negated: readonly Event[]) {
  if (asserted.some((c) => cancelledBy.includes(c.action) && notBefore(c, e))) return true;
  return e.conflicts.some((c) => {
    if (c.kind !== 'assertion' || c.chosen !== 'negated') return false;
    const negDocs = new Set(c.sides.find((s) => s.value === 'negated')?.docs ?? []);
    return negated.some((n) => n.action === e.action && n.mentions.some((m) => negDocs.has(m.doc)));
  });
}

function uniqueSources(events: readonly Event[]): Source[] {
  const byDoc = new Map<string, Source>();
  for (const e of events) for (const s of e.sources) if (!byDoc.has(s.doc)) byDoc.set(s.doc, s);
  return [...byDoc.values()].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
}

function standing(rung: Rung, events: Event[]): Standing {
  const sorted = [...events].sort(compareEvents);
  return {
    rung: rung.id,
    label: rung.label,
    level: rung.level,
    date: earliest(sorted.map((e) => e.date)),
    reported: earliest(sorted.map((e) => e.firstReported)),
    events: sorted,
    sources: uniqueSources(sorted),
  };
}

/**
 * Most recent first. Dated events come before undated ones: an undated event's first report only
 * bounds it from above ("condemned the Taliban", told in 2025, may be from 1999), so it cannot be
 * called more recent than a dated act. Undated events follow by first report; ties keep the order.
 */
export function mostRecent(events: readonly Event[]): Event[] {
  return [...events].sort((a, b) => {
    if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
    const da = effectiveDate(a);
    const db = effectiveDate(b);
    if (da === db) return 0;
    if (da === null) return 1;
    if (db === null) return -1;
    return compareDates(db, da);
  });
}

function row(actor: string, target: string, events: Event[], ladder: Ladder): LedgerRow {
  const asserted = events.filter((e) => e.mode === 'asserted');
  const negated = events.filter((e) => e.mode === 'negated');
  const current = (actions: readonly string[], cancelledBy: readonly string[]) =>
    asserted.filter((e) => actions.includes(e.action) && !cancelled(e, cancelledBy, asserted, negated));

  const standings = ladder.rungs
    .filter((r) => r.level !== 0)
    .map((r) => ({ rung: r, events: current(r.actions, r.cancelledBy) }))
    .filter((s) => s.events.length > 0)
    .map((s) => standing(s.rung, s.events));
  const top = standings.find((s) => s.level > 0) ?? standing(noneRung(ladder), []);

  const stanceCandidates = ladder.stances.flatMap((def) =>
    current(def.actions, def.cancelledBy).map((e) => ({ def, e })),
  );
  const latestStance = mostRecent(stanceCandidates.map((c) => c.e))[0];
  const stanceDef = stanceCandidates.find((c) => c.e === latestStance)?.def;

  const recognition = ladder.notRecognized;
  const recognizedNow = standings.some((s) => s.level > 0 && s.events.some((e) => e.action === recognition.action));
  const notRecognizedEvents = recognizedNow
    ? []
    : events.filter((e) => e.action === recognition.action && e.mode === recognition.mode);
  const intentDef = recognizedNow
    ? undefined
    : ladder.intent.find((d) => events.some((e) => e.action === d.action && e.mode === d.mode));
  const intentEvents = intentDef
    ? events.filter((e) =>
        ladder.intent.some((d) => d.value === intentDef.value && d.action === e.action && d.mode === e.mode),
      )
    : [];

  const conflicts = [...new Set(events.flatMap((e) => e.conflicts))];
  return {
    ...top,
    actor,
    target,
    negative: standings.filter((s) => s.level < 0),
    stance: stanceDef?.id ?? 'none',
    stanceEvents: stanceDef ? [...stanceCandidates.filter((c) => c.def === stanceDef).map((c) => c.e)] : [],
    latestMove: mostRecent([...asserted].sort(compareEvents).reverse())[0] ?? null,
    notRecognized: notRecognizedEvents.length > 0,
    notRecognizedEvents,
    intent: intentDef?.value ?? null,
    intentEvents,
    conflicts,
  };
}

/** Every source behind a row: its rung, negative rungs, stance and flags. */
export function rowSources(r: LedgerRow): Source[] {
  return uniqueSources([
    ...r.events,
    ...r.negative.flatMap((n) => n.events),
    ...r.stanceEvents,
    ...r.notRecognizedEvents,
    ...r.intentEvents,
  ]);
}

/**
 * One row per actor with any event toward `target` (the target's own acts are not rows): its
 * highest current rung as of `asOf`, current negative rungs, stance, latest move and flags.
 * Rows are ordered from the highest rung down, then by actor id. Works for any target.
 */
export function ledger(events: readonly Event[], target: string, opts: LedgerOptions = {}): LedgerRow[] {
  const ladder = opts.ladder ?? DEFAULT_LADDER;
  const byActor = new Map<string, Event[]>();
  for (const e of events) {
    if (e.target !== target || e.actor === target || !visibleAsOf(e, opts.asOf)) continue;
    const list = byActor.get(e.actor);
    if (list) list.push(e);
    else byActor.set(e.actor, [e]);
  }
  return [...byActor.entries()]
    .map(([actor, evs]) => row(actor, target, evs, ladder))
    .sort((a, b) => b.level - a.level || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
}
