// What the events say about one target, indexed once, then read "as of" any cut-off day:
// who recognizes it (and since when), and every other act between a state and the target.
import type { Event } from '../../core/types.ts';
import { type Day, endOfPeriod } from './dates.ts';
import { candidatesAt, type Facts } from './facts.ts';

/** A recognition or withdrawal with the day it is known from. */
export interface Transition {
  day: Day;
  on: boolean;
  event: Event;
}

/** An act between a state and the target; `day` is when it is known (null: undated and unreported). */
export interface Related {
  event: Event;
  day: Day | null;
  /** True when the target is the actor and the state the object (a meeting both ways). */
  reverse: boolean;
}

export interface TargetIndex {
  target: string;
  /** Dated asserted recognitions and withdrawals per state, by day. */
  transitions: Map<string, Transition[]>;
  /** Asserted recognitions with no date, per state; they count only for states with no dated ones. */
  undated: Map<string, Related[]>;
  /** Every other event between a state and the target, per state, by day (undated first). */
  related: Map<string, Related[]>;
  /** All dated recognitions, by day. */
  recognitions: Transition[];
}

/** When an event is known: its date's last day, else its first report's, else null. */
export function knownDay(e: Event): Day | null {
  return endOfPeriod(e.date) ?? endOfPeriod(e.firstReported);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byDay = <T extends { day: Day | null }>(a: T, b: T): number => ((a.day ?? '') < (b.day ?? '') ? -1 : 1);

/** Indexes the events that concern `target`. */
export function indexEvents(events: readonly Event[], target: string): TargetIndex {
  const transitions = new Map<string, Transition[]>();
  const undated = new Map<string, Related[]>();
  const related = new Map<string, Related[]>();
  for (const event of events) {
    if (event.target !== target && event.actor !== target) continue;
    const reverse = event.target !== target;
    const state = reverse ? event.target : event.actor;
    const status =
      !reverse &&
      event.mode === 'asserted' &&
      (event.action === 'RECOGNIZE' || event.action === 'WITHDRAW_RECOGNITION');
    if (!status) {
      push(related, state, { event, day: knownDay(event), reverse });
      continue;
    }
    const day = endOfPeriod(event.date);
    if (day) push(transitions, state, { day, on: event.action === 'RECOGNIZE', event });
    else if (event.action === 'RECOGNIZE') push(undated, state, { event, day: knownDay(event), reverse });
  }
  for (const list of transitions.values()) list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const list of related.values()) list.sort(byDay);
  const recognitions = [...transitions.values()].flat().filter((t) => t.on);
  recognitions.sort(byDay);
  return { target, transitions, undated, related, recognitions };
}

/** The recognition of a state that stands on a day: the dated act, or an undated report of one. */
export interface Standing {
  day: Day | null;
  event: Event;
}

/** Who recognizes the target on `day` and has not withdrawn. */
export function standingAt(index: TargetIndex, day: Day): Map<string, Standing> {
  const out = new Map<string, Standing>();
  for (const [state, list] of index.transitions) {
    let last: Transition | undefined;
    for (const t of list) {
      if (t.day > day) break;
      last = t;
    }
    if (last?.on) out.set(state, { day: last.day, event: last.event });
  }
  for (const [state, list] of index.undated) {
    if (index.transitions.has(state)) continue;
    const known = list.find((r) => r.day === null || r.day <= day);
    if (known) out.set(state, { day: null, event: known.event });
  }
  return out;
}

/** One cut-off: the facts, the target's events, who stands recognized, and who could move. */
export interface Snapshot {
  facts: Facts;
  index: TargetIndex;
  target: string;
  day: Day;
  standing: Map<string, Standing>;
  /** States that could recognize next: existing, not the target, not standing recognizers. */
  candidates: string[];
}

export function snapshot(facts: Facts, index: TargetIndex, day: Day, candidates?: readonly string[]): Snapshot {
  const standing = standingAt(index, day);
  const pool = candidates ?? candidatesAt(facts, index.target, day);
  return {
    facts,
    index,
    target: index.target,
    day,
    standing,
    candidates: pool.filter((s) => !standing.has(s)),
  };
}
