// Merged events, one JSON object per line, with sources, conflicts and mentions.
import type { Event } from '../../core/types.ts';
import { CAMEO_ACTIONS } from './cameo-codes.ts';
import { eventsOf } from './shared.ts';
import type { ExportFormat } from './types.ts';

export function eventRecord(e: Event): Record<string, unknown> {
  return {
    id: e.id,
    actor: e.actor,
    action: e.action,
    target: e.target,
    mode: e.mode,
    date: e.date,
    firstReported: e.firstReported,
    confidence: e.confidence,
    cameo: CAMEO_ACTIONS[e.action].code,
    sources: e.sources,
    conflicts: e.conflicts,
    mentions: e.mentions.map((m) => ({ doc: m.doc, date: m.date, evidence: m.evidence, start: m.start, end: m.end })),
  };
}

export const events: ExportFormat = {
  name: 'events',
  description: 'merged events with their sources and conflicts (JSON Lines)',
  extension: 'jsonl',
  mediaType: 'application/jsonl',
  needsTarget: false,
  *render(data) {
    for (const e of eventsOf(data)) yield `${JSON.stringify(eventRecord(e))}\n`;
  },
};
