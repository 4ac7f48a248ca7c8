// Loads the shared gold records as Mention[] (offsets found in the document text) and the
// manifests as sources, so the consolidation layer can be tested before the extractor exists.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mention, SourceInfo } from '../../../src/core/types.ts';

export const CORPUS =
  process.env.CHANCERY_CORPUS ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/corpus');

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * Contract records from any JSONL file (e.g. the extractor's `export --format jsonl`) as mentions;
 * missing offsets and rule are filled with 0 and `file`, so tests can run on extracted records.
 */
export function loadRecords(path: string): Mention[] {
  return readJsonl(path).map((r) => ({
    ...(r as unknown as Mention),
    start: typeof r.start === 'number' ? r.start : 0,
    end: typeof r.end === 'number' ? r.end : 0,
    rule: typeof r.rule === 'string' ? r.rule : 'file',
  }));
}

export interface GoldSet {
  mentions: Mention[];
  sources: Map<string, SourceInfo>;
  texts: Map<string, string>;
}

/** `name` is `seeds` or `dev`: reads `<name>.gold.jsonl`, `<name>.manifest.jsonl` and `<name>/*.txt`. */
export function loadGold(name: string): GoldSet {
  const texts = new Map<string, string>();
  const textOf = (doc: string) => {
    if (!texts.has(doc)) {
      try {
        texts.set(doc, readFileSync(join(CORPUS, name, doc), 'utf8'));
      } catch {
        texts.set(doc, '');
      }
    }
    return texts.get(doc)!;
  };
  const mentions = readJsonl(join(CORPUS, `${name}.gold.jsonl`)).map((r, i) => {
    const evidence = String(r.evidence);
    const start = textOf(String(r.doc)).indexOf(evidence);
    return {
      ...(r as unknown as Mention),
      start: Math.max(start, 0),
      end: start < 0 ? 0 : start + evidence.length,
      rule: `gold:${i + 1}`,
    };
  });
  const sources = new Map<string, SourceInfo>();
  for (const r of readJsonl(join(CORPUS, `${name}.manifest.jsonl`))) {
    const doc = String(r.doc);
    sources.set(doc, {
      doc,
      outlet: (r.outlet as string | null) ?? null,
      url: (r.url as string | null) ?? null,
      published: (r.published as string | null) ?? null,
      title: (r.title as string | null) ?? null,
      copyOf: null,
    });
  }
  return { mentions, sources, texts };
}
