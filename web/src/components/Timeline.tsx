// The target's events in date order, grouped by year. Events after the slider's date are dimmed,
// so the replay shows what was known then against what came later.
import { useState } from 'react';
import { type ApiEventBrief, type ApiPage, qs, useApi } from '../api.ts';
import { formatDate, isAfter } from '../lib/dates.ts';
import { ModeBadge } from './common.tsx';

interface Props {
  target: string;
  asOf: string | null;
  refresh: number;
  selected: string | null;
  onSelect(eventId: string): void;
}

const LIMIT = 1000;

export function Timeline({ target, asOf, refresh, selected, onSelect }: Props) {
  const [factsOnly, setFactsOnly] = useState(false);
  const { data, error } = useApi<ApiPage<ApiEventBrief>>(`/api/timeline${qs({ target, limit: LIMIT })}`, refresh);
  if (error) return <p className="error">Timeline: {error}</p>;
  if (!data) return <p className="muted">Loading the timeline…</p>;
  const items = data.items.filter((e) => !factsOnly || e.mode === 'asserted');
  const groups = new Map<string, ApiEventBrief[]>();
  for (const e of items) {
    const year = e.date ? e.date.slice(0, 4) : 'Undated';
    groups.set(year, [...(groups.get(year) ?? []), e]);
  }
  return (
    <div className="timeline">
      <div className="toolbar">
        <label>
          <input type="checkbox" checked={factsOnly} onChange={(e) => setFactsOnly(e.target.checked)} /> Only what
          happened (hide denials, plans, speculation)
        </label>
        <span className="muted small">
          {items.length} of {data.total} events
          {data.total > LIMIT ? ` (first ${LIMIT})` : ''}
        </span>
      </div>
      <div className="timeline-scroll">
        {[...groups].map(([year, events]) => (
          <section key={year} className="year">
            <h3>{year}</h3>
            <ol>
              {events.map((e) => {
                const later = isAfter(e.date ?? e.firstReported, asOf);
                return (
                  <li key={e.id} className={`${later ? 'later' : ''} ${selected === e.id ? 'selected' : ''}`}>
                    <button type="button" onClick={() => onSelect(e.id)} aria-pressed={selected === e.id}>
                      <span className="event-date">
                        {e.date ? formatDate(e.date) : `reported ${formatDate(e.firstReported)}`}
                      </span>
                      <span className="event-summary">{e.summary}</span>
                      <ModeBadge mode={e.mode} />
                      <span className="muted small">
                        {e.sources} src{e.conflicts > 0 ? ' · ' : ''}
                        {e.conflicts > 0 && <span className="conflict-flag">disputed</span>}
                        {later && ' · after the chosen date'}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
      {items.length === 0 && <p className="muted">No events toward this target yet.</p>}
    </div>
  );
}
