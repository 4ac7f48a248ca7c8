// Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) compared as the periods they name.
import type { PartialDate } from '../core/types.ts';

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && PARTIAL_DATE.test(value);
}

/** 0 for null, 1 year, 2 month, 3 day. */
export function precision(date: PartialDate | null): number {
  if (date === null) return 0;
  return date.split('-').length;
}

/** Equal, one a coarser prefix of the other (`2025-07` and `2025-07-03`), or either unknown. */
export function compatible(a: PartialDate | null, b: PartialDate | null): boolean {
  if (a === null || b === null) return true;
  const pa = a.split('-');
  const pb = b.split('-');
  return pa.every((part, i) => i >= pb.length || part === pb[i]);
}

export function truncate(date: PartialDate, parts: number): PartialDate {
  return date.split('-').slice(0, parts).join('-');
}

/**
 * Orders by the period's start (a coarser date sorts before a finer one inside it), so the
 * fixed-width ISO strings compare as plain strings.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** -1, 0 or 1 comparing at the coarser of the two precisions: `2025` vs `2025-07` is 0 (they overlap). */
export function compareOverlap(a: PartialDate, b: PartialDate): number {
  const parts = Math.min(precision(a), precision(b));
  return compareDates(truncate(a, parts), truncate(b, parts));
}

/** Whether the period `date` names starts on or before `limit` (the event may have happened by then). */
export function startsBy(date: PartialDate, limit: PartialDate): boolean {
  return compareOverlap(date, limit) <= 0;
}

export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/** The earliest of the given dates by period start, ignoring nulls. */
export function earliest(dates: Iterable<PartialDate | null>): PartialDate | null {
  let best: PartialDate | null = null;
  for (const d of dates) if (d !== null && (best === null || compareDates(d, best) < 0)) best = d;
  return best;
}

/** The latest of the given dates by period start, ignoring nulls. */
export function latest(dates: Iterable<PartialDate | null>): PartialDate | null {
  let best: PartialDate | null = null;
  for (const d of dates) if (d !== null && (best === null || compareDates(d, best) > 0)) best = d;
  return best;
}
