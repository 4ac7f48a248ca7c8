// What the map's colours mean, with how many actors stand on each rung.
import type { ApiLedgerRow } from '../api.ts';
import { NO_RECORD_FILL, RUNG_STYLES } from '../lib/rungs.ts';

export function Legend({ rows, targetName }: { rows: readonly ApiLedgerRow[]; targetName: string }) {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.mapRung, (counts.get(r.mapRung) ?? 0) + 1);
  return (
    <ul className="legend" aria-label="Legend">
      {RUNG_STYLES.map((r) => (
        <li key={r.id} className={counts.get(r.id) ? '' : 'empty'}>
          <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
            <rect width="14" height="14" rx="3" fill={r.fill} />
          </svg>
          {r.label}
          {counts.get(r.id) ? <span className="count">{counts.get(r.id)}</span> : null}
        </li>
      ))}
      <li>
        <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
          <rect width="14" height="14" rx="3" fill="url(#target-hatch)" />
        </svg>
        {targetName}
      </li>
      <li>
        <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
          <rect width="14" height="14" rx="3" fill={NO_RECORD_FILL} stroke="#aab1b9" />
        </svg>
        No record
      </li>
      <li>
        <svg className="swatch" viewBox="0 0 14 14" aria-hidden="true">
          <rect x="1" y="1" width="12" height="12" rx="2" fill="#fff" stroke="#18202a" strokeDasharray="2 1.5" />
        </svg>
        A source says it has not recognized
      </li>
    </ul>
  );
}
