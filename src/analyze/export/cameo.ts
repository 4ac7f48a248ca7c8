// Events as GDELT 2.0 event-table rows: tab-separated, 61 columns, no header (as GDELT ships them).
import type { Event } from '../../core/types.ts';
import { entityName, isCountry } from '../names.ts';
import { CAMEO_ACTIONS, CAMEO_ACTORS, type CameoActor } from './cameo-codes.ts';
import { eventsOf } from './shared.ts';
import type { ExportFormat } from './types.ts';

/** GDELT 2.0 event table columns, in order. */
export const GDELT_COLUMNS = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
] as const;

function actorColumns(p: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code']
    .concat(['Type1Code', 'Type2Code', 'Type3Code'])
    .map((c) => `${p}${c}`);
}

function geoColumns(p: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map(
    (c) => `${p}_${c}`,
  );
}

function actor(id: string): CameoActor {
  if (CAMEO_ACTORS[id]) return CAMEO_ACTORS[id];
  if (isCountry(id)) return { code: id, countryCode: id, knownGroupCode: '' };
  return { code: id, countryCode: '', knownGroupCode: '' };
}

/** GDELT's numeric id: the first 52 bits of Chancery's event id hash, so it is stable too. */
export function globalEventId(e: Event): string {
  return String(Number.parseInt(e.id.replace(/^ev_/, '').slice(0, 13), 16));
}

/** Tabs and newlines would break the row. */
const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

export function cameoRow(e: Event): string[] {
  const row = new Map<string, string>();
  const [year, month, day] = (e.date ?? '').split('-');
  if (day) {
    row.set('Day', `${year}${month}${day}`);
    row.set('FractionDate', (Number(year) + (Number(month) * 30 + Number(day)) / 365).toFixed(4));
  }
  if (month) row.set('MonthYear', `${year}${month}`);
  if (year) row.set('Year', year);
  for (const [prefix, id] of [
    ['Actor1', e.actor],
    ['Actor2', e.target],
  ] as const) {
    const a = actor(id);
    row.set(`${prefix}Code`, a.code);
    row.set(`${prefix}Name`, entityName(id).toUpperCase());
    row.set(`${prefix}CountryCode`, a.countryCode);
    row.set(`${prefix}KnownGroupCode`, a.knownGroupCode);
  }
  const cameo = CAMEO_ACTIONS[e.action];
  row.set('GlobalEventID', globalEventId(e));
  row.set('EventCode', cameo.code);
  row.set('EventBaseCode', cameo.code.slice(0, 3));
  row.set('EventRootCode', cameo.code.slice(0, 2));
  row.set('QuadClass', String(cameo.quadClass));
  row.set('GoldsteinScale', cameo.goldstein.toFixed(1));
  row.set('NumMentions', String(e.mentions.length));
  row.set('NumSources', String(e.sources.length));
  row.set('NumArticles', String(new Set(e.mentions.map((m) => m.doc)).size));
  const first = e.firstReported?.split('-') ?? [];
  if (first.length === 3) row.set('DATEADDED', `${first.join('')}000000`);
  const firstSource = e.sources.find((s) => s.published === e.firstReported) ?? e.sources[0];
  row.set('SOURCEURL', firstSource ? (firstSource.url ?? firstSource.doc) : '');
  return GDELT_COLUMNS.map((c) => clean(row.get(c) ?? ''));
}

export const cameo: ExportFormat = {
  name: 'cameo',
  description: 'asserted events as GDELT 2.0 event rows (CAMEO codes, tab-separated, no header)',
  extension: 'tsv',
  mediaType: 'text/tab-separated-values',
  needsTarget: false,
  *render(data) {
    // GDELT records what happened: negated, intended and speculated events have no place in it.
    for (const e of eventsOf(data)) if (e.mode === 'asserted') yield `${cameoRow(e).join('\t')}\n`;
  },
};
