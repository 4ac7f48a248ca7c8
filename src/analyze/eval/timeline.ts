// Timeline scoring: records merged across documents into unique (actor, action, target, date) events.
import { matchOneToOne } from './match.ts';
import type { ContractRecord } from './records.ts';
import { type Counts, counts } from './score.ts';

export interface TimelineEvent {
  actor: string;
  action: string;
  target: string;
  date: string | null;
  /** The documents that state it, sorted. */
  docs: string[];
}

export interface TimelineScores {
  counts: Counts;
  misses: TimelineEvent[];
  falseFinds: TimelineEvent[];
}

export interface TimelineOptions {
  /**
   * The modes that put an event on the timeline. Default: `asserted` only, since a timeline lists
   * what happened; the mode is not part of the event's identity.
   */
  modes?: readonly string[];
}

const SEP = '\u0000';

/** Merges records into unique (actor, action, target, date) events, in order of first appearance. */
export function timelineEvents(records: readonly ContractRecord[], opts: TimelineOptions = {}): TimelineEvent[] {
  const modes = new Set(opts.modes ?? ['asserted']);
  const events = new Map<string, TimelineEvent>();
  for (const r of records) {
    if (!modes.has(r.mode)) continue;
    const k = [r.actor, r.action, r.target, r.date ?? ''].join(SEP);
    const e = events.get(k);
    if (e) {
      if (!e.docs.includes(r.doc)) e.docs.push(r.doc);
    } else {
      events.set(k, { actor: r.actor, action: r.action, target: r.target, date: r.date, docs: [r.doc] });
    }
  }
  for (const e of events.values()) e.docs.sort();
  return [...events.values()];
}

/**
 * Scores the system's timeline against the gold's. Events match one to one when actor, action and
 * target are equal and the dates agree at the gold event's precision (the document-level rule). Events
 * are merged by exact date, so a gold timeline holding both `2025-07` and `2025-07-03` for one act needs
 * two system events to be fully recalled, as the gold itself counts two.
 */
export function timelineScore(
  system: readonly ContractRecord[],
  gold: readonly ContractRecord[],
  opts: TimelineOptions = {},
): TimelineScores {
  const sys = timelineEvents(system, opts);
  const ref = timelineEvents(gold, opts);
  const { pairs, misses, falseFinds } = matchOneToOne(sys, ref, (e) => [e.actor, e.action, e.target].join(SEP));
  return { counts: counts(ref.length, sys.length, pairs.length), misses, falseFinds };
}
