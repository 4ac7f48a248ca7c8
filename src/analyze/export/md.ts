// A Markdown brief on one target: ledger, timeline, conflicts, who said what. Every line names
// its sources (outlet and document).
import type { Event, Source } from '../../core/types.ts';
import { visibleAsOf } from '../asof.ts';
import { type LedgerRow, ledger, rowSources } from '../ledger.ts';
import { entityName } from '../names.ts';
import { describe, sourceLabel } from '../phrases.ts';
import { whoSaidWhat } from '../quotes.ts';
import { timeline } from '../timeline.ts';
import { eventsOf, targetOf } from './shared.ts';
import type { ExportData, ExportFormat } from './types.ts';

/** Escapes Markdown syntax in free text, and flattens it to one line. */
export function mdText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function sourceLink(s: Source): string {
  const label = mdText(sourceLabel(s));
  return s.url ? `[${label}](${s.url.replace(/[()\s]/g, encodeURIComponent)})` : label;
}

function sourcesText(sources: readonly Source[]): string {
  return sources.length > 0 ? sources.map(sourceLink).join('; ') : 'no source';
}

function when(e: Event): string {
  return e.date ?? (e.firstReported ? `undated (reported ${e.firstReported})` : 'undated');
}

function flags(r: LedgerRow): string {
  const out: string[] = [];
  if (r.notRecognized) out.push('has not recognized');
  if (r.intent) out.push(r.intent === 'intends' ? 'intends to recognize' : 'recognition speculated');
  for (const n of r.negative) out.push(`${n.label.toLowerCase()}${n.date ? ` (${n.date})` : ''}`);
  if (r.conflicts.length > 0) out.push(`${r.conflicts.length} conflict${r.conflicts.length > 1 ? 's' : ''}`);
  return out.join(', ') || '–';
}

function* ledgerSection(rows: readonly LedgerRow[]): Iterable<string> {
  yield '## Ledger\n\n';
  if (rows.length === 0) {
    yield 'No actor has any recorded event toward this target.\n\n';
    return;
  }
  yield '| Actor | Standing | Since | Stance | Flags | Latest move | Sources |\n';
  yield '|---|---|---|---|---|---|---|\n';
  for (const r of rows) {
    const latest = r.latestMove ? `${mdText(describe(r.latestMove))} (${when(r.latestMove)})` : '–';
    const cells = [
      mdText(`${entityName(r.actor)} (${r.actor})`),
      mdText(r.label),
      r.date ?? (r.reported ? `reported ${r.reported}` : '–'),
      r.stance,
      mdText(flags(r)),
      latest,
      sourcesText(rowSources(r)),
    ];
    yield `| ${cells.join(' | ')} |\n`;
  }
  yield '\n';
}

function* timelineSection(events: readonly Event[]): Iterable<string> {
  yield '## Timeline\n\n';
  if (events.length === 0) yield 'No events.\n';
  for (const e of events) {
    const conf = e.conflicts.length > 0 ? ' (disputed, see Conflicts)' : '';
    yield `- **${when(e)}** ${mdText(describe(e))}${conf}. Sources: ${sourcesText(e.sources)}\n`;
  }
  yield '\n';
}

function* conflictSection(events: readonly Event[]): Iterable<string> {
  yield '## Conflicts\n\n';
  const seen = new Set<unknown>();
  let any = false;
  for (const e of events) {
    for (const c of e.conflicts) {
      if (seen.has(c)) continue;
      seen.add(c);
      any = true;
      const docs = new Map(e.sources.map((s) => [s.doc, s] as const));
      const side = (docIds: string[]) =>
        docIds.map((d) => (docs.has(d) ? sourceLink(docs.get(d)!) : mdText(d))).join('; ');
      const sides = c.sides.map((s) => `${s.value ?? 'undated'}: ${side(s.docs)}`).join(' vs ');
      const what = c.kind === 'date' ? 'Date' : 'Whether it happened';
      yield `- ${what} of "${mdText(describe({ ...e, mode: 'asserted' }))}": ${sides}. Shown: ${c.chosen ?? 'undated'} (${mdText(c.rule)}).\n`;
    }
  }
  if (!any) yield 'No conflicts between sources.\n';
  yield '\n';
}

function* quoteSection(data: ExportData, events: readonly Event[]): Iterable<string> {
  const quotes = data.quotes ?? [];
  if (quotes.length === 0) return;
  yield '## Who said what\n\n';
  const byId = new Map(events.map((e) => [e.id, e] as const));
  const sources = data.sources;
  for (const { quote, links } of whoSaidWhat(quotes, events)) {
    const about = links.map((l) => byId.get(l.eventId)).filter((e): e is Event => e !== undefined);
    if (about.length === 0) continue;
    const who = [quote.speaker, quote.entity ? entityName(quote.entity) : null].filter(Boolean).join(', ') || 'unnamed';
    const src = sources.get(quote.doc);
    const cite = src ? sourceLink({ ...src }) : mdText(quote.doc);
    yield `- ${mdText(who)}: “${mdText(quote.text)}” on ${about.map((e) => mdText(describe(e))).join('; ')}. Source: ${cite}\n`;
  }
  yield '\n';
}

export const md: ExportFormat = {
  name: 'md',
  description: 'a Markdown brief on one target: ledger, timeline, conflicts, who said what, all sourced',
  extension: 'md',
  mediaType: 'text/markdown',
  needsTarget: true,
  *render(data) {
    const target = targetOf(data, 'md');
    const all = eventsOf(data);
    const visible = all.filter((e) => visibleAsOf(e, data.asOf));
    const involving = timeline(visible, { entity: target });
    yield `# ${mdText(entityName(target))} (${target}): brief\n\n`;
    yield `${data.asOf ? `As of ${data.asOf}. ` : ''}${involving.length} events from ${
      new Set(involving.flatMap((e) => e.mentions.map((m) => m.doc))).size
    } documents.\n\n`;
    yield* ledgerSection(ledger(all, target, { asOf: data.asOf, ladder: data.ladder }));
    yield* timelineSection(involving);
    yield* conflictSection(involving);
    yield* quoteSection(data, involving);
  },
};
