// Disagreements between sources, kept visible on the events they concern.
import type { Conflict, Event } from '../core/types.ts';
import type { Draft } from './cluster.ts';
import { compareDates, compareOverlap, compatible } from './dates.ts';
import { independentCount, lastReport, publishedOf, rootOf, type SourceMap } from './sources.ts';

export const DATE_RULE = 'more independent sources; tie: more precise date; tie: most recent report';
export const ASSERTION_RULE = 'more independent sources; tie: the dated side; tie: most recent report; tie: asserted';

const uniqueSorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** The date conflict of a draft whose dated mentions disagree, or null. Sides are strongest first. */
export function dateConflict(draft: Draft): Conflict | null {
  if (draft.sides.length < 2) return null;
  return {
    kind: 'date',
    sides: draft.sides.map((s) => ({ value: s.date, docs: uniqueSorted(s.mentions.map((m) => m.doc)) })),
    chosen: draft.sides[0].date,
    rule: DATE_RULE,
  };
}

const docsOf = (e: Event) => uniqueSorted(e.mentions.map((m) => m.doc));

/**
 * The documents of a negated event that contradict an asserted one (README: "Assertion conflicts").
 * A document that itself asserts the act is left out: it tells two different times, not a dispute.
 * A dated negation contradicts only an assertion with a compatible date. An undated negation is a
 * state of affairs as of its document's publication: it contradicts the assertion only if published
 * on or after the asserted date (or, for an undated assertion, its first report); unknown dates
 * cannot rule the overlap out, so they count.
 */
export function contradictingDocs(asserted: Event, negated: Event, sources: SourceMap): string[] {
  const assertingRoots = new Set(docsOf(asserted).map((d) => rootOf(d, sources)));
  const candidates = docsOf(negated).filter((d) => !assertingRoots.has(rootOf(d, sources)));
  if (negated.date !== null) {
    return asserted.date !== null && compatible(asserted.date, negated.date) ? candidates : [];
  }
  const assertedBy = asserted.date ?? asserted.firstReported;
  return candidates.filter((doc) => {
    const published = publishedOf(doc, sources);
    if (published === null || assertedBy === null) return true;
    return compareOverlap(published, assertedBy) >= 0;
  });
}

function chooseMode(asserted: Event, negated: Event, negDocs: string[], sources: SourceMap): 'asserted' | 'negated' {
  const a = independentCount(docsOf(asserted), sources);
  const n = independentCount(negDocs, sources);
  if (a !== n) return a > n ? 'asserted' : 'negated';
  if ((asserted.date === null) !== (negated.date === null)) return asserted.date !== null ? 'asserted' : 'negated';
  const ra = lastReport(docsOf(asserted), sources);
  const rn = lastReport(negDocs, sources);
  if (ra !== null && rn !== null && ra !== rn) return compareDates(rn, ra) > 0 ? 'negated' : 'asserted';
  return 'asserted';
}

/** Links every asserted event to the negated events of the same act that contradict it (mutates both). */
export function linkAssertionConflicts(events: Event[], sources: SourceMap): void {
  const negatedByAct = new Map<string, Event[]>();
  for (const e of events) {
    if (e.mode !== 'negated') continue;
    const key = `${e.actor}|${e.action}|${e.target}`;
    const list = negatedByAct.get(key);
    if (list) list.push(e);
    else negatedByAct.set(key, [e]);
  }
  for (const asserted of events) {
    if (asserted.mode !== 'asserted') continue;
    for (const negated of negatedByAct.get(`${asserted.actor}|${asserted.action}|${asserted.target}`) ?? []) {
      const negDocs = contradictingDocs(asserted, negated, sources);
      if (negDocs.length === 0) continue;
      const conflict: Conflict = {
        kind: 'assertion',
        sides: [
          { value: 'asserted', docs: docsOf(asserted) },
          { value: 'negated', docs: negDocs },
        ],
        chosen: chooseMode(asserted, negated, negDocs, sources),
        rule: ASSERTION_RULE,
      };
      asserted.conflicts.push(conflict);
      negated.conflicts.push(conflict);
    }
  }
}
