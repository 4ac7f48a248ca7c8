// The ledger of one target on a world map: one Feature per country that has a row.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { ledger } from '../ledger.ts';
import { entityName } from '../names.ts';
import { sourceLabel } from '../phrases.ts';
import { eventsOf, targetOf } from './shared.ts';
import type { ExportData, ExportFormat } from './types.ts';

/** Natural Earth shapes without an ISO numeric id, by their atlas name. */
const UNCODED: Readonly<Record<string, string>> = {
  Kosovo: 'XKX',
  Somaliland: 'SOMALILAND',
  'N. Cyprus': 'NORTHERN_CYPRUS',
};

let shapes: Map<string, Geometry> | null = null;

/** Country geometries by entity id (ISO alpha-3 or the ids above), built once on first use. */
export function countryShapes(): Map<string, Geometry> {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  shapes = new Map();
  for (const f of collection.features) {
    const id = f.id !== undefined ? countries.numericToAlpha3(String(f.id)) : UNCODED[f.properties?.name ?? ''];
    if (id && f.geometry) shapes.set(id, f.geometry);
  }
  return shapes;
}

export interface LedgerProperties {
  iso3: string;
  name: string;
  target: string;
  rung: string;
  label: string;
  level: number;
  negative: string;
  stance: string;
  notRecognized: boolean;
  intent: string | null;
  /** When the actor reached the rung (null when no supporting event is dated). */
  date: string | null;
  /** First report of the events that put it there. */
  reported: string | null;
  asOf: string | null;
  /** "Outlet (doc); …" — one string, since GIS tools handle flat properties best. */
  sources: string;
}

export function ledgerGeoJson(data: ExportData): FeatureCollection<Geometry, LedgerProperties> {
  const target = targetOf(data, 'geojson');
  const rows = ledger(eventsOf(data), target, { asOf: data.asOf, ladder: data.ladder });
  const geometry = countryShapes();
  const features: Feature<Geometry, LedgerProperties>[] = [];
  for (const row of rows) {
    const shape = geometry.get(row.actor);
    if (!shape) continue; // organizations and groups have no territory to draw
    features.push({
      type: 'Feature',
      id: row.actor,
      geometry: shape,
      properties: {
        iso3: row.actor,
        name: entityName(row.actor),
        target,
        rung: row.rung,
        label: row.label,
        level: row.level,
        negative: row.negative.map((n) => n.rung).join('; '),
        stance: row.stance,
        notRecognized: row.notRecognized,
        intent: row.intent,
        date: row.date,
        reported: row.reported,
        asOf: data.asOf ?? null,
        sources: row.sources.map(sourceLabel).join('; '),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

export const geojson: ExportFormat = {
  name: 'geojson',
  description: "a target's ledger as a GeoJSON FeatureCollection, one Feature per country",
  extension: 'geojson',
  mediaType: 'application/geo+json',
  needsTarget: true,
  *render(data) {
    yield `${JSON.stringify(ledgerGeoJson(data))}\n`;
  },
};
