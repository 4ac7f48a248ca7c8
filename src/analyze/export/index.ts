// Export formats: one module per format, listed here. Add a format by writing its module and
// adding it to `formats`.
import { cameo } from './cameo.ts';
import { events } from './events.ts';
import { eventsCsv } from './events-csv.ts';
import { geojson } from './geojson.ts';
import { jsonl } from './jsonl.ts';
import { md } from './md.ts';
import type { ExportData, ExportFormat } from './types.ts';

export { cameoRow, GDELT_COLUMNS, globalEventId } from './cameo.ts';
export { CAMEO_ACTIONS, CAMEO_ACTORS, type CameoAction, type CameoActor } from './cameo-codes.ts';
export { eventRecord } from './events.ts';
export { CSV_COLUMNS, csvRow } from './events-csv.ts';
export { countryShapes, type LedgerProperties, ledgerGeoJson } from './geojson.ts';
export { mentionRecord } from './jsonl.ts';
export { mdText } from './md.ts';
export { conflictSummary, eventsOf } from './shared.ts';
export type { ExportData, Exporter, ExportFormat } from './types.ts';

export const formats: Readonly<Record<string, ExportFormat>> = {
  jsonl,
  events,
  'events-csv': eventsCsv,
  geojson,
  cameo,
  md,
};

/** Every format, in the order help texts list them. */
export const FORMATS: readonly ExportFormat[] = Object.values(formats);

export function findFormat(name: string): ExportFormat | undefined {
  return Object.hasOwn(formats, name) ? formats[name] : undefined;
}

/** The whole output as one string (small exports, tests). */
export function renderToString(format: ExportFormat, data: ExportData): string {
  return [...format.render(data)].join('');
}

/** Writes the output to a stream piece by piece, waiting whenever the stream asks to. */
export async function writeExport(format: ExportFormat, data: ExportData, out: NodeJS.WritableStream): Promise<void> {
  for (const piece of format.render(data)) {
    if (!out.write(piece)) await new Promise<void>((resolve) => out.once('drain', resolve));
  }
}
