import type { Event, Mention, PartialDate, Quote, Source, SourceInfo } from '../../core/types.ts';
import type { Ladder } from '../ladder.ts';

/** Everything an exporter may draw on; each format uses what it needs. */
export interface ExportData {
  mentions: readonly Mention[];
  /** Each document as a source; `copyOf` (when known) makes copies count once. */
  sources: ReadonlyMap<string, Source | SourceInfo>;
  /** Merged events; computed from `mentions` and `sources` when absent. */
  events?: readonly Event[];
  quotes?: readonly Quote[];
  /** The entity a ledger-based format (geojson, md) describes. */
  target?: string;
  asOf?: PartialDate;
  ladder?: Ladder;
}

export interface ExportFormat {
  name: string;
  description: string;
  /** File extension without the dot. */
  extension: string;
  mediaType: string;
  /** Whether the format describes one target (and so needs `data.target`). */
  needsTarget: boolean;
  /** The output in pieces (lines, rows) in order, to be written one after another. */
  render(data: ExportData): Iterable<string>;
}

/** The brief's name for a format module. */
export type Exporter = ExportFormat;
