// The ledger on a world map: each country filled by its rung toward the target, the target's own
// territory marked. Countries with a record are buttons (click, Enter or Space) that open evidence.
import { type KeyboardEvent, useMemo, useState } from 'react';
import type { ApiLedgerRow } from '../api.ts';
import { MAP_HEIGHT, MAP_WIDTH, worldShapes } from '../lib/atlas.ts';
import { formatDate } from '../lib/dates.ts';
import { NO_RECORD_FILL, rungStyle, TARGET_FILL, territoryOf } from '../lib/rungs.ts';

interface Props {
  rows: readonly ApiLedgerRow[];
  target: string;
  targetName: string;
  selected: string | null;
  onSelect(actor: string): void;
}

function describeRow(name: string, row: ApiLedgerRow | undefined, isTarget: boolean, targetName: string): string {
  if (isTarget) return `${name}: the territory of ${targetName}`;
  if (!row) return `${name}: nothing on record toward ${targetName}`;
  const style = rungStyle(row.mapRung);
  const since = row.date
    ? ` since ${formatDate(row.date)}`
    : row.reported
      ? `, reported ${formatDate(row.reported)}`
      : '';
  const flags = [row.notRecognized && 'has not recognized', row.intent === 'intends' && 'intends to recognize']
    .filter(Boolean)
    .join(', ');
  return `${name}: ${style.label}${since}${flags ? ` (${flags})` : ''} · ${row.sourceCount} source${row.sourceCount === 1 ? '' : 's'}`;
}

export function WorldMap({ rows, target, targetName, selected, onSelect }: Props) {
  const world = worldShapes();
  const [hover, setHover] = useState<string | null>(null);
  const byActor = useMemo(() => new Map(rows.map((r) => [r.actor, r])), [rows]);
  const territory = territoryOf(target);
  const names = useMemo(() => new Map(world.countries.map((c) => [c.id, c.name])), [world]);
  const shown = hover ?? selected;
  const shownRow = shown ? byActor.get(shown) : undefined;
  const shownName = shown ? (shownRow?.name ?? names.get(shown) ?? shown) : null;
  const selectedShape = selected ? world.countries.find((c) => c.id === selected) : undefined;

  const onKey = (actor: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(actor);
    }
  };

  return (
    <figure className="map">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the group holds the country buttons */}
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={`World map: where each country stands toward ${targetName}`}
      >
        <defs>
          <pattern id="target-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={TARGET_FILL} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#8a6100" strokeWidth="2" />
          </pattern>
          <clipPath id="sphere-clip">
            <path d={world.sphere} />
          </clipPath>
        </defs>
        <path d={world.graticule} className="graticule" clipPath="url(#sphere-clip)" />
        <g className="countries">
          {world.countries.map((c) => {
            const row = byActor.get(c.id);
            const isTarget = c.id === territory;
            const rung = isTarget ? 'target' : row ? row.mapRung : 'no-record';
            const fill = isTarget ? 'url(#target-hatch)' : row ? rungStyle(row.mapRung).fill : NO_RECORD_FILL;
            const label = describeRow(row?.name ?? c.name, row, isTarget, targetName);
            const classes = ['country', row ? 'has-row' : '', row?.notRecognized ? 'not-recognized' : '']
              .filter(Boolean)
              .join(' ');
            return (
              // biome-ignore lint/a11y/noStaticElementInteractions: the role is set when the country is interactive
              <path
                key={c.id}
                d={c.d}
                fill={fill}
                className={classes}
                data-iso3={c.id}
                data-rung={rung}
                role={row ? 'button' : undefined}
                tabIndex={row ? 0 : undefined}
                aria-label={row ? label : undefined}
                onClick={row ? () => onSelect(c.id) : undefined}
                onKeyDown={row ? onKey(c.id) : undefined}
                onMouseEnter={() => setHover(c.id)}
                onMouseLeave={() => setHover((h) => (h === c.id ? null : h))}
              >
                <title>{label}</title>
              </path>
            );
          })}
        </g>
        {selectedShape && <path d={selectedShape.d} className="selected-outline" />}
      </svg>
      <figcaption className="map-readout" aria-live="polite">
        {shown && shownName ? (
          describeRow(shownName, shownRow, shown === territory, targetName)
        ) : (
          <span className="muted">
            Point at a country to read its standing; click one with a colour for the evidence.
          </span>
        )}
      </figcaption>
    </figure>
  );
}
