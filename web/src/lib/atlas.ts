// The world's countries (Natural Earth 1:110m via world-atlas) keyed by ISO alpha-3, as the
// ledger's actor ids are. Built once: the map re-colours, it never re-projects.
import { geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json';

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** Shapes without an ISO numeric code in the atlas, by their atlas name. */
const UNCODED: Readonly<Record<string, string>> = {
  Kosovo: 'XKX',
  Somaliland: 'SOMALILAND',
  'N. Cyprus': 'NORTHERN_CYPRUS',
};

export interface CountryShape {
  id: string;
  name: string;
  d: string;
}

let cache: { countries: CountryShape[]; graticule: string; sphere: string } | null = null;

export function worldShapes() {
  if (cache) return cache;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries).features as Feature<Geometry, { name: string }>[];
  // Antarctica takes a fifth of the frame and has no diplomacy to show.
  const shown = all.filter((f) => f.properties.name !== 'Antarctica');
  const projection = geoEqualEarth().fitExtent(
    [
      [8, 8],
      [MAP_WIDTH - 8, MAP_HEIGHT - 8],
    ],
    { type: 'FeatureCollection', features: shown },
  );
  const path = geoPath(projection);
  const out: CountryShape[] = [];
  for (const f of shown) {
    const id = f.id !== undefined ? countries.numericToAlpha3(String(f.id)) : UNCODED[f.properties.name];
    const d = path(f);
    if (id && d) out.push({ id, name: f.properties.name, d });
  }
  cache = {
    countries: out,
    graticule: path(geoGraticule10()) ?? '',
    sphere: path({ type: 'Sphere' }) ?? '',
  };
  return cache;
}
