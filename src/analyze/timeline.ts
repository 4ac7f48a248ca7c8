// Merged events in date order, for one entity or pair, within a period.
import { compareOverlap } from '../consolidate/dates.ts';
import { compareEvents } from '../consolidate/index.ts';
import type { Event, Mode, PartialDate } from '../core/types.ts';

export interface TimelineOptions {
  /** Events aimed at this entity. */
  target?: string;
  /** Events by this entity. */
  actor?: string;
  /** Events with this entity on either side. */
  entity?: string;
  /** Keep events whose date overlaps [from, to], compared at the coarser precision. */
  from?: PartialDate;
  to?: PartialDate;
  /** Modes to keep (default: all, so negations and speculation stay visible next to facts). */
  modes?: readonly Mode[];
  /** Keep undated events (default true); they are never inside a from/to window. */
  undated?: boolean;
}

/**
 * Events in date order (a coarser date before the finer dates inside it), then undated events by
 * first report. Each event carries its mentions and distinct sources. Undated events are dropped
 * when `from` or `to` is given, since they cannot be placed in the window.
 */
export function timeline(events: readonly Event[], opts: TimelineOptions = {}): Event[] {
  const windowed = opts.from !== undefined || opts.to !== undefined;
  return events
    .filter((e) => {
      if (opts.target !== undefined && e.target !== opts.target) return false;
      if (opts.actor !== undefined && e.actor !== opts.actor) return false;
      if (opts.entity !== undefined && e.actor !== opts.entity && e.target !== opts.entity) return false;
      if (opts.modes && !opts.modes.includes(e.mode)) return false;
      if (e.date === null) return opts.undated !== false && !windowed;
      if (opts.from !== undefined && compareOverlap(e.date, opts.from) < 0) return false;
      if (opts.to !== undefined && compareOverlap(e.date, opts.to) > 0) return false;
      return true;
    })
    .sort(compareEvents);
}
