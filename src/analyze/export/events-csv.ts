// Merged events as CSV for spreadsheets: one row per event, sources joined in one cell.
import { stringify } from 'csv-stringify/sync';
import type { Event } from '../../core/types.ts';
import { entityName } from '../names.ts';
import { describe, sourceLabel } from '../phrases.ts';
import { CAMEO_ACTIONS } from './cameo-codes.ts';
import { conflictSummary, eventsOf } from './shared.ts';
import type { ExportFormat } from './types.ts';

export const CSV_COLUMNS = [
  'id',
  'date',
  'actor',
  'actor_name',
  'action',
  'target',
  'target_name',
  'mode',
  'summary',
  'cameo',
  'confidence',
  'first_reported',
  'num_sources',
  'num_mentions',
  'sources',
  'docs',
  'urls',
  'conflicts',
  'evidence',
] as const;

export function csvRow(e: Event): Record<(typeof CSV_COLUMNS)[number], string | number> {
  return {
    id: e.id,
    date: e.date ?? '',
    actor: e.actor,
    actor_name: entityName(e.actor),
    action: e.action,
    target: e.target,
    target_name: entityName(e.target),
    mode: e.mode,
    summary: describe(e),
    cameo: CAMEO_ACTIONS[e.action].code,
    confidence: e.confidence,
    first_reported: e.firstReported ?? '',
    num_sources: e.sources.length,
    num_mentions: e.mentions.length,
    sources: e.sources.map(sourceLabel).join('; '),
    docs: [...new Set(e.mentions.map((m) => m.doc))].join('; '),
    urls: e.sources
      .map((s) => s.url)
      .filter((u): u is string => !!u)
      .join('; '),
    conflicts: e.conflicts.map(conflictSummary).join(' | '),
    evidence: e.mentions[0]?.evidence ?? '',
  };
}

export const eventsCsv: ExportFormat = {
  name: 'events-csv',
  description: 'merged events as CSV (one row per event, sources joined)',
  extension: 'csv',
  mediaType: 'text/csv',
  needsTarget: false,
  *render(data) {
    yield stringify([], { header: true, columns: [...CSV_COLUMNS] });
    for (const e of eventsOf(data)) yield stringify([csvRow(e)], { columns: [...CSV_COLUMNS] });
  },
};
