// Where every actor stands: sortable by any column, filtered by name, rung and disputes.
import { useMemo, useState } from 'react';
import type { ApiLedgerRow } from '../api.ts';
import { formatDate } from '../lib/dates.ts';
import { RUNG_STYLES } from '../lib/rungs.ts';
import { RungBadge } from './common.tsx';

type Key = 'name' | 'level' | 'date' | 'stance' | 'sources';

const COLUMNS: { key: Key; label: string }[] = [
  { key: 'name', label: 'Actor' },
  { key: 'level', label: 'Standing' },
  { key: 'date', label: 'Since' },
  { key: 'stance', label: 'Stance' },
  { key: 'sources', label: 'Sources' },
];

function sortValue(r: ApiLedgerRow, key: Key): string | number {
  switch (key) {
    case 'name':
      return r.name.toLowerCase();
    case 'level':
      return r.level > 0 ? r.level : (r.negative[r.negative.length - 1]?.level ?? 0);
    case 'date':
      return r.date ?? r.reported ?? '';
    case 'stance':
      return r.stance;
    case 'sources':
      return r.sourceCount;
  }
}

interface Props {
  rows: readonly ApiLedgerRow[];
  selected: string | null;
  onSelect(actor: string): void;
}

export function LedgerTable({ rows, selected, onSelect }: Props) {
  const [sort, setSort] = useState<{ key: Key; desc: boolean }>({ key: 'level', desc: true });
  const [text, setText] = useState('');
  const [rung, setRung] = useState('all');
  const [disputed, setDisputed] = useState(false);

  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const out = rows.filter(
      (r) =>
        (!needle || r.name.toLowerCase().includes(needle) || r.actor.toLowerCase().includes(needle)) &&
        (rung === 'all' ||
          (rung === 'positive' && r.level > 0) ||
          (rung === 'negative' && r.negative.length > 0) ||
          r.mapRung === rung) &&
        (!disputed || r.conflicts > 0),
    );
    const dir = sort.desc ? -1 : 1;
    return out.sort((a, b) => {
      const va = sortValue(a, sort.key);
      const vb = sortValue(b, sort.key);
      return (va < vb ? -1 : va > vb ? 1 : 0) * dir || a.name.localeCompare(b.name);
    });
  }, [rows, text, rung, disputed, sort]);

  const sortBy = (key: Key) => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== 'name' }));

  return (
    <div className="ledger">
      <div className="toolbar">
        <input
          type="search"
          placeholder="Filter actors"
          aria-label="Filter actors by name"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <select aria-label="Filter by standing" value={rung} onChange={(e) => setRung(e.target.value)}>
          <option value="all">All standings</option>
          <option value="positive">Any engagement</option>
          <option value="negative">Any hostility</option>
          {RUNG_STYLES.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={disputed} onChange={(e) => setDisputed(e.target.checked)} /> Disputed only
        </label>
        <span className="muted small">
          {shown.length} of {rows.length} actors
        </span>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
                >
                  <button type="button" className="th-sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.desc ? ' ▾' : ' ▴') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.actor} className={selected === r.actor ? 'selected' : ''} data-actor={r.actor}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(r.actor)}>
                    {r.name}
                  </button>
                </th>
                <td>
                  <RungBadge rung={r.mapRung} />
                  {r.level > 0 &&
                    r.negative.map((n) => (
                      <span key={n.rung}>
                        {' '}
                        <RungBadge rung={n.rung} label={n.label} />
                      </span>
                    ))}
                </td>
                <td>{r.date ? formatDate(r.date) : r.reported ? `reported ${formatDate(r.reported)}` : '—'}</td>
                <td>{r.stance === 'none' ? '—' : r.stance}</td>
                <td>{r.sourceCount}</td>
                <td className="notes">
                  {r.notRecognized && <span className="tag">has not recognized</span>}
                  {r.intent && <span className="tag">{r.intent === 'intends' ? 'intends to' : 'speculated'}</span>}
                  {r.conflicts > 0 && <span className="tag warn">disputed</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="muted">No actor has a record toward this target at this date.</p>}
    </div>
  );
}
