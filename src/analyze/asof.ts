// Placing events in time for "as of" views (README: "As-of").
import { compareOverlap } from '../consolidate/dates.ts';
import type { Event, PartialDate } from '../core/types.ts';

/**
 * When an event is known to have happened by: its date, or, for an undated event, its first
 * report (a source cannot tell of an act before it happened).
 */
export function effectiveDate(e: Event): PartialDate | null {
  return e.date ?? e.firstReported;
}

/**
 * Whether the event counts as of `asOf`: its effective period starts on or before it. An event with
 * neither a date nor a dated source cannot be placed, so it is left out of as-of views.
 */
export function visibleAsOf(e: Event, asOf: PartialDate | undefined): boolean {
  if (asOf === undefined) return true;
  const d = effectiveDate(e);
  return d !== null && compareOverlap(d, asOf) <= 0;
}

/**
 * Whether `later` is not before `earlier`, at the coarser precision of the two. Ties count as
 * later: an undoing act (a delisting) presupposes the act it undoes (the listing).
 */
export function notBefore(later: Event, earlier: Event): boolean {
  const a = effectiveDate(later);
  const b = effectiveDate(earlier);
  if (a === null || b === null) return false;
  return compareOverlap(a, b) >= 0;
}
