// Confidence of an event from corroboration and agreement (formula in README: "Confidence").
import type { Event } from '../core/types.ts';
import { independentCount, type SourceMap } from './sources.ts';

/**
 * corroboration = 1 - 0.5^n, n = independent sources (1 → 0.5, 2 → 0.75, 3 → 0.875);
 * each conflict multiplies by agreement: for an assertion conflict, the share s of independent
 * sources on this event's side; for a date conflict, 0.5 + 0.5·s with s the share backing the
 * displayed date (the act itself is agreed on, only its date is disputed).
 */
export function confidence(event: Event, sources: SourceMap): number {
  const docs = new Set(event.mentions.map((m) => m.doc));
  const n = independentCount(docs, sources);
  let score = 1 - 0.5 ** n;
  for (const c of event.conflicts) {
    const counts = c.sides.map((s) => independentCount(s.docs, sources));
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) continue;
    if (c.kind === 'date') {
      const mine = counts[c.sides.findIndex((s) => s.value === event.date)] ?? 0;
      score *= 0.5 + 0.5 * (mine / total);
    } else {
      const mine = counts[c.sides.findIndex((s) => s.value === event.mode)] ?? 0;
      score *= mine / total;
    }
  }
  return Math.round(score * 1000) / 1000;
}
