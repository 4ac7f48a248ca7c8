// Small pieces shared by the panels. Every article-derived string is rendered as a text node.
import type { ApiConflict, ApiEvent, ApiQuote, ApiSource } from '../api.ts';
import { formatDate } from '../lib/dates.ts';
import { safeHref } from '../lib/links.ts';
import { rungStyle } from '../lib/rungs.ts';

export function RungBadge({ rung, label }: { rung: string; label?: string }) {
  const style = rungStyle(rung);
  return (
    // Colours come from rungs.ts, the one table the map, legend and badges share.
    <span className="badge rung" data-rung={style.id} style={{ background: style.fill, color: style.ink }}>
      {label ?? style.label}
    </span>
  );
}

const MODE_TEXT: Record<string, string> = {
  asserted: 'happened',
  negated: 'did not happen',
  intended: 'announced',
  speculated: 'speculation',
};

export function ModeBadge({ mode }: { mode: string }) {
  return <span className={`badge mode mode-${mode}`}>{MODE_TEXT[mode] ?? mode}</span>;
}

export function SourceCite({ source }: { source: ApiSource }) {
  const href = safeHref(source.url);
  const name = source.outlet ?? source.title ?? source.doc;
  return (
    <span className="cite">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      ) : (
        <span className="cite-name">{name}</span>
      )}
      {source.published && <span className="muted"> · {formatDate(source.published)}</span>}
      {source.outlet && source.title && <span className="cite-title"> — {source.title}</span>}
      <span className="doc-id"> ({source.doc})</span>
    </span>
  );
}

export function ConflictNote({ conflict }: { conflict: ApiConflict }) {
  const what = conflict.kind === 'date' ? 'Sources disagree on the date' : 'Sources disagree on whether it happened';
  return (
    <div className="conflict" role="note">
      <strong>{what}.</strong>{' '}
      {conflict.sides.map((side, i) => (
        <span key={side.value ?? 'undated'} className={side.value === conflict.chosen ? 'side chosen' : 'side'}>
          {i > 0 && ' vs '}
          <b>{side.value ?? 'undated'}</b> ({side.docs.length} {side.docs.length === 1 ? 'doc' : 'docs'}:{' '}
          {side.docs.join(', ')})
        </span>
      ))}
      <span className="muted">
        {' '}
        — shown: {conflict.chosen ?? 'none'}; rule: {conflict.rule}
      </span>
    </div>
  );
}

export function EventCard({ event, sources }: { event: ApiEvent; sources: Map<string, ApiSource> }) {
  return (
    <article className={`event-card mode-${event.mode}`} data-event={event.id}>
      <header>
        <span className="event-date">{formatDate(event.date)}</span>
        <span className="event-summary">{event.summary}</span>
        <ModeBadge mode={event.mode} />
      </header>
      <p className="muted small">
        {event.sources.length} {event.sources.length === 1 ? 'source' : 'independent sources'} · confidence{' '}
        {Math.round(event.confidence * 100)}%
        {event.firstReported ? ` · first reported ${formatDate(event.firstReported)}` : ''}
      </p>
      {event.conflicts.map((c) => (
        <ConflictNote key={`${c.kind}:${c.sides.map((s) => s.value).join('|')}`} conflict={c} />
      ))}
      <ul className="mentions">
        {event.mentions.map((m) => {
          const source = sources.get(m.doc) ?? { doc: m.doc, outlet: null, url: null, published: null, title: null };
          return (
            <li key={`${m.doc}-${m.start}`}>
              <blockquote className="evidence">{m.evidence}</blockquote>
              <SourceCite source={source} />
              {m.date && m.date !== event.date && <span className="muted small"> · this source dates it {m.date}</span>}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

export function QuoteList({ quotes }: { quotes: ApiQuote[] }) {
  if (quotes.length === 0) return null;
  return (
    <section className="quotes">
      <h3>Who said what</h3>
      <ul>
        {quotes.map((q) => (
          <li key={`${q.doc}-${q.start}`}>
            <q>{q.text}</q>
            <span className="quote-by">
              {' — '}
              {q.speaker ?? 'unnamed'}
              {q.entityName && q.entityName !== q.speaker ? ` (${q.entityName})` : ''}
            </span>
            {q.source && (
              <div className="small">
                <SourceCite source={q.source} />
              </div>
            )}
            {q.links.length > 0 && <div className="small muted">on: {q.links.map((l) => l.summary).join('; ')}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Sources of a set of events by document id, for the mentions' citations. */
export function sourceMap(events: readonly ApiEvent[]): Map<string, ApiSource> {
  const map = new Map<string, ApiSource>();
  for (const e of events) for (const s of e.sources) map.set(s.doc, s);
  return map;
}
