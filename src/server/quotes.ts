// Who said what about a set of events: the quotes of their documents linked to them.
import { type SaidWhat, whoSaidWhat } from '../analyze/index.ts';
import type { Event } from '../core/types.ts';
import type { Records } from './records.ts';

/** Quotes in the events' documents that link to at least one of the events, strongest link first. */
export function linkedQuotes(r: Records, events: readonly Event[]): SaidWhat[] {
  const ids = new Set(events.map((e) => e.id));
  const docs = new Set(events.flatMap((e) => e.mentions.map((m) => m.doc)));
  const out: SaidWhat[] = [];
  for (const doc of [...docs].sort()) {
    const { events: inDoc, quotes } = r.inDocument(doc);
    for (const said of whoSaidWhat(quotes, inDoc)) {
      const links = said.links.filter((l) => ids.has(l.eventId));
      if (links.length > 0) out.push({ quote: said.quote, links });
    }
  }
  return out;
}
