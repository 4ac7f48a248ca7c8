// Small builders for hand-written mentions and sources in table-driven tests.
import type { Mention, SourceInfo } from '../../../src/core/types.ts';

let offset = 0;

/** A mention of RUS RECOGNIZE TALIBAN (asserted, undated) unless the fields say otherwise. */
export function mention(doc: string, fields: Partial<Mention> = {}): Mention {
  offset += 100;
  return {
    doc,
    actor: 'RUS',
    action: 'RECOGNIZE',
    target: 'TALIBAN',
    date: null,
    mode: 'asserted',
    evidence: `${fields.actor ?? 'RUS'} ${fields.action ?? 'RECOGNIZE'} ${fields.target ?? 'TALIBAN'}`,
    start: offset,
    end: offset + 50,
    rule: 'test',
    ...fields,
  };
}

/** Sources from `[doc, published, copyOf?]` triples. */
export function sourcesOf(...rows: [string, string | null, string?][]): Map<string, SourceInfo> {
  return new Map(
    rows.map(([doc, published, copyOf]) => [
      doc,
      { doc, outlet: `outlet-${doc}`, url: null, published, title: null, copyOf: copyOf ?? null },
    ]),
  );
}
