// Helpers the exporters share: events from the data, the target, conflict wording.
import { consolidate } from '../../consolidate/index.ts';
import { UsageError } from '../../core/errors.ts';
import type { Conflict, Event, SourceInfo } from '../../core/types.ts';
import type { ExportData } from './types.ts';

/** Sources with `copyOf` filled in (null when the caller did not know it). */
export function sourceInfos(data: ExportData): Map<string, SourceInfo> {
  const out = new Map<string, SourceInfo>();
  for (const [doc, s] of data.sources) out.set(doc, { ...s, copyOf: 'copyOf' in s ? s.copyOf : null });
  return out;
}

export function eventsOf(data: ExportData): readonly Event[] {
  return data.events ?? consolidate(data.mentions, sourceInfos(data));
}

export function targetOf(data: ExportData, format: string): string {
  if (!data.target) throw new UsageError(`the ${format} format describes one target: give one (e.g. TALIBAN)`);
  return data.target;
}

/** "date: 2025-04 [a, b] vs 2024-04 [c]; shown 2025-04" */
export function conflictSummary(c: Conflict): string {
  const sides = c.sides.map((s) => `${s.value ?? 'undated'} [${s.docs.join(', ')}]`).join(' vs ');
  return `${c.kind}: ${sides}; shown ${c.chosen ?? 'undated'}`;
}
