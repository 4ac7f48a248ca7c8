// The evidence behind a country's standing or one event: the sentences, their sources, where the
// sources disagree, and who said what.
import { type ApiEvent, type ApiEvidence, type ApiQuote, qs, useApi } from '../api.ts';
import { formatDate } from '../lib/dates.ts';
import { EventCard, QuoteList, RungBadge, sourceMap } from './common.tsx';

export type Selection = { kind: 'country'; actor: string } | { kind: 'event'; id: string };

interface Props {
  selection: Selection;
  target: string;
  asOf: string | null;
  refresh: number;
  onClose(): void;
}

function CountryEvidence({ data }: { data: ApiEvidence }) {
  const sources = sourceMap(data.events);
  const row = data.row;
  // The events that put the actor on its rung come first; the rest follow, most recent first.
  const headline = new Set(row?.rungEvents ?? []);
  const why = data.events.filter((e) => headline.has(e.id));
  const rest = data.events.filter((e) => !headline.has(e.id)).reverse();
  return (
    <>
      <header className="panel-head">
        <h2>{data.name}</h2>
        {row ? <RungBadge rung={row.mapRung} /> : <RungBadge rung="none" label="No record" />}
      </header>
      <p className="muted">
        Toward {data.targetName}
        {data.asOf ? `, as of ${formatDate(data.asOf)}` : ''}
        {row?.date ? ` · ${row.label.toLowerCase()} since ${formatDate(row.date)}` : ''}
      </p>
      {row && (row.notRecognized || row.intent || row.conflicts > 0) && (
        <p className="tags">
          {row.notRecognized && <span className="tag">a source says it has not recognized</span>}
          {row.intent && (
            <span className="tag">{row.intent === 'intends' ? 'intends to recognize' : 'recognition speculated'}</span>
          )}
          {row.conflicts > 0 && <span className="tag warn">sources disagree</span>}
        </p>
      )}
      {data.events.length === 0 && <p className="muted">No events on record at this date.</p>}
      {why.length > 0 && row && (
        <section className="why-rung">
          <h3 className="panel-sub">Why “{row.label}”</h3>
          {why.map((e) => (
            <EventCard key={e.id} event={e} sources={sources} />
          ))}
        </section>
      )}
      {rest.length > 0 && (
        <section>
          <h3 className="panel-sub">{why.length > 0 ? 'Other events' : 'Events'}, latest first</h3>
          {rest.map((e) => (
            <EventCard key={e.id} event={e} sources={sources} />
          ))}
        </section>
      )}
      <QuoteList quotes={data.quotes} />
    </>
  );
}

function EventEvidence({ data }: { data: ApiEvent & { quotes: ApiQuote[] } }) {
  return (
    <>
      <header className="panel-head">
        <h2>{data.summary}</h2>
      </header>
      <EventCard event={data} sources={sourceMap([data])} />
      <QuoteList quotes={data.quotes} />
    </>
  );
}

export function EvidencePanel({ selection, target, asOf, refresh, onClose }: Props) {
  const url =
    selection.kind === 'country'
      ? `/api/evidence${qs({ target, actor: selection.actor, asOf })}`
      : `/api/events/${encodeURIComponent(selection.id)}`;
  const { data, error, loading } = useApi<ApiEvidence | (ApiEvent & { quotes: ApiQuote[] })>(url, refresh);
  return (
    <section className="card evidence-panel" aria-label="Evidence" aria-busy={loading}>
      <button type="button" className="close" onClick={onClose} aria-label="Close the evidence">
        ×
      </button>
      {error && <p className="error">{error}</p>}
      {data && 'events' in data && <CountryEvidence data={data} />}
      {data && !('events' in data) && <EventEvidence data={data} />}
      {!data && !error && <p className="muted">Loading evidence…</p>}
    </section>
  );
}
