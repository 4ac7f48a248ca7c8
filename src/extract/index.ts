import type { Mention, PartialDate, Quote } from '../core/types.ts';

export interface ExtractInput {
  id: string;
  text: string;
  published: PartialDate | null;
}

export interface Extraction {
  mentions: Mention[];
  quotes: Quote[];
}

/** Placeholder until the extractor lands: finds nothing. */
export function extract(_doc: ExtractInput): Extraction {
  return { mentions: [], quotes: [] };
}

export const EXTRACTOR_VERSION = '0';
