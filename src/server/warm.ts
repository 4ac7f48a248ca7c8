// Precomputing in the background what the page will ask for first: the targets, each main target's
// latest ledger and timeline, then its ledger at every slider step, latest months first, then the
// event list's pages. It runs in slices between requests and stops when the store changes (the
// next revision starts over).
import type { Records, RecordsSource } from './records.ts';
import { EVENTS_PAGE } from './schemas.ts';
import { sliderSteps } from './slider.ts';
import { eventsJson, ledgerJson, targetsJson, timelineJson } from './views.ts';

export interface WarmOptions {
  /** Targets to precompute, most-covered first (default 5). */
  targets?: number;
  /** Longest stretch of work between two turns of the event loop, in ms (default 15). */
  sliceMs?: number;
  today?: string;
  /** Called when done (tests, the benchmark through /api/health). */
  onDone?: (r: Records) => void;
}

function* tasks(r: Records, opts: WarmOptions): Generator<void> {
  const targets = JSON.parse(targetsJson(r).body.toString('utf8')) as {
    id: string;
    first: string | null;
    last: string | null;
  }[];
  const chosen = targets.slice(0, opts.targets ?? 5);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  for (const t of chosen) {
    ledgerJson(r, t.id, undefined);
    yield;
    timelineJson(r, { target: t.id }, 1000, 0);
    yield;
  }
  for (const t of chosen) {
    for (const step of sliderSteps(t.first, t.last, today).reverse()) {
      ledgerJson(r, t.id, step);
      yield;
    }
  }
  // The event list page by page, as a script reading the whole store asks for it.
  for (let offset = 0; offset < r.events.length; offset += EVENTS_PAGE) {
    eventsJson(r, {}, EVENTS_PAGE, offset);
    yield;
  }
}

export function startWarming(source: RecordsSource, r: Records, opts: WarmOptions = {}): void {
  const work = tasks(r, opts);
  const slice = opts.sliceMs ?? 15;
  r.warming = true;
  const step = () => {
    // A newer revision makes this work moot; its own warming is started by whoever loads it.
    if (source.peek() !== r) {
      r.warming = false;
      return;
    }
    const until = Date.now() + slice;
    while (Date.now() < until) {
      // Past half the cache, precomputing would only evict what it made (or what was asked for).
      if (r.responses.weight > r.responses.capacityLimit / 2 || work.next().done) {
        r.warming = false;
        opts.onDone?.(r);
        return;
      }
    }
    setImmediate(step);
  };
  setImmediate(step);
}
