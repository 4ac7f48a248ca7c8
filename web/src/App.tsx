// The page: target and date on top; the map with its legend beside the evidence or the forecast;
// then the timeline and the ledger; then the box to add an article.
import { useEffect, useMemo, useState } from 'react';
import { type ApiHealth, type ApiLedger, type ApiTarget, qs, useApi } from './api.ts';
import { EvidencePanel, type Selection } from './components/EvidencePanel.tsx';
import { ForecastList } from './components/ForecastList.tsx';
import { IngestBox } from './components/IngestBox.tsx';
import { LedgerTable } from './components/LedgerTable.tsx';
import { Legend } from './components/Legend.tsx';
import { TargetChooser } from './components/TargetChooser.tsx';
import { Timeline } from './components/Timeline.tsx';
import { TimeSlider } from './components/TimeSlider.tsx';
import { WorldMap } from './components/WorldMap.tsx';
import { formatDate, sliderSteps } from './lib/dates.ts';
import { readHash, writeHash } from './lib/hash.ts';

const PREFERRED = 'TALIBAN';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function App() {
  const initial = useMemo(() => readHash(window.location.hash), []);
  const [refresh, setRefresh] = useState(0);
  const [target, setTarget] = useState<string | null>(initial.target);
  const [asOf, setAsOf] = useState<string | null>(initial.asOf);
  const [selection, setSelection] = useState<Selection | null>(
    initial.actor
      ? { kind: 'country', actor: initial.actor }
      : initial.event
        ? { kind: 'event', id: initial.event }
        : null,
  );

  const health = useApi<ApiHealth>('/api/health', refresh);
  const targets = useApi<ApiTarget[]>('/api/targets', refresh);
  const chosen = target ?? targets.data?.find((t) => t.id === PREFERRED)?.id ?? targets.data?.[0]?.id ?? null;
  const ledger = useApi<ApiLedger>(chosen ? `/api/ledger${qs({ target: chosen, asOf })}` : null, refresh);
  const info = targets.data?.find((t) => t.id === chosen);
  const steps = useMemo(() => sliderSteps(info?.first ?? null, info?.last ?? null, today()), [info?.first, info?.last]);

  useEffect(() => {
    const hash = writeHash({
      target: chosen,
      asOf,
      actor: selection?.kind === 'country' ? selection.actor : null,
      event: selection?.kind === 'event' ? selection.id : null,
    });
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash || window.location.pathname);
  }, [chosen, asOf, selection]);

  const rows = ledger.data?.target === chosen ? ledger.data.rows : [];
  const targetName = info?.name ?? ledger.data?.targetName ?? chosen ?? '';
  const selectCountry = (actor: string) => setSelection({ kind: 'country', actor });

  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <h1>Chancery</h1>
          <p>Who recognized, sent envoys to, met or sanctioned whom — with the sentences that say so.</p>
        </div>
        <div className="controls">
          {targets.data && chosen && (
            <TargetChooser
              targets={targets.data}
              value={chosen}
              onChange={(t) => {
                setTarget(t);
                setSelection(null);
              }}
            />
          )}
          {health.data && (
            <span className="muted small counts">
              {health.data.documents} documents · {health.data.events} events
            </span>
          )}
        </div>
      </header>

      {targets.error && <p className="error">Could not reach the server: {targets.error}</p>}
      {targets.data && targets.data.length === 0 && (
        <p className="card empty-store">
          The store has no events yet. Add an article below, or run npm start to load the examples.
        </p>
      )}

      {chosen && (
        <>
          <section className="card slider-card" aria-label="Date">
            <TimeSlider steps={steps} asOf={asOf} onChange={setAsOf} />
          </section>
          <div className="grid-main">
            <section className="card map-card" aria-label="Map" aria-busy={ledger.loading}>
              <h2>
                Standing toward {targetName}
                <span className="muted"> · {asOf ? `as of ${formatDate(asOf)}` : 'latest'}</span>
              </h2>
              <WorldMap
                rows={rows}
                target={chosen}
                targetName={targetName}
                selected={selection?.kind === 'country' ? selection.actor : null}
                onSelect={selectCountry}
              />
              <Legend rows={rows} targetName={targetName} />
              {ledger.error && <p className="error">{ledger.error}</p>}
            </section>
            <aside className="side">
              {selection && (
                <EvidencePanel
                  selection={selection}
                  target={chosen}
                  asOf={asOf}
                  refresh={refresh}
                  onClose={() => setSelection(null)}
                />
              )}
              <ForecastList
                target={chosen}
                targetName={targetName}
                asOf={asOf}
                refresh={refresh}
                onSelect={selectCountry}
              />
            </aside>
          </div>
          <div className="grid-lower">
            <section className="card" aria-label="Ledger">
              <h2>Ledger</h2>
              <LedgerTable
                rows={rows}
                selected={selection?.kind === 'country' ? selection.actor : null}
                onSelect={selectCountry}
              />
            </section>
            <section className="card" aria-label="Timeline">
              <h2>Timeline</h2>
              <Timeline
                target={chosen}
                asOf={asOf}
                refresh={refresh}
                selected={selection?.kind === 'event' ? selection.id : null}
                onSelect={(id) => setSelection({ kind: 'event', id })}
              />
            </section>
          </div>
        </>
      )}

      <IngestBox needsToken={health.data?.writeToken ?? false} onIngested={() => setRefresh((n) => n + 1)} />

      <footer className="muted small">
        Chancery · every record keeps its source sentence · <a href="/api/openapi.json">API</a>
      </footer>
    </div>
  );
}
