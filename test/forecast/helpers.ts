// Hand-made events for the forecast tests.
import type { Action, Event, Mode, PartialDate } from '../../src/core/types.ts';

let counter = 0;

/** One event with one mention per document. */
export function ev(
  actor: string,
  action: Action,
  target: string,
  date: PartialDate | null,
  opts: { mode?: Mode; docs?: string[]; firstReported?: PartialDate | null } = {},
): Event {
  const mode = opts.mode ?? 'asserted';
  const docs = opts.docs ?? [`doc${++counter}.txt`];
  const id = `ev_${actor}_${action}_${target}_${mode}_${date ?? 'undated'}_${docs.join('+')}`;
  return {
    id,
    actor,
    action,
    target,
    mode,
    date,
    mentions: docs.map((doc) => ({
      doc,
      actor,
      action,
      target,
      date,
      mode,
      evidence: `${actor} ${action} ${target}`,
      start: 0,
      end: 1,
      rule: 'test',
    })),
    sources: docs.map((doc) => ({ doc, outlet: null, url: null, published: opts.firstReported ?? null, title: null })),
    firstReported: opts.firstReported ?? null,
    confidence: 1,
    conflicts: [],
  };
}
