// Consolidation: mentions from many documents → events, each carrying its sources and disputes.
// Rules are documented in ./README.md.
import type { Action, Event, Mention, SourceInfo } from '../core/types.ts';
import { type Draft, draftEvents } from './cluster.ts';
import { confidence } from './confidence.ts';
import { dateConflict, linkAssertionConflicts } from './conflicts.ts';
import { compareDates } from './dates.ts';
import { eventId } from './id.ts';
import { DATE_POLICY, type DatePolicy } from './policy.ts';
import { distinctSources, firstReport, type SourceMap } from './sources.ts';

export { confidence } from './confidence.ts';
export { ASSERTION_RULE, contradictingDocs, DATE_RULE } from './conflicts.ts';
export * from './dates.ts';
export { eventId } from './id.ts';
export { DATE_POLICY, type DatePolicy } from './policy.ts';
export { distinctSources, firstReport, independentCount, rootOf, type SourceMap } from './sources.ts';

export interface ConsolidateOptions {
  /** Overrides the one-off / recurring table (tests, experiments). */
  policies?: Readonly<Record<Action, DatePolicy>>;
}

function byDocThenStart(a: Mention, b: Mention): number {
  if (a.doc !== b.doc) return a.doc < b.doc ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}

function toEvent(draft: Draft, sources: SourceMap): Event {
  const mentions = [...draft.sides.flatMap((s) => s.mentions), ...draft.undated].sort(byDocThenStart);
  const { actor, action, target, mode } = mentions[0];
  const date = draft.sides[0]?.date ?? null;
  const docs = mentions.map((m) => m.doc);
  const conflict = dateConflict(draft);
  return {
    id: eventId(actor, action, target, mode, date),
    actor,
    action,
    target,
    mode,
    date,
    mentions,
    sources: distinctSources(docs, sources),
    firstReported: firstReport(docs, sources),
    confidence: 0,
    conflicts: conflict ? [conflict] : [],
  };
}

/** Dated events by date, then undated by first report, then by act; the id breaks remaining ties. */
export function compareEvents(a: Event, b: Event): number {
  const ka = a.date ?? a.firstReported;
  const kb = b.date ?? b.firstReported;
  if ((a.date === null) !== (b.date === null)) return a.date === null ? 1 : -1;
  if (ka !== kb) {
    if (ka === null) return 1;
    if (kb === null) return -1;
    const c = compareDates(ka, kb);
    if (c !== 0) return c;
  }
  const sa = `${a.actor}|${a.action}|${a.target}|${a.mode}|${a.id}`;
  const sb = `${b.actor}|${b.action}|${b.target}|${b.mode}|${b.id}`;
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Merges mentions of the same act (same actor, action, target and mode, compatible dates) across
 * documents into events, with their distinct sources, first report, date and assertion conflicts,
 * and a confidence. Pure: the result depends only on the inputs, not on their order.
 */
export function consolidate(
  mentions: readonly Mention[],
  sources: ReadonlyMap<string, SourceInfo>,
  options: ConsolidateOptions = {},
): Event[] {
  const groups = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = `${m.actor}|${m.action}|${m.target}|${m.mode}`;
    const list = groups.get(key) ?? [];
    list.push(m);
    groups.set(key, list);
  }
  const events: Event[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!.sort(byDocThenStart);
    for (const draft of draftEvents(group, group[0].action, sources, options.policies ?? DATE_POLICY)) {
      events.push(toEvent(draft, sources));
    }
  }
  linkAssertionConflicts(events, sources);
  for (const e of events) e.confidence = confidence(e, sources);
  return events.sort(compareEvents);
}
