// Who said what: quotes linked to the events they comment on.
import type { Action, Event, Mention, Quote } from '../core/types.ts';

/** Strongest first. */
export const LINK_REASONS = ['speaker-act', 'same-sentence', 'speaker-nearby', 'nearby'] as const;
export type LinkReason = (typeof LINK_REASONS)[number];

/** Acts done by saying something: a quote by the actor's spokesperson in that sentence is the act. */
export const SPEECH_ACTS: readonly Action[] = ['PRAISE', 'CONDEMN', 'REFUSE_RECOGNITION', 'INTEND_RECOGNIZE'];

export interface QuoteLink {
  eventId: string;
  reason: LinkReason;
  /** Characters between the quote and the event's nearest mention (0 when they overlap). */
  distance: number;
}

export interface SaidWhat {
  quote: Quote;
  /** Strongest first; empty when nothing in the document is close enough. */
  links: QuoteLink[];
}

export interface QuoteOptions {
  /** How far (in characters) a mention may be from the quote to count as nearby. Default 300. */
  window?: number;
}

function gap(q: Quote, m: Mention): number {
  if (q.start < m.end && q.end > m.start) return 0;
  return q.start >= m.end ? q.start - m.end : m.start - q.end;
}

function reasonFor(q: Quote, e: Event, distance: number): LinkReason {
  const own = q.entity !== null && q.entity === e.actor;
  if (distance === 0) return own && SPEECH_ACTS.includes(e.action) ? 'speaker-act' : 'same-sentence';
  return own ? 'speaker-nearby' : 'nearby';
}

const rank = (r: LinkReason) => LINK_REASONS.indexOf(r);

/**
 * Links each quote to events mentioned in the same document: in the sentence the quote stands in
 * (strongest when the speaker's entity is the actor of a speech act there), or within `window`
 * characters. Nearby links are dropped when a same-sentence link exists, to keep the list short.
 */
export function whoSaidWhat(quotes: readonly Quote[], events: readonly Event[], opts: QuoteOptions = {}): SaidWhat[] {
  const window = opts.window ?? 300;
  const byDoc = new Map<string, { event: Event; mention: Mention }[]>();
  for (const event of events) {
    for (const mention of event.mentions) {
      const list = byDoc.get(mention.doc);
      if (list) list.push({ event, mention });
      else byDoc.set(mention.doc, [{ event, mention }]);
    }
  }
  return quotes.map((quote) => {
    const best = new Map<string, QuoteLink>();
    for (const { event, mention } of byDoc.get(quote.doc) ?? []) {
      if (mention.end <= mention.start) continue;
      const distance = gap(quote, mention);
      if (distance > window) continue;
      const link: QuoteLink = { eventId: event.id, reason: reasonFor(quote, event, distance), distance };
      const prev = best.get(event.id);
      if (!prev || rank(link.reason) < rank(prev.reason) || (link.reason === prev.reason && distance < prev.distance))
        best.set(event.id, link);
    }
    let links = [...best.values()].sort(
      (a, b) => rank(a.reason) - rank(b.reason) || a.distance - b.distance || (a.eventId < b.eventId ? -1 : 1),
    );
    if (links.some((l) => l.distance === 0)) links = links.filter((l) => l.distance === 0);
    return { quote, links };
  });
}
