// Mentions as contract records (shared/contract/EVENTS.md), one JSON object per line.
import type { Mention } from '../../core/types.ts';
import type { ExportFormat } from './types.ts';

/** Contract fields first in contract order, then the provenance Chancery adds (scorers ignore it). */
export function mentionRecord(m: Mention): Record<string, unknown> {
  return {
    doc: m.doc,
    actor: m.actor,
    action: m.action,
    target: m.target,
    date: m.date,
    mode: m.mode,
    evidence: m.evidence,
    rule: m.rule,
    start: m.start,
    end: m.end,
  };
}

export const jsonl: ExportFormat = {
  name: 'jsonl',
  description: 'mentions as contract records (JSON Lines), in input order',
  extension: 'jsonl',
  mediaType: 'application/jsonl',
  needsTarget: false,
  *render(data) {
    for (const m of data.mentions) yield `${JSON.stringify(mentionRecord(m))}\n`;
  },
};
