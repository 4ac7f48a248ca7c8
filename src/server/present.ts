// Domain objects → the JSON shapes of api-types.ts. Names and plain-English summaries are added
// here so the page needs no copy of the lexicon.
import { describe, entityName, type LedgerRow, rowSources, type SaidWhat, type Standing } from '../analyze/index.ts';
import type { Event, Mention, Quote, Source } from '../core/types.ts';
import type { DocumentSummary, StoredDocument } from '../store/index.ts';
import type {
  ApiDocument,
  ApiDocumentSummary,
  ApiEvent,
  ApiEventBrief,
  ApiLatestMove,
  ApiLedgerRow,
  ApiMention,
  ApiQuote,
  ApiQuoteRecord,
  ApiRecord,
  ApiSource,
  ApiStanding,
} from './api-types.ts';

export function source(s: Source): ApiSource {
  return { doc: s.doc, outlet: s.outlet, url: s.url, published: s.published, title: s.title };
}

function mention(m: Mention): ApiMention {
  return { doc: m.doc, date: m.date, evidence: m.evidence, start: m.start, end: m.end, rule: m.rule };
}

export function eventJson(e: Event): ApiEvent {
  return {
    id: e.id,
    actor: e.actor,
    actorName: entityName(e.actor),
    action: e.action,
    target: e.target,
    targetName: entityName(e.target),
    mode: e.mode,
    date: e.date,
    firstReported: e.firstReported,
    confidence: Math.round(e.confidence * 1000) / 1000,
    summary: describe(e),
    sources: e.sources.map(source),
    conflicts: e.conflicts,
    mentions: e.mentions.map(mention),
  };
}

export function eventBrief(e: Event): ApiEventBrief {
  return {
    id: e.id,
    actor: e.actor,
    action: e.action,
    target: e.target,
    mode: e.mode,
    date: e.date,
    firstReported: e.firstReported,
    summary: describe(e),
    sources: e.sources.length,
    conflicts: e.conflicts.length,
  };
}

/** A ledger row's latest move: enough to name it and link to it (a ledger has a row per actor). */
function latestMove(e: Event): ApiLatestMove {
  return { id: e.id, action: e.action, mode: e.mode, date: e.date, summary: describe(e) };
}

function standing(s: Standing): ApiStanding {
  return {
    rung: s.rung,
    label: s.label,
    level: s.level,
    date: s.date,
    reported: s.reported,
  };
}

/**
 * A ledger row. `rungEvents` (the ids behind the rung) is left out of whole ledgers, where a
 * meetings rung can hold hundreds of ids per actor, and given with one actor's evidence.
 */
export function ledgerRowJson(r: LedgerRow, withRungEvents = false): ApiLedgerRow {
  // `negative` runs from the mildest rung down; the map shows the most hostile one.
  const hostile = r.negative[r.negative.length - 1];
  const ids = new Set<string>();
  for (const list of [
    r.events,
    ...r.negative.map((n) => n.events),
    r.stanceEvents,
    r.notRecognizedEvents,
    r.intentEvents,
  ])
    for (const e of list) ids.add(e.id);
  return {
    actor: r.actor,
    name: entityName(r.actor),
    target: r.target,
    rung: r.rung,
    label: r.label,
    level: r.level,
    date: r.date,
    reported: r.reported,
    mapRung: r.level > 0 ? r.rung : (hostile?.rung ?? r.rung),
    negative: r.negative.map(standing),
    ...(withRungEvents ? { rungEvents: (r.level > 0 ? r.events : (hostile?.events ?? [])).map((e) => e.id) } : {}),
    stance: r.stance,
    notRecognized: r.notRecognized,
    intent: r.intent,
    latestMove: r.latestMove ? latestMove(r.latestMove) : null,
    eventCount: ids.size,
    sourceCount: rowSources(r).length,
    conflicts: r.conflicts.length,
  };
}

export function documentSummary(d: DocumentSummary | StoredDocument): ApiDocumentSummary {
  return {
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    url: d.url,
    published: d.published,
    language: d.language,
    copyOf: d.copyOf,
    flags: d.flags,
    extractorVersion: d.extractorVersion,
  };
}

export function quoteRecord(q: Quote): ApiQuoteRecord {
  return { doc: q.doc, speaker: q.speaker, entity: q.entity, text: q.text, date: q.date, start: q.start, end: q.end };
}

export function recordJson(m: Mention): ApiRecord {
  return { ...mention(m), actor: m.actor, action: m.action, target: m.target, mode: m.mode, summary: describe(m) };
}

export function documentJson(d: StoredDocument, mentions: readonly Mention[], quotes: readonly Quote[]): ApiDocument {
  return {
    ...documentSummary(d),
    text: d.text,
    ingestedAt: d.ingestedAt,
    records: mentions.map(recordJson),
    quotes: quotes.map(quoteRecord),
  };
}

/** A quote with who said it and the events it comments on. */
export function quoteJson(s: SaidWhat, events: ReadonlyMap<string, Event>, sources: ReadonlyMap<string, Source>) {
  const q = s.quote;
  const src = sources.get(q.doc);
  const out: ApiQuote = {
    ...quoteRecord(q),
    entityName: q.entity ? entityName(q.entity) : null,
    source: src ? source(src) : null,
    links: s.links.map((l) => {
      const e = events.get(l.eventId);
      return { eventId: l.eventId, reason: l.reason, distance: l.distance, summary: e ? describe(e) : l.eventId };
    }),
  };
  return out;
}
