// Which entity the map, ledger and timeline are about: the targets present in the store.
import type { ApiTarget } from '../api.ts';
import { isContested } from '../lib/rungs.ts';

interface Props {
  targets: readonly ApiTarget[];
  value: string;
  onChange(target: string): void;
}

export function TargetChooser({ targets, value, onChange }: Props) {
  // Contested entities first: recognition is what the map is for; the rest follow by coverage.
  const contested = targets.filter((t) => isContested(t.id));
  const others = targets.filter((t) => !isContested(t.id));
  const option = (t: ApiTarget) => (
    <option key={t.id} value={t.id}>
      {t.name} ({t.actors} {t.actors === 1 ? 'actor' : 'actors'})
    </option>
  );
  return (
    <label className="target-chooser">
      <span>Target</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label="Target">
        {contested.length > 0 && <optgroup label="Contested">{contested.map(option)}</optgroup>}
        {others.length > 0 && <optgroup label="Others">{others.map(option)}</optgroup>}
        {!targets.some((t) => t.id === value) && <option value={value}>{value}</option>}
      </select>
    </label>
  );
}
